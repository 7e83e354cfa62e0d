"""Curation: an analyst's corrections to the graph, each recorded, undoable, exportable, and kept on re-ingest.

Operations (each one transaction of parameterised writes, the same Cypher on both engines; the read-only
Cypher editor never runs these):
    merge(store, survivor, merged)      the merged entity's relationships, name and aliases move to the survivor
    rename(store, uid, name)            a new canonical name; the old one stays as an alias
    retype(store, uid, label)           the entity becomes another type (e.g. Organization -> Place)
    split_alias(store, uid, alias)      an alias leaves the entity and becomes an entity of its own
    flag(store, statement)              a wrong statement leaves every view and query (kept in its correction)
    set_speaker / set_addressee(store, statement, uid or "")
    undo(store, correction=None)        reverses the newest correction (or a named one, if nothing newer
                                        touches the same nodes)

Each is a `Correction` node (`op`, `target`, `other`, `payload` JSON with what undo needs, `at`, `by`,
`status` active|undone). `apply_to_fragment` runs before every write: an entity that was merged, renamed
or retyped lands on its new node, a flagged statement is not written again, a corrected speaker stays
corrected — so corrections survive re-ingest of the same articles.
"""
from __future__ import annotations

import getpass
import json
from datetime import datetime, timezone

from graph.model import ENTITY_LABELS, NODES, RELATIONSHIPS, allowed, derived_props, derived_set, entity_uid, normalise_name
from graph.fragment import merge_unique, search_key
from graph.errors import Refused
from graph.rollups import keeping

REDIRECTS = ("merge", "rename", "retype")
_PREFIX = {label.lower(): label for label in NODES}


class CurationError(Refused):
    """A correction that cannot be made, in one readable line."""


def label_of(uid: str) -> str:
    label = _PREFIX.get(str(uid).partition(":")[0])
    if not label:
        raise CurationError(f"not a whosaid id: {str(uid)[:60]!r}")
    return label


# ---- reading and writing single nodes and relationships (run = one open transaction) ----------

def _node(run, uid: str) -> dict:
    label = label_of(uid)
    cols = ", ".join(f"n.{p} AS {p}" for p in NODES[label].properties)
    rows = run(f"MATCH (n:{label} {{uid: $uid}}) RETURN {cols}", {"uid": uid})
    if not rows:
        raise CurationError(f"no {label} with id {uid} in the store")
    return rows[0]


def _rels(run, uid: str) -> list[dict]:
    """Every relationship of a node: type, direction, the other end and the relationship's properties."""
    label, out = label_of(uid), []
    for spec in RELATIONSHIPS.values():
        props = "".join(f", r.{p} AS {p}" for p in spec.properties)
        for a, b in spec.pairs:
            for mine, other, outgoing in ((a, b, True), (b, a, False)) if a != b else ((a, b, True), (a, b, False)):
                if mine != label:
                    continue
                arrow = f"-[r:{spec.type}]->" if outgoing else f"<-[r:{spec.type}]-"
                for row in run(f"MATCH (n:{label} {{uid: $uid}}){arrow}(o:{other}) RETURN o.uid AS other{props}",
                               {"uid": uid}):
                    out.append({"type": spec.type, "out": outgoing, "other": row.pop("other"), "props": row})
    unique = {json.dumps(r, sort_keys=True): r for r in out}       # a self-pair type is read twice
    return list(unique.values())


def _create_node(run, row: dict) -> None:
    label = label_of(row["uid"])
    keys = [p for p in NODES[label].properties if row.get(p) is not None]
    run(f"CREATE (n:{label} {{{', '.join(f'{k}: ${k}' for k in keys)}}})", {k: row[k] for k in keys})


