"""The entity page's "Said about them" grouped by stance (issue 15): against, for, neither, each with its
statements, on the sample store through Streamlit's AppTest, and the grouping itself."""
from views.entity import TAB_KEY, by_stance

CSTO = "alliance:20fa574f59ecab1376a9"             # in the sample: opposed once, supported once, 15 neutral


def test_grouping_keeps_order_and_counts_missing_stance_as_neutral():
    rows = [{"quote": "a", "stance": "support"}, {"quote": "b", "stance": "oppose"}, {"quote": "c"},
            {"quote": "d", "stance": "oppose"}]
    groups = by_stance(rows)
    assert [(s, [r["quote"] for r in part]) for s, _, part in groups] == [
        ("oppose", ["b", "d"]), ("support", ["a"]), ("neutral", ["c"])]
    assert by_stance([]) == []


def test_a_statement_both_about_and_to_them_counts_once():
    """"X said to Y that Y is wrong" is one statement about Y and to Y: one row, relation "about, to"."""
    said = {"speaker": "A", "date": "2025-02", "quote": "q", "sentence": "s", "article": "t", "stance": "oppose"}
    rows = [{**said, "relation": "about"}, {**said, "relation": "to"}, {**said, "quote": "other", "relation": "to"}]
    groups = by_stance(rows)
    assert [(s, [(r["quote"], r["relation"]) for r in part]) for s, _, part in groups] == [
        ("oppose", [("q", "about, to"), ("other", "to")])]


def test_said_about_them_is_grouped_by_stance(app):
    app.query_params.update({"e": CSTO})
    at = app.run()
    assert not at.exception and not at.error
    assert not any(m.value.startswith("**Against them**") for m in at.markdown)   # only the open tab runs
    at.session_state[TAB_KEY] = "Said about them"                                   # the analyst opens it
    at = at.run()
    assert not at.exception and not at.error
    headings = [m.value for m in at.markdown if m.value.startswith("**")]
    groups = [h for h in headings if h.split("**")[1] in ("Against them", "For them", "Neither for nor against")]
    assert [h.split("**")[1] for h in groups] == ["Against them", "For them", "Neither for nor against"], headings
    counts = [int(h.split("(")[1].split(" ")[0]) for h in groups]
    tables = [len(d.value) for d in at.dataframe]
    assert all(n in tables for n in counts)                # each group's table holds its statements
