"""The saved-query library: `.cypher` files with a small comment header, like Datasette's canned queries.

A query file is plain Cypher (in the subset that runs on Neo4j 5 and LadybugDB) preceded by `//` lines:

    // title: Statements by X about Y
    // description: What one actor said about another, newest first.
    // param: speaker: string = Dmitry Polevoy
    // suggest: speaker: MATCH (p)-[:SAID]->(:Statement) RETURN DISTINCT p.name AS value ORDER BY value
    // param: limit: int = 50
    // edge: speaker -> target : about (statements)
    MATCH ...

`param` declares a named parameter with its type (string, int, float, date, bool) and default; `suggest`
is an optional query whose `value` column lists valid values (the app offers them in a drop-down);
`edge` tells the graph view which columns make nodes and edges: columns `<x>_uid`, `<x>_name`,
`<x>_type` make a node for prefix x; `source -> target : caption (weight column)` joins them.

Built-in queries live next to this module; user queries (saved from the Cypher editor) in
`WHOSAID_QUERIES` (default `./whosaid-data/queries/`). A user query never shadows a built-in one.
Every saved query and every suggestion query, built-in or not, runs through `run` / `suggestions`, i.e.
the store's guarded path (`query(user=True)`: allow-list parser, read-only handle, time, row, value and
memory limits) — a file's text is never trusted.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Optional

BUILTIN_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_USER_DIR = os.path.join("whosaid-data", "queries")
TYPES = ("string", "int", "float", "date", "bool")
NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_HEADER = re.compile(r"^//\s*(title|description|param|suggest|edge)\s*:\s*(.*)$")
_PARAM = re.compile(r"^([a-z][a-z0-9_]*)\s*:\s*(\w+)\s*(?:=\s*(.*))?$")
_EDGE = re.compile(r"^(\w+)\s*->\s*(\w+)\s*(?::\s*([^()]*?))?\s*(?:\((\w+)\))?$")
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class QueryError(ValueError):
    """A malformed query file or a parameter value of the wrong type; one readable line."""


@dataclass
class Param:
    name: str
    type: str = "string"
    default: Any = None
    suggest: Optional[str] = None

    def coerce(self, value: Any) -> Any:
        """`value` (often text from a form or the shell) as this parameter's type."""
        if value is None or (isinstance(value, str) and value.strip() == "" and self.type != "string"):
            return self.default
        try:
            if self.type == "int":
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                text = str(value).strip()
                if len(text.lstrip("+-")) > 19 or not -2 ** 63 <= int(text) < 2 ** 63:
                    raise ValueError("outside the 64-bit integer range")
                return int(text)
            if self.type == "float":
                if len(str(value)) > 40:
                    raise ValueError("too long")
                return float(value)
            if self.type == "bool":
                return value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
            text = str(value)
            if self.type == "date" and text and not _calendar_date(text):
                raise ValueError("expected YYYY-MM-DD, a day of the calendar")
            return text
        except ValueError as exc:
            raise QueryError(f"parameter {self.name}: {value!r} is not a valid {self.type} ({exc})") from None


