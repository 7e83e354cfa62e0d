"""People NER left untagged: names that start with a listed first name ("Colonel General Anatoly
Verkhovtsev"), and a capitalised name before a surname that is the subject of a verb of saying ("Adel
Morvan said", NER taking only "Morvan", as a place). `capitalised` is the one test of a name's word."""
from __future__ import annotations

import re

from .lexicon import speech_lemma
from .pronouns import FIRST_NAMES

ORG_LIKE = ("ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")
ORG_WORDS = re.compile(r"\b(Ministry|Department|Party|Council|Committee|Agency|Service|Office|Bank|Group|Union|Front|"
                       r"Army|Force|Forces|Institute|University|College|School|Company|Corporation|Inc|Ltd|LLC|"
                       r"Association|Foundation|Fund|Center|Centre|Commission|Court|Assembly|Parliament|Duma|"
                       r"Senate|Congress|House|Organization|Organisation|Alliance|Network|Club|Church|Movement|"
                       r"Federation|Republic|State|States|Government|Administration|Campaign|Board|Bureau)\b")


def capitalised(tok) -> bool:
    """Starts upper-case, then has a lower-case letter: "Smith", "McConnell", "O'Malley" (spaCy's
    is_title rejects the last two)."""
    t = tok.text
    return t[:1].isupper() and any(c.islower() for c in t[1:])


def missed_people(doc) -> list:
    """Names NER left untagged that start with a listed first name ("Colonel General Anatoly
    Verkhovtsev"): the first name and one or two capitalised proper nouns after it, as PERSON spans."""
    from spacy.tokens import Span

    out = []
    n = len(doc)
    for tok in doc:
        if tok.text not in FIRST_NAMES and not _speaking_pair(tok) or tok.ent_iob_ != "O" or tok.i + 1 >= n:
            continue
        if tok.text not in FIRST_NAMES:
            out.append(Span(doc, tok.i, tok.i + 2, label="PERSON"))
            continue
        e = tok.i + 1
        while e < n and e - tok.i < 3 and doc[e].ent_iob_ == "O" and doc[e].pos_ == "PROPN" \
                and doc[e].is_alpha and capitalised(doc[e]):
            e += 1
        if e - tok.i >= 2:
            out.append(Span(doc, tok.i, e, label="PERSON"))
    return out


def _speaking_pair(tok) -> bool:
    """"Adel Morvan said ...": two capitalised proper nouns, the first untagged (a first name the lists
    lack), the second the subject of a verb of saying (NER may have taken it alone for a place)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.pos_ != "PROPN" or not tok.is_alpha or not capitalised(tok):
        return False
    last = doc[tok.i + 1]
    if last.pos_ != "PROPN" or not last.is_alpha or not capitalised(last) or last.ent_iob_ == "I" or \
            last.ent_type_ in ORG_LIKE or ORG_WORDS.search(last.text):
        return False
    if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
        return False
    return tok.head.i == last.i and last.dep_ == "nsubj" and speech_lemma(last.head.text) is not None
