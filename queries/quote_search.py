"""Quotes containing words, served by an index where the engine has one: the engine forms of the saved
query `quotes_containing` (the library runs a built-in query's engine form when there is one).

The saved query's own text (queries/quotes_containing.cypher) is the definition and runs on both engines:
case-insensitive containment of the words (`toLower(s.text) CONTAINS toLower($words)`), which no index
serves. On Neo4j the full-text (Lucene) index `statement_text` (graph/model.py) finds candidates first and
the same CONTAINS test then keeps exactly the rows the scan keeps. Lucene tokenises, so the candidates are
asked for only with what tokenising cannot change: the runs of ASCII letters and digits in the words,
lower-cased (a run never spans two tokens of the text). A run with white space on both sides in the
words is a whole token of every matching text (an exact term), one with white space before starts a
token (`run*`), after ends one (`*run`), else lies inside one (`*run*`). Only those runs reach Lucene — the
user's words never do, so no query syntax (`"`, `*`, `:`, `AND`, `(`) can get in; `lucene_escape` guards
the terms anyway. Words with no usable run (only punctuation, or wildcard runs under 3 letters) and a
store whose index is not online yet run the saved query as it is.

Undated statements come first (Neo4j sorts a missing date first in DESC order); they are asked for as the
candidates without a `date` term, so that part stays as small as they are. The dated part takes the
cheaper of two exact plans, chosen by counting candidates up to a crossover (`FEW`): few candidates are all
read and tested; many mean common words, and then the date index is walked newest first, testing each
statement, until `limit` of them match (a partial sort stops there) — a few hundred statements, where
reading 80,000 candidates of "border" took 350 ms on the 100k-article graph.

The embedded store has no full-text index here (LadybugDB's FTS extension is not bundled and would need a
download): it runs the saved query, written so the cheap date test runs before the text test and only
the kept rows look up their speaker.
"""
from __future__ import annotations

import re
import weakref
from typing import Optional

from graph.store import Result

INDEX = "statement_text"
_RUN = re.compile(r"[a-z0-9]+")
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
MAX_TERMS = 4
MAX_TOKEN = 255                     # Lucene's standard tokenizer splits longer tokens


def lucene_escape(term: str) -> str:
    """`term` with every Lucene query-syntax character backslash-escaped."""
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def candidate_terms(words: str) -> list[str]:
    """The Lucene clauses (without field) every text containing `words` (case-insensitively) matches,
    most selective first; empty when the index cannot narrow the search."""
    low = "".join(c if c.isascii() else "\0" for c in words).lower()    # non-ASCII: a non-boundary
    terms = []
    for m in _RUN.finditer(low):
        run = m.group()
        if len(run) > MAX_TOKEN:
            continue
        before = m.start() > 0 and low[m.start() - 1].isspace()
        after = m.end() < len(low) and low[m.end()].isspace()
        term = lucene_escape(run)
        if before and after:
            terms.append((0, -len(run), term))
        elif len(run) >= 3:
            rank = 1 if before else 2 if after else 3
            terms.append((rank, -len(run), ("" if before else "*") + term + ("" if after else "*")))
    return [t for _, _, t in sorted(set(terms))[:MAX_TERMS]]


def lucene_query(words: str, field: str = "text") -> str:
    """All of `candidate_terms(words)` on `field`, as a Lucene query ('' when there are none)."""
    return " ".join(f"+{field}:{t}" for t in candidate_terms(words))


COLUMNS = ["speaker_uid", "speaker_name", "speaker_type", "date", "quote", "outlet", "kind"]


def _tail(extra: str = "") -> str:
    return f"""WITH s ORDER BY s.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN {extra}sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet, s.kind AS kind
ORDER BY date DESC, quote
LIMIT $limit"""


_CONTAINS = "toLower(s.text) CONTAINS toLower($words)"
# first round trip: how many candidates (up to the crossover) and, when asked, the undated rows — the
# candidates without a `date` term; Neo4j sorts a missing date first in DESC order, so they come first
COUNT = (f"CALL db.index.fulltext.queryNodes('{INDEX}', $q, {{limit: $most}}) YIELD node WITH count(node) AS c "
         "RETURN 0 AS part, c AS candidates, " + ", ".join(f"null AS {c}" for c in COLUMNS))
UNDATED = (f"CALL db.index.fulltext.queryNodes('{INDEX}', $undated_q) YIELD node AS s\n"
           f"WITH s WHERE s.date IS NULL AND {_CONTAINS}\n" + _tail("1 AS part, null AS candidates, "))
# second: few candidates are all read and tested; many (common words): the date index is walked newest first
DATED_FEW = (f"CALL db.index.fulltext.queryNodes('{INDEX}', $q) YIELD node AS s\n"
             f"WITH s WHERE s.date >= $since AND {_CONTAINS}\n" + _tail())
DATED_MANY = f"MATCH (s:Statement) WHERE s.date >= $since AND {_CONTAINS}\n" + _tail()
FEW = 2500                  # candidates (for 100 rows) below which reading them beats walking the dates


def _few(limit: int) -> int:
    """The crossover grows with the rows wanted (a walk for more rows reads further back)."""
    return int(min(50_000, FEW * max(1.0, limit / 100) ** 0.5))


_ONLINE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def index_online(store) -> bool:
    """Whether the store's `statement_text` index answers queries (remembered once it does; while a new
    index is still being built the saved query runs as it is)."""
    if not _ONLINE.get(store):
        rows = store.rows("SHOW INDEXES YIELD name, state WHERE name = $name RETURN state", {"name": INDEX})
        _ONLINE[store] = bool(rows) and rows[0]["state"] == "ONLINE"
    return _ONLINE[store]


def neo4j_rows(store, values: dict, cap: int, timeout: Optional[float] = None) -> Optional[Result]:
    """`quotes_containing` on Neo4j through the full-text index, or None when the index cannot serve these
    words (the caller then runs the saved query). At most `cap` rows."""
    words, limit = str(values.get("words") or ""), min(values.get("limit") or 0, cap)
    terms = lucene_query(words)
    if store.config.engine != "neo4j" or not terms or limit <= 0 or not index_online(store):
        return None

    def rows(cypher: str, params: dict) -> list[dict]:
        return store.query(cypher, {"words": words, "q": terms, **params}, timeout=timeout).rows

    few = _few(limit)
    first = rows(COUNT + (" UNION ALL " + UNDATED if values.get("undated") else ""),
                 {"most": few, "undated_q": f"+({terms}) -date:[* TO *]", "limit": limit})
    many = next(r["candidates"] for r in first if r["part"] == 0) >= few
    found = [{c: r[c] for c in COLUMNS} for r in first if r["part"] == 1]
    left = limit - len(found)
    if left > 0 and values.get("since") is not None:
        found += rows(DATED_MANY if many else DATED_FEW, {"since": values["since"], "limit": left})
    return Result(list(COLUMNS), found, truncated=len(found) >= cap and values.get("limit", 0) > cap)
