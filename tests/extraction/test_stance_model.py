"""The learned stance fallback (loaders/extraction/stance_model.py): its readable features, the evidence gate
(no evaluative word of that direction in the statement, no stance), the article-level step, the shipped
weights file, and sentences it must leave neutral (negation, conditions, reported claims). Invented people
and groups."""
import pytest

from loaders.extraction import stance_model as sm

TOY = {"classes": ["support", "oppose", "neutral"], "threshold": 0.5,
       "weights": {"bias": [0.0, 0.0, 0.0], "role:nsubj": [0.0, 3.0, 0.0], "side:neg": [0.0, 1.0, 0.0],
                   "article:oppose": [0.0, 2.0, 0.0], "head:pos": [3.0, 0.0, 0.0]}}


def test_decide_needs_evidence_in_the_statement():
    # a subject alone is no stance, however strongly the weights lean
    assert sm.decide({"bias": 1.0, "role:nsubj": 1.0}, TOY) == ("neutral", "")
    pol, rule = sm.decide({"bias": 1.0, "role:nsubj": 1.0, "side:neg": 1.0}, TOY)
    assert pol == "oppose" and rule == "model:oppose[role:nsubj,side:neg]"
    assert sm.decide({"bias": 1.0, "head:pos": 1.0}, TOY)[0] == "support"
    # nor in a hedged statement or a question
    assert sm.decide({"bias": 1.0, "role:nsubj": 1.0, "side:neg": 1.0, "hedged": 1.0}, TOY)[0] == "neutral"
    assert sm.decide({"bias": 1.0, "head:pos": 1.0, "question": 1.0}, TOY)[0] == "neutral"


class _St:
    def __init__(self, speaker, stance, feats):
        self.speaker, self.stance, self.stance_rule, self.feats = speaker, stance, {}, feats


def test_apply_decides_only_undecided_targets_with_article_context():
    a = _St("Mira Halvorsen", {"Orsk Brigade": "oppose"}, {})
    b = _St("Tomas Vel", {"Orsk Brigade": "neutral", "Lake Dunmere": "neutral"},
            {"Orsk Brigade": {"bias": 1.0, "side:v-": 1.0}, "Lake Dunmere": {"bias": 1.0}})
    sm.RECORDER = []
    try:
        sm.apply([a, b], lambda st: st.feats, model=TOY)
        seen = {t: f for _, t, f in sm.RECORDER}
    finally:
        sm.RECORDER = None
    # someone opposed the brigade elsewhere in the article, and this statement has a negative word near it
    assert b.stance["Orsk Brigade"] == "oppose" and b.stance_rule["Orsk Brigade"].startswith("model:oppose[")
    assert "article:oppose" in seen["Orsk Brigade"] and "speaker_elsewhere:oppose" not in seen["Orsk Brigade"]
    assert b.stance["Lake Dunmere"] == "neutral" and "Lake Dunmere" not in b.stance_rule
    assert a.stance == {"Orsk Brigade": "oppose"} and a.stance_rule == {}   # a rule's stance is never revisited


def test_mention_features_name_the_relation_and_the_slot(nlp):
    doc = nlp("The brutal raid carried out by the militia destroyed the village.")
    militia = next(t for t in doc if t.text == "militia")
    words = sm.evaluative_words(doc, 0, len(doc), -1)
    assert ("brutal", "neg") in [(t.text, c) for t, c in words]
    f = sm.mention_features(militia, [militia.i], words, 0, len(doc), -1)
    assert f["role:pobj:by"] == 1.0
    assert "head:neg" in f or "head:against" in f   # the raid it carried out
    doc = nlp("The militia did not destroy the village.")
    militia = next(t for t in doc if t.text == "militia")
    f = sm.mention_features(militia, [militia.i], sm.evaluative_words(doc, 0, len(doc), -1), 0, len(doc), -1)
    assert f == {"role:nsubj": 1.0}   # a negated word adds nothing


def test_a_third_partys_praise_and_an_indefinite_member_add_nothing(nlp):
    doc = nlp("Calvania expressed strong support for the Orsk Brigade.")
    brigade = next(t for t in doc if t.text == "Brigade")
    run = [brigade.i - 2, brigade.i - 1, brigade.i]
    words = sm.evaluative_words(doc, 0, len(doc), -1)
    assert sm.mention_features(brigade, run, words, 0, len(doc), -1) == {"role:pobj:for": 1.0}
    # the same praise by the speaker's side counts
    calvania = frozenset({0})
    assert "head:for" in sm.mention_features(brigade, run, words, 0, len(doc), -1, calvania)
    doc = nlp("A brave Mexican will reach a better decision.")
    mex = next(t for t in doc if t.text == "Mexican")
    assert sm.mention_features(mex, [mex.i], sm.evaluative_words(doc, 0, len(doc), -1), 0, len(doc), -1) == \
        {"role:" + mex.dep_ if mex.dep_ in sm._SLOTS else "role:other": 1.0}

