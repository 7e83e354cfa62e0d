"""Statements of wire copy that a sub-heading check must not drop (all sentences invented): a quotation
that echoes the lead's paraphrase, and a later paragraph that repeats the lead's words."""
from __future__ import annotations

import pytest

QUOTE_ECHOES_LEAD = (
    "The Foreign Ministry of Azerbaijan condemned the border provocations committed by Armenia on the day of "
    "the council meeting, the Harbor News Agency reports.\n\n"
    '"We condemn the border provocations committed by Armenia on the day of the council meeting. We call on '
    'Armenia to refrain from such steps," said the statement.\n')

LATER_PARAGRAPH_REPEATS_LEAD = (
    "Ministry spokesman Taro Velin said on Monday that the harbour rules of meddling in other ports' internal "
    "affairs would be rejected by sailors all over the world.\n\n"
    "He spoke at a weekly briefing when asked about a report by the old board.\n\n"
    '"It is no surprise that the old board has admitted its plans," said Velin.\n\n'
    "He stressed that meddling in other ports' internal affairs had become the harbour rules of the old board, "
    "which sailors all over the world would reject.\n")


def test_a_quotation_that_echoes_the_lead_stays(run):
    texts = [s.text for s in run(QUOTE_ECHOES_LEAD).statements]
    assert any(t.startswith('"We condemn') for t in texts), texts
    assert any("condemned" not in t and "border provocations" in t for t in texts)


def test_a_lead_repeated_by_a_later_paragraph_stays(run):
    texts = [s.text for s in run(LATER_PARAGRAPH_REPEATS_LEAD).statements]
    assert any("would be rejected by sailors" in t for t in texts), texts
    assert any("had become the harbour rules" in t for t in texts), texts


def test_a_subject_parsed_under_the_auxiliary_speaks(run):
    (st,) = run("Senator Ada Morrow has on her part said that the siege must end.").statements
    assert st.speaker == "Ada Morrow" and st.text.startswith("that the siege")


def test_verbs_of_saying_of_wire_copy(run):
    cases = {"Envoy Pella Strand reaffirmed her support for Georgia.": "her support for Georgia",
             "Envoy Pella Strand advised both sides to exercise restraint.": "both sides to exercise restraint",
             "Envoy Pella Strand underlined that the talks would go on.": "the talks would go on",
             "Envoy Pella Strand deplored the shelling of the harbour.": "the shelling of the harbour",
             "Envoy Pella Strand expressed deep concern over the border clashes.": "deep concern over the border",
             "Envoy Pella Strand thanked Japan for its help with the ferries.": "Japan for its help",
             "Envoy Pella Strand condemned Russia.": "Russia"}
    for text, content in cases.items():
        sts = run(text).statements
        assert any(content in s.text and s.speaker == "Pella Strand" for s in sts), (text, [s.text for s in sts])


@pytest.mark.parametrize("lead", [
    "Foreign Minister Ada Morrow wrote on Twitter that the shelling of the harbour was unacceptable.\n",
    'Foreign Minister Ada Morrow wrote on Twitter that "the shelling of the harbour is unacceptable."\n',
])
def test_a_participle_opening_a_sentence_goes_on_for_the_last_speaker(run, lead):
    sts = run(lead + 'Underlining that she had spoken with her counterpart "to reinforce our support to the '
              'fishermen."\n').statements
    assert [(s.speaker, s.text[:20]) for s in sts] == [("Ada Morrow", sts[0].text[:20]),
                                                      ("Ada Morrow", "that she had spoken ")], sts


def test_an_outlet_that_reports_a_statement_after_it_relays_it(run):
    for text in ('Spokesman Taro Velin said that the first raid "hit the harbour with several rockets," reports '
                 'the Harbor News Agency.',
                 "Spokesman Taro Velin said that the first raid hit the harbour with several rockets, the official "
                 "news agency reported."):
        sts = run(text).statements
        assert [s.speaker for s in sts] == ["Taro Velin"], text   # the agency relays: no statement of its own
        assert "report" not in sts[0].text and sts[0].text.rstrip('",').endswith("rockets")
    assert sts[0].via is None   # "the official news agency" names no entity
    (st,) = run('Spokesman Taro Velin said that the first raid "hit the harbour," reports the Harbor News Agency.'
                ).statements
    assert (st.speaker, st.via) == ("Taro Velin", "Harbor News Agency")


def test_an_outlet_that_reports_on_its_own_speaks(run):
    (st,) = run("The Harbor News Agency reported that the harbour was closed.").statements
    assert st.speaker == "Harbor News Agency" and st.via is None
    speakers = {s.speaker for s in run("Spokesman Taro Velin said that the harbour was closed, the Daily Ledger "
                                       "reported.").statements}
    assert speakers == {"Taro Velin", "Daily Ledger"}   # a newspaper's own report, as PolNeAR annotates it


def test_according_to_and_said_around_one_statement(run):
    sts = run('According to the envoy, the raids on the harbour have created "an arc of crisis" around the '
              "islands, Envoy Pella Strand said.").statements
    assert [(s.speaker, s.text) for s in sts] == [
        ("Pella Strand", 'the raids on the harbour have created "an arc of crisis" around the islands')]


def test_a_channel_named_tv_reports_on_its_own(run):
    speakers = {s.speaker for s in
                run("Local officials were treating the fire as arson, Harbor TV reported.").statements}
    assert "Harbor TV" in speakers
