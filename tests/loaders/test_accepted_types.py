"""The upload panel accepts exactly what the readers read: every accepted extension, uploaded into a folder
(as the panel does), comes out as an article; a type the readers do not read is refused at upload."""
from __future__ import annotations

from graph.records import Article
from loaders.read_formats import read_feed, read_html, read_jsonl, read_text
from loaders.readers import EXTENSIONS, READERS, read_paths
from views.add_articles import ACCEPTED

SENTENCE = "The minister of Freedonia, Rufus Firefly, said the border talks would resume in March."
EXAMPLES = {
    read_text: SENTENCE + "\n",
    read_html: (f"<html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>"
                f"<p>{SENTENCE}</p><p>{SENTENCE}</p></article></body></html>"),
    read_jsonl: '{"text": "%s", "title": "Border talks"}\n' % SENTENCE,
    read_feed: (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Freedonia Post</title><item>'
                f"<title>Border talks</title><description>{SENTENCE}</description></item></channel></rss>"),
}


def test_the_panel_accepts_the_readers_list():
    assert sorted(ACCEPTED) == sorted(ext.lstrip(".") for ext in EXTENSIONS)
    assert not {"md", "json", "pdf"} & set(ACCEPTED)          # once accepted, then silently skipped


def test_every_accepted_extension_is_read(tmp_path):
    for number, ext in enumerate(ACCEPTED):
        (tmp_path / f"{number:04d}-upload.{ext}").write_text(EXAMPLES[READERS["." + ext]], encoding="utf-8")
    (tmp_path / "notes.md").write_text(SENTENCE, encoding="utf-8")           # not an article type
    read = list(read_paths([str(tmp_path)]))
    assert all(isinstance(item, Article) for item in read), [str(i) for i in read]
    by_ext = {item.source.split("#")[0].rsplit(".", 1)[1]: item for item in read}
    assert sorted(by_ext) == sorted(ACCEPTED)
    assert all("Rufus Firefly" in item.text for item in read)
