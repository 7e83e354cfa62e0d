"""Rollups: the whole-graph aggregates, kept at write time, so the overview and the aggregating saved queries
read a few thousand small rows instead of every statement.

Tables (declared in graph/model.py, ROLLUP_LABELS); a month is `left(date, 7)`, '' when undated:
  SpeakerMonth  speaker x month of the statement date: statements, articles (distinct, within the month),
                first (earliest date that month), the speaker's name and type
  PairMonth     speaker x target (ABOUT) x month: statements (and by stance), both ends' names and types
  OutletMonth   outlet x month of the article date: articles, quoting (articles with statements), statements,
                undated statements, anonymous (statements from unnamed sources), first and last date,
                speakers (uids, for distinct counts; '' first, so the list is never empty and UNWIND keeps the row)
  SpeakerTotal, PairTotal  the month tables summed over all months (graph/rollup_totals.py)
  SpeakerOutlet speaker x outlet: statements, first and last date; PairMonth and PairTotal also list the
                pair's outlets and its first and last date (graph/rollup_outlets.py)
  TargetMonth   target x month: statements, speakers (distinct), the PairMonth rows summed
                (graph/rollup_targets.py: it follows every replacement of PairMonth rows)
  EntityCount   one per entity: mentions (articles), about (statements about it), said (its statements),
                its name, aliases and search field (graph.model.search_field), for search ranked by mentions

A row's uid is derived from its key. A write (`after_write`, in the writer's transaction) adds what its new
articles bring as deltas computed from the fragment (graph/rollup_deltas.py: the cost of a write does not
grow with the graph) and recomputes from the raw graph exactly the keys of articles the store held
before, so writing the same articles again changes nothing. Curation recomputes every row of the entities and
statements it touches (`keeping`); `rebuild` recomputes all keys (`python -m loaders rollups --rebuild`).
"""
from __future__ import annotations

from graph import rollup_outlets, rollup_targets, rollup_totals
from graph.rollup_deltas import apply, split
from graph.model import (ANY_ENTITY, ANY_SPEAKER, ENTITY_LABELS, NODES, ROLLUP_LABELS, SPEAKER_LABELS,
                         search_field)

CHUNK = 500
S_MONTH = "CASE WHEN s.date IS NULL THEN '' ELSE left(s.date, 7) END"
A_MONTH = "CASE WHEN a.published IS NULL THEN '' ELSE left(a.published, 7) END"
_LABELS = {label.lower(): label for label in NODES}


def month(date) -> str:
    return (date or "")[:7]


def _label(uid: str) -> str:
    return _LABELS.get(str(uid).partition(":")[0], "")


def _by_label(items, uid_of, labels) -> dict[str, list]:
    out: dict[str, list] = {}
    for item in items:
        label = _label(uid_of(item))
        if label in labels:
            out.setdefault(label, []).append(item)
    return out


def _chunks(items: list):
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


class Keys:
    """The rollup keys a change touches."""

    def __init__(self):
        self.speaker_months: set[tuple[str, str]] = set()
        self.pair_months: set[tuple[str, str, str]] = set()
        self.outlet_months: set[tuple[str, str]] = set()
        self.entities: set[str] = set()
        self.speaker_outlets: set[tuple[str, str]] = set()

    def update(self, other: "Keys") -> "Keys":
        self.speaker_outlets |= other.speaker_outlets
        self.speaker_months |= other.speaker_months
        self.pair_months |= other.pair_months
        self.outlet_months |= other.outlet_months
        self.entities |= other.entities
        return self


# ---- recomputing rows for keys -------------------------------------------------------------------

def _replace(run, label: str, uids: list[str], rows: list[dict]) -> None:
    if label == "PairMonth":                          # TargetMonth follows every change of PairMonth
        rollup_targets.replace(run, uids, rows, lambda: _write(run, label, uids, rows), _write)
    else:
        _write(run, label, uids, rows)


def _write(run, label: str, uids: list[str], rows: list[dict]) -> None:
    run(f"UNWIND $uids AS u MATCH (r:{label} {{uid: u}}) DELETE r", {"uids": uids})
    if rows:
        props = ", ".join(f"{p}: row.{p}" for p in NODES[label].properties)
        run(f"UNWIND $rows AS row CREATE (r:{label} {{{props}}})", {"rows": rows})


