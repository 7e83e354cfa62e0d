"""The speaker comes from the cue's subject phrase: its head, appositions, names NER missed; never a
dateline or a place in a prepositional modifier."""


def _speaker(run, text):
    ex = run(text)
    assert ex.statements, text
    return ex.statements[0].speaker


def test_apposition_to_a_role_head_names_the_speaker(run):
    text = ("Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope has no plans "
            "to meet the senator.")
    assert _speaker(run, text) == "Federico Lombardi"


def test_dateline_is_not_the_speaker(run):
    text = ("CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates that the email "
            "server should disqualify her.")
    assert _speaker(run, text) == "Michael Mukasey"


def test_person_beats_place_in_the_phrase(run):
    text = "Saturday at the Massachusetts party convention Sen. Elizabeth Warren said Trump was a loser."
    assert _speaker(run, text) == "Elizabeth Warren"


def test_missed_proper_noun_subject_becomes_a_person(run):
    text = ("The reporter met Fields at the rally. Fields later tweeted a photograph of her arm and said she "
            "had been yanked backward.")
    ex = run(text)
    st = next(s for s in ex.statements if "yanked" in s.text)
    assert st.speaker == "Fields"
    assert next(e for e in ex.entities if e.name == "Fields").type == "Person"


def test_missed_organisation_after_according_to(run):
    ex = run("In Pennsylvania, she is up 9 points at 49 percent, according to the RealClearPolitics polling average.")
    assert ex.statements[0].speaker == "RealClearPolitics"


def test_ministry_without_a_state_in_its_name_speaks_for_the_state(run):
    assert _speaker(run, "Russia's Foreign Ministry said later on Tuesday that the talks had failed.") == "Russia"
    assert _speaker(run, "The Tajik Defence Ministry has said the exercise will involve 2,000 troops.") == "Tajikistan"


def test_role_description_with_an_organisation_is_the_person_who_just_spoke(run):
    ex = run('Colonel General Anatoly Verkhovtsev said the exercises were "purely defensive". "We have said '
             'from the start that this is about terrorism," the CSTO chief of staff said.')
    assert [s.speaker for s in ex.statements] == ["Anatoly Verkhovtsev", "Anatoly Verkhovtsev"]


def test_the_ad_speaks_for_whoever_released_it(run):
    ex = run("Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad. The ad says "
             "“nothing will change until we elect candidates who reject Wall Street money.”")
    assert ex.statements[-1].speaker == "Bernie Sanders"


def test_quote_continues_the_main_clause_statement_not_a_subordinate_one(run):
    ex = run("“I will never eat them again,” Donald Trump said in August after Nabisco announced it was moving "
             "jobs to Mexico.\n\n“Who do they think they are? This is a disgrace for our workers,” the post went on.")
    st = next(s for s in ex.statements if "Who do they think" in s.text)
    assert st.speaker == "Donald Trump"
