"""What a third party does to the target is that party's act, not the speaker's stance (stance_rules.from_role,
`sided`): "the militia rejected calls from the UN" said by the army leaves the UN neutral, while the speaker's own
rejection of X's calls opposes X. Invented people; real bodies."""
import pytest

CASES = [
    # a named third party rejects X's words: X is not opposed by the speaker
    ('Sudanese army spokesman Omar Dafalla said that "the militia had rejected all calls from the UN Security '
     'Council, yet now accepts a ceasefire."', "United Nations", "neutral", None),
    # the speaker's side rejects them: opposes
    ('"We reject the calls from the African Union," Sudanese army spokesman Omar Dafalla said.', "African Union",
     "oppose", "object_of_verb"),
    ("Sudanese army spokesman Omar Dafalla said Sudan rejected the plan of the African Union.", "African Union",
     "oppose", "object_of_verb"),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_third_party(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