def _per_speaker(keys, value) -> dict[str, dict[str, list]]:
    """Keys grouped by their speaker (the first element), so each speaker's statements are read once."""
    out: dict[str, dict[str, list]] = {}
    for key in keys:
        group = out.setdefault(key[0], {"speaker": key[0], "targets": [], "months": []})
        for field, item in value(key).items():
            if item not in group[field]:
                group[field].append(item)
    return out


def _speaker_months(run, keys: list[tuple[str, str]]) -> None:
    rows, groups = [], _per_speaker(keys, lambda k: {"months": k[1]})
    for label, part in _by_label(list(groups), lambda u: u, SPEAKER_LABELS).items():
        rows += run(f"UNWIND $keys AS k MATCH (sp:{label} {{uid: k.speaker}})-[:SAID]->(s:Statement) "
                    f"WITH k, sp, s, {S_MONTH} AS month WHERE month IN k.months "
                    "RETURN k.speaker AS speaker, sp.name AS speaker_name, sp.type AS speaker_type, month, "
                    "count(s) AS statements, count(DISTINCT s.article) AS articles, min(s.date) AS first",
                    {"keys": [groups[u] for u in part]})
    for row in rows:
        row.update(uid=f"speakermonth:{row['speaker']}|{row['month']}", type="SpeakerMonth",
                   name=f"{row['speaker_name']} {row['month'] or 'undated'}")
    _replace(run, "SpeakerMonth", [f"speakermonth:{sp}|{m}" for sp, m in keys], rows)


_STANCES = ", ".join(f"sum(CASE WHEN ab.stance = '{x}' THEN 1 ELSE 0 END) AS {x}"
                     for x in ("support", "oppose", "neutral"))


def _pair_months(run, keys: list[tuple[str, str, str]]) -> None:
    rows, groups, wanted = [], _per_speaker(keys, lambda k: {"targets": k[1], "months": k[2]}), set(keys)
    for label, part in _by_label(list(groups), lambda u: u, SPEAKER_LABELS).items():
        rows += run(f"UNWIND $keys AS k MATCH (sp:{label} {{uid: k.speaker}})-[:SAID]->(s:Statement)"
                    f"-[ab:ABOUT]->(t:{ANY_ENTITY}) WITH k, sp, s, ab, t, {S_MONTH} AS month "
                    "WHERE t.uid IN k.targets AND month IN k.months "
                    "RETURN k.speaker AS speaker, sp.name AS speaker_name, sp.type AS speaker_type, "
                    "t.uid AS target, t.name AS target_name, t.type AS target_type, month, "
                    f"count(s) AS statements, {_STANCES}, {rollup_outlets.PAIR_EXTRA}",
                    {"keys": [groups[u] for u in part]})
    rows = [r for r in rows if (r["speaker"], r["target"], r["month"]) in wanted]   # not the other pairings
    for row in rows:
        row.update(outlets=rollup_outlets.outlets_of(row["outlets"]),uid=f"pairmonth:{row['speaker']}|{row['target']}|{row['month']}", type="PairMonth",
                   name=f"{row['speaker_name']} on {row['target_name']} {row['month'] or 'undated'}")
    _replace(run, "PairMonth", [f"pairmonth:{sp}|{t}|{m}" for sp, t, m in keys], rows)


_OUTLET_MONTH = (
    "UNWIND $keys AS k MATCH (a:Article) WHERE {outlet} WITH k, a WHERE " + A_MONTH + " = k.month "
    "OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a) "
    f"OPTIONAL MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s) "
    "RETURN k.outlet AS key, k.month AS month, count(DISTINCT a) AS articles, count(DISTINCT s.article) AS quoting, "
    "count(DISTINCT s) AS statements, count(DISTINCT CASE WHEN s.date IS NULL THEN s.uid ELSE NULL END) "
    "AS undated_statements, count(DISTINCT CASE WHEN s.source_kind = 'anonymous' THEN s.uid ELSE NULL END) "
    "AS anonymous, min(a.published) AS first, max(a.published) AS last, "
    "collect(DISTINCT sp.uid) AS speakers")


def _outlet_months(run, keys: list[tuple[str, str]]) -> None:
    rows = []
    for named, outlet in ((True, "a.outlet = k.outlet"), (False, "a.outlet IS NULL")):
        part = [{"outlet": o, "month": m} for o, m in keys if bool(o) == named]
        if part:
            rows += run(_OUTLET_MONTH.format(outlet=outlet), {"keys": part})
    for row in rows:
        key = row.pop("key")
        row.update(uid=f"outletmonth:{key}|{row['month']}", type="OutletMonth", outlet=key or None,
                   name=f"{key or 'no outlet'} {row['month'] or 'undated'}", speakers=["", *sorted(u for u in row["speakers"] if u)])
    _replace(run, "OutletMonth", [f"outletmonth:{o}|{m}" for o, m in keys], rows)


