"""Type-ahead search that scales: a few bounded look-ups instead of ranking every entity in Python.

The ranking rules are `queries.explore.rank`'s: an exact name or alias first, then a name starting with
what was typed, a word starting with it, a substring, its letters in order, and last (new) a close
misspelling ("Saifulin" finds Saifullin: one word within edit distance 1, or 2 from six letters on); most
mentioned first within a tier. Candidates come from the EntityCount rollup (graph/rollups.py), whose
`search` field is '| name | alias |' folded, so each tier is one CONTAINS look-up ordered by mentions and
bounded by the number of hits wanted (Neo4j serves CONTAINS from a text index; the embedded store scans
one small table); letters in order are one regular expression over the same field. Only when those tiers
leave room are misspellings looked for: on Neo4j through the
full-text (Lucene) index `entity_names` with fuzzy terms, on the embedded store (its FTS extension is not
bundled and would need a download) among the entities sharing a trigram with the query.
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


def _contains(store, pattern: str, limit: int) -> list[dict]:
    return store.rows(f"MATCH (r:EntityCount) WHERE r.search CONTAINS $p RETURN {_COLUMNS} "
                      "ORDER BY mentions DESC, name LIMIT $n", {"p": pattern, "n": limit})


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


def _fuzzy_candidates(store, q: str) -> list[dict]:
    if store.config.engine == "neo4j":
        words = [_LUCENE_SPECIAL.sub(" ", w).strip() for w in q.split()]
        terms = [w for w in words if len(w) >= 3]
        if not terms:
            return []
        lucene = " OR ".join(f"{w}~{1 if len(w) < 6 else 2}" for w in terms)
        return store.rows("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
                          "WITH node LIMIT $pool MATCH (r:EntityCount {uid: 'entitycount:' + node.uid}) "
                          f"RETURN {_COLUMNS} ORDER BY mentions DESC, name", {"q": lucene, "pool": FUZZY_POOL})
    grams = _trigrams(q)
    if not grams:
        return []
    where = " OR ".join(f"r.search CONTAINS $g{i}" for i in range(len(grams)))
    return store.rows(f"MATCH (r:EntityCount) WHERE {where} RETURN {_COLUMNS} ORDER BY mentions DESC, name "
                      "LIMIT $pool", {**{f"g{i}": g for i, g in enumerate(grams)}, "pool": FUZZY_POOL})


def search(store, query: str, limit: int = 8) -> list[dict]:
    """Hits for `query` (uid, name, type, aliases, mentions), best first; see the module docstring."""
    from queries.explore import rank
    q = fold_search(query)
    if not q:
        return []
    found: dict[str, dict] = {}
    for pattern in _tier_patterns(q):
        for row in _contains(store, pattern, limit + len(found)):
            found.setdefault(row["uid"], row)
        if len(found) >= limit:
            return rank(list(found.values()), q, limit)
    hits = rank(list(found.values()), q, limit)
    letters = [c if c.isalnum() else "\\" + c for c in q.replace(" ", "")]
    loose = [r for r in store.rows(                     # its letters in order, within one name or alias
        f"MATCH (r:EntityCount) WHERE r.search =~ $re RETURN {_COLUMNS} ORDER BY mentions DESC, name LIMIT $n",
        {"re": ".*" + "[^|]*".join(letters) + ".*", "n": limit}) if r["uid"] not in found]
    hits += rank(loose, q, limit)
    if len(hits) >= limit:
        return hits[:limit]
    taken = {r["uid"] for r in hits}
    fuzzy = [r for r in _fuzzy_candidates(store, q) if r["uid"] not in taken and any(
        close_misspelling(q, fold_search(n)) for n in [r["name"], *(r["aliases"] or [])] if n)]
    return (hits + fuzzy)[:limit]
