"""The evaluator accepts a gold source named by one of the predicted entity's aliases, in full."""
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
