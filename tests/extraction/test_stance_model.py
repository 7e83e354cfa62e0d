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
