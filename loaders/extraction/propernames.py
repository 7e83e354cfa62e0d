"""Speakers NER missed: a proper-noun run at the head of a speaker phrase becomes an entity.

"Fields later tweeted ... and said she", "Trump shot back, saying he", "according to HuffPo", "a
national Gallup Poll": the run is the head's capitalised proper nouns (with its proper-noun compounds),
titles stripped from its start. It is a Person when it looks like a person's name (a listed first name,
an honorific or role word before it, or a he/she pronoun later in the sentence), else Media (by its
words) or Organization. A run of titles or role words only ("Senator") is no name.
"""
from __future__ import annotations

from .entities import MEDIA_WORDS
from .lexicon import ROLE_HEADS, TITLES
from .places import load as load_places
from .pronouns import FIRST_NAMES, PRONOUN_GENDER
from .untagged import capitalised

PERSON_DEPS = ("nsubj", "nsubjpass", "poss")
CALENDAR = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
               "july august september october november december".split())


def _proper(tok) -> bool:
    """A capitalised proper noun; a capitalised sentence-initial noun counts when the same word is
    capitalised elsewhere in the text, away from a sentence start ("Fields later said ...")."""
    if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in CALENDAR:
        return False
    if not (capitalised(tok) or tok.is_upper and len(tok) > 1) or \
            not all(c.isalpha() or c in ".-'’" for c in tok.text):
        return False
    if tok.pos_ == "PROPN" or any(c.isupper() for c in tok.text[1:]) and not tok.is_upper:  # "HuffPo"
        return True
    return tok.pos_ == "NOUN" and tok.is_sent_start and \
        any(t.text == tok.text and not t.is_sent_start for t in tok.doc if t.i != tok.i)


def _run(span):
    """Token bounds of the proper-noun run at the phrase head or its compound, or None."""
    head = span.root
    core = head
    while not _proper(core):  # "the RealClearPolitics polling average": down the compounds
        core = max((c for c in core.children if c.dep_ == "compound"), key=lambda c: c.i, default=None)
        if core is None:
            return None
    lo = hi = core.i
    doc = span.doc
    while lo - 1 >= span.start and _proper(doc[lo - 1]) and doc[lo - 1].head.i in range(lo, core.i + 1):
        lo -= 1
    while hi + 1 < span.end and hi + 1 <= head.i and _proper(doc[hi + 1]):
        hi += 1
    return lo, hi + 1


def _personal(doc, lo: int, hi: int, titled: bool) -> bool:
    if titled or doc[lo].text in FIRST_NAMES:
        return True
    if lo > 0 and (doc[lo - 1].lower_ in ROLE_HEADS or doc[lo - 1].text in TITLES):
        return True
    sent = doc[lo].sent
    return any(t.lower_ in PRONOUN_GENDER and t.dep_ in PERSON_DEPS for t in doc[hi:sent.end])


def name_at(span, mentions, in_quote) -> str | None:
    """Create (or reuse) the entity a proper-noun run at the phrase head names; its canonical name or None."""
    got = _run(span)
    if got is None:
        return None
    lo, hi = got
    doc = span.doc
    if in_quote and in_quote[lo]:
        return None
    start = lo
    while lo < hi and doc[lo].text in TITLES:
        lo += 1
    if lo == hi or all(t.lower_ in ROLE_HEADS or t.text in TITLES for t in doc[lo:hi]):
        return None
    if any(mentions.at[k] is not None for k in range(lo, hi)):
        return None
    text = doc[lo:hi].text
    if load_places().lookup(text) is not None:   # "the independent Vermont senator": a place, no name
        return None
    if _personal(doc, lo, hi, lo > start):
        etype = "Person"
    else:
        etype = "Media" if MEDIA_WORDS.search(text) else "Organization"
    if mentions.type_of(text) not in (None, etype):
        return text
    mentions.add(lo, hi, text, etype, text, ordered=True)
    return text
