"""The rows a `graph.fragment.Fragment` holds, typed: one per node kind and one for relationships.

A row is the property map of one node or relationship, exactly as the writer hands it to Cypher
(`UNWIND $rows AS row`), the bulk export writes it to CSV/Parquet and the Spark job ships it from the
executors — so the three read one declared type. The rows are `TypedDict`s: typed for the reader and the
type checker, plain dicts at run time (no conversion before a write; they pickle), and their keys are the
model's properties (`graph.model.NODES` / `RELATIONSHIPS`; tests/graph/test_rows.py checks they agree).
"""
from __future__ import annotations

from typing import Optional, TypedDict, Union

from graph.model import ENTITY_LABELS


class EntityRow(TypedDict):
    """Person, State, Organization, Alliance, ArmedGroup, Media or Place."""
    uid: str
    type: str
    name: str
    aliases: list[str]
    roles: list[str]
    search: str                     # name and aliases, normalised, for CONTAINS type-ahead


class ArticleRow(TypedDict):
    uid: str
    type: str
    name: str
    title: Optional[str]
    url: Optional[str]
    source: str
    published: Optional[str]
    language: Optional[str]
    outlet: Optional[str]
    words: int
    collection: str                 # "sample", "loaded", "uploaded" or a name given at ingest


class StatementRow(TypedDict):
    uid: str
    type: str
    name: str
    text: str
    kind: str
    cue: Optional[str]
    date: Optional[str]
    published: Optional[str]
    sentence: Optional[str]
    start_char: int
    end_char: int
    speaker: Optional[str]
    addressee: Optional[str]
    article: str
    outlet: Optional[str]
    tone: Optional[str]
    source_text: Optional[str]
    source_kind: Optional[str]
    via: Optional[str]
    pattern: Optional[str]
    collection: str


class NameKeyRow(TypedDict):
    """Bookkeeping of graph/identity.py: a name key and the uids of the entity nodes it names."""
    uid: str
    type: str
    name: str
    targets: list[str]


class _RelEnds(TypedDict):
    a: str                          # uid of the start node
    b: str                          # uid of the end node


class RelRow(_RelEnds, total=False):
    """A relationship between two nodes of the fragment; `role` on AFFILIATED_WITH, `stance` and
    `stance_rule` (the rule that decided a polar stance, else None) on TO/ABOUT."""
    role: Optional[str]
    stance: str
    stance_rule: Optional[str]
    pattern: Optional[str]          # on TO: the addressee rule that found the addressee
    speaker: str                    # SAID: copied from the ends where written (graph.model.DERIVED), not by
    date: str                       # build_fragment (uids are resolved at write time)


NodeRow = Union[EntityRow, ArticleRow, StatementRow, NameKeyRow]
NODE_ROWS: dict[str, type] = {**{label: EntityRow for label in ENTITY_LABELS}, "Article": ArticleRow,
                              "Statement": StatementRow, "NameKey": NameKeyRow}
