"""The two last stance rules of stance_context.py: strongly negative words (the VADER list) in the clause of
which the target is the subject, and the same speaker's stance toward the same target elsewhere in the article
(speaker_consistency). Each case is an example sentence; `rule`, when given, is the stance_rule expected."""
import pytest

from loaders.extraction.stance_context import VALENCE

CASES = [
    # strongly negative words in the target's own clause oppose it
    ("Ada Kuznetsova said Peter Marlow raped her in 1978.", 0, "Peter Marlow", "oppose", "strongly_negative_clause"),
    # a circumstance, a negation, a condition or a positive clause decide nothing
    ('"Peter Marlow spoke before the horrible attack," Ada Kuznetsova said.', 0, "Peter Marlow", "neutral", None),
    ('"Peter Marlow did not kill anyone," Ada Kuznetsova said.', 0, "Peter Marlow", "neutral", None),
    ('"If Peter Marlow hated the farmers, he would say so," Ada Kuznetsova said.', 0, "Peter Marlow", "neutral", None),
    # the speaker's stance toward the target elsewhere decides a core mention next to an evaluative word
    ('"Peter Marlow has betrayed the farmers," Ada Kuznetsova said. '
     '"Peter Marlow is going to make this look like a stolen election," she said.', 1, "Peter Marlow", "oppose",
     "speaker_consistency"),
    # ... not a plain mention, nor another speaker's statement
    ('"Peter Marlow is a liar," Ada Kuznetsova said. "Peter Marlow went to the farm today," Ada Kuznetsova said.',
     1, "Peter Marlow", "neutral", None),
]


@pytest.mark.parametrize("text, k, target, expected, rule", CASES)
def test_stance_from_context(run, text, k, target, expected, rule):
    ex = run(text)
    assert len(ex.statements) > k, f"statement {k} not found in {text!r}"
    st = ex.statements[k]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)
    if rule:
        assert st.stance_rule.get(target) == rule, st.stance_rule


def test_speaker_consistency_reads_only_the_same_speaker(run):
    # another speaker's statement is not decided by speaker_consistency (the learned fallback of stance_model.py
    # may still weigh what others said of the target in the article)
    ex = run('"Peter Marlow has betrayed the farmers," Ada Kuznetsova said. '
             '"Peter Marlow is going to make this look like a stolen election," Ivan Petrov said.')
    assert ex.statements[1].stance_rule.get("Peter Marlow") != "speaker_consistency", ex.statements[1].stance_rule


def test_valence_list_is_the_vader_words():
    assert VALENCE["horrific"] < -2 and VALENCE["impressive"] > 2 and "the" not in VALENCE
