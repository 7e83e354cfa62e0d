"""Type-ahead search that scales: a few bounded look-ups instead of ranking every entity in Python.

The ranking rules are `queries.explore.rank`'s: an exact name or alias first, then a name starting with
what was typed, a word starting with it, a substring, its letters in order, and last (new) a close
misspelling ("Saifulin" finds Saifullin: one word within edit distance 1, or 2 from six letters on); most
mentioned first within a tier. Candidates come from the EntityCount rollup (graph/rollups.py), whose
`search` field is '| name | alias |' folded, so each tier is a CONTAINS look-up ordered by mentions and
bounded by the number of hits wanted (Neo4j serves CONTAINS from a text index; the embedded store scans
one small table), all four in one round trip (a UNION). Only when those tiers leave room is a second
round trip made, for letters in order (one regular expression over the same field) and misspellings: on
Neo4j through the full-text (Lucene) index `entity_names` with fuzzy terms, on the embedded store (its FTS
extension is not bundled and would need a download) among the entities sharing a trigram with the query.
"""
from __future__ import annotations

import re

from graph.model import fold_search

_COLUMNS = ("r.entity AS uid, r.entity_name AS name, r.entity_type AS type, r.aliases AS aliases, "
            "r.mentions AS mentions")
FUZZY_POOL = 2000          # most candidates a misspelling is checked against
_LUCENE_SPECIAL = re.compile(r'[+\-&|!(){}\[\]^"~*?:\\/]')


def _tier_patterns(q: str) -> list[str]:
    return [f"| {q} |", f"| {q}", f" {q}", q]


def _tiers(store, q: str, limit: int) -> list[dict]:
    """The four CONTAINS tiers in one round trip, each bounded: tier i holds tier i-1's hits, so 2 x limit
    rows of each always leave room for `limit` hits new to it."""
    patterns = _tier_patterns(q)
    return store.rows(" UNION ALL ".join(
        f"MATCH (r:EntityCount) WHERE r.search CONTAINS $p{i} RETURN {i} AS tier, {_COLUMNS} "
        "ORDER BY mentions DESC, name LIMIT $n" for i in range(len(patterns))),
        {**{f"p{i}": p for i, p in enumerate(patterns)}, "n": 2 * limit})


def edit_distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of a and b, or cap + 1 as soon as it must exceed cap."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > cap:
            return cap + 1
        previous = current
    return previous[-1]


def close_misspelling(q: str, name: str) -> bool:
    """One of the query's words per word of the name, each within edit distance 1 (2 from six letters)."""
    words, targets = q.split(), name.split()
    if not words or len(words) > len(targets):
        return False
    for start in range(len(targets) - len(words) + 1):
        if all(edit_distance(w, t, 1 if len(w) < 6 else 2) <= (1 if len(w) < 6 else 2)
               for w, t in zip(words, targets[start:start + len(words)])):
            return True
    return False


def _trigrams(q: str, most: int = 8) -> list[str]:
    grams = [q[i:i + 3] for i in range(len(q) - 2) if " " not in q[i:i + 3]]
    step = max(1, len(grams) // most)
    return list(dict.fromkeys(grams[::step]))[:most]


def _loose_and_fuzzy(store, q: str, limit: int) -> list[dict]:
    """In one round trip: entities with the query's letters in order within one name or alias (tier 4),
    and the candidates a misspelling is checked against (tier 5): on Neo4j from the full-text index with
    fuzzy terms, on the embedded store those sharing a trigram with the query."""
    letters = [c if c.isalnum() else "\\" + c for c in q.replace(" ", "")]
    params = {"re": ".*" + "[^|]*".join(letters) + ".*", "n": limit, "pool": FUZZY_POOL}
    loose = (f"MATCH (r:EntityCount) WHERE r.search =~ $re RETURN 4 AS tier, {_COLUMNS} "
             "ORDER BY mentions DESC, name LIMIT $n")
    if store.config.engine == "neo4j":
        words = [_LUCENE_SPECIAL.sub(" ", w).strip() for w in q.split()]
        terms = [w for w in words if len(w) >= 3]
        if not terms:
            return store.rows(loose, params)
        params["q"] = " OR ".join(f"{w}~{1 if len(w) < 6 else 2}" for w in terms)
        return store.rows(loose + " UNION ALL CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
                          "WITH node LIMIT $pool MATCH (r:EntityCount {uid: 'entitycount:' + node.uid}) "
                          f"RETURN 5 AS tier, {_COLUMNS} ORDER BY mentions DESC, name", params)
    grams = _trigrams(q)
    if not grams:
        return store.rows(loose, params)
    where = " OR ".join(f"r.search CONTAINS $g{i}" for i in range(len(grams)))
    return store.rows(loose + f" UNION ALL MATCH (r:EntityCount) WHERE {where} RETURN 5 AS tier, {_COLUMNS} "
                      "ORDER BY mentions DESC, name LIMIT $pool",
                      {**params, **{f"g{i}": g for i, g in enumerate(grams)}})


def search(store, query: str, limit: int = 8) -> list[dict]:
    """Hits for `query` (uid, name, type, aliases, mentions), best first; see the module docstring."""
    from queries.explore import rank
    q = fold_search(query)
    if not q:
        return []
    found: dict[str, dict] = {}
    rows = sorted(_tiers(store, q, limit), key=lambda r: (r["tier"], -(r["mentions"] or 0), r["name"] or ""))
    for tier in range(4):                      # tier by tier, as if each were asked for in turn
        for row in [r for r in rows if r["tier"] == tier][:limit + len(found)]:
            found.setdefault(row["uid"], _plain(row))
        if len(found) >= limit:
            return rank(list(found.values()), q, limit)
    hits = rank(list(found.values()), q, limit)
    more = _loose_and_fuzzy(store, q, limit)
    loose = [_plain(r) for r in more if r["tier"] == 4 and r["uid"] not in found]
    hits += rank(loose, q, limit)
    if len(hits) >= limit:
        return hits[:limit]
    taken = {r["uid"] for r in hits}
    fuzzy = [_plain(r) for r in more if r["tier"] == 5 and r["uid"] not in taken and any(
        close_misspelling(q, fold_search(n)) for n in [r["name"], *(r["aliases"] or [])] if n)]
    return (hits + fuzzy)[:limit]


def _plain(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "tier"}