def _entity_counts(run, uids: list[str]) -> dict[str, tuple]:
    """EntityCount rows of these entities; returns the (name, type) each had before, where it changed."""
    old = {r["entity"]: (r["name"], r["type"]) for r in run(
        "UNWIND $uids AS u MATCH (r:EntityCount {uid: u}) RETURN r.entity AS entity, "
        "r.entity_name AS name, r.entity_type AS type", {"uids": [f"entitycount:{u}" for u in uids]})}
    rows = []
    for label, part in _by_label(uids, lambda u: u, ENTITY_LABELS).items():
        found = {r["entity"]: {**r, "mentions": 0, "about": 0, "said": 0} for r in run(
            f"UNWIND $uids AS u MATCH (n:{label} {{uid: u}}) RETURN n.uid AS entity, n.name AS entity_name, "
            "n.type AS entity_type, n.aliases AS aliases", {"uids": part})}
        counts = [("mentions", "(n)<-[x:MENTIONS]-()"), ("about", "(x:Statement)-[:ABOUT]->(n)")]
        if label in SPEAKER_LABELS:
            counts.append(("said", "(n)-[:SAID]->(x:Statement)"))
        for column, pattern in counts:
            for r in run(f"UNWIND $uids AS u MATCH (n:{label} {{uid: u}}) MATCH {pattern} "
                         "RETURN n.uid AS entity, count(x) AS c", {"uids": list(found)}):
                found[r["entity"]][column] = r["c"]
        rows += found.values()
    for row in rows:
        row.update(uid=f"entitycount:{row['entity']}", type="EntityCount", name=f"counts of {row['entity_name']}",
                   aliases=row["aliases"] or [], search=search_field(row["entity_name"], row["aliases"]))
    _replace(run, "EntityCount", [f"entitycount:{u}" for u in uids], rows)
    return {r["entity"]: (r["entity_name"], r["entity_type"]) for r in rows
            if r["entity"] in old and old[r["entity"]] != (r["entity_name"], r["entity_type"])}


def _rename(run, changed: dict[str, tuple]) -> None:
    """Names and types copied onto the rows of entities whose name or type changed."""
    rows = [{"uid": u, "name": n, "type": t} for u, (n, t) in changed.items()]
    for label, end in (("SpeakerMonth", "speaker"), ("SpeakerOutlet", "speaker"), ("PairMonth", "speaker"), ("PairMonth", "target"),
                       ("SpeakerTotal", "speaker"), ("PairTotal", "speaker"), ("PairTotal", "target"),
                       ("TargetMonth", "target")):
        run(f"UNWIND $rows AS e MATCH (r:{label}) WHERE r.{end} = e.uid "
            f"SET r.{end}_name = e.name, r.{end}_type = e.type", {"rows": rows})


def refresh(run, keys: Keys) -> None:
    """Recompute the rows of exactly these keys from the raw graph (inside the caller's transaction)."""
    for part in _chunks(sorted(keys.speaker_months)):
        _speaker_months(run, part)
    for part in _chunks(sorted(keys.pair_months)):
        _pair_months(run, part)
    rollup_totals.refresh(run, keys.speaker_months, keys.pair_months, _replace)   # from the month rows
    for part in _chunks(sorted(keys.speaker_outlets)):
        rollup_outlets.speaker_outlets(run, part, _by_label, _replace)
    for part in _chunks(sorted(keys.outlet_months)):
        _outlet_months(run, part)
    for part in _chunks(sorted(keys.entities)):
        changed = _entity_counts(run, part)
        if changed:
            _rename(run, changed)


# ---- which keys a change touches -----------------------------------------------------------------

def fragment_keys(fragment) -> Keys:
    """The keys one written fragment touches (uids as resolved by the writer)."""
    keys = Keys()
    statements = fragment.nodes.get("Statement", {})
    for article in fragment.nodes.get("Article", {}).values():
        keys.outlet_months.add((article.get("outlet") or "", month(article.get("published"))))
    speakers: dict[str, list[str]] = {}
    for (rel, _, _), pairs in fragment.rels.items():
        if rel == "SAID":
            for sp, s in pairs:
                speakers.setdefault(s, []).append(sp)
                keys.speaker_months.add((sp, month(statements.get(s, {}).get("date"))))
                keys.speaker_outlets.add((sp, statements.get(s, {}).get("outlet") or ""))
    for (rel, _, _), pairs in fragment.rels.items():
        if rel == "ABOUT":
            for s, t in pairs:
                for sp in speakers.get(s, []):
                    keys.pair_months.add((sp, t, month(statements.get(s, {}).get("date"))))
    keys.entities = {uid for label in ENTITY_LABELS for uid in fragment.nodes.get(label, {})}
    return keys


