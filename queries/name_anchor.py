"""Name-anchored saved queries run by uid: the library's faster path for a built-in query that finds an
actor by name (`sp.name = $speaker`), with the saved query's own rows.

The saved query's text (queries/<name>.cypher) is the definition: analysts read it and run it in the Cypher
panel. Matching a name first and then walking that actor's statements makes Neo4j read all of a hub's
statements before it sorts them (its planner keeps an index's order only when the index is read first with
a parameter). So a built-in query may have a uid form, `queries/by_uid/<name>.cypher` (the same file
format, in the subset both engines run): the same question with each name parameter `p` it anchors on replaced by
`p_uid`, written so the engines read through the index on SAID's copies of the speaker and the date
(graph/hub_index.py) and stop when the page is full.

Before it runs a uid form, the library resolves its names with one look-up that compares names exactly as
the saved queries do (`n.name = name`, on the same engine, so case and spaces behave the same) over every
entity label; the look-up and the query run as one read (`GraphStore.read`: one transaction on Neo4j, one
time limit for both). A name held by exactly one entity becomes that entity's uid; the uid form keeps
the saved query's labels on the anchored node where they can narrow anything, so it matches the entity the
saved query's own name matching matches, or none. A name held by no entity or by several runs the saved
query as it is (it is cheap for an unknown name; a name shared by several is rare and keeps its old cost).
The library uses the uid forms on Neo4j (`run`); tests check on both engines that they give the saved
query's rows (`by_uid`).

A query may also have a walk form, `by_uid/<name>.walk.cypher`, for actors mentioned in many articles: it
reads the newest articles from Neo4j's Article(published) index instead of reading all of the actors'
(queries/hub_plans.py chooses it from their mention counts and gives its `scan` parameter). It replaces the
last UNION part of the query's uid form, or is the whole query where there is no uid form.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from graph.model import ANY_ENTITY
from graph.store import Result

FORM_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "by_uid")
SUFFIX = "_uid"
WALK = "walk"
_UNION = re.compile(r"^UNION$", re.M)
# uid forms that read a rollup by the uid (an index look-up on both engines): used on the embedded store too
ROLLUP_FORMS = ("statements_per_month",)
RESOLVE = f"UNWIND $names AS name MATCH (n:{ANY_ENTITY}) WHERE n.name = name RETURN name, n.uid AS uid"


@lru_cache(maxsize=None)
def form(name: str, plan: str = ""):
    """The uid form of built-in query `name` (a SavedQuery), or None when it has none; with `plan`, that
    plan's form (`by_uid/<name>.<plan>.cypher` in place of the uid form's last UNION part)."""
    from queries.library import parse
    path = os.path.join(FORM_DIR, f"{name}.{plan}.cypher" if plan else name + ".cypher")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        found = parse(f.read(), name, path, builtin=True)
    base = form(name) if plan else None
    if base is None:
        return found
    parts = _UNION.split(base.cypher)
    return replace(found, cypher="UNION".join(parts[:-1] + ["\n" + found.cypher.strip() + "\n"]))


def anchors(uid_form) -> list[str]:
    """The saved query's name parameters the uid form resolves (`speaker` for a `speaker_uid` parameter)."""
    return [p.name[:-len(SUFFIX)] for p in uid_form.params if p.name.endswith(SUFFIX)]


def resolve(store, name) -> Optional[str]:
    """The uid of the one entity named exactly `name`, or None (no entity or several have that name)."""
    return resolve_all(store, [name])[0]


def resolve_all(reader, names: list, cypher: str = RESOLVE) -> list[Optional[str]]:
    """`resolve` for each of `names`, in one statement (`reader`: a store or a `GraphStore.read` reader)."""
    return _looked_up(reader, names, cypher)[0]


def _looked_up(reader, names: list, cypher: str) -> tuple[list[Optional[str]], list[dict]]:
    """`resolve_all`'s uids and the look-up's rows (RESOLVE's, or hub_plans.RESOLVE_COUNTED's)."""
    wanted = list(dict.fromkeys(n for n in names if isinstance(n, str)))
    found: dict[str, list[str]] = {n: [] for n in wanted}
    rows = reader.rows(cypher, {"names": wanted}) if wanted else []
    for row in rows:
        found[row["name"]].append(row["uid"])
    return [found[n][0] if isinstance(n, str) and len(found[n]) == 1 else None for n in names], rows


def run(store, query, values: dict, cap: int, timeout: Optional[float] = None) -> Optional[Result]:
    """The library's engine form, its look-ups and statements one read under one time limit: `by_uid` on
    Neo4j; on the embedded store `how_connected` and `mentioned_with` cut by date (queries/hub_cuts.py) and
    None for the rest, which run the saved query (it has no relationship index, so it walks the actor's SAID
    edges either way, and reading the copies cost more than the name look-up saved: at 100k, a hub's
    direct_quotes 185 -> 234 ms, statements_by_about 91 -> 180, how_connected 240 -> 323); ROLLUP_FORMS
    (a rollup read by uid) by uid on both engines."""
    if store.config.engine == "neo4j" or query.name in ROLLUP_FORMS:
        return by_uid(store, query, values, cap, timeout)
    from queries import hub_cuts
    form = hub_cuts.FORMS.get(query.name)
    return store.read(lambda reader: form(reader, query, values, cap), timeout) if form else None


def by_uid(store, query, values: dict, cap: int, timeout: Optional[float] = None,
           scan: Optional[int] = None) -> Optional[Result]:
    """The rows of built-in `query` with `values` from its uid form (at most `cap`), or None when it has
    none or a name does not resolve to one entity (the caller then runs the saved query). On Neo4j its
    walk form runs where queries/hub_plans.py chooses it, or with `scan` given. One read: the look-ups and
    the query share a transaction on Neo4j and `timeout` on both engines."""
    uid_form, walk = form(query.name), form(query.name, WALK)
    if uid_form is None and walk is None:
        return None
    return store.read(lambda reader: _by_uid(reader, query, values, cap, scan, uid_form, walk), timeout)


def _by_uid(reader, query, values: dict, cap: int, scan: Optional[int], uid_form, walk) -> Optional[Result]:
    from queries import hub_plans
    names = anchors(walk or uid_form)
    planned = walk is not None and reader.config.engine == "neo4j"      # LadybugDB cannot run them
    counting = planned and scan is None                                 # the plan's counts, in the look-up
    uids, rows = _looked_up(reader, [values.get(n) for n in names],
                            hub_plans.RESOLVE_COUNTED if counting else RESOLVE)
    if None in uids:
        return None
    params = {**values, **{name + SUFFIX: uid for name, uid in zip(names, uids)}}
    if planned:
        scan = hub_plans.walk_scan(reader, query.name, params, hub_plans.counted(rows)) if counting else scan
        if scan is not None:
            uid_form, params["scan"] = walk, scan
    if uid_form is None:
        return None
    wanted = {p.name for p in uid_form.params}
    return reader.query(uid_form.cypher, {k: v for k, v in params.items() if k in wanted}, limit=cap)
