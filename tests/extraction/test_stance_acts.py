"""Stance from calls for action against a target, clauses about what it did, name-calling, direct address
and evaluations spread over the target's clause (stance_acts.py, stance.py); fictional people only."""
import pytest


@pytest.mark.parametrize("text, target, expected", [
    # calls for action against the target
    ("The Kellen Gazette urged Peter Marlow to resign after the vote.", "Peter Marlow", "oppose"),
    ("Ada Kuznetsova told Peter Marlow to go home and leave the talks to others.", "Peter Marlow", "oppose"),
    ('"We insist that Peter Marlow should resign," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ("Ada Kuznetsova said the union wanted Peter Marlow to resign.", "Peter Marlow", "oppose"),
    ("Ada Kuznetsova said the union had called for Peter Marlow's resignation.", "Peter Marlow", "oppose"),
    # a plain request is no stance
    ("Ada Kuznetsova urged Peter Marlow to resume talks with the union.", "Peter Marlow", "neutral"),
    ("Ada Kuznetsova told Peter Marlow to come to the meeting.", "Peter Marlow", "neutral"),
    # the speaker's feeling about the target
    ('"I am very disappointed in Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"We are proud of Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "support"),
    ("Ada Kuznetsova said the farmers were angry at Peter Marlow.", "Peter Marlow", "neutral"),
    ('"I am not disappointed in Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    # what the target must do or undergo
    ('"Peter Marlow must be held accountable," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Peter Marlow should resign," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Peter Marlow must stop his attacks on the farmers," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Peter Marlow is to blame for the crisis," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Peter Marlow cannot be trusted," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Peter Marlow should not resign," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    ('"Peter Marlow will resign in May," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    ('"We believe in Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "support"),
    ('"We are grateful to Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "support"),
    # what the target did, judged by the speaker
    ('"I disagree with what Peter Marlow said," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ("Ada Kuznetsova said she condemned what Peter Marlow had done.", "Peter Marlow", "oppose"),
    ("Ada Kuznetsova said she did not condemn what Peter Marlow had done.", "Peter Marlow", "neutral"),
    ("Ada Kuznetsova said she opposed the kind of hatred that Peter Marlow has spread.", "Peter Marlow", "oppose"),
    ('"I believe Kellen Arms acted irresponsibly," Ada Kuznetsova said.', "Kellen Arms", "oppose"),
    # name-calling: the complement's evaluation, a quoted nickname opposes
    ('Ada Kuznetsova called Peter Marlow "the orange prince of self-publicity."', "Peter Marlow", "oppose"),
    ('Ada Kuznetsova called Peter Marlow "a reliable partner."', "Peter Marlow", "support"),
    ('Ada Kuznetsova called talks with Peter Marlow in Kellen "useless."', "Peter Marlow", "neutral"),
    # mockery, and the standard no one else reaches
    ('"Everybody is laughing at Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"There is no one tougher than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "support"),
    ('"Nobody is more dishonest than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"No one knows more about farming than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    # the standard a praising comparison beats (compared_worse), unless no one reaches it or it is negated
    ('"He\'s got to be better than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Ivan Petrov is more honest than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose"),
    ('"Nobody is better than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "support"),
    ('"Ivan Petrov is not better than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    ('"There has never been a man or a woman more qualified than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow",
     "neutral"),
    ('"Ivan Petrov is taller than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    ('"Ivan Petrov polls better than Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral"),
    # the object of the speaker's liking, through a possessive
    ('"We always enjoy Peter Marlow\'s columns," the Kellen Gazette said.', "Peter Marlow", "support"),
    ('"Our readers never enjoy Peter Marlow\'s columns," the Kellen Gazette said.', "Peter Marlow", "neutral"),
    # a place is judged only when it acts
    ('"Springfield acted irresponsibly," Ada Kuznetsova said.', "Springfield", "oppose"),
    ('"The massacre in Springfield was irresponsible," Ada Kuznetsova said.', "Springfield", "neutral"),
    # joint action with the speaker, named by its capital
    ("The Kyrgyz Foreign Ministry said Bishkek and Astana had agreed to hold joint counter-terrorism exercises in "
     "the autumn.", "Kazakhstan", "support"),
    ("Kyrgyzstan said Kazakhstan and Uzbekistan had agreed to hold joint exercises in the autumn.", "Uzbekistan", "neutral"),
    # direct address: "you" is the target named at the start, or the person told
    ('"Senator Marlow, you ignored the families and betrayed your voters," Ada Kuznetsova said.', "Marlow", "oppose"),
    ('"Minister Dorn, thank you for your help," Ada Kuznetsova said.', "Dorn", "support"),
])
def test_stance_from_acts(run, text, target, expected):
    ex = run(text)
    assert ex.statements, f"no statement found in {text!r}"
    found = ex.statements[0].stance
    assert found.get(target, "neutral") == expected, (found, ex.statements[0].text)


def test_every_polar_stance_names_its_rule(run):
    st = run("The Kellen Gazette urged Peter Marlow to resign after the vote.").statements[0]
    assert st.stance_rule == {"Peter Marlow": "call_for_removal"}
    st = run("Ada Kuznetsova urged Peter Marlow to resume talks with the union.").statements[0]
    assert st.stance_rule == {}
