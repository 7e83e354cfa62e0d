"""Helpers for the query tests (the sample store and the library fixtures live in tests/conftest.py)."""
from __future__ import annotations

from graph.model import ANY_ENTITY


def uid_of(store, name: str) -> str:
    rows = store.rows("MATCH (n) WHERE n.name = $name RETURN n.uid AS uid", {"name": name})
    assert rows, f"{name} is not in the sample corpus"
    return rows[0]["uid"]


def most_mentioned(store, n: int = 6) -> list[str]:
    """The uids of the `n` entities most articles mention."""
    return [r["uid"] for r in store.rows(f"MATCH (:Article)-[:MENTIONS]->(x:{ANY_ENTITY}) RETURN x.uid AS uid, "
                                         "count(*) AS c ORDER BY c DESC, uid LIMIT $n", {"n": n})]


def undate_articles(store) -> None:
    """Makes 3 articles of each of the 2 most mentioned entities undated (published NULL), and one more ''."""
    for uid in most_mentioned(store)[:2]:
        store.transact(lambda run, uid=uid: run(
            "MATCH (a:Article)-[:MENTIONS]->(x {uid: $uid}) WITH a ORDER BY a.uid LIMIT 3 "
            "SET a.published = NULL RETURN count(*) AS n", {"uid": uid}))
    store.transact(lambda run: run("MATCH (a:Article) WHERE a.published IS NOT NULL WITH a ORDER BY a.uid LIMIT 1 "
                                   "SET a.published = '' RETURN count(*) AS n", {}))
