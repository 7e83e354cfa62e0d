"""The view state, and its round trip through the URL (`st.query_params`), so every view is a permalink.

Keys (all optional; defaults are left out of the URL):
    mode   explore | queries | workbench | cypher         e      focus entity uid
    d      depth (1-3)                         types  entity types, comma-separated
    from   first statement date (YYYY-MM-DD)   to     last statement date
    outlet outlet name                         x      expanded uids, comma-separated
    coll   collection (sample, loaded, uploaded or a name given at ingest)
    u      0 = leave out undated statements when a date range is set
    h      hidden uids, comma-separated        sel    selected node uid or edge id
    cap    node cap                            q      saved query name
    p.NAME a saved query's parameter value
    cypher the Cypher editor's text            cparams its parameters (name=value lines)
    size   influence = node size by PageRank (default: articles mentioning it)
    stance support | oppose = only statement edges with that stance
Nothing about the store (URI, user, password) is ever part of the state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from graph.model import ENTITY_LABELS

MODES = ("explore", "queries", "workbench", "cypher")
SIZES = ("mentions", "influence")
STANCE_FILTERS = ("all", "support", "oppose")
DEFAULT_CAP = 150
MAX_CAP = 5000
MAX_CYPHER = 8000                      # characters of Cypher (or its parameters) kept in the URL
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[A-Za-z_ ]+(\|[a-z]+:[0-9a-f]+){2}$|^[a-z]+:[0-9a-f]+$")


@dataclass
class ViewState:
    mode: str = "explore"
    entity: str = ""
    depth: int = 1
    types: tuple[str, ...] = ENTITY_LABELS
    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    collection: str = ""
    undated: bool = True
    expanded: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    selected: str = ""
    cap: int = DEFAULT_CAP
    query: str = ""
    params: dict = field(default_factory=dict)
    cypher: str = ""
    cypher_params: str = ""
    size: str = "mentions"
    stance: str = "all"

    def focus_on(self, uid: str) -> "ViewState":
        """A fresh view of another entity: same filters, nothing expanded, hidden or selected."""
        return replace(self, entity=uid, expanded=(), hidden=(), selected="", cap=DEFAULT_CAP)

    def graph_key(self) -> str:
        """Identifies the graph drawn (not the selection): the widget's key, so a new view starts clean."""
        import hashlib
        parts = [self.entity, self.depth, self.types, self.date_from, self.date_to, self.outlet, self.undated,
                 self.expanded, self.hidden, self.cap, self.stance]
        if self.collection:
            parts.append(("collection", self.collection))
        return "graph-" + hashlib.sha1(repr(parts).encode()).hexdigest()[:12]


def _ids(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in (text or "").split(",") if _ID.match(i)))


def _int(text, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(text)))
    except (TypeError, ValueError):
        return default


def from_params(qp) -> ViewState:
    """A ViewState from URL query parameters (a mapping of str to str); bad values fall back to defaults."""
    get = lambda k: (qp.get(k) or "").strip()  # noqa: E731
    types = tuple(t for t in get("types").split(",") if t in ENTITY_LABELS) if get("types") else ENTITY_LABELS
    entity = get("e") if _ID.match(get("e")) and "|" not in get("e") else ""
    selected = get("sel") if _ID.match(get("sel")) else ""
    return ViewState(
        mode=get("mode") if get("mode") in MODES else "explore",
        entity=entity,
        depth=_int(get("d"), 1, 1, 3),
        types=types or ENTITY_LABELS,
        date_from=get("from") if _DATE.match(get("from")) else "",
        date_to=get("to") if _DATE.match(get("to")) else "",
        outlet=get("outlet")[:200],
        collection=get("coll")[:80],
        undated=get("u") != "0",
        expanded=_ids(get("x")),
        hidden=_ids(get("h")),
        selected=selected,
        cap=_int(get("cap"), DEFAULT_CAP, 10, MAX_CAP),
        query=get("q") if re.match(r"^[a-z][a-z0-9_]{0,63}$", get("q")) else "",
        params={k[2:]: str(qp.get(k))[:500] for k in qp.keys() if k.startswith("p.")},
        cypher=str(qp.get("cypher") or "")[:MAX_CYPHER],
        cypher_params=str(qp.get("cparams") or "")[:MAX_CYPHER],
        size=get("size") if get("size") in SIZES else "mentions",
        stance=get("stance") if get("stance") in STANCE_FILTERS else "all",
    )


def to_params(state: ViewState) -> dict[str, str]:
    """The URL query parameters for a state, leaving defaults out."""
    default = ViewState()
    out = {}
    values = {
        "mode": state.mode, "e": state.entity, "d": str(state.depth),
        "types": ",".join(state.types) if set(state.types) != set(ENTITY_LABELS) else "",
        "from": state.date_from, "to": state.date_to, "outlet": state.outlet, "coll": state.collection,
        "x": ",".join(state.expanded), "h": ",".join(state.hidden), "sel": state.selected,
        "cap": str(state.cap), "q": state.query, "u": "" if state.undated else "0",
        "cypher": state.cypher, "cparams": state.cypher_params,
        "size": state.size, "stance": state.stance,
    }
    defaults = {"mode": default.mode, "d": str(default.depth), "cap": str(default.cap), "size": default.size,
                "stance": default.stance}
    for key, value in values.items():
        if value and value != defaults.get(key):
            out[key] = value
    if state.query:
        out.update({f"p.{k}": str(v) for k, v in state.params.items()})
    return out


def field_names() -> list[str]:
    return [f.name for f in fields(ViewState)]
