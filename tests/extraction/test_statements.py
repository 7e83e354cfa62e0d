"""Statements step: cues, content spans, kinds, continued quotes and negated speech."""
def test_direct_indirect_and_continuation(run):
    ex = run('Political analyst Rafik Tashmurov told RIA Novosti that the drills were a message. '
             '"They are a warning," he said. "Nobody will miss it."')
    by_text = {s.text: s for s in ex.statements}
    assert any(s.kind == "indirect" and s.addressee == "RIA Novosti" for s in ex.statements)
    direct = [s for s in ex.statements if s.kind == "direct"]
    assert len(direct) == 2 and all(s.speaker == "Rafik Tashmurov" for s in direct)
    assert '"Nobody will miss it."' in by_text


def test_declined_and_negated_speech_is_not_a_statement(run):
    ex = run("The minister declined to comment on the drills. The general did not say that troops would stay.")
    assert ex.statements == []


def test_offsets_index_the_original_text(run):
    text = "Breaking News\nOfficials said that IS fighters crossed the border on Monday."
    ex = run(text)
    (st,) = ex.statements
    assert text[st.start:st.end] == st.text and "IS fighters" in st.text
    assert "Islamic State" in st.about


def test_headline_repeat_is_one_statement(run):
    text = ('Putin: "We will not retreat from Syria"\n\n'
            'President Vladimir Putin said: "We will not retreat from Syria."')
    ex = run(text)
    assert len([s for s in ex.statements if "retreat" in s.text]) == 1


def test_anonymity_formulas_describe_the_source_and_are_no_statement(run):
    ex = run("A senior diplomat, who asked not to be named, said the embassy in Veldoria would close. "
             "The aide, who asked that her name not be used, said the vote was delayed. "
             "Mayor Ann Lee urged residents not to travel during the storm.")
    texts = [s.text for s in ex.statements]
    assert not any("named" in t or "name not" in t for t in texts), texts
    assert {"the embassy in Veldoria would close", "the vote was delayed"} <= set(texts)
    assert any(t.startswith("residents not to travel") for t in texts)  # a negated infinitive with an object stays
    (st,) = [s for s in ex.statements if "embassy" in s.text]
    assert st.source_kind == "anonymous"


def test_two_apostrophe_quotes_are_quotations(run):
    ex = run("''We will not give up the harbour,'' Governor Tom Hale said on Monday. "
             "''Nobody in this city wants that.''")
    direct = [s for s in ex.statements if s.kind == "direct"]
    assert [s.speaker for s in direct] == ["Tom Hale", "Tom Hale"], [(s.text, s.speaker) for s in ex.statements]
    assert direct[1].pattern == "continuation"


def test_inverted_speaker_after_the_cue_and_no_quote_from_the_paragraph_before(run):
    ex = run('"Safety," said Robin Hale, a harbour pilot. "Safety for the whole harbour, everybody."\n\n'
             '"We will see about that."\n\nThat adds pressure on the council, Mayor Ann Lee said on Monday.')
    by_text = {s.text: s for s in ex.statements}
    assert by_text['"Safety,"'].speaker == "Robin Hale"
    assert by_text['"Safety for the whole harbour, everybody."'].speaker == "Robin Hale"
    assert not any(s.text == '"We will see about that."' and s.pattern == "quote_before_cue" for s in ex.statements)


def test_an_infinitive_speaks_for_whoever_holds_its_noun(run):
    ex = run("Governor Tom Hale had only kind words to say about the new harbour director.")
    by_pattern = {s.pattern: s for s in ex.statements}
    assert by_pattern["topic"].speaker == "Tom Hale", [(s.pattern, s.speaker, s.text) for s in ex.statements]


def test_a_continued_or_added_quotation_keeps_its_addressee(run):
    ex = run('"The border is calm," Defence Minister Karl Brandt told the Harbor Gazette. "We see no threat."\n\n'
             '"Our patrols are ready," he added.\n\n'
             'He added that the budget would grow.')
    by_text = {s.text: s for s in ex.statements}
    assert by_text['"We see no threat."'].addressee == "Harbor Gazette"
    assert by_text['"Our patrols are ready,"'].addressee == "Harbor Gazette"
    assert by_text["that the budget would grow"].addressee is None   # not a quotation: said to whom is unknown


def test_noun_complement_is_not_the_speakers_statement(run):
    ex = run("Ben Carson responded on Sunday to accusations that he exaggerated his life story.")
    assert not [s for s in ex.statements if "exaggerated" in s.text]
