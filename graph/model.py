"""The graph model, declared once: node labels with their properties, relationship types with their
endpoints, and the stable application-level ids (`uid`) every node carries.

Neo4j's constraints and indexes and the embedded store's schema are both generated from these tables
(`neo4j_schema()`, `ladybug_schema()`), so the model is never written twice.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

ENTITY_LABELS = ("Person", "State", "Organization", "Alliance", "ArmedGroup", "Media", "Place")
SPEAKER_LABELS = ("Person", "State", "Organization", "Alliance", "ArmedGroup", "Media")
GROUP_LABELS = ("State", "Organization", "Alliance", "ArmedGroup", "Media")
# Label disjunctions for portable, index-backed look-ups of "any entity" (Neo4j plans a union of index
# seeks; Ladybug scans only those tables). A bare `(n)` with a property filter scans every node on Neo4j.
ANY_ENTITY = "|".join(ENTITY_LABELS)
ANY_SPEAKER = "|".join(SPEAKER_LABELS)

# Every node has uid, type (its label, as a property both engines can return) and name.
_BASE = {"uid": "STRING", "type": "STRING", "name": "STRING"}
_ENTITY = {**_BASE, "search": "STRING", "aliases": "STRING[]", "roles": "STRING[]"}
# on PairMonth and PairTotal (graph/rollup_outlets.py): the distinct outlets of the pair's statements (sorted,
# none for no outlet) and their earliest and latest date
_PAIR_OUTLETS = {"outlets": "STRING[]", "first_date": "STRING", "last_date": "STRING"}


@dataclass(frozen=True)
class NodeSpec:
    label: str
    properties: dict[str, str]
    indexed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelSpec:
    type: str
    pairs: tuple[tuple[str, str], ...]
    properties: dict[str, str] = field(default_factory=dict)


NODES: dict[str, NodeSpec] = {
    spec.label: spec
    for spec in [
        *(NodeSpec(label, dict(_ENTITY), ("name", "search")) for label in ENTITY_LABELS),
        NodeSpec("Article", {**_BASE, "title": "STRING", "url": "STRING", "source": "STRING",
                             "published": "STRING", "language": "STRING", "outlet": "STRING",
                             "words": "INT64", "collection": "STRING"}, ("published", "outlet")),
        NodeSpec("Statement", {**_BASE, "text": "STRING", "kind": "STRING", "cue": "STRING",
                               "date": "STRING", "published": "STRING", "sentence": "STRING",
                               "start_char": "INT64", "end_char": "INT64", "speaker": "STRING",
                               "addressee": "STRING", "article": "STRING", "outlet": "STRING",
                               "tone": "STRING", "source_text": "STRING", "source_kind": "STRING",
                               "via": "STRING", "pattern": "STRING", "collection": "STRING"},
                 ("date",)),
        # bookkeeping for graph/identity.py: a name key -> the uids of the entity nodes it names
        NodeSpec("NameKey", {**_BASE, "targets": "STRING[]"}),
        # an analyst's correction (graph/curation.py): what was changed, how to undo it, when and by whom
        NodeSpec("Correction", {**_BASE, "op": "STRING", "target": "STRING", "other": "STRING",
                                "payload": "STRING", "at": "STRING", "by": "STRING", "status": "STRING"},
                 ("target",)),
        # rollups kept at write time (graph/rollups.py); `name` describes the key ("Anna Lind 2025-03")
        NodeSpec("SpeakerMonth", {**_BASE, "speaker": "STRING", "speaker_name": "STRING",
                                  "speaker_type": "STRING", "month": "STRING", "statements": "INT64",
                                  "articles": "INT64", "first": "STRING"}, ("speaker", "month")),
        NodeSpec("PairMonth", {**_BASE, "speaker": "STRING", "speaker_name": "STRING", "speaker_type": "STRING",
                               "target": "STRING", "target_name": "STRING", "target_type": "STRING",
                               "month": "STRING", "statements": "INT64", "support": "INT64", "oppose": "INT64",
                               "neutral": "INT64", **_PAIR_OUTLETS}, ("speaker", "target", "target_name", "month")),
        NodeSpec("OutletMonth", {**_BASE, "outlet": "STRING", "month": "STRING", "articles": "INT64",
                                 "quoting": "INT64", "statements": "INT64", "undated_statements": "INT64",
                                 "first": "STRING", "last": "STRING", "speakers": "STRING[]",
                                 "anonymous": "INT64"}, ("month",)),
        # the month tables summed over all months (graph/rollup_totals.py); first/last of PairTotal are months;
        # months: the keys of the month rows ('' undated), so a query reaches them by uid; running (PairTotal):
        # 0, then the statements up to and including each of those months, so a range is counted from the row
        NodeSpec("SpeakerTotal", {**_BASE, "speaker": "STRING", "speaker_name": "STRING", "speaker_type": "STRING",
                                  "statements": "INT64", "dated": "INT64", "first": "STRING", "months": "STRING[]"},
                 ("speaker", "statements", "first")),
        NodeSpec("PairTotal", {**_BASE, "speaker": "STRING", "speaker_name": "STRING", "speaker_type": "STRING",
                               "target": "STRING", "target_name": "STRING", "target_type": "STRING",
                               "statements": "INT64", "polar": "INT64", "first": "STRING", "last": "STRING",
                               "months": "STRING[]", "running": "INT64[]", **_PAIR_OUTLETS},
                 ("speaker", "target", "target_name", "statements", "polar")),
        # target x month (graph/rollup_targets.py): the PairMonth rows of the target and month summed:
        # statements, and speakers (distinct: one PairMonth row per speaker)
        NodeSpec("TargetMonth", {**_BASE, "target": "STRING", "target_name": "STRING", "target_type": "STRING",
                                 "month": "STRING", "statements": "INT64", "speakers": "INT64"}, ("target",)),
        # speaker x outlet of the statement (graph/rollup_outlets.py): statements, first and last date
        NodeSpec("SpeakerOutlet", {**_BASE, "speaker": "STRING", "speaker_name": "STRING", "speaker_type": "STRING",
                                   "outlet": "STRING", "statements": "INT64", "first": "STRING", "last": "STRING"},
                 ("speaker", "speaker_name")),
        # search: "| name | alias |" folded (fold_search), for portable CONTAINS search ranked by mentions
        NodeSpec("EntityCount", {**_BASE, "entity": "STRING", "entity_name": "STRING", "entity_type": "STRING",
                                 "aliases": "STRING[]", "search": "STRING", "mentions": "INT64", "about": "INT64",
                                 "said": "INT64"}, ("said", "about", "mentions")),
    ]
}
ROLLUP_LABELS = ("SpeakerMonth", "PairMonth", "OutletMonth", "EntityCount", "SpeakerTotal", "PairTotal", "SpeakerOutlet",
                 "TargetMonth")


def _pairs(sources, targets) -> tuple[tuple[str, str], ...]:
    return tuple((s, t) for s in sources for t in targets)


RELATIONSHIPS: dict[str, RelSpec] = {
    spec.type: spec
    for spec in [
        # speaker, date: copies of the speaker's uid and the statement's date (DERIVED below), so "X's newest
        # statements" is a range read of one index on Neo4j, however many statements X has (hub pages)
        RelSpec("SAID", _pairs(SPEAKER_LABELS, ["Statement"]), {"speaker": "STRING", "date": "STRING"}),
        # stance: the speaker's stance toward the addressee / target (support | oppose | neutral);
        # stance_rule: the stance rule that decided a polar stance (loaders/extraction/stance*.py), else null;
        # pattern (TO only): the addressee rule that found the addressee (patterns.ADDRESSEE_RULES)
        RelSpec("TO", _pairs(["Statement"], ENTITY_LABELS), {"stance": "STRING", "stance_rule": "STRING",
                                                             "pattern": "STRING"}),
        RelSpec("ABOUT", _pairs(["Statement"], ENTITY_LABELS), {"stance": "STRING", "stance_rule": "STRING"}),
        RelSpec("REPORTED_IN", (("Statement", "Article"),)),
        RelSpec("PUBLISHED_BY", (("Article", "Media"),)),
        RelSpec("MENTIONS", _pairs(["Article"], ENTITY_LABELS)),
        RelSpec("AFFILIATED_WITH", _pairs(["Person"], GROUP_LABELS), {"role": "STRING"}),
        RelSpec("LEADS", _pairs(["Person"], GROUP_LABELS)),
        RelSpec("MEMBER_OF", _pairs(["State", "Organization", "ArmedGroup"],
                                    ["Alliance", "Organization"])),
        RelSpec("PART_OF", (("Organization", "State"),)),
    ]
}


def allowed(rel_type: str, source_label: str, target_label: str) -> bool:
    """True when the model lets `rel_type` join these two labels."""
    spec = RELATIONSHIPS.get(rel_type)
    return spec is not None and (source_label, target_label) in spec.pairs


# ---- stable ids -------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


NAME_CACHE = 1 << 16     # names kept by the pure name functions' caches (a name recurs in every write)


@lru_cache(maxsize=NAME_CACHE)
def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive key for a name: 'The  Kremlin.' -> 'the kremlin'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").casefold()
    text = _SPACE.sub(" ", text).strip()
    return _EDGE_PUNCT.sub("", text)


def fold_search(text) -> str:
    """Case-, accent- and spacing-insensitive form of what a user types or a name, for search."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def search_field(name: str, aliases) -> str:
    """'| name | alias |' folded: an exact name is '| q |', a name prefix '| q', a word start ' q'."""
    return "| " + " | ".join(fold_search(n) for n in [name, *(aliases or [])] if fold_search(n)) + " |"