def after_write(run, fragment, new: set[str] | None = None) -> None:
    """After a write: the new articles' share added as deltas (graph/rollup_deltas.py), the keys of
    articles the store held before recomputed; without `new`, every key the fragment touches recomputed."""
    if new is None:
        refresh(run, fragment_keys(fragment))
        return
    keys = Keys()
    apply(run, split(fragment, new, keys), _replace, _rename)
    refresh(run, keys)


def around(run, uids) -> Keys:
    """Every key of these entities and statements, as the store holds them now (for curation)."""
    keys = Keys()
    entities = [u for u in uids if _label(u) in ENTITY_LABELS]
    statements = [u for u in uids if _label(u) == "Statement"]
    keys.entities |= set(entities)
    if entities:
        for r in run("MATCH (r:SpeakerMonth) WHERE r.speaker IN $uids RETURN r.speaker AS sp, r.month AS m",
                     {"uids": entities}):
            keys.speaker_months.add((r["sp"], r["m"]))
        for r in run("MATCH (r:SpeakerOutlet) WHERE r.speaker IN $uids RETURN r.speaker AS sp, r.outlet AS o",
                     {"uids": entities}):
            keys.speaker_outlets.add((r["sp"], r["o"] or ""))
        for end in ("speaker", "target"):
            for r in run(f"MATCH (r:PairMonth) WHERE r.{end} IN $uids RETURN r.speaker AS sp, r.target AS t, "
                         "r.month AS m", {"uids": entities}):
                keys.pair_months.add((r["sp"], r["t"], r["m"]))
    for label, part in _by_label(entities, lambda u: u, SPEAKER_LABELS).items():
        for r in run(f"MATCH (sp:{label})-[:SAID]->(s:Statement) WHERE sp.uid IN $uids "
                     f"OPTIONAL MATCH (s)-[:ABOUT]->(t:{ANY_ENTITY}) "
                     f"RETURN DISTINCT sp.uid AS sp, t.uid AS t, {S_MONTH} AS m, s.outlet AS o", {"uids": part}):
            _add_statement_keys(keys, r)
        for r in run(f"MATCH (sp:{label})-[:SAID]->(:Statement)-[:REPORTED_IN]->(a:Article) WHERE sp.uid IN $uids "
                     f"RETURN DISTINCT a.outlet AS outlet, {A_MONTH} AS am", {"uids": part}):
            keys.outlet_months.add((r["outlet"] or "", r["am"]))       # its uid is in the outlet's speakers
    for label, part in _by_label(entities, lambda u: u, ENTITY_LABELS).items():
        for r in run(f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[:ABOUT]->(t:{label}) WHERE t.uid IN $uids "
                     f"RETURN DISTINCT sp.uid AS sp, t.uid AS t, {S_MONTH} AS m", {"uids": part}):
            _add_statement_keys(keys, r)
    if statements:
        for r in run(f"MATCH (s:Statement) WHERE s.uid IN $uids OPTIONAL MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s) "
                     f"OPTIONAL MATCH (s)-[:ABOUT]->(t:{ANY_ENTITY}) OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
                     f"RETURN sp.uid AS sp, t.uid AS t, {S_MONTH} AS m, s.outlet AS o, a.outlet AS outlet, {A_MONTH} AS am",
                     {"uids": statements}):
            _add_statement_keys(keys, r)
            keys.outlet_months.add((r["outlet"] or "", r["am"]))
            keys.entities |= {u for u in (r["sp"], r["t"]) if u}
    return keys


def _add_statement_keys(keys: Keys, r: dict) -> None:
    if r["sp"]:
        keys.speaker_months.add((r["sp"], r["m"]))
        if "o" in r:
            keys.speaker_outlets.add((r["sp"], r["o"] or ""))
        if r["t"]:
            keys.pair_months.add((r["sp"], r["t"], r["m"]))


