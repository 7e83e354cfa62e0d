"""Articles carry their collection ("sample" for the bundled corpus, "loaded" by default, or a name given
at ingest), their statements too, and it filters the explorer and the overview — on both engines."""
import os

from loaders import SAMPLE_DIR
from loaders.ingest import collection_of, ingest
from queries import explore, overview

MINE = ("Envoy urges calm\n\nPublished: 2025-05-02\n\nThe Kazakh foreign minister Yerlan Temirbayev said on "
        "Monday that Astana \"will not send troops anywhere without a U.N. mandate\".\n")


def test_the_sample_is_told_apart_by_its_folder(tmp_path):
    assert collection_of(os.path.join(SAMPLE_DIR, "x.txt")) == "sample"
    assert collection_of(str(tmp_path / "x.txt")) is None and collection_of("x.txt", "uploaded") == "uploaded"


def test_collections_are_stored_and_filter(store, extractor, tmp_path):
    first = sorted(f for f in os.listdir(SAMPLE_DIR) if f.endswith(".txt"))[0]
    ingest([os.path.join(SAMPLE_DIR, first)], store, progress=False, extractor=extractor)
    (tmp_path / "mine.txt").write_text(MINE, encoding="utf-8")
    ingest([str(tmp_path / "mine.txt")], store, progress=False, extractor=extractor, collection="uploaded")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "more.txt").write_text(MINE.replace("Monday", "Tuesday"), encoding="utf-8")
    ingest([str(tmp_path / "other")], store, progress=False, extractor=extractor)

    assert explore.collections(store) == ["loaded", "sample", "uploaded"]
    assert [overview.summary(store, c)["articles"] for c in ("", "sample", "uploaded", "loaded")] == [3, 1, 1, 1]
    speakers = {c: {r["name"] for r in overview.top_speakers(store, collection=c)} for c in ("sample", "uploaded")}
    assert any("Temirbayev" in n for n in speakers["uploaded"])
    assert not any("Temirbayev" in n for n in speakers["sample"])
    assert overview.newest_articles(store, collection="uploaded")[0]["title"] == "Envoy urges calm"
    uid = next(r["uid"] for r in overview.top_speakers(store, collection="uploaded") if "Temirbayev" in r["name"])
    mine = explore.neighbourhood(store, uid, filters=explore.Filters(collection="uploaded"))
    other = explore.neighbourhood(store, uid, filters=explore.Filters(collection="sample"))
    said = lambda view: [i for i in view.edges if i.split("|")[0] in ("about", "to")]  # noqa: E731
    assert said(mine) and not said(other)


def test_the_bulk_files_carry_the_collection(extractor, tmp_path):
    import csv

    from loaders.bulk_export import BulkWriter, export
    first = sorted(f for f in os.listdir(SAMPLE_DIR) if f.endswith(".txt"))[0]
    (tmp_path / "mine.txt").write_text(MINE, encoding="utf-8")
    writer = BulkWriter(str(tmp_path / "out"), "neo4j")
    export([os.path.join(SAMPLE_DIR, first), str(tmp_path / "mine.txt")], writer, extractor=extractor)
    with open(tmp_path / "out" / "Article.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["collection"] for r in rows) == ["loaded", "sample"]
