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


def test_noun_complement_is_not_the_speakers_statement(run):
    ex = run("Ben Carson responded on Sunday to accusations that he exaggerated his life story.")
    assert not [s for s in ex.statements if "exaggerated" in s.text]
