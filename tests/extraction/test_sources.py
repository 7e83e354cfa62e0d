"""Every statement has a source: the phrase as written, its kind, the relaying outlet, the addressee."""
from __future__ import annotations


def _only(ex, fragment):
    hits = [s for s in ex.statements if fragment in s.text]
    assert len(hits) == 1, [(s.pattern, s.speaker, s.text) for s in ex.statements]
    return hits[0]


def test_an_outlet_that_relays_a_quote_is_via_not_the_speaker(run):
    ex = run('"The talks will resume next week," Foreign Minister Jane Roe said, according to Interfax.')
    st = _only(ex, "talks will resume")
    assert (st.speaker, st.via, st.source_text) == ("Jane Roe", "Interfax", "Foreign Minister Jane Roe")
    assert len(ex.statements) == 1


def test_according_to_inside_what_is_reported_is_no_relay(run):
    ex = run("Senator John Doe said that, according to the report, wages fell last year.")
    assert all(s.via is None for s in ex.statements)


def test_source_kinds(run):
    ex = run("A new report released Monday says that wages fell. It adds that prices rose sharply.\n\n"
             "Observers say the vote was rigged.\n\n"
             "A source familiar with the talks said the deal was close.")
    assert (_only(ex, "wages fell").source_kind, _only(ex, "wages fell").source_text) == ("document", "A new report")
    it = _only(ex, "prices rose")
    assert (it.source_kind, it.source_text, it.speaker) == ("document", "A new report", None)
    assert (_only(ex, "rigged").source_kind, _only(ex, "rigged").source_text) == ("group", "Observers")
    anon = _only(ex, "deal was close")
    assert (anon.source_kind, anon.speaker) == ("anonymous", None)


def test_addressees_told_interview_and_passive(run):
    ex = run("Jane Roe was told by Senator John Doe that the mine would close.\n\n"
             "Mary Stone said in an interview with the Daily Planet that the plant would stay open.")
    st = _only(ex, "mine would close")
    assert (st.speaker, st.addressee) == ("John Doe", "Jane Roe")
    assert _only(ex, "plant would stay").addressee == "Daily Planet"


def test_statement_date_from_the_text(run):
    ex = run("Jane Roe told reporters on April 13 that the mine would close.", published="2016-05-02")
    assert _only(ex, "mine would close").date == "2016-04-13"


def test_a_poll_count_is_the_source_as_written(run):
    ex = run("About 4 in 10 say they want the next mayor to have more liberal policies.")
    assert _only(ex, "more liberal policies").source_text == "About 4 in 10"


def test_it_after_a_document_that_said_nothing_yet_is_that_document(run):
    """"The report found ... It said ...": "it" is the report (a document source), not an organisation or
    state named near it, even though "found" made no statement of its own."""
    ex = run("The Daily Courant obtained a copy of the audit. The report found that the ministry lost $4 million. "
             "It said the money was never recovered.")
    it = _only(ex, "never recovered")
    assert (it.speaker, it.source_text, it.source_kind) == (None, "The report", "document")


def test_according_to_before_a_speaker_keeps_that_speaker(run):
    """"According to the post, X said ...": the statement of "said" stays X's ("according to" is a
    participle aside whose content holds X, but not one that reports what X is)."""
    ex = run("According to the school's Facebook post, Omar Haddad said he was accompanying his wife to the hearing.")
    said = [s for s in ex.statements if s.cue == "said"]
    assert [s.speaker for s in said] == ["Omar Haddad"]


def test_he_after_a_description_is_written_as_that_description(run):
    """"The Idaho senator ... She said": the speaker stays the person the pronoun resolves to, the source as
    written is the description the pronoun stands for (`antecedents.py`)."""
    ex = run("Senator Mara Quill spoke over boos as she conceded the race. The Idaho senator thanked her "
             "volunteers at the rally in Boise. She said that she would keep fighting for rural hospitals.")
    st = _only(ex, "rural hospitals")
    assert (st.speaker, st.source_text, st.source_kind) == ("Mara Quill", "The Idaho senator", "named")


def test_she_after_an_indefinite_description_is_a_new_unnamed_person(run):
    ex = run("Senator Mara Quill spoke over boos as she conceded the race. A retired nurse from Dayton stood up "
             "in the back of the hall. She said that the clinic would close next month.")
    st = _only(ex, "clinic would close")
    assert (st.speaker, st.source_text, st.source_kind) == (None, "A retired nurse from Dayton", "description")


def test_who_asks_is_not_who_answers(run):
    ex = run("Governor Tom Hale toured the plant on Monday. A reporter from the Ledger asked him about the "
             "strike. He said that the union had been treated fairly.")
    st = _only(ex, "treated fairly")
    assert (st.speaker, st.source_text) == ("Tom Hale", "Tom Hale")


def test_a_description_with_a_name_in_apposition_is_that_name(run):
    ex = run("Senator Mara Quill spoke over boos as she conceded the race. One nurse, Edna Pike, stood up in "
             "the back of the hall. She said that the clinic would close next month.")
    assert _only(ex, "clinic would close").speaker == "Edna Pike"


def test_they_after_people_described_is_that_description(run):
    ex = run("Governor Tom Hale toured the plant on Monday. Several delegates from the union left the meeting "
             "early. They said that the offer was an insult.")
    st = _only(ex, "offer was an insult")
    assert (st.speaker, st.source_text) == (None, "Several delegates from the union")
