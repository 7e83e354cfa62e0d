"""The corrections as a file two analysts can share, and as a filter on every write.

`export(store)` gives the correction log as JSON Lines (one correction a line: op, its arguments, when,
by whom, status); `import_file(store, text)` replays the active ones that the store does not hold yet
(importing the same file twice changes nothing). `apply_to_fragment(run, fragment)` runs inside every
write transaction, before the MERGEs: entities that were merged, renamed or retyped are written onto
their new node, flagged statements are left out, corrected speakers and addressees replace the extracted
ones, split-off aliases are not added back — so re-ingesting an article keeps every correction.
"""
from __future__ import annotations

import json

from graph import curation
from graph.curation import REDIRECTS, CurationError, label_of
from graph.fragment import Fragment

_OPS = {"merge": lambda s, a, by: curation.merge(s, a["survivor"], a["merged"], by=by),
        "rename": lambda s, a, by: curation.rename(s, a["uid"], a["name"], by=by),
        "retype": lambda s, a, by: curation.retype(s, a["uid"], a["label"], by=by),
        "split": lambda s, a, by: curation.split_alias(s, a["uid"], a["alias"], by=by),
        "flag": lambda s, a, by: curation.flag(s, a["statement"], a.get("reason", ""), by=by),
        "speaker": lambda s, a, by: curation.set_speaker(s, a["statement"], a["uid"], by=by),
        "addressee": lambda s, a, by: curation.set_addressee(s, a["statement"], a["uid"], by=by)}


def export(store) -> str:
    rows = store.rows("MATCH (c:Correction) RETURN c.op AS op, c.payload AS payload, c.name AS summary, "
                      "c.at AS at, c.by AS by, c.status AS status ORDER BY at, summary")
    return "".join(json.dumps({"op": r["op"], "args": json.loads(r["payload"]).get("args", {}),
                               "summary": r["summary"], "at": r["at"], "by": r["by"], "status": r["status"]},
                              ensure_ascii=False) + "\n" for r in rows)


def _held(store) -> set[str]:
    return {json.dumps([r["op"], json.loads(r["payload"]).get("args", {})], sort_keys=True)
            for r in store.rows("MATCH (c:Correction) WHERE c.status = 'active' RETURN c.op AS op, c.payload AS payload")}


def import_file(store, text: str, source: str = "corrections file") -> tuple[int, list[str]]:
    """Replay the active corrections of an exported file; (how many applied, one-line problems)."""
    held, applied, problems = _held(store), 0, []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            op, args = record["op"], record["args"]
            if op not in _OPS:
                raise CurationError(f"unknown correction {op!r}")
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{source} line {number}: not a correction ({str(exc).splitlines()[0][:120]})")
            continue
        if record.get("status") != "active" or json.dumps([op, args], sort_keys=True) in held:
            continue
        try:
            _OPS[op](store, args, record.get("by"))
            applied += 1
        except (CurationError, KeyError) as exc:
            problems.append(f"{source} line {number}: {op} not applied ({exc})")
    return applied, problems


# ---- applied to every write -------------------------------------------------------------------

def _active(run, uids: list[str]) -> list[dict]:
    if not uids:
        return []
    return run("MATCH (c:Correction) WHERE c.status = 'active' AND c.target IN $uids "
               "RETURN c.op AS op, c.target AS target, c.other AS other, c.payload AS payload "
               "ORDER BY c.at", {"uids": uids})


def _redirects(run, uids: list[str]) -> dict[str, str]:
    """uid -> the uid it now lands on, following chains (merged, then retyped...)."""
    mapping: dict[str, str] = {}
    todo = uids
    for _ in range(8):
        fresh = {c["target"]: c["other"] for c in _active(run, todo) if c["op"] in REDIRECTS}
        fresh = {a: b for a, b in fresh.items() if a not in mapping and a != b}
        if not fresh:
            break
        mapping.update(fresh)
        todo = list(set(fresh.values()))
    final = {}
    for uid in mapping:
        end, hops = uid, 0
        while end in mapping and hops < 8:
            end, hops = mapping[end], hops + 1
        final[uid] = end
    return final


def _relabel(fragment: Fragment, mapping: dict[str, str]) -> None:
    for label in list(fragment.nodes):
        for uid in [u for u in fragment.nodes[label] if u in mapping]:
            row = fragment.nodes[label].pop(uid)
            new = mapping[uid]
            fragment.add_node(label_of(new), {**row, "uid": new, "type": label_of(new)})
    old_rels, fragment.rels = fragment.rels, {}
    for (rel_type, _a, _b), pairs in old_rels.items():
        for (a, b), row in pairs.items():
            a2, b2 = mapping.get(a, a), mapping.get(b, b)
            props = {k: v for k, v in row.items() if k not in ("a", "b")}
            fragment.add_rel(rel_type, (label_of(a2), a2), (label_of(b2), b2), **props)


def _keep_names(run, fragment: Fragment, uids: set[str]) -> None:
    """Rows of nodes whose name an analyst chose (renamed, or the survivor of a merge) keep the stored
    name; the extracted one becomes an alias, so a fuller form seen later does not undo the choice."""
    for uid in uids:
        label = label_of(uid)
        row = fragment.nodes.get(label, {}).get(uid)
        stored = run(f"MATCH (n:{label} {{uid: $uid}}) RETURN n.name AS name", {"uid": uid})
        if row is not None and stored and "aliases" in row and stored[0]["name"] != row["name"]:
            row["aliases"] = [row["name"], *row["aliases"]]
            row["name"] = stored[0]["name"]


def apply_to_fragment(run, fragment: Fragment) -> Fragment:
    """The fragment with the store's active corrections applied (see the module docstring)."""
    if not run("MATCH (c:Correction) WHERE c.status = 'active' RETURN c.uid AS uid LIMIT 1", {}):
        return fragment                      # none: spares three look-ups of every uid of the write
    uids = [u for rows in fragment.nodes.values() for u in rows]
    mapping = _redirects(run, uids)
    if mapping:
        _relabel(fragment, mapping)
        uids = [u for rows in fragment.nodes.values() for u in rows]
    chosen = set(mapping.values()) | {r["other"] for r in run(
        "MATCH (c:Correction) WHERE c.status = 'active' AND c.op = 'rename' AND c.other IN $uids "
        "RETURN c.other AS other", {"uids": uids})}
    _keep_names(run, fragment, chosen)
    for c in _active(run, uids):
        op, target, other = c["op"], c["target"], c["other"]
        if op == "flag":
            fragment.nodes.get("Statement", {}).pop(target, None)
            for pairs in fragment.rels.values():
                for pair in [p for p in pairs if target in p]:
                    del pairs[pair]
        elif op in ("speaker", "addressee"):
            rel_type = "SAID" if op == "speaker" else "TO"
            for (t, _a, _b), pairs in fragment.rels.items():
                if t == rel_type:
                    for pair in [p for p in pairs if target in p]:
                        del pairs[pair]
            if other:
                ends = ((label_of(other), other), ("Statement", target))
                fragment.add_rel(rel_type, *(ends if rel_type == "SAID" else ends[::-1]))
        elif op == "split":
            alias = json.loads(c["payload"])["alias"]
            row = fragment.nodes.get(label_of(target), {}).get(target)
            if row is not None:
                row["aliases"] = [a for a in row.get("aliases", []) if a.casefold() != alias.casefold()]
    return fragment
