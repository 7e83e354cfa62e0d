"""The extract CLI survives an article the extraction fails on: an error line for it, the rest extracted."""
from __future__ import annotations

import json

import loaders.extraction
from graph.records import Extraction
from loaders import extract_cli


class FlakyExtractor:
    """Fails on any batch or article whose text contains BOOM."""

    def __init__(self, model=None):
        pass

    def extract_many(self, articles, batch_size=32):
        for art in articles:
            if "BOOM" in art.text:
                raise ValueError("boom\nsecond line")
            yield Extraction(source=art.source)

    def extract(self, art):
        return next(self.extract_many([art]))


def test_bad_article_gets_its_own_error_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(loaders.extraction, "Extractor", FlakyExtractor)
    names = []
    for k, text in enumerate(["Fine one.", "This one goes BOOM.", "Fine again."]):
        p = tmp_path / f"a{k}.txt"
        p.write_text(text, encoding="utf-8")
        names.append(str(p))
    status = extract_cli.main(["--json", *names])
    out, err = capsys.readouterr()
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["source"] for x in lines] == names
    assert "error" not in lines[0] and "error" not in lines[2]
    assert lines[1]["error"] == "extraction failed: ValueError: boom second line"
    assert status == 1 and "Traceback" not in err and "extraction failed" in err