def _link(run, rel: dict, uid: str) -> bool:
    """MERGE one relationship of `uid` described as by `_rels`; True if it did not exist before."""
    a, b = (uid, rel["other"]) if rel["out"] else (rel["other"], uid)
    la, lb = label_of(a), label_of(b)
    if a == b or not allowed(rel["type"], la, lb):
        return False
    match = f"MATCH (a:{la} {{uid: $a}}) MATCH (b:{lb} {{uid: $b}}) "
    if run(match + f"MATCH (a)-[r:{rel['type']}]->(b) RETURN count(r) AS c", {"a": a, "b": b})[0]["c"]:
        return False
    derived = derived_props(rel["type"])                             # copied from the new ends instead
    props = {p: v for p, v in rel["props"].items() if p not in derived}
    sets = ", ".join([f"r.{p} = ${p}" for p in props] + ([derived_set(rel["type"])] if derived else []))
    run(match + f"CREATE (a)-[r:{rel['type']}]->(b)" + (f" SET {sets}" if sets else ""),
        {"a": a, "b": b, **props})
    return True


def _unlink(run, rel: dict, uid: str) -> None:
    a, b = (uid, rel["other"]) if rel["out"] else (rel["other"], uid)
    run(f"MATCH (a:{label_of(a)} {{uid: $a}})-[r:{rel['type']}]->(b:{label_of(b)} {{uid: $b}}) DELETE r",
        {"a": a, "b": b})


def _delete(run, uid: str) -> None:
    run(f"MATCH (n:{label_of(uid)} {{uid: $uid}}) DETACH DELETE n", {"uid": uid})


def _set_lists(run, uid: str, name: str, aliases: list[str], roles: list[str]) -> None:
    run(f"MATCH (n:{label_of(uid)} {{uid: $uid}}) SET n.name = $name, n.aliases = $aliases, n.roles = $roles, "
        "n.search = $search", {"uid": uid, "name": name, "aliases": aliases, "roles": roles,
                               "search": search_key(name, aliases)})


def _exists(run, uid: str) -> bool:
    return bool(run(f"MATCH (n:{label_of(uid)} {{uid: $uid}}) RETURN n.uid AS uid", {"uid": uid}))


# ---- the correction log -----------------------------------------------------------------------

def _record(run, op: str, target: str, other: str, summary: str, payload: dict, by: str | None) -> dict:
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    who = by or getpass.getuser()
    row = {"uid": "correction:" + entity_uid("Correction", f"{op}|{target}|{other}|{at}|{who}").split(":")[1],
           "type": "Correction", "name": summary[:300], "op": op, "target": target, "other": other,
           "payload": json.dumps(payload, ensure_ascii=False), "at": at, "by": who, "status": "active"}
    _create_node(run, row)
    return row


def history(store, include_undone: bool = True) -> list[dict]:
    """The corrections, newest first (without their undo payload)."""
    rows = store.rows("MATCH (c:Correction) RETURN c.uid AS uid, c.op AS op, c.name AS summary, c.target AS target, "
                      "c.other AS other, c.at AS at, c.by AS by, c.status AS status ORDER BY at DESC, uid DESC")
    return [r for r in rows if include_undone or r["status"] == "active"]


# ---- operations ---------------------------------------------------------------------------------

def _entity(run, uid: str) -> dict:
    if label_of(uid) not in ENTITY_LABELS:
        raise CurationError(f"{uid} is not an entity")
    return _node(run, uid)


def _move(run, source: str, target: str) -> tuple[list[dict], list[bool]]:
    """Copy every relationship of `source` onto `target`; the relationships and which ones were new."""
    rels = _rels(run, source)
    return rels, [_link(run, rel, target) for rel in rels]


def merge(store, survivor: str, merged: str, by: str | None = None) -> dict:
    if survivor == merged:
        raise CurationError("pick two different entities to merge")

    def work(run):
        keep, gone = _entity(run, survivor), _entity(run, merged)
        rels, created = _move(run, merged, survivor)
        aliases = [a for a in merge_unique([keep["name"]], keep["aliases"] or [], [gone["name"]],
                                           gone["aliases"] or [])[1:]]
        _set_lists(run, survivor, keep["name"], aliases, merge_unique(keep["roles"] or [], gone["roles"] or []))
        _delete(run, merged)
        payload = {"node": gone, "rels": rels, "created": created, "before": keep,
                   "args": {"survivor": survivor, "merged": merged}}
        return _record(run, "merge", merged, survivor, f"merged {gone['name']} into {keep['name']}", payload, by)
    return store.transact(keeping(work, [survivor, merged]))


