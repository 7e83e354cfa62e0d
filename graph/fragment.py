"""From one article and its extraction to a graph fragment: the nodes and relationships to merge.

`build_fragment` is a pure function (no store, no globals), so extraction and fragment building can run
anywhere — worker processes here, Spark or Dask workers elsewhere — and only the fragments travel to the
store. A fragment holds typed rows (`graph.rows`: `ArticleRow`, `StatementRow`, `EntityRow`, `NameKeyRow`,
`RelRow`), which are plain dicts at run time, so it pickles and its rows go to Cypher and to the bulk
files as they are.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from graph.model import (ENTITY_LABELS, allowed, article_uid, entity_uid, normalise_name,
                         statement_uid)
from graph.records import Article, Extraction
from graph.rows import ArticleRow, EntityRow, NodeRow, RelRow, StatementRow

RelKey = tuple[str, str, str]          # (type, start label, end label)
Pair = tuple[str, str]                 # (start uid, end uid)

MAX_TEXT = 4000        # longest statement text / sentence kept on a node
MAX_NAME = 300         # longest entity name kept
MAX_LIST = 40          # most aliases / roles kept per entity
DEFAULT_COLLECTION = "loaded"   # an article's collection when its reader gave none (the sample is "sample")


@dataclass
class Fragment:
    article_uid: str
    nodes: dict[str, dict[str, NodeRow]] = field(default_factory=dict)           # label -> uid -> row
    rels: dict[RelKey, dict[Pair, RelRow]] = field(default_factory=dict)

    def add_node(self, label: str, row: NodeRow) -> None:
        self.nodes.setdefault(label, {}).setdefault(row["uid"], row)

    def add_rel(self, rel_type: str, a: tuple[str, str] | None, b: tuple[str, str] | None,
                **props) -> None:
        """Add a relationship between (label, uid) endpoints, if both exist and the model allows it."""
        if a is None or b is None or a[1] == b[1] or not allowed(rel_type, a[0], b[0]):
            return
        key = (rel_type, a[0], b[0])
        self.rels.setdefault(key, {}).setdefault((a[1], b[1]), RelRow(a=a[1], b=b[1], **props))

    def counts(self) -> tuple[int, int]:
        return (sum(len(v) for v in self.nodes.values()), sum(len(v) for v in self.rels.values()))


def _clip(text: str | None, limit: int) -> str | None:
    return None if text is None else text[:limit]


def merge_unique(*lists: list[str]) -> list[str]:
    seen, out = set(), []
    for items in lists:
        for item in items:
            key = normalise_name(item)
            if key and key not in seen:
                seen.add(key)
                out.append(item[:MAX_NAME])
    return out[:MAX_LIST]


def search_key(name: str, aliases: list[str]) -> str:
    """Lower-cased name and aliases in one string, for portable CONTAINS type-ahead search."""
    return " | ".join(normalise_name(n) for n in [name, *aliases])


def entity_row(label: str, name: str, aliases: list[str] = (), roles: list[str] = ()) -> EntityRow:
    name = name[:MAX_NAME]
    aliases = [a for a in merge_unique([name], list(aliases))[1:]]
    return EntityRow(uid=entity_uid(label, name), type=label, name=name, aliases=aliases,
                     roles=merge_unique(list(roles)), search=search_key(name, aliases))


def article_title(article: Article) -> str:
    return article.title or os.path.basename(article.source.split("#")[0]) or article.source


def build_fragment(article: Article, extraction: Extraction) -> Fragment:
    aid = article_uid(article.text)
    frag = Fragment(aid)
    published = extraction.published or article.published
    outlet = extraction.outlet or article.outlet
    collection = article.collection or DEFAULT_COLLECTION
    frag.add_node("Article", ArticleRow(
        uid=aid, type="Article", name=_clip(article_title(article), MAX_NAME),
        title=_clip(extraction.title or article.title, MAX_NAME), url=article.url,
        source=article.source, published=published, language=extraction.language,
        outlet=outlet, words=len(article.text.split()), collection=collection))
    art = ("Article", aid)

    # Entities, keyed by their normalised canonical name (and aliases) for lookups below.
    by_name: dict[str, tuple[str, str]] = {}
    outlet_key = normalise_name(outlet) if outlet else None
    for ent in extraction.entities:
        if ent.type not in ENTITY_LABELS or not normalise_name(ent.name):
            continue
        # The article's own outlet is Media, whatever the NER made of its name.
        label = "Media" if outlet_key in {normalise_name(n) for n in [ent.name, *ent.aliases]} else ent.type
        row = entity_row(label, ent.name, ent.aliases, ent.roles)
        frag.add_node(label, row)
        ref = (label, row["uid"])
        for name in [ent.name, *ent.aliases]:
            by_name.setdefault(normalise_name(name), ref)
        frag.add_rel("MENTIONS", art, ref)

    def ref_for(name: str | None, default_label: str | None = None) -> tuple[str, str] | None:
        if not name or not normalise_name(name):
            return None
        key = normalise_name(name)
        ref = by_name.get(key)
        if ref is None and default_label == "Person":         # a surname of a person seen in full
            matches = {r for n, r in by_name.items() if r[0] == "Person" and n.endswith(" " + key)}
            ref = matches.pop() if len(matches) == 1 else None
        if ref is None and default_label:
            row = entity_row(default_label, name)
            frag.add_node(default_label, row)
            ref = by_name[normalise_name(name)] = (default_label, row["uid"])
            frag.add_rel("MENTIONS", art, ref)
        return ref

    if outlet:
        media = ref_for(outlet, "Media")
        frag.add_rel("PUBLISHED_BY", art, media)

    for ent in extraction.entities:
        person = ref_for(ent.name)
        for org in ent.affiliations:
            target = ref_for(org, "Organization")
            frag.add_rel("AFFILIATED_WITH", person, target, role=ent.roles[0] if ent.roles else None)

    for rel in extraction.relations:
        props = {"role": rel.role} if rel.type == "AFFILIATED_WITH" else {}
        frag.add_rel(rel.type, ref_for(rel.source), ref_for(rel.target), **props)

    for st in extraction.statements:
        if not st.text.strip():
            continue
        sid = statement_uid(aid, st.text)
        frag.add_node("Statement", StatementRow(
            uid=sid, type="Statement", name=_clip(st.text, 120), text=_clip(st.text, MAX_TEXT),
            kind=st.kind, cue=st.cue, date=st.date or published, published=published,
            sentence=_clip(st.sentence, MAX_TEXT), start_char=st.start, end_char=st.end,
            speaker=_clip(st.speaker, MAX_NAME), addressee=_clip(st.addressee, MAX_NAME),
            article=aid, outlet=outlet, tone=st.tone, source_text=_clip(st.source_text, MAX_NAME),
            source_kind=st.source_kind, via=_clip(st.via, MAX_NAME), pattern=st.pattern,
            collection=collection))
        stmt = ("Statement", sid)
        frag.add_rel("REPORTED_IN", stmt, art)
        speaker = ref_for(st.speaker, "Person")
        if speaker:
            frag.add_rel("SAID", speaker, stmt)
        addressee = ref_for(st.addressee, "Person")
        if addressee:
            frag.add_rel("TO", stmt, addressee, stance=st.stance.get(st.addressee, "neutral"),
                         stance_rule=st.stance_rule.get(st.addressee), pattern=st.addressee_pattern)
        for name in st.about:
            target = ref_for(name)
            if target:
                frag.add_rel("ABOUT", stmt, target, stance=st.stance.get(name, "neutral"),
                             stance_rule=st.stance_rule.get(name))
    return frag


def merge_fragments(fragments: list[Fragment]) -> Fragment:
    """Many articles' fragments as one, for bulk loads that write a batch of articles per transaction."""
    merged = Fragment(article_uid=fragments[0].article_uid if fragments else "")
    for frag in fragments:
        merge_into(merged, frag)
    return merged


def merge_into(merged: Fragment, frag: Fragment) -> None:
    """Add one fragment to `merged` in place: entities' aliases and roles unioned, the rest first-wins."""
    for label, rows in frag.nodes.items():
        for row in rows.values():
            existing = merged.nodes.get(label, {}).get(row["uid"])
            if existing is not None and "aliases" in row:
                aliases = merge_unique(existing["aliases"], row["aliases"])
                existing.update(aliases=aliases, roles=merge_unique(existing["roles"], row["roles"]),
                                search=search_key(existing["name"], aliases))
            else:
                merged.add_node(label, dict(row))
    for key, pairs in frag.rels.items():
        for pair, row in pairs.items():
            merged.rels.setdefault(key, {}).setdefault(pair, row)