def normalise_text(text: str) -> str:
    """Whitespace- and quote-insensitive form of a passage, for content keys."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb]", '"', text)
    return _SPACE.sub(" ", text).strip().casefold()


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def entity_uid(label: str, name: str) -> str:
    return f"{label.lower()}:{_digest(label + '|' + normalise_name(name))}"


def article_uid(text: str) -> str:
    """An article is its content: the same text read again (from any path) is the same article."""
    return f"article:{_digest(normalise_text(text))}"


def statement_uid(article: str, text: str) -> str:
    return f"statement:{_digest(article + '|' + normalise_text(text))}"


# ---- schema generation ------------------------------------------------------------------------

def neo4j_schema() -> list[str]:
    """Uniqueness constraints on uid and the lookup indexes, as Neo4j 5 DDL."""
    ddl = []
    for spec in NODES.values():
        ddl.append(f"CREATE CONSTRAINT {spec.label.lower()}_uid IF NOT EXISTS "
                   f"FOR (n:{spec.label}) REQUIRE n.uid IS UNIQUE")
        for prop in spec.indexed:
            ddl.append(f"CREATE INDEX {spec.label.lower()}_{prop} IF NOT EXISTS "
                       f"FOR (n:{spec.label}) ON (n.{prop})")
    for rel_type, groups in REL_INDEXED.items():
        for props in groups:
            ddl.append(f"CREATE INDEX {rel_type.lower()}_{'_'.join(props)} IF NOT EXISTS "
                       f"FOR ()-[r:{rel_type}]-() ON ({', '.join('r.' + p for p in props)})")
    for label, props in TEXT_INDEXED.items():
        for prop in props:
            ddl.append(f"CREATE TEXT INDEX {label.lower()}_{prop}_text IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
    for name, (labels, props) in FULLTEXT.items():
        analyzer = FULLTEXT_ANALYZER.get(name)
        ddl.append(f"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{'|'.join(labels)}) "
                   f"ON EACH [{', '.join('n.' + p for p in props)}]"
                   + (f" OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}" if analyzer else ""))
    return ddl


# Relationship properties copied from the relationship's ends, never from a fragment's row: (property,
# end 'a' or 'b', that end's property, the value when that is null). The writer (graph/writer.py), the bulk
# export and curation set them from the ends as stored; graph/hub_index.py fills them in older stores.
# SAID.date is the statement's date or UNDATED, which sorts after every date: `ORDER BY r.date DESC` puts
# undated statements first, as `ORDER BY s.date DESC` does on both engines, and `r.date >= $cutoff` keeps them.
UNDATED = "undated"
DERIVED = {"SAID": (("speaker", "a", "uid", None), ("date", "b", "date", UNDATED))}
# Neo4j only: relationship range indexes (the embedded store has only primary-key indexes; it reads these
# lists by walking from the anchored node, which costs it little).
REL_INDEXED = {"SAID": (("speaker", "date"),)}


def derived_values(rel_type: str, a: str = "a", b: str = "b") -> list[tuple[str, str]]:
    """(property, the Cypher expression of its value from the ends) for each DERIVED property of a
    relationship type: `[('speaker', 'a.uid'), ('date', "coalesce(b.date, 'undated')")]` for SAID."""
    ends = {"a": a, "b": b}
    return [(p, f"coalesce({ends[end]}.{q}, '{default}')" if default else f"{ends[end]}.{q}")
            for p, end, q, default in DERIVED.get(rel_type, ())]


def derived_props(rel_type: str) -> set[str]:
    """The relationship type's properties copied from its ends (never taken from a fragment's row)."""
    return {p for p, _end, _q, _default in DERIVED.get(rel_type, ())}


def derived_set(rel_type: str, rel: str = "r", a: str = "a", b: str = "b") -> str:
    """`r.speaker = a.uid, r.date = coalesce(b.date, 'undated')` for a relationship type with DERIVED
    properties, else ''."""
    return ", ".join(f"{rel}.{p} = {value}" for p, value in derived_values(rel_type, a, b))


# Neo4j only: a text index serves CONTAINS; a full-text (Lucene) index serves fuzzy search (queries/search.py).
TEXT_INDEXED = {"EntityCount": ("search",)}
FULLTEXT = {"entity_names": (ENTITY_LABELS, ("name", "search")),
            # statement_text: candidates for quotes_containing (queries/quote_search.py); `date` only so that
            # undated statements (no date term) can be asked for
            "statement_text": (("Statement",), ("text", "date"))}
FULLTEXT_ANALYZER = {"statement_text": "standard-no-stop-words"}     # every word a term, stop words too

# Properties added after stores were first created: Ladybug needs ALTER to add them to an existing store
# (a no-op on a new one); Neo4j needs nothing.
ADDED_LATER = (("Statement", "tone"), ("ABOUT", "stance"), ("TO", "stance"), ("Statement", "source_text"),
               ("Statement", "source_kind"), ("Statement", "via"), ("Statement", "pattern"),
               ("Article", "collection"), ("Statement", "collection"), ("ABOUT", "stance_rule"), ("TO", "stance_rule"),
               ("OutletMonth", "anonymous"), ("SAID", "speaker"), ("SAID", "date"), ("TO", "pattern"),
               *((label, prop) for label in ("PairMonth", "PairTotal") for prop in _PAIR_OUTLETS), ("PairTotal", "running"))


def ladybug_schema() -> list[str]:
    """One NODE TABLE per label (uid as primary key) and one REL TABLE per type, as Ladybug DDL, then an
    ALTER for each property in ADDED_LATER."""
    ddl = []
    for spec in NODES.values():
        columns = ", ".join(f"{name} {kind}" + (" PRIMARY KEY" if name == "uid" else "")
                            for name, kind in spec.properties.items())
        ddl.append(f"CREATE NODE TABLE IF NOT EXISTS {spec.label}({columns})")
    for spec in RELATIONSHIPS.values():
        ends = ", ".join(f"FROM {s} TO {t}" for s, t in spec.pairs)
        props = "".join(f", {name} {kind}" for name, kind in spec.properties.items())
        ddl.append(f"CREATE REL TABLE IF NOT EXISTS {spec.type}({ends}{props})")
    for table, prop in ADDED_LATER:
        spec = NODES.get(table) or RELATIONSHIPS[table]
        ddl.append(f"ALTER TABLE {table} ADD IF NOT EXISTS {prop} {spec.properties[prop]}")
    return ddl


_GROUPS = {frozenset(ENTITY_LABELS): "Entity", frozenset(SPEAKER_LABELS): "Speaker",
           frozenset(GROUP_LABELS): "Group"}


def mermaid() -> str:
    """The model as a Mermaid flowchart (the README embeds its output; a test keeps them in sync)."""
    def name(labels: set[str]) -> str:
        return next(iter(labels)) if len(labels) == 1 else _GROUPS.get(frozenset(labels), " or ".join(sorted(labels)))
    lines = ["flowchart LR"]
    for spec in RELATIONSHIPS.values():
        src, dst = name({s for s, _ in spec.pairs}), name({t for _, t in spec.pairs})
        label = spec.type + (" (" + ", ".join(spec.properties) + ")" if spec.properties else "")
        lines.append(f'    {_mid(src)}["{src}"] -->|"{label}"| {_mid(dst)}["{dst}"]')
    return "\n".join(lines)


def _mid(name: str) -> str:
    return re.sub(r"\W", "_", name)
