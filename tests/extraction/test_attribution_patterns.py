"""Attribution patterns of wire copy: each test is one sentence shape whose speaker or content once came
out wrong (found in error analysis on PolNeAR train and on the sample corpus)."""


def _said(ex, fragment: str):
    hits = [s for s in ex.statements if fragment in s.text]
    assert hits, [s.text for s in ex.statements]
    return hits[0]


def test_a_ministry_speaks_for_the_state_it_was_named_with(run):
    ex = run("Turkey and Uzbekistan signed a pact on Tuesday, Turkey's Foreign Ministry said.\n\n"
             "The ministry said in a statement that the pact was not directed against any third party.")
    assert _said(ex, "not directed").speaker == "Turkey"


def test_a_bare_ministry_speaks_for_the_dateline_state(run):
    ex = run("MOSCOW, Feb 20 (Northern Ledger) - The exercises will go ahead.\n\n"
             "The Foreign Ministry said that Moscow was in contact with the Taliban.")
    assert _said(ex, "in contact").speaker == "Russia"


def test_role_description_before_the_name_resolves_forward(run):
    ex = run("The alliance's chief of staff said on Monday that the drills would start in March.\n\n"
             "Colonel General Anatoly Verkhovtsev, chief of the CSTO Joint Staff, told reporters that "
             "2,500 troops would take part.")
    assert _said(ex, "drills would start").speaker == "Anatoly Verkhovtsev"


def test_headline_repeating_the_body_is_dropped_and_the_outlet_is_media(run):
    ex = run('Analyst says drills are "a message to Kabul"\nPublished: 2025-02-14\nOutlet: Steppe Daily\n\n'
             'The drills are "a message to Kabul, not to Tashkent," political analyst Rafik Tashmurov told '
             "Steppe Daily.")
    assert [s.speaker for s in ex.statements] == ["Rafik Tashmurov"]
    assert {e.name: e.type for e in ex.entities}["Steppe Daily"] == "Media"


def test_dateline_apposition_is_the_speaker(run):
    ex = run("KABUL, March 7 (Pamir Post) - Afghanistan's Taliban administration on Friday called the "
             'exercises "unnecessary and unhelpful," and said Afghanistan posed no threat to its neighbours.')
    assert _said(ex, "posed no threat").speaker == "Taliban"
    assert _said(ex, "unnecessary").speaker == "Taliban"


def test_calling_a_thing_a_quote_is_a_statement_of_the_subject(run):
    ex = run('Kazakh Foreign Minister Yerlan Temirbayev welcomed the start of the work, calling the treaty '
             '"a model for the whole of Central Asia."')
    st = _said(ex, "a model")
    assert st.speaker == "Yerlan Temirbayev" and st.text.startswith("the treaty")


def test_he_after_a_reported_clause_is_the_reporter(run):
    ex = run("Paul Ryan spoke in Janesville. Ryan said Barack Obama has never respected gun owners. "
             "He says the law already requires licences.")
    assert _said(ex, "law already").speaker == "Paul Ryan"


def test_participle_on_a_reported_clause_speaks_for_the_reporter(run):
    ex = run("Donald Trump argued that a database would keep people out, saying it is about management.")
    assert _said(ex, "about management").speaker == "Donald Trump"


def test_inverted_subject_after_a_quote_with_apposition(run):
    ex = run('Jorge Ramos spoke on Monday. "It was wrong not to confront him," Ramos, 58, told AFP.')
    assert _said(ex, "wrong not to").speaker == "Jorge Ramos"


def test_mid_sentence_cue_and_colon_after_modifiers(run):
    ex = run("Islamic State's regional affiliate, he said, relied on small cells.\n\n"
             'Megyn Kelly responded pointedly, with a smile: "It can happen when you are 45."')
    assert _said(ex, "small cells").text.startswith("Islamic State's")
    assert _said(ex, "happen when").speaker == "Megyn Kelly"


def test_noun_complement_is_not_the_speakers_statement(run):
    ex = run("Ben Carson responded on Sunday to accusations that he exaggerated his life story.")
    assert not [s for s in ex.statements if "exaggerated" in s.text]


def test_a_day_name_is_never_a_speaker(run):
    ex = run("Erin Brockovich, the environmental activist, endorsed the approach Saturday, saying that the "
             "governor must resign.")
    assert _said(ex, "must resign").speaker == "Erin Brockovich"
    assert "Saturday" not in {e.name for e in ex.entities}
