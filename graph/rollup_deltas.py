"""Rollup deltas: what a write of new articles adds to the rollups, computed from the fragment alone.

Recomputing a key from the raw graph (graph/rollups.py) costs what the key already holds — a hub's month,
an outlet's month — so a write would grow slower as the graph grows. An article the store did not hold
before brings only new statements and relationships, so its share of every key is known from the
fragment: `split` turns new articles' content into deltas (added to the stored rows by `apply`) and old
articles' content (a re-ingest) into keys to recompute. A key touched by both is recomputed, which
includes the new content; writing the same articles again is therefore idempotent, and a write's cost is
that of its own articles (plus the speaker lists of the outlet-months it touches).
"""
from __future__ import annotations

from graph.model import ENTITY_LABELS, NODES, search_field
from graph.rollup_totals import add_deltas, earliest, latest

_LABELS = {label.lower(): label for label in ENTITY_LABELS}


def new_articles(run, fragment) -> set[str]:
    """The fragment's articles the store does not hold yet (read before the write)."""
    uids = list(fragment.nodes.get("Article", {}))
    if not uids:
        return set()
    held = run("UNWIND $uids AS u MATCH (a:Article {uid: u}) RETURN a.uid AS uid", {"uids": uids})
    return set(uids) - {r["uid"] for r in held}


def _month(date) -> str:
    return (date or "")[:7]


def _pairs(fragment, rel: str) -> list[tuple[str, str, dict]]:
    return [(a, b, row) for (t, _, _), pairs in fragment.rels.items() if t == rel for (a, b), row in pairs.items()]


def split(fragment, new: set[str], keys) -> dict[str, dict]:
    """Deltas by table from new articles' content; old articles' keys are added to `keys` (to recompute)."""
    statements = fragment.nodes.get("Statement", {})
    deltas: dict[str, dict] = {"SpeakerMonth": {}, "PairMonth": {}, "OutletMonth": {}, "EntityCount": {},
                               "SpeakerOutlet": {}}

    def entity(uid: str) -> dict:
        return deltas["EntityCount"].setdefault(uid, {"mentions": 0, "about": 0, "said": 0})

    def is_new(statement: str) -> bool:
        return statements.get(statement, {}).get("article") in new

    speakers: dict[str, list[str]] = {}
    for sp, s, _ in _pairs(fragment, "SAID"):
        speakers.setdefault(s, []).append(sp)
        date = statements.get(s, {}).get("date")
        key, outlet = (sp, _month(date)), statements.get(s, {}).get("outlet")
        if not is_new(s):
            keys.speaker_months.add(key)
            keys.speaker_outlets.add((sp, outlet or ""))
            keys.entities.add(sp)
            continue
        _dated(deltas["SpeakerOutlet"].setdefault((sp, outlet or ""), {"statements": 0, "first": None, "last": None}),
               date, "first", "last")
        d = deltas["SpeakerMonth"].setdefault(key, {"statements": 0, "articles": set(), "first": None})
        d["statements"] += 1
        d["articles"].add(statements[s]["article"])
        d["first"] = min(x for x in (d["first"], date) if x) if (d["first"] or date) else None
        entity(sp)["said"] += 1
    for s, t, row in _pairs(fragment, "ABOUT"):
        date, outlet = statements.get(s, {}).get("date"), statements.get(s, {}).get("outlet")
        month = _month(date)
        for sp in speakers.get(s, []):
            if not is_new(s):
                keys.pair_months.add((sp, t, month))
                continue
            d = deltas["PairMonth"].setdefault((sp, t, month), {"statements": 0, "support": 0, "oppose": 0,
                                                                 "neutral": 0, "outlets": set(), "first_date": None,
                                                                 "last_date": None})
            d["statements"] += 1
            d["outlets"] |= {outlet} if outlet is not None else set()
            _dated(d, date, "first_date", "last_date", count=False)
            if row.get("stance") in ("support", "oppose", "neutral"):
                d[row["stance"]] += 1
        if is_new(s):
            entity(t)["about"] += 1
        else:
            keys.entities.add(t)
    by_article: dict[str, list[str]] = {}
    for uid, row in statements.items():
        by_article.setdefault(row.get("article"), []).append(uid)
    for uid, article in fragment.nodes.get("Article", {}).items():
        key = (article.get("outlet") or "", _month(article.get("published")))
        if uid not in new:
            keys.outlet_months.add(key)
            continue
        d = deltas["OutletMonth"].setdefault(key, {"articles": 0, "quoting": 0, "statements": 0, "anonymous": 0,
                                                   "undated_statements": 0, "dates": set(), "speakers": set()})
        said = by_article.get(uid, [])
        d["articles"] += 1
        d["quoting"] += bool(said)
        d["statements"] += len(said)
        d["undated_statements"] += sum(1 for s in said if not statements[s].get("date"))
        d["anonymous"] += sum(1 for s in said if statements[s].get("source_kind") == "anonymous")
        d["dates"] |= {article["published"]} if article.get("published") else set()
        d["speakers"] |= {sp for s in said for sp in speakers.get(s, [])}
    for a, e, _ in _pairs(fragment, "MENTIONS"):
        if a in new:
            entity(e)["mentions"] += 1
        else:
            keys.entities.add(e)
    for label in ENTITY_LABELS:                     # every entity written: at least its name is refreshed
        for uid in fragment.nodes.get(label, {}):
            if uid not in keys.entities:
                entity(uid)
    for table, name in (("SpeakerMonth", "speaker_months"), ("PairMonth", "pair_months"),
                        ("OutletMonth", "outlet_months"), ("EntityCount", "entities"),
                        ("SpeakerOutlet", "speaker_outlets")):
        for key in getattr(keys, name):
            deltas[table].pop(key, None)
    return deltas


