"""Typed records that cross module boundaries: an article as read, what extraction finds in it, and why
an input did not make it into the graph (`Failure`).

`Extraction` is the record of `../shared/contract/extract.md` (the JSON printed by
`python -m loaders extract --json`); the loaders, the graph writer and the tests use it unchanged.
Fields beyond the contract are additions, never renames.
"""
from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, order=True)
class Failure:
    """One input (a file, `FILE#line N`, `FILE#item N`, `PATH#row N`) or article that did not make it into
    the graph, at which stage, and why in one line. The same record from the readers, extraction and the
    writer to the ingest summary, the extract JSON, the upload panel, bulk export and the Spark job."""

    source: str
    stage: Literal["read", "extract", "write"]
    reason: str                       # one line, as the person reads it ("extraction failed: ...")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    def to_json(self) -> dict:
        """The error line of `python -m loaders extract --json`."""
        return {"source": self.source, "error": self.reason}


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
    stance_rule: dict[str, str] = Field(default_factory=dict)  # target -> the stance rule that decided it (polar only)
    # attribution (the contract's second round): who the source is as written, what kind of source,
    # who relays it, and the name of the pattern (loaders/extraction/patterns.py) that found it
    source_text: Optional[str] = None
    source_kind: Optional[Literal["named", "description", "anonymous", "document", "group"]] = None
    via: Optional[str] = None
    pattern: Optional[str] = None
    addressee_pattern: Optional[str] = None   # the addressee rule (patterns.ADDRESSEE_RULES) that found `addressee`


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