def rename(store, uid: str, name: str, by: str | None = None) -> dict:
    name = " ".join(str(name).split())
    if not normalise_name(name):
        raise CurationError("the new name is empty")

    def work(run):
        node = _entity(run, uid)
        alias_uid = entity_uid(label_of(uid), name)
        if alias_uid != uid and _exists(run, alias_uid):
            raise CurationError(f"{name} already exists as a {label_of(uid)}: merge the two instead")
        aliases = [a for a in merge_unique([name], [node["name"]], node["aliases"] or [])[1:]]
        _set_lists(run, uid, name, aliases, node["roles"] or [])
        return _record(run, "rename", alias_uid, uid, f"renamed {node['name']} to {name}",
                       {"before": node, "args": {"uid": uid, "name": name}}, by)
    return store.transact(keeping(work, [uid]))


def retype(store, uid: str, label: str, by: str | None = None) -> dict:
    if label not in ENTITY_LABELS:
        raise CurationError(f"type must be one of {', '.join(ENTITY_LABELS)}")

    def work(run):
        node = _entity(run, uid)
        new_uid = entity_uid(label, node["name"])
        if new_uid == uid:
            raise CurationError(f"{node['name']} is already a {label}")
        if _exists(run, new_uid):
            raise CurationError(f"{node['name']} already exists as a {label}: merge the two instead")
        _create_node(run, {**node, "uid": new_uid, "type": label})
        rels, created = _move(run, uid, new_uid)
        _delete(run, uid)
        return _record(run, "retype", uid, new_uid, f"{node['name']}: {node['type']} -> {label}",
                       {"node": node, "rels": rels, "created": created, "args": {"uid": uid, "label": label}}, by)
    return store.transact(keeping(work, [uid]))


def split_alias(store, uid: str, alias: str, by: str | None = None) -> dict:
    def work(run):
        node = _entity(run, uid)
        key = normalise_name(alias)
        if key not in {normalise_name(a) for a in node["aliases"] or []}:
            raise CurationError(f"{alias} is not an alias of {node['name']}")
        kept = [a for a in node["aliases"] if normalise_name(a) != key]
        _set_lists(run, uid, node["name"], kept, node["roles"] or [])
        new_uid = entity_uid(label_of(uid), alias)
        made = not _exists(run, new_uid)
        if made:
            _create_node(run, {"uid": new_uid, "type": label_of(uid), "name": alias, "aliases": [], "roles": [],
                               "search": search_key(alias, [])})
        return _record(run, "split", uid, new_uid, f"split {alias} off {node['name']}",
                       {"before": node, "alias": alias, "made": made, "args": {"uid": uid, "alias": alias}}, by)
    return store.transact(keeping(work, [uid]))


def flag(store, statement: str, reason: str = "", by: str | None = None) -> dict:
    def work(run):
        node = _node(run, statement)
        rels = _rels(run, statement)
        _delete(run, statement)
        return _record(run, "flag", statement, "", f"flagged as wrong: {node['name']}" + (f" ({reason})" if reason else ""),
                       {"node": node, "rels": rels, "reason": reason,
                        "args": {"statement": statement, "reason": reason}}, by)
    return store.transact(keeping(work, [statement]))


def _set_end(store, op: str, rel_type: str, statement: str, uid: str, by: str | None) -> dict:
    def work(run):
        node = _node(run, statement)
        old = [r for r in _rels(run, statement) if r["type"] == rel_type]
        for rel in old:
            _unlink(run, rel, statement)
        name = _entity(run, uid)["name"] if uid else None
        if uid:
            _link(run, {"type": rel_type, "out": rel_type == "TO", "other": uid, "props": {}}, statement)
        run(f"MATCH (s:Statement {{uid: $uid}}) SET s.{op} = $name", {"uid": statement, "name": name})
        return _record(run, op, statement, uid, f"{op} of '{node['name']}' set to {name or 'nobody'}",
                       {"rels": old, "before": node[op], "args": {"statement": statement, "uid": uid}}, by)
    return store.transact(keeping(work, [statement, uid]))


