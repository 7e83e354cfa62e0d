"""The whole text of a parsed spaCy Doc, built once per Doc.

spaCy builds `Doc.text` anew on every access, joining the text of every token (a Token object each), so
a step that reads it once per quotation or per cue costs tokens × quotations. The extraction steps ask
`text_of(doc)` instead: the first call keeps the text in the Doc's `user_data`, later calls look it up.
The text of a Doc never changes (retokenizing keeps it), so the kept copy stays right.
"""
from __future__ import annotations

_KEY = "whosaid.text"


def text_of(doc) -> str:
    """`doc.text`, built on the first call for this Doc only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
