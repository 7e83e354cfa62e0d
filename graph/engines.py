"""Opening the configured store: the factory that picks an engine behind `graph.store.GraphStore`.

`NEO4J_URI` set: Neo4j through the official driver (`graph.neo4j_store`); otherwise the embedded LadybugDB
in `WHOSAID_DB` (`graph.ladybug_store`). Both engine modules import `graph.store`; only this module
imports them, so the base never depends on its implementations (tests/graph/test_imports.py checks that
graph/ has no import cycle, counting imports inside functions). The engine is imported when chosen: the
Neo4j driver alone takes about 0.7 s to import, which the embedded store's commands should not pay.
"""
from __future__ import annotations

from typing import Optional

from graph import settings as cfg
from graph.hub_index import ensure as ensure_hub_index
from graph.rollups import ensure as ensure_rollups
from graph.store import GraphStore, StoreConfig, StoreError

def open_store(config: Optional[StoreConfig] = None) -> GraphStore:
    """The configured store, schema ensured (an embedded store is created when missing, unless
    `config.create` is False). Raises StoreError with a readable reason."""
    try:
        cfg.settings()                                   # every variable valid, or one line naming it
        config = config or StoreConfig.from_env()
    except cfg.SettingsError as exc:
        raise StoreError(str(exc)) from None
    if config.engine == "neo4j":
        from graph.neo4j_store import Neo4jStore        # imported when chosen (start-up cost, no cycle)
        store: GraphStore = Neo4jStore(config)
    else:
        from graph.ladybug_store import LadybugStore
        store = LadybugStore(config)
    ensure_rollups(store)                  # a store from before the rollups, or bulk-loaded: build them once
    ensure_hub_index(store)                # a store from before SAID's copied speaker and date: fill them once
    return store
