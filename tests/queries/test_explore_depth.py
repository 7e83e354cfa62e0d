"""The neighbourhood explorer: an edge found again in a later ring is counted once (a speaker → target
count is the same at every depth), and a date range keeps undated statements unless told not to."""
from graph.fragment import build_fragment
from graph.ladybug_store import LadybugStore
from graph.model import entity_uid
from graph.records import Article, Entity, Extraction, Statement
from graph.store import StoreConfig
from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from queries.explore import Filters, neighbourhood, search_options


def test_edge_counts_do_not_grow_with_depth(tmp_path, extractor):
    store = LadybugStore(StoreConfig(path=str(tmp_path / "db")))
    try:
        ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
        focus = next(o["uid"] for o in search_options(store) if o["name"] == "Dmitry Polevoy")
        near, far = neighbourhood(store, focus, depth=1), neighbourhood(store, focus, depth=2)
        assert len(far.nodes) > len(near.nodes)
        assert {k: e["count"] for k, e in near.edges.items()} == {k: far.edges[k]["count"] for k in near.edges}
        ranged = neighbourhood(store, focus, depth=2, filters=Filters(date_from="2025-01-01"))
        assert {k: e["count"] for k, e in ranged.edges.items()} == {k: e["count"] for k, e in far.edges.items()}
    finally:
        store.close()


def _article(source: str, date):
    article = Article(source=source, text="x", title=source, published=date, outlet="Test Wire", url=None)
    statement = Statement(speaker="Ola Vend", addressee=None, text=f"quote {source}", start=0, end=1, kind="direct",
                          cue="said", about=["Zarvania"], sentence="s", date=date)
    return build_fragment(article, Extraction(source=source, title=source, published=date, outlet="Test Wire",
                                              entities=[Entity(name="Ola Vend", type="Person"),
                                                        Entity(name="Zarvania", type="State")],
                                              statements=[statement]))


def test_a_date_range_keeps_undated_statements_unless_told(tmp_path):
    store = LadybugStore(StoreConfig(path=str(tmp_path / "db")))
    try:
        store.write(_article("dated.txt", "2025-03-01"))
        store.write(_article("undated.txt", None))
        focus, edge = entity_uid("Person", "Ola Vend"), f"about|{entity_uid('Person', 'Ola Vend')}|" \
                                                        f"{entity_uid('State', 'Zarvania')}"
        count = lambda f: neighbourhood(store, focus, filters=f).edges[edge]["count"]  # noqa: E731
        assert count(Filters()) == 2
        assert count(Filters(date_from="2025-01-01")) == 2
        assert count(Filters(date_from="2025-01-01", undated=False)) == 1
    finally:
        store.close()
