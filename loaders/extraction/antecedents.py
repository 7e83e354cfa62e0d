"""The phrase a he/she speaker pronoun stands for, as written: its nearest antecedent when that is a
description ("The retired nurse sought to calm the crowd. She said ..." -> "The retired nurse").

`speaker` stays the resolved person; this is the statement's `source_text` (the contract: "pronouns: the
resolved phrase"). Scanning back from the pronoun (at most `WINDOW` tokens, outside quotations and
outside what statements report), the first subject that names a person ends the search: the pronoun then
stands for that name, and `source_text` stays the canonical name. The first subject whose head is a
person noun (`role_heads`, `person_nouns` in `lexicon.json`, the gendered words of `names.json`) with no
person named in it, in the singular and of a compatible gender, is the description returned. Other
pronouns, subjects that are no person ("the bill", "Russia") and subjects of asking ("A reporter asked
Hale ... He said": the one asked answers) are passed over. The speaker is nobody named when the
description is indefinite (a new person), else the pronoun's resolved person.
"""
from __future__ import annotations

from .lexicon import PERSON_NOUNS, ROLE_HEADS, SOURCE_KINDS
from .pronouns import PRONOUN_GENDER, WORD_GENDER
from .subjects import phrase

SUBJ = ("nsubj", "nsubjpass")
WINDOW = 120   # tokens
INDEFINITE = {"a", "an", "one", "another"}
ASKING = {"ask", "question", "press", "quiz", "interrupt"}
PERSON_HEADS = PERSON_NOUNS | ROLE_HEADS | {w for w in WORD_GENDER if w.isalpha() and w not in PRONOUN_GENDER}
PEOPLE_HEADS = PERSON_HEADS | SOURCE_KINDS["group"] | SOURCE_KINDS["anonymous"]   # "they": "the protesters"


def _names_person(tok, mentions) -> bool:
    """A person is named in the subject's phrase or in apposition to it ("One pastor, Dana Roe, said")."""
    span = [*phrase(tok), *(t for c in tok.rights if c.dep_ == "appos" for t in c.subtree)]
    return any(mentions.at[t.i] and mentions.type_of(mentions.at[t.i]) == "Person" for t in span)


def _gender_of(tok) -> str | None:
    for t in tok.subtree:
        if t.i > tok.i:
            break
        g = WORD_GENDER.get(t.lower_)
        if g:
            return g
    return None


def _subjects_before(pronoun, ctx):
    """The subjects before `pronoun`, nearest first and at most `WINDOW` tokens back, outside quotations and
    what statements report, that are no pronoun and no one who asks (who asks is not who answers: "A
    reporter asked Hale about it. He said ...")."""
    doc = pronoun.doc
    for k in range(pronoun.i - 1, max(-1, pronoun.i - WINDOW), -1):
        tok = doc[k]
        if tok.dep_ not in SUBJ or ctx.in_quote[k] or (ctx.in_content and ctx.in_content[k]) or \
                tok.pos_ == "PRON" or tok.head.lemma_.lower() in ASKING:
            continue
        yield tok


def description_for(pronoun, ctx) -> object | None:
    """The description a he/she `pronoun` token stands for (a spaCy Span: the noun phrase, cut at a
    relative clause), or None."""
    want = PRONOUN_GENDER.get(pronoun.lower_)
    if want is None:
        return None
    mentions = ctx.mentions
    for tok in _subjects_before(pronoun, ctx):
        if _names_person(tok, mentions):
            return None
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in PERSON_HEADS and \
                tok.lemma_.lower() not in PERSON_HEADS:
            continue
        have = _gender_of(tok)
        if have is not None and have != want:
            continue
        return phrase(tok)
    return None


def people_for(pronoun, ctx) -> object | None:
    """The plural description a "they" `pronoun` token stands for ("Several delegates left early. They said
    ..." -> "Several delegates"), or None: the nearest subject before it, outside quotations and what
    statements report, when that is a plural person or group noun naming no entity."""
    if pronoun.lower_ != "they":
        return None
    mentions = ctx.mentions
    for tok in _subjects_before(pronoun, ctx):
        if any(mentions.at[t.i] for t in phrase(tok)):
            return None
        if tok.tag_ == "NNS" and (tok.lemma_.lower() in PEOPLE_HEADS or tok.lower_ in PEOPLE_HEADS):
            return phrase(tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def described_person(described, speaker: str | None) -> str | None:
    """Who says it, once the pronoun stands for `described`: nobody named for an indefinite description
    (a new person: "A retired nurse from Dayton stood up. She said ..."), else the pronoun's `speaker`."""
    return None if described[0].lower_ in INDEFINITE else speaker
