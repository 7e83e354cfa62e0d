"""What kind of source a statement has, and the source phrase as written.

`source_kind` of a speaker phrase (the contract's `named | description | anonymous | document | group`):
* a pronoun: `named` when it resolved to an entity (its `source_text` is then that name), else the
  kind of the source it stands for ("it" after "the report said" is the report);
* `named`: the phrase's head is a named entity, or the resolved person is named inside it ("a
  spokeswoman for the company, Jane Roe");
* `document`: its head noun is a document ("the report", "a new poll", "court filings");
* `anonymous`: an indefinite or bare person noun left unnamed ("officials", "a source familiar with
  ...", "State Department officials" - which still speak for the State Department);
* `group`: a plural collective ("observers", "critics", "Democrats");
* `description`: any other phrase ("the analyst", "the influential daily").
Word lists: `lexicon.json` "source_kinds".
"""
from __future__ import annotations

from .lexicon import PRONOUNS, SOURCE_KINDS

DEFINITE = {"the", "this", "that", "these", "those"}
DOCUMENT, ANONYMOUS, GROUP = SOURCE_KINDS["document"], SOURCE_KINDS["anonymous"], SOURCE_KINDS["group"]


def is_pronoun(span) -> bool:
    return span is not None and len(span) == 1 and span.root.lower_ in PRONOUNS


def kind_of_phrase(span, speaker: str | None, mentions) -> str:
    """The source kind of a non-pronoun speaker phrase (a spaCy Span) resolved to `speaker`."""
    head = span.root
    lemma, low = head.lemma_.lower(), head.lower_
    if mentions.at[head.i] is not None and mentions.type_of(mentions.at[head.i]) != "Place":
        return "named"
    if speaker is not None and mentions.type_of(speaker) == "Person" and \
            any(mentions.at[t.i] == speaker for t in span):
        return "named"
    before = [t for t in span if t.i < head.i]
    definite = any(t.lower_ in DEFINITE or t.dep_ == "poss" for t in before)
    if lemma in DOCUMENT or low in DOCUMENT:
        return "document"
    plural = head.tag_ in ("NNS", "NNPS")
    if (lemma in ANONYMOUS or low in ANONYMOUS) and not definite:
        return "anonymous"
    if (lemma in GROUP or low in GROUP) and (plural or head.pos_ == "PRON" or head.tag_ == "DT"):
        return "group"
    if head.ent_type_ == "NORP" and plural:
        return "group"
    if head.pos_ == "PROPN":
        return "named"
    return "description"