def set_speaker(store, statement: str, uid: str, by: str | None = None) -> dict:
    return _set_end(store, "speaker", "SAID", statement, uid, by)


def set_addressee(store, statement: str, uid: str, by: str | None = None) -> dict:
    return _set_end(store, "addressee", "TO", statement, uid, by)


# ---- undo ---------------------------------------------------------------------------------------

def _restore(run, payload: dict, current: str | None = None) -> None:
    """Put back a node deleted by merge/retype/flag with its relationships; undo what moved to `current`."""
    node = payload["node"]
    _create_node(run, node)
    for rel, new in zip(payload["rels"], payload.get("created", [False] * len(payload["rels"]))):
        if current and new:
            _unlink(run, rel, current)
        _link(run, rel, node["uid"])


def _newer_touching(run, correction: dict) -> bool:
    ends = [u for u in (correction["target"], correction["other"]) if u]
    return any(run(f"MATCH (c:Correction) WHERE c.status = 'active' AND c.at > $at AND c.{end} IN $touched "
                   "RETURN count(c) AS n", {"at": correction["at"], "touched": ends})[0]["n"] for end in ("target", "other"))


def undo(store, correction: str | None = None) -> dict:
    """Reverse one correction (default: the newest active one); returns it, marked undone."""
    def work(run):
        if correction:
            rows = run("MATCH (c:Correction {uid: $uid}) RETURN c.uid AS uid, c.op AS op, c.target AS target, "
                       "c.other AS other, c.payload AS payload, c.at AS at, c.status AS status", {"uid": correction})
        else:
            rows = run("MATCH (c:Correction) WHERE c.status = 'active' RETURN c.uid AS uid, c.op AS op, "
                       "c.target AS target, c.other AS other, c.payload AS payload, c.at AS at, c.status AS status "
                       "ORDER BY at DESC, uid DESC LIMIT 1", {})
        if not rows or rows[0]["status"] != "active":
            raise CurationError("nothing to undo" if not correction else f"{correction} is not an active correction")
        c = rows[0]
        if _newer_touching(run, c):
            raise CurationError("a newer correction touches the same entities: undo that one first")
        payload = json.loads(c["payload"])
        op = c["op"]
        if op == "merge":
            _restore(run, payload, current=c["other"])
            before = payload["before"]
            _set_lists(run, c["other"], before["name"], before["aliases"] or [], before["roles"] or [])
        elif op == "retype":
            _restore(run, payload)
            _delete(run, c["other"])
        elif op == "flag":
            _restore(run, payload)
        elif op in ("rename", "split"):
            before = payload["before"]
            _set_lists(run, before["uid"], before["name"], before["aliases"] or [], before["roles"] or [])
            if op == "split" and payload["made"]:
                _delete(run, c["other"])
        elif op in ("speaker", "addressee"):
            rel_type = "SAID" if op == "speaker" else "TO"
            if c["other"]:
                _unlink(run, {"type": rel_type, "out": rel_type == "TO", "other": c["other"], "props": {}}, c["target"])
            for rel in payload["rels"]:
                _link(run, rel, c["target"])
            run(f"MATCH (s:Statement {{uid: $uid}}) SET s.{op} = $v", {"uid": c["target"], "v": payload["before"]})
        run("MATCH (c:Correction {uid: $uid}) SET c.status = 'undone'", {"uid": c["uid"]})
        return {**c, "status": "undone"}

    def touched(run):
        where = "c.uid = $uid" if correction else "c.status = 'active'"
        rows = run(f"MATCH (c:Correction) WHERE {where} RETURN c.target AS t, c.other AS o, c.at AS at, "
                   "c.uid AS uid ORDER BY at DESC, uid DESC LIMIT 1", {"uid": correction} if correction else {})
        return [u for r in rows for u in (r["t"], r["o"]) if u]
    return store.transact(keeping(work, touched))
