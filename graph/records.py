"""Typed records that cross module boundaries: an article as read, and what extraction finds in it.

`Extraction` is the record of `../shared/contract/extract.md` (the JSON printed by
`python -m loaders extract --json`); the loaders, the graph writer and the tests use it unchanged.
Fields beyond the contract are additions, never renames.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

EntityType = Literal["Person", "State", "Organization", "Alliance", "ArmedGroup", "Media", "Place"]
StatementKind = Literal["direct", "indirect", "mixed"]


class Article(BaseModel):
    """One article as a reader produced it, before any NLP."""

    source: str                       # path as given (with "#line N" / "#item N" for multi-article files)
    text: str                         # the text extraction runs on; offsets point into it
    title: Optional[str] = None
    published: Optional[str] = None   # YYYY-MM-DD
    url: Optional[str] = None
    outlet: Optional[str] = None      # the publishing Media's name, when known
    language: Optional[str] = None
    collection: Optional[str] = None  # "sample" (the bundled corpus), "loaded", "uploaded" or a given name


class Entity(BaseModel):
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)


class Statement(BaseModel):
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    text: str
    start: int
    end: int
    kind: StatementKind = "indirect"
    cue: Optional[str] = None
    date: Optional[str] = None
    about: list[str] = Field(default_factory=list)
    sentence: Optional[str] = None    # the sentence(s) the statement was found in: the evidence
    stance: dict[str, str] = Field(default_factory=dict)  # target name -> support | oppose | neutral
    tone: str = "neutral"             # positive | negative | neutral: the statement as a whole
    # attribution (the contract's second round): who the source is as written, what kind of source,
    # who relays it, and the name of the pattern (loaders/extraction/patterns.py) that found it
    source_text: Optional[str] = None
    source_kind: Optional[Literal["named", "description", "anonymous", "document", "group"]] = None
    via: Optional[str] = None
    pattern: Optional[str] = None


class Relation(BaseModel):
    source: str
    type: str                         # MEMBER_OF | AFFILIATED_WITH | LEADS
    target: str
    role: Optional[str] = None


class Extraction(BaseModel):
    source: str
    title: Optional[str] = None
    published: Optional[str] = None
    language: str = "en"
    entities: list[Entity] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    url: Optional[str] = None
    outlet: Optional[str] = None
    warnings: list[str] = Field(default_factory=list)

    def to_json_line(self) -> str:
        return self.model_dump_json()
