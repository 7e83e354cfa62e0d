"""Stance rules of stance_deeds.py: a hostile deed done by the target, blame laid on it, a conditional threat
made to it, ties valued with it; their victims, negations and time clauses stay neutral. Invented people and
outlets; real states. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # hostile_deed: the doer of a hostile act, through the noun it qualifies; its victim stays neutral
    ('"While our plane was on patrol, a Peruvian frigate opened fire with several guns," spokesman Rolf Amsel said.',
     "Peru", "oppose", "hostile_deed"),
    ('"Ten Chilean boats conducted dangerous actions against Bolivian vessels," spokesman Rolf Amsel said.',
     "Bolivia", "neutral", None),
    ('"Our navy conducted devastating operations against two Bolivian ships," spokesman Rolf Amsel said.',
     "Bolivia", "oppose", None),
    ('"Our forces will answer the impending provocation of the Peruvian side," spokesman Rolf Amsel said.',
     "Peru", "oppose", None),
    ('"The Chilean intimidation of Bolivia must end," spokesman Rolf Amsel said.', "Bolivia", "neutral", None),
    ("Spokesman Rolf Amsel said the talks began after the Peruvian strikes on the port.", "Peru", "neutral", None),
    # blame_lies_with: responsibility laid on the target; denied responsibility is no blame
    ('"The entire responsibility for the consequences lies with Peru," spokesman Rolf Amsel said.', "Peru", "oppose",
     "blame_lies_with"),
    ('"Peru is entirely responsible for the withdrawal," spokesman Rolf Amsel said.', "Peru", "oppose",
     "blame_lies_with"),
    ('"Peru is not responsible for the withdrawal," spokesman Rolf Amsel said.', "Peru", "neutral", None),
    # conditional_threat: the speaker's side warns the target off a hostile deed; a harmless "if" says nothing
    ('"We will not remain passive if Peru engages in reckless actions against our nation," spokesman Rolf Amsel said.',
     "Peru", "oppose", "conditional_threat"),
    ('"The coast will burn if Peru continues its bullying," spokesman Rolf Amsel said.', "Peru", "oppose",
     "conditional_threat"),
    ('"We will not remain passive if Peru wins the cup," spokesman Rolf Amsel said.', "Peru", "neutral", None),
    # values_ties: the speaker's side values its relations with the target
    ("Bolivian spokesman Rolf Amsel said Bolivia values its ties with Peru.", "Peru", "support", "values_ties"),
    # condolence: the speaker's side mourns the target's loss; another's mourning is reported, not the speaker's
    ('"We mourn the loss of Peru\'s soldiers," spokesman Rolf Amsel said.', "Peru", "support", "condolence"),
    ('"We share the painful loss of the people of Peru," spokesman Rolf Amsel said.', "Peru", "support", "condolence"),
    ('"We extend our condolences to Peru," spokesman Rolf Amsel said.', "Peru", "support", "condolence"),
    ("Spokesman Rolf Amsel said Chile mourned the loss of Peru's soldiers.", "Peru", "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_deed_rules(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_deed_word_lists_are_lexicon_data():
    from loaders.extraction.stance_rules import L
    for key in ("agentive_deed_nouns", "hostile_act_phrases", "deed_verbs", "blame_adverbs", "value_verbs",
                "condolence_nouns", "loss_nouns", "mourn_verbs"):
        assert L[key] and all(w == w.lower() for w in L[key]), key


def test_armed_group_spokesman_speaks_for_the_group_not_the_home_state(run):
    """An armed group's spokesman is not on the side of the article's home state (stance_sides.with_home): the
    hostile deed of that state's warship stays against it."""
    ex = run('The United States accused Hezbollah of attacking a tanker in the strait.\n\n'
             '"An American warship opened fire on our boats," said Rolf Amsel, a spokesman for Hezbollah.')
    st = next(s for s in ex.statements if s.speaker == "Rolf Amsel")
    assert st.stance.get("United States") == "oppose", (st.stance, st.stance_rule)
