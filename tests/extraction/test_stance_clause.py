"""Stance rules of the second recall round: the evaluation of the clause whose subject holds the target
(stance_clause.py), siding with or against the target through a verb and its preposition ("vote for X"),
he/she/they in indirect speech read as the speaker, wishes, warnings, praise denied, and a negated head noun
("no intention of backing X") cancelling the stance. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # the clause whose subject holds the target
    ("Tokayev said Donald Trump's remark could even be considered arrogant.", "Donald Trump", "oppose", "clause_evaluation"),
    ('"We thought only Donald Trump was an insensitive guy," Tokayev said.', "Donald Trump", "oppose", None),
    ("Ben Carson said the Republicans are too concerned about polls.", "Republican Party", "oppose", None),
    ("Donald Trump said Barack Obama's policies devastated the middle class.", "Barack Obama", "oppose", None),
    ("Donald Trump said Barack Obama failed to protect the border.", "Barack Obama", "oppose", None),
    ("Donald Trump said the disastrous Iran deal must be scrapped.", "Iran", "oppose", None),
    ("Hillary Clinton said they are going to people, showing videos of Donald Trump insulting Islam and Muslims.",
     "Donald Trump", "oppose", "harmful_participle"),
    # a circumstance of the clause is not its evaluation of the subject; a question is no claim
    ("Lavrov said Hillary Clinton spoke before the deadly attack.", "Hillary Clinton", "neutral", None),
    ("Lavrov said the FBI is asking whether Hillary Clinton was guilty.", "Hillary Clinton", "neutral", None),
    # the target's supporters, and the target's own objection, say nothing of the speaker's stance
    ("Lavrov said Hillary Clinton's support comes from women.", "Hillary Clinton", "neutral", None),
    ("Lavrov said Hillary Clinton has support from most voters.", "Hillary Clinton", "neutral", None),
    ("Tokayev said Russia has a big problem with that.", "Russia", "neutral", None),
    # siding with or against, by the speaker (or he/she/they of indirect speech), not by a third party
    ("Bernie Sanders said he would vote for Hillary Clinton.", "Hillary Clinton", "support", "sides_with"),
    ("Bernie Sanders said they would campaign against Hillary Clinton.", "Hillary Clinton", "oppose", "sides_with"),
    ('"We stand with Israel," Donald Trump said.', "Israel", "support", "sides_with"),
    ("Bernie Sanders said Donald Trump would vote for Hillary Clinton.", "Hillary Clinton", "neutral", None),
    ("Bernie Sanders said he would rather vote for Hillary Clinton than Donald Trump.", "Donald Trump", "oppose", "rather_than"),
    ('A voter said: "I\'m voting for anyone but Hillary Clinton."', "Hillary Clinton", "oppose", "anyone_but"),
    ('"I am voting for anyone but Hillary," Alyssa Van Wagenen declared.', "Hillary", "oppose", "anyone_but"),
    ('"He has backed everything I have said. Ola Brandt is now agreeing with me completely," Peter Marlow said.',
     "Ola Brandt", "support", "agrees_with_speaker"),
    ('"Ola Brandt is not agreeing with me," Peter Marlow said.', "Ola Brandt", "neutral", None),
    # the negated head noun cancels
    ("Bernie Sanders said he had no intention of backing Hillary Clinton.", "Hillary Clinton", "neutral", None),
    # wishes: the speaker's, not someone else's
    ("Jill Stein said she hopes that Bernie Sanders wins the nomination.", "Bernie Sanders", "support", "wish_for"),
    ("Michael Seaman said he prays that Bernie Sanders ends up the nominee.", "Bernie Sanders", "support", "wish_for"),
    ("Jill Stein said Donald Trump hopes that Bernie Sanders wins the nomination.", "Bernie Sanders", "neutral", None),
    # praise denied opposes; blame denied is only cancelled
    ("Donald Trump said Gonzalo Curiel can't be impartial.", "Gonzalo Curiel", "oppose", "negated_praise"),
    ("Donald Trump said Gonzalo Curiel is not dishonest.", "Gonzalo Curiel", "neutral", None),
    # the agent of a passive is the doer; the passive subject of a third party's act is its victim
    ("Lavrov said Julian Assange has been arbitrarily detained by Britain.", "United Kingdom", "oppose", "subject_of_predicate"),
    ("Lavrov said Julian Assange has been arbitrarily detained by Britain.", "Julian Assange", "neutral", None),
    ("Donald Trump warned that Hillary Clinton would appoint judges who would block gun rights.", "Hillary Clinton",
     "oppose", "warned_about"),
    ("Lavrov warned that Russia could be attacked by Islamic State.", "Russia", "neutral", None),
    ("Lavrov warned that Russia could be attacked by Islamic State.", "Islamic State", "oppose", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_stance_rules_of_the_second_round(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