def _stored(run, label: str, uids: list[str]) -> dict[str, dict]:
    cols = ", ".join(f"r.{p} AS {p}" for p in NODES[label].properties)
    return {r["uid"]: r for r in run(f"UNWIND $uids AS u MATCH (r:{label} {{uid: u}}) RETURN {cols}", {"uids": uids})}


def _nodes(run, uids) -> dict[str, dict]:
    by_label: dict[str, list[str]] = {}
    for uid in uids:
        label = _LABELS.get(uid.partition(":")[0])
        if label:
            by_label.setdefault(label, []).append(uid)
    found = {}
    for label, part in by_label.items():
        for r in run(f"UNWIND $uids AS u MATCH (n:{label} {{uid: u}}) RETURN n.uid AS uid, n.name AS name, "
                     "n.type AS type, n.aliases AS aliases", {"uids": part}):
            found[r["uid"]] = r
    return found


def _dated(d: dict, date, first: str, last: str, count: bool = True) -> None:
    """One statement of `date` added to a delta: its count (unless not asked) and its earliest/latest date."""
    d["statements"] += count
    d[first], d[last] = earliest(d[first], date), latest(d[last], date)


def apply(run, deltas: dict[str, dict], replace, rename) -> None:
    """Add the deltas to the stored rows (`replace(run, label, uids, rows)` writes them, `rename(run,
    changed)` copies a changed entity name onto the rows of its other keys)."""
    ends = {k[0] for table in ("SpeakerMonth", "SpeakerOutlet") for k in deltas[table]} | \
        {u for k in deltas["PairMonth"] for u in k[:2]}
    nodes = _nodes(run, ends | set(deltas["EntityCount"]))
    rows = {}
    for (sp, month), d in deltas["SpeakerMonth"].items():
        uid = f"speakermonth:{sp}|{month}"
        rows.setdefault("SpeakerMonth", []).append((uid, d, lambda old, d=d, sp=sp, month=month: {
            "type": "SpeakerMonth", "name": f"{nodes[sp]['name']} {month or 'undated'}", "speaker": sp,
            "speaker_name": nodes[sp]["name"], "speaker_type": nodes[sp]["type"], "month": month,
            "statements": (old.get("statements") or 0) + d["statements"],
            "articles": (old.get("articles") or 0) + len(d["articles"]), "first": earliest(old.get("first"), d["first"])}))
    for (sp, t, month), d in deltas["PairMonth"].items():
        uid = f"pairmonth:{sp}|{t}|{month}"
        rows.setdefault("PairMonth", []).append((uid, d, lambda old, d=d, sp=sp, t=t, month=month: {
            "type": "PairMonth", "name": f"{nodes[sp]['name']} on {nodes[t]['name']} {month or 'undated'}",
            "speaker": sp, "speaker_name": nodes[sp]["name"], "speaker_type": nodes[sp]["type"], "target": t,
            "target_name": nodes[t]["name"], "target_type": nodes[t]["type"], "month": month,
            **{k: (old.get(k) or 0) + d[k] for k in ("statements", "support", "oppose", "neutral")},
            "outlets": sorted(set(old.get("outlets") or []) | d["outlets"]),
            "first_date": earliest(old.get("first_date"), d["first_date"]),
            "last_date": latest(old.get("last_date"), d["last_date"])}))
    for (sp, outlet), d in deltas["SpeakerOutlet"].items():
        rows.setdefault("SpeakerOutlet", []).append((f"speakeroutlet:{sp}|{outlet}", d, lambda old, d=d, sp=sp, outlet=outlet: {
            "type": "SpeakerOutlet", "name": f"{nodes[sp]['name']} in {outlet or 'no outlet'}", "speaker": sp,
            "speaker_name": nodes[sp]["name"], "speaker_type": nodes[sp]["type"], "outlet": outlet or None,
            "statements": (old.get("statements") or 0) + d["statements"],
            "first": earliest(old.get("first"), d["first"]), "last": latest(old.get("last"), d["last"])}))
    for (outlet, month), d in deltas["OutletMonth"].items():
        uid = f"outletmonth:{outlet}|{month}"
        rows.setdefault("OutletMonth", []).append((uid, d, lambda old, d=d, outlet=outlet, month=month: {
            "type": "OutletMonth", "name": f"{outlet or 'no outlet'} {month or 'undated'}", "outlet": outlet or None,
            "month": month, "articles": (old.get("articles") or 0) + d["articles"],
            "quoting": (old.get("quoting") or 0) + d["quoting"], "statements": (old.get("statements") or 0) + d["statements"],
            "undated_statements": (old.get("undated_statements") or 0) + d["undated_statements"],
            "anonymous": (old.get("anonymous") or 0) + d["anonymous"],
            "first": earliest(old.get("first"), *d["dates"]), "last": latest(old.get("last"), *d["dates"]),
            "speakers": ["", *sorted((set(old.get("speakers") or []) | d["speakers"]) - {""})]}))
    add_deltas(deltas, nodes, rows)                 # SpeakerTotal, PairTotal
    changed = {}
    for uid, d in deltas["EntityCount"].items():
        if uid not in nodes:
            continue
        node = nodes[uid]
        rows.setdefault("EntityCount", []).append((f"entitycount:{uid}", d, lambda old, d=d, node=node: {
            "type": "EntityCount", "name": f"counts of {node['name']}", "entity": node["uid"],
            "entity_name": node["name"], "entity_type": node["type"], "aliases": node["aliases"] or [],
            "search": search_field(node["name"], node["aliases"]),
            **{k: (old.get(k) or 0) + d[k] for k in ("mentions", "about", "said")}}))
    for label, items in rows.items():
        old = _stored(run, label, [uid for uid, _, _ in items])
        made = [{"uid": uid, **make(old.get(uid, {}))} for uid, _, make in items]
        if label == "EntityCount":
            changed = {r["entity"]: (r["entity_name"], r["entity_type"]) for r in made if r["uid"] in old
                       and (old[r["uid"]]["entity_name"], old[r["uid"]]["entity_type"]) != (r["entity_name"], r["entity_type"])}
        replace(run, label, [r["uid"] for r in made], made)
    if changed:
        rename(run, changed)
