"""Allies in the speaker side's own acts, acts of the target the speaker regrets, names the speaker gives it, and
a third party backing an armed group (stance_allies.py), each with the variants that must not fire (a third
party's act or words, negation). Invented people; real states."""
import pytest

CASES = [
    # allies in the speaker side's own act
    ('"US forces, together with the UK and with support from Australia and Canada, successfully conducted strikes," '
     'US President Tom Hale said.', "Australia", "support", "allied_act"),
    ('"We have taken limited action in self-defence, alongside the United States," British Prime Minister Tom Hale '
     'said.', "United States", "support", "allied_act"),
    ("British Prime Minister Tom Hale said Iran had conducted strikes alongside Syria.", "Syria", "neutral", None),
    ('"We have not taken any action alongside the United States," British Prime Minister Tom Hale said.',
     "United States", "neutral", None),
    # an act of the target the speaker's side regrets or protests
    ("Chinese spokesman Li Wen expressed grave concern and strong dissatisfaction over Japan's recent moves.", "Japan",
     "oppose", "regretted_act"),
    ("Chinese spokesman Li Wen said Russia expressed dissatisfaction over Japan's recent moves.", "Japan", "neutral",
     None),
    ("Chinese spokesman Li Wen said China felt no dissatisfaction over Japan's recent moves.", "Japan", "neutral",
     None),
    # named as something by the speaker's side
    ("Russian spokesman Ivan Petrov described Poland as a provocateur.", "Poland", "oppose", "described_as"),
    ("Russian spokesman Ivan Petrov described Belarus as a reliable partner.", "Belarus", "support", "described_as"),
    # the speaker's side has problems with the target
    ("Russian spokesman Ivan Petrov said Russia really does have problems with Poland.", "Poland", "oppose",
     "hostile_with"),
    ("Russian spokesman Ivan Petrov said Russia has no problems with Poland.", "Poland", "neutral", None),
    # a named third party backs an armed group: accused, and the group gets no support from it
    ('"The UAE sends planes to support the Janjaweed," Sudanese general Omar Dafalla said.', "United Arab Emirates",
     "oppose", "backs_group"),
    ('"The UAE sends planes to support the Janjaweed," Sudanese general Omar Dafalla said.', "Janjaweed", "neutral",
     None),
    ("Sudanese general Omar Dafalla said Qatar continues to provide military backing to the Rapid Support Forces.",
     "Qatar", "oppose", "backs_group"),
    ("Sudanese general Omar Dafalla said Qatar supports the African Union.", "Qatar", "neutral", None),
    ("Sudanese general Omar Dafalla said Qatar sends planes to support Chad.", "Qatar", "neutral", None),
    # ... also when the supplies are a noun: the supplier's, or where they come from
    ("Sudanese spokesman Omar Dafalla said Kenya has been one of the main conduits of the Emirati military supplies "
     "to the terrorist RSF militia.", "United Arab Emirates", "oppose", "backs_group"),
    ("Sudanese spokesman Omar Dafalla accused Kenya of funnelling weapons from the United Arab Emirates to the Rapid "
     "Support Forces.", "United Arab Emirates", "oppose", "backs_group"),
    ("Sudanese spokesman Omar Dafalla said weapons from Egypt to Chad were seized.", "Egypt", "neutral", None),
    ("Sudanese spokesman Omar Dafalla said Egyptian weapons to the Sudanese army arrived.", "Egypt", "neutral", None),
    # the deeds an accusation names are the accused's: no support or joint action of the speaker's
    ("Sudanese envoy Omar Dafalla accused the UAE of inciting the conflict and collaborating with Chad to support "
     "the Rapid Support Forces.", "Rapid Support Forces", "neutral", None),
    ("Sudanese envoy Omar Dafalla accused the UAE of inciting the conflict and collaborating with Chad to support "
     "the Rapid Support Forces.", "Chad", "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_allies(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


NOT_BY = [
    # a third party's naming is not the speaker's (whatever the article's other statements make of the target)
    ("Russian spokesman Ivan Petrov said Poland described Belarus as a provocateur.", "Belarus", "described_as"),
]


@pytest.mark.parametrize("text, target, rule", NOT_BY)
def test_not_decided_by(run, text, target, rule):
    st = run(text).statements[0]
    assert st.stance_rule.get(target) != rule, st.stance_rule