def _calendar_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day (not 2025-13-01 or 2025-02-30)."""
    from datetime import date
    if not _DATE.match(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        return False
    return True


@dataclass
class EdgeSpec:
    source: str
    target: str
    caption: str = ""
    weight: Optional[str] = None


@dataclass
class SavedQuery:
    name: str
    title: str
    cypher: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    edges: list[EdgeSpec] = field(default_factory=list)
    path: Optional[str] = None
    builtin: bool = True

    def values(self, given: Optional[dict] = None) -> dict:
        """Parameters for a run: defaults, overridden by `given`, coerced to their types."""
        given = given or {}
        unknown = sorted(set(given) - {p.name for p in self.params})
        if unknown:
            raise QueryError(f"{self.name} has no parameter {', '.join(unknown)}")
        return {p.name: p.coerce(given.get(p.name, p.default)) for p in self.params}

    def to_text(self) -> str:
        """The query as file text, header included (the inverse of `parse`)."""
        lines = [f"// title: {_one_line(self.title)}"]
        if self.description:
            lines.append(f"// description: {_one_line(self.description)}")
        for p in self.params:
            default = "" if p.default is None else f" = {_default_text(p.default)}"
            lines.append(f"// param: {p.name}: {p.type}{default}")
            if p.suggest:
                lines.append(f"// suggest: {p.name}: {_one_line(p.suggest)}")
        for e in self.edges:
            tail = (f" : {e.caption}" if e.caption else "") + (f" ({e.weight})" if e.weight else "")
            lines.append(f"// edge: {e.source} -> {e.target}{tail}")
        return "\n".join(lines) + "\n" + self.cypher.strip() + "\n"


def run(store, query: SavedQuery, values: dict, limit: Optional[int] = None):
    """Run a saved query through the store's guarded path (QueryRejected / StoreError on refusal), or a
    built-in query's engine form where it has one (`engine_form`)."""
    fast = engine_form(store, query, values, limit)
    return fast if fast is not None else store.query(query.cypher, values, user=True, limit=limit)


def engine_form(store, query: SavedQuery, values: dict, limit: Optional[int] = None):
    """The rows of a built-in query from a faster form of it (the project's own text, parameters only,
    within the query limits), or None where it has none: `quotes_containing` on Neo4j reads the full-text
    index (queries/quote_search.py); a query anchored on an actor's name runs its uid form once the name
    is resolved to one entity (queries/name_anchor.py). Their rows are the saved query's."""
    if not (query.builtin and query.path and os.path.dirname(query.path) == BUILTIN_DIR):
        return None
    from graph.settings import settings
    s = settings()
    cap = min(limit or s.query_rows, s.query_rows)
    if query.name == "quotes_containing":
        from queries.quote_search import neo4j_rows
        return neo4j_rows(store, values, cap=cap, timeout=s.query_seconds)
    from queries import name_anchor
    return name_anchor.run(store, query, values, cap=cap, timeout=s.query_seconds)


def suggestions(store, cypher: str, limit: int = 2000) -> list[str]:
    """The `value` column of a suggestion query, run through the guarded path."""
    return [str(r["value"]) for r in store.query(cypher, {}, user=True, limit=limit).rows
            if r.get("value") is not None]


def typed(name: str, text: str):
    """A parameter value typed from its text (the editor's name=value lines): 64-bit integers, decimals,
    true/false, else the text itself; QueryError (one line) for an integer out of range."""
    if re.fullmatch(r"-?\d+", text):
        if len(text.lstrip("-")) > 19 or not -2 ** 63 <= int(text) < 2 ** 63:
            raise QueryError(f"parameter {name}: {text[:20]}... is outside the 64-bit integer range")
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text) and len(text) <= 40:
        return float(text)
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _default_text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else _one_line(value)


def parse(text: str, name: str, path: Optional[str] = None, builtin: bool = True) -> SavedQuery:
    """Parse a query file's text; raises QueryError naming the problem."""
    if not NAME.match(name):
        raise QueryError(f"{name!r} is not a valid query name (lower-case letters, digits, _)")
    meta: dict[str, str] = {}
    params: dict[str, Param] = {}
    suggests: dict[str, str] = {}
    edges: list[EdgeSpec] = []
    body: list[str] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip()) if not body else None
        if not m:
            if line.strip() or body:
                body.append(line)
            continue
        key, value = m.group(1), m.group(2).strip()
        if key in ("title", "description"):
            meta[key] = value
        elif key == "param":
            params_match = _PARAM.match(value)
            if not params_match or params_match.group(2) not in TYPES:
                raise QueryError(f"{name}: bad param line {value!r} (want 'name: type = default', "
                                 f"type one of {', '.join(TYPES)})")
            pname, ptype, default = params_match.groups()
            param = Param(pname, ptype)
            param.default = param.coerce(default.strip()) if default is not None else None
            params[pname] = param
        elif key == "suggest":
            pname, _, query = value.partition(":")
            suggests[pname.strip()] = query.strip()
        else:
            edge_match = _EDGE.match(value)
            if not edge_match:
                raise QueryError(f"{name}: bad edge line {value!r} (want 'source -> target : caption (weight)')")
            edges.append(EdgeSpec(*(g.strip() if g else g for g in edge_match.groups())))
    cypher = "\n".join(body).strip()
    if not cypher:
        raise QueryError(f"{name}: the file has no query")
    for pname, query in suggests.items():
        if pname not in params:
            raise QueryError(f"{name}: suggest for undeclared parameter {pname}")
        params[pname].suggest = query
    undeclared = sorted(set(_PARAM_USE.findall(cypher)) - set(params))
    if undeclared:
        raise QueryError(f"{name}: parameters used but not declared: {', '.join(undeclared)}")
    return SavedQuery(name=name, title=meta.get("title") or name.replace("_", " "), cypher=cypher,
                      description=meta.get("description", ""), params=list(params.values()),
                      edges=edges, path=path, builtin=builtin)


