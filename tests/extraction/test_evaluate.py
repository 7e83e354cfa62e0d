"""The evaluator: a gold source named by one of the predicted entity's aliases, in full, counts; only a source
whose coreference chain holds a proper name can be scored right at all."""
from loaders.brat import Attribution, GoldArticle, Span
from loaders.evaluate import speaker_right


def _att(source: str) -> tuple[Attribution, GoldArticle]:
    text = f"{source} reported that the vote was close."
    att = Attribution(Span(len(source) + 22, len(text) - 1, "the vote was close"), Span(0, len(source), source),
                      Span(len(source) + 1, len(source) + 9, "reported"))
    return att, GoldArticle("x", text, [att])


def test_alias_names_the_gold_source():
    att, art = _att("The AP")
    assert not speaker_right("Associated Press", att, art)
    assert speaker_right("Associated Press", att, art, ["AP"])


def test_partial_alias_is_not_enough():
    att, art = _att("the Washington Examiner")
    assert not speaker_right("United States", att, art, ["Washington"])
    assert speaker_right("Washington Examiner", att, art)


def test_only_sources_that_name_someone_are_nameable():
    from loaders.evaluate import names_someone
    assert names_someone(*_att("Bernie Sanders"))
    assert not names_someone(*_att("He"))
    assert not names_someone(*_att("a source"))
    att, art = _att("He")
    art.chains = [[{"b": 0, "e": 2, "text": "He"}, {"b": 50, "e": 57, "text": "Sanders"}]]
    assert names_someone(att, art)


def test_a_span_text_with_a_line_break_does_not_break_the_reader():
    from loaders.brat import parse_ann
    ann = ("T1\tContent 10 40\tthe vote was close\n"
           "The result came late\n"          # the rest of a span's text after a line break: no T line
           "T2\tSource 0 5\tJo Ma\nT3\tCue 6 9\tsaid\n"
           "E1\tCue:T3 Source:T2 Content:T1\n")
    (att,) = parse_ann(ann)
    assert (att.source.text, att.cue.text, att.content.start) == ("Jo Ma", "said", 10)
