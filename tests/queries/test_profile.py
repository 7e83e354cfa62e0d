"""The entity page's queries on the sample corpus."""
from queries import profile
from queries.explore import Filters
from tests.queries.conftest import uid_of


def _newest_first_then_quote(rows: list[dict]) -> bool:
    """Date descending (no date last), then quote ascending: the order the page promises."""
    keys = [(r["date"] or "", r["quote"] or "") for r in rows]
    return all(a[0] > b[0] or (a[0] == b[0] and a[1] <= b[1]) for a, b in zip(keys, keys[1:]))


def test_said_by_has_evidence(sample_store):
    rows = profile.said_by(sample_store, uid_of(sample_store, "Dmitry Polevoy"))
    assert len(rows) >= 5 and all(r["quote"] and r["sentence"] for r in rows)
    assert _newest_first_then_quote(rows), [(r["date"], r["quote"][:30]) for r in rows]
    assert len({r["date"] for r in rows}) > 1           # the order is tested across dates, not within one
    assert any(r["about"] for r in rows)


def test_said_about_excludes_self_filters_and_is_ordered(sample_store):
    uid = uid_of(sample_store, "Russia")
    rows = profile.said_about(sample_store, uid)
    assert len(rows) >= 3 and all(r["speaker"] != "Russia" for r in rows)
    assert _newest_first_then_quote(rows), [(r["date"], r["quote"][:30]) for r in rows]
    assert profile.said_about(sample_store, uid, Filters(outlet="no such outlet")) == []


def test_order_check_rejects_a_wrong_order():
    rows = [{"date": "2025-02-01", "quote": "b"}, {"date": "2025-02-01", "quote": "a"}]
    assert not _newest_first_then_quote(rows)
    assert not _newest_first_then_quote(rows[::-1] + [{"date": "2025-03-01", "quote": "a"}])
    assert _newest_first_then_quote(rows[::-1] + [{"date": None, "quote": "a"}])


def test_affiliations_alliances_timeline(sample_store):
    russia = uid_of(sample_store, "Russia")
    assert any(r["relation"] == "member of" for r in profile.alliances(sample_store, russia))
    assert any(r["relation"] == "has affiliate" for r in profile.affiliations(sample_store, russia))
    timeline = profile.timeline(sample_store, russia)
    assert timeline and all(len(r["month"]) == 7 for r in timeline)


def test_addressed_counts_whom_the_speaker_addressed(sample_store):
    rows = profile.addressed(sample_store, uid_of(sample_store, "Rafik Tashmurov"))
    by_name = {r["addressee"]: r for r in rows}
    assert by_name.get("Steppe Daily", {}).get("statements", 0) >= 1, rows
    assert all(r["statements"] >= 1 and r["last"] for r in rows)
    counts = [r["statements"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert profile.addressed(sample_store, uid_of(sample_store, "Russia"), Filters(outlet="no such outlet")) == []