def test_shipped_model_is_readable_data():
    m = sm.MODEL
    assert m is not None, "loaders/extraction/stance_model.json is missing (python -m loaders train-stance)"
    assert m["classes"] == ["support", "oppose", "neutral"] and 0 < m["threshold"] < 1
    assert all(len(w) == 3 for w in m["weights"].values()) and "bias" in m["weights"]
    assert m["cv_polar_macro_f1"]["all"]["cv"] > 0 and m["trained_on"]


@pytest.mark.parametrize("text, target", [
    ('"The Orsk Brigade did not orchestrate the vile campaign," Mira Halvorsen said.', "Orsk Brigade"),
    ('"If the Orsk Brigade orchestrated the vile campaign, it will pay," Mira Halvorsen said.', "Orsk Brigade"),
    ("Mira Halvorsen said some critics claim the Orsk Brigade orchestrated a vile campaign.", "Orsk Brigade"),
])
def test_negation_condition_and_reported_claims_stay_neutral(check_stance, text, target):
    check_stance(text, target, "neutral")


def test_a_deed_by_the_target_the_rules_miss(run):
    st = run('"The vile campaign of lies orchestrated by the Orsk Brigade must end," Mira Halvorsen said.').statements[0]
    assert st.stance.get("Orsk Brigade") == "oppose" and st.stance_rule["Orsk Brigade"].startswith("model:oppose"), \
        (st.stance, st.stance_rule)


class _CountingSides(set):
    """A speaker's sides that count how often they are read (iterated, intersected, searched)."""
    reads = 0

    def __iter__(self):
        _CountingSides.reads += 1
        return super().__iter__()

    def __and__(self, other):
        _CountingSides.reads += 1
        return set(self) & set(other)

    def __contains__(self, item):
        _CountingSides.reads += 1
        return super().__contains__(item)


def _side_reads(n: int) -> int:
    """Reads of the speakers' sides by apply() over a hostile article: n officials of one ministry opposing the
    same two groups, the first also opposing a lake the others leave to the fallback."""
    statements = [_St(f"Official {k}", {"Orsk Brigade": "oppose", "Vell Front": "oppose",
                                        "Lake Dunmere": "oppose" if k == 0 else "neutral"},
                      {"Lake Dunmere": {"bias": 1.0, "side:v-": 1.0}}) for k in range(n)]
    _CountingSides.reads = 0
    sm.RECORDER = []
    try:
        sm.apply(statements, lambda st: st.feats, lambda name: _CountingSides({name, "Ministry of Orsk"}), model=TOY)
        seen = [f for _, t, f in sm.RECORDER]
    finally:
        sm.RECORDER = None
    # the first official's stance reaches the others as their side's, never the first one itself
    assert len(seen) == n - 1 and all("side_elsewhere:oppose" in f for f in seen)
    return _CountingSides.reads


def test_article_votes_stay_linear_in_the_speakers():
    # every speaker shares a side with every other: comparing pairs of speakers would read the sides n^2 times
    small, large = _side_reads(50), _side_reads(200)
    assert small > 0 and large <= 6 * small, (small, large)   # 4x the speakers: about 4x the reads, not 16x


def _toy_rows(n_articles: int = 10) -> list[dict]:
    """Invented training rows: a target beside a negative word is opposed, any other neutral."""
    rows = []
    for a in range(n_articles):
        for k in range(6):
            neg = k % 3 == 0
            f = {"bias": 1.0, "role:nsubj": 1.0, **({"side:neg": 1.0} if neg else {"far:v+": 1.0})}
            rows.append({"part": "toy", "article": f"a{a}", "label": "oppose" if neg else "neutral",
                         "rules": "neutral", "f": f})
    return rows


def test_training_learns_and_cross_validates_by_article():
    from loaders.train_stance import cross_validate, fit
    rows = _toy_rows()
    w = fit(rows, l2=1.0, steps=300)
    model = {"classes": ["support", "oppose", "neutral"], "weights": w, "threshold": 0.5}
    assert sm.decide({"bias": 1.0, "role:nsubj": 1.0, "side:neg": 1.0}, model)[0] == "oppose"
    assert sm.decide({"bias": 1.0, "role:nsubj": 1.0, "far:v+": 1.0}, model)[0] == "neutral"
    cv = cross_validate(rows, l2=1.0, threshold=0.5, seeds=1)
    assert cv["all"]["rules"] == 0.0 and cv["all"]["cv"] > 0.4 and cv["toy"]["n"] == len(rows)