def user_dir(env: Optional[dict] = None) -> str:
    if env is None:
        from graph.settings import settings
        return settings().queries_dir
    return env.get("WHOSAID_QUERIES") or DEFAULT_USER_DIR


def _read_dir(folder: str, builtin: bool) -> tuple[dict[str, SavedQuery], list[str]]:
    found, problems = {}, []
    if not os.path.isdir(folder):
        return found, problems
    for filename in sorted(os.listdir(folder)):
        if not filename.endswith(".cypher"):
            continue
        path = os.path.join(folder, filename)
        try:
            with open(path, encoding="utf-8") as f:
                found[filename[:-7]] = parse(f.read(), filename[:-7], path, builtin)
        except (QueryError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{filename}: {exc}")
    return found, problems


def load(user_folder: Optional[str] = None) -> tuple[dict[str, SavedQuery], list[str]]:
    """All queries by name (built-in first, then the user's) and one line per file that failed to load."""
    queries, problems = _read_dir(BUILTIN_DIR, True)
    user, user_problems = _read_dir(user_folder or user_dir(), False)
    problems += user_problems
    for name, query in user.items():
        if name in queries:
            problems.append(f"{name}.cypher: a built-in query has this name; the user copy is ignored")
        else:
            queries[name] = query
    return queries, problems


def infer_params(cypher: str, values: dict) -> list[Param]:
    """Parameters of an ad-hoc query, typed from the values it ran with (for 'save as query')."""
    params = []
    for pname in dict.fromkeys(_PARAM_USE.findall(cypher)):
        value = values.get(pname)
        ptype = ("bool" if isinstance(value, bool) else "int" if isinstance(value, int)
                 else "float" if isinstance(value, float)
                 else "date" if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", value) else "string")
        params.append(Param(pname, ptype, value))
    return params


def save_user_query(query: SavedQuery, folder: Optional[str] = None, overwrite: bool = False) -> str:
    """Write a user query file; returns its path. Refuses built-in names and, unless asked, overwriting."""
    folder = folder or user_dir()
    again = parse(query.to_text(), query.name)                # the saved file must load again, the same
    if again.cypher != query.cypher.strip() or [p.suggest for p in again.params] != [p.suggest for p in query.params]:
        raise QueryError("the query starts with a line that reads as a header (// title:, // param:, "
                         "// suggest: ...): remove or reword that comment")
    builtin, _ = _read_dir(BUILTIN_DIR, True)
    if query.name in builtin:
        raise QueryError(f"{query.name} is a built-in query: choose another name")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, query.name + ".cypher")
    if os.path.exists(path) and not overwrite:
        raise QueryError(f"a saved query named {query.name} exists already")
    with open(path, "w", encoding="utf-8") as f:
        f.write(query.to_text())
    return path


def parse_assignments(items: list[str]) -> dict[str, str]:
    """`['k=v', ...]` (from `--param` or a text box) as a dict of strings."""
    out = {}
    for item in items:
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"{item!r}: write parameters as name=value")
        out[key.strip()] = value.strip()
    return out
