"""Stance rules of the second recall round: the evaluation of the clause whose subject holds the target
(stance_clause.py), siding with or against the target through a verb and its preposition ("vote for X"),
he/she/they in indirect speech read as the speaker, and a negated head noun ("no intention of backing X")
cancelling the stance."""
import pytest


@pytest.mark.parametrize("text, target, expected, rule", [
    ("Tokayev said Donald Trump's remark could even be considered arrogant.", "Donald Trump", "oppose", "clause_evaluation"),
    ('"We thought only Donald Trump was an insensitive guy," Tokayev said.', "Donald Trump", "oppose", None),
    ("Bernie Sanders said he would vote for Hillary Clinton.", "Hillary Clinton", "support", "sides_with"),
    ("Bernie Sanders said they would campaign against Hillary Clinton.", "Hillary Clinton", "oppose", "sides_with"),
    ('"We stand with Israel," Donald Trump said.', "Israel", "support", "sides_with"),
    # a third party siding with the target is not the speaker's stance
    ("Bernie Sanders said Donald Trump would vote for Hillary Clinton.", "Hillary Clinton", "neutral", None),
    # the negated head noun cancels
    ("Bernie Sanders said he had no intention of backing Hillary Clinton.", "Hillary Clinton", "neutral", None),
    # the target's supporters, and the target's own objection, say nothing of the speaker's stance
    ("Lavrov said Hillary Clinton's support comes from women.", "Hillary Clinton", "neutral", None),
    ("Lavrov said Hillary Clinton has support from most voters.", "Hillary Clinton", "neutral", None),
    ("Tokayev said Russia has a big problem with that.", "Russia", "neutral", None),
    # a circumstance of the clause is not its evaluation of the subject
    ("Lavrov said Hillary Clinton spoke before the deadly attack.", "Hillary Clinton", "neutral", None),
    ("Lavrov said the FBI is asking whether Hillary Clinton was guilty.", "Hillary Clinton", "neutral", None),
])
def test_clause_and_siding_rules(run, text, target, expected, rule):
    ex = run(text)
    assert ex.statements, f"no statement found in {text!r}"
    st = ex.statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)
    if rule:
        assert st.stance_rule.get(target) == rule


@pytest.mark.parametrize("text, target, expected", [
    # "too" + adjective predicated of the target is criticism
    ("Ben Carson said the Republicans are too concerned about polls.", "Republican Party", "oppose"),
    # praise denied: a positive adjective under a negated copula
    ("Donald Trump said Gonzalo Curiel can't be impartial.", "Gonzalo Curiel", "oppose"),
    # ... but a negative one denied is only cancelled
    ("Donald Trump said Gonzalo Curiel is not dishonest.", "Gonzalo Curiel", "neutral"),
    # the target doing harm, in a participle clause on its mention
    ("Hillary Clinton said they are going to people, showing videos of Donald Trump insulting Islam and Muslims.",
     "Donald Trump", "oppose"),
])
def test_criticism_by_degree_denial_and_participle(run, text, target, expected):
    st = run(text).statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)


@pytest.mark.parametrize("text, target, expected, rule", [
    ("Bernie Sanders said he would rather vote for Hillary Clinton than Donald Trump.", "Donald Trump", "oppose", "rather_than"),
    ('A voter said: "I\'m voting for anyone but Hillary Clinton."', "Hillary Clinton", "oppose", "anyone_but"),
    ("Jill Stein said she hopes that Bernie Sanders wins the nomination.", "Bernie Sanders", "support", "wish_for"),
    ("Michael Seaman said he prays that Bernie Sanders ends up the nominee.", "Bernie Sanders", "support", "wish_for"),
    # someone else's wish is not the speaker's
    ("Jill Stein said Donald Trump hopes that Bernie Sanders wins the nomination.", "Bernie Sanders", "neutral", None),
    # the agent of a passive is the doer: "detained arbitrarily by X"
    ("Lavrov said Julian Assange has been arbitrarily detained by Britain.", "United Kingdom", "oppose", "subject_of_predicate"),
    ("Lavrov said Julian Assange has been arbitrarily detained by Britain.", "Julian Assange", "neutral", None),
])
def test_preferences_wishes_and_agents(run, text, target, expected, rule):
    st = run(text).statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)
    if rule:
        assert st.stance_rule.get(target) == rule


@pytest.mark.parametrize("text, target, expected", [
    # warned that the target would act: the speaker presents it as a danger
    ("Donald Trump warned that Hillary Clinton would appoint judges who would block gun rights.", "Hillary Clinton", "oppose"),
    # the victim of a third party's act is not opposed, however the cue reads
    ("Lavrov warned that Russia could be attacked by Islamic State.", "Russia", "neutral"),
    ("Lavrov warned that Russia could be attacked by Islamic State.", "Islamic State", "oppose"),
    ('"I am voting for anyone but Hillary," Alyssa Van Wagenen declared.', "Hillary", "oppose"),
])
def test_warnings_and_victims(run, text, target, expected):
    st = run(text).statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)


@pytest.mark.parametrize("text, target, expected", [
    # what the target owns does harm: the target is opposed
    ("Donald Trump said Barack Obama's policies devastated the middle class.", "Barack Obama", "oppose"),
    ("Donald Trump said Barack Obama failed to protect the border.", "Barack Obama", "oppose"),
    ("Donald Trump said the disastrous Iran deal must be scrapped.", "Iran", "oppose"),
])
def test_the_issues_examples_of_implied_criticism(run, text, target, expected):
    st = run(text).statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule)


def test_the_target_agreeing_with_the_speaker_is_support(run):
    st = run('"He has backed everything I have said. Ted Cruz is now agreeing with me 100 percent," Donald Trump said.').statements[0]
    assert st.stance.get("Ted Cruz") == "support" and st.stance_rule.get("Ted Cruz") == "agrees_with_speaker"
    st = run('"Ted Cruz is not agreeing with me," Donald Trump said.').statements[0]
    assert st.stance.get("Ted Cruz", "neutral") == "neutral"
