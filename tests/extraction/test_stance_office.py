"""A state named through who acts for it: its office holder judged by the cue ("accused Russian President X",
stance_sides.office_holder, word list state_office_titles), its armed bodies and authorities doing the deed the
speaker judges ("condemns the operations carried out by the Turkish forces", stance_wire.judged_deed with
armed_body_nouns), also when the parser left the judging verb without its object. Invented people; real states."""
import pytest

CASES = [
    # the cue's object is the state's office holder: the state is judged too
    ("Polish Prime Minister Jan Nowak accused Russian President Ivan Sokol of orchestrating the crisis.", "Russia",
     "oppose", "cue_accuse"),
    ("Polish Prime Minister Jan Nowak criticised the Russian foreign minister.", "Russia", "oppose", "cue_criticise"),
    ("Polish Prime Minister Jan Nowak praised German Chancellor Ilse Brandt for her help.", "Germany", "support",
     "cue_praise"),
    # not a former holder, not the opposition, not where a neutral cue reports
    ("Polish Prime Minister Jan Nowak accused former Russian President Ivan Sokol of lying.", "Russia", "neutral", None),
    ("Polish Prime Minister Jan Nowak told Russian President Ivan Sokol that the talks would resume.", "Russia",
     "neutral", None),
    # the deed of the state's forces
    ('"We condemn the strikes carried out by Turkish forces," Iraqi Foreign Minister Ali Hadi said.', "Turkey",
     "oppose", "judged_deed"),
    ('"The government rejects, and strongly condemns, the military operations carried out by the Turkish forces in '
     'the north," Iraqi Foreign Minister Ali Hadi said.', "Turkey", "oppose", "judged_deed"),
    ('"We welcome the aid delivered by the Turkish army," Iraqi Foreign Minister Ali Hadi said.', "Turkey", "support",
     None),
    # negation, and the forces as the victim
    ('"We do not condemn the strikes carried out by Turkish forces," Iraqi Foreign Minister Ali Hadi said.', "Turkey",
     "neutral", None),
    ('"We condemn the strikes on the Turkish forces," Iraqi Foreign Minister Ali Hadi said.', "Turkey", "neutral",
     None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_state_through_its_agents(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