def keeping(work, uids):
    """`work(run)` wrapped so the rollups of `uids` (a list, or a function of `run` returning one, read
    before the work) and of the correction it returns (`target`, `other`) are recomputed afterwards."""
    def wrapped(run):
        touched = list(uids(run) if callable(uids) else uids)
        keys = around(run, touched)
        result = work(run)
        extra = [u for u in (result.get("target"), result.get("other")) if u] if isinstance(result, dict) else []
        refresh(run, keys.update(around(run, touched + extra)))
        return result
    return wrapped


# ---- rebuilding everything ---------------------------------------------------------------------

def _outlet_month_keys(run) -> set[tuple[str, str]]:
    return {(r["outlet"] or "", r["m"])
            for r in run(f"MATCH (a:Article) RETURN DISTINCT a.outlet AS outlet, {A_MONTH} AS m", {})}


def _refresh_in_parts(store, keys: Keys, names) -> None:
    """Recompute the `names` tables' keys, a chunk of keys per transaction."""
    for name in names:
        for part in _chunks(sorted(getattr(keys, name))):
            one = Keys()
            setattr(one, name, set(part))
            store.transact(lambda run, one=one: refresh(run, one))


def all_keys(run) -> Keys:
    keys = Keys()
    for r in run(f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement) RETURN DISTINCT sp.uid AS sp, {S_MONTH} AS m, "
                 "coalesce(s.outlet, '') AS o", {}):
        keys.speaker_months.add((r["sp"], r["m"]))
        keys.speaker_outlets.add((r["sp"], r["o"]))
    for r in run(f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[:ABOUT]->(t:{ANY_ENTITY}) "
                 f"RETURN DISTINCT sp.uid AS sp, t.uid AS t, {S_MONTH} AS m", {}):
        keys.pair_months.add((r["sp"], r["t"], r["m"]))
    keys.outlet_months = _outlet_month_keys(run)
    keys.entities = {r["uid"] for r in run(f"MATCH (n:{ANY_ENTITY}) RETURN n.uid AS uid", {})}
    return keys


def _drop(store, label: str) -> None:
    """Delete every row of one rollup table, CHUNK rows per transaction: one DELETE of a whole table ran out
    of Neo4j's transaction memory at 100k articles (PairMonth: 277k rows)."""
    uids = [r["uid"] for r in store.rows(f"MATCH (r:{label}) RETURN r.uid AS uid")]
    for part in _chunks(uids):
        store.transact(lambda run, part=part: run(f"UNWIND $uids AS u MATCH (r:{label} {{uid: u}}) DELETE r",
                                                  {"uids": part}))


def rebuild(store) -> dict[str, int]:
    """Drop every rollup row and recompute all keys from the raw graph; the rows per table."""
    for label in ROLLUP_LABELS:
        _drop(store, label)
    _refresh_in_parts(store, store.transact(all_keys), ("speaker_months", "pair_months", "outlet_months", "entities",
                                                            "speaker_outlets"))
    return {label: store.rows(f"MATCH (r:{label}) RETURN count(r) AS c")[0]["c"] for label in ROLLUP_LABELS}


def ensure(store) -> bool:
    """Rebuild when the store holds entities but no rollups (a store from before rollups, or a bulk load),
    or only the outlet-months when they predate their `anonymous` count, or only the totals and the outlet
    rollups (graph/rollup_outlets.py) when the store predates them; True if it did."""
    if store.rows("MATCH (r:EntityCount) RETURN count(r) AS c")[0]["c"]:
        filled = rollup_outlets.fill(store, _replace)                  # before the totals: they read it
        filled = rollup_totals.fill(store, _replace) or filled
        filled = rollup_targets.fill(store, _write) or filled
        if not store.rows("MATCH (r:OutletMonth) WHERE r.anonymous IS NULL RETURN r.uid AS uid LIMIT 1"):
            return filled
        keys = Keys()
        keys.outlet_months = store.transact(_outlet_month_keys)
        _refresh_in_parts(store, keys, ("outlet_months",))
        return True
    if not store.rows(f"MATCH (n:{ANY_ENTITY}) RETURN n.uid AS uid LIMIT 1"):
        return False
    rebuild(store)
    return True


def dump(store) -> dict[str, list[dict]]:
    """Every rollup row (tests compare a rebuild with the incremental result)."""
    out = {}
    for label in ROLLUP_LABELS:
        cols = ", ".join(f"r.{p} AS {p}" for p in NODES[label].properties)
        out[label] = sorted(store.rows(f"MATCH (r:{label}) RETURN {cols}"), key=lambda r: r["uid"])
    return out
