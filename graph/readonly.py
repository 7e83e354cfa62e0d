"""Guards for user-written Cypher: only single, read-only statements reach a store.

The check strips string literals and comments first (so a keyword can't hide in a comment or be faked by
one inside a string), then rejects write clauses, procedure calls that are not known read-only, LOAD CSV,
administration commands and more than one statement. Stores also run user queries in read-only
transactions; this check gives a clear message before that and covers engines without such a mode.
"""
from __future__ import annotations

import re

WRITE_KEYWORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "RENAME",
                  "GRANT", "DENY", "REVOKE", "LOAD", "COPY", "IMPORT", "EXPORT", "INSTALL", "ATTACH",
                  "DETACH", "USE", "FOREACH", "START", "STOP", "TERMINATE", "CHECKPOINT", "BEGIN",
                  "COMMIT", "ROLLBACK", "ENABLE", "DISABLE", "SHOW", "FINISH")
READ_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                   "show_tables", "table_info")

_STRINGS_AND_COMMENTS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?(?:\*/|$)""", re.S)
_WORD = re.compile(r"(?<![.$\w])[A-Za-z_][A-Za-z_0-9]*(?!\s*:(?!:))")  # not n.prop, $param, {key: }
_CALL = re.compile(r"\bCALL\s*(?:\{|([A-Za-z_][\w.]*))", re.I)


class QueryRejected(ValueError):
    """A user query that is not a single read-only statement."""


def _strip(cypher: str) -> str:
    def blank(m: re.Match) -> str:
        token = m.group(0)
        return " " if token.startswith(("/", "`")) else "''"
    return _STRINGS_AND_COMMENTS.sub(blank, cypher)


def check_read_only(cypher: str) -> str:
    """Return the query unchanged if it is one read-only statement; raise QueryRejected otherwise."""
    if not cypher or not cypher.strip():
        raise QueryRejected("the query is empty")
    code = _strip(cypher)
    body = code.strip().rstrip(";").strip()
    if ";" in body:
        raise QueryRejected("only one statement at a time: remove the ';' between statements")
    if not body:
        raise QueryRejected("the query has only comments")
    words = {w.upper() for w in _WORD.findall(body)}
    bad = sorted(w for w in words if w in WRITE_KEYWORDS)
    if bad:
        raise QueryRejected(f"read-only: {', '.join(bad)} is not allowed here")
    for m in _CALL.finditer(body):
        name = (m.group(1) or "").lower()
        if name not in READ_PROCEDURES:
            raise QueryRejected(f"read-only: CALL {m.group(1) or '{...}'} is not allowed here")
    return cypher
