"""Reading brat-standoff attribution data (PolNeAR layout): texts, attributions, coreference chains.

A split folder holds `text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann` (T lines Source/Cue/Content
with character offsets, E lines tying one attribution together) and `coref.json` (article name ->
chains of mentions with `b`/`e` offsets, `text` and `rep`). One annotator per article is used (the
first in name order) so an article is never counted twice.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Attribution:
    content: Span
    source: Span | None
    cue: Span | None


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[Attribution]
    chains: list[list[dict]] = field(default_factory=list)


def _span(fields: str, text: str) -> Span:
    kind_offsets, surface = fields.split("\t", 1) if "\t" in fields else (fields, "")
    offsets = kind_offsets.split(" ", 1)[1]
    parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
    return Span(parts[0][0], parts[-1][1], surface)


def parse_ann(ann: str) -> list[Attribution]:
    spans: dict[str, tuple[str, Span]] = {}
    events = []
    for line in ann.splitlines():
        # a span's text may hold a line break: its continuation line ("The number ...") is no T line
        if re.match(r"T\d+\t", line):
            tid, rest = line.split("\t", 1)
            spans[tid] = (rest.split(" ", 1)[0], _span(rest, ""))
            spans[tid][1].text = rest.split("\t", 1)[1] if "\t" in rest else ""
        elif re.match(r"E\d+\t", line):
            events.append(dict(a.split(":", 1) for a in line.split("\t", 1)[1].split()))
    out = []
    for ev in events:
        def get(role):
            for key, tid in ev.items():
                if key.rstrip("0123456789") == role and tid in spans:
                    return spans[tid][1]
            return None
        content = get("Content")
        if content is not None:
            out.append(Attribution(content, get("Source"), get("Cue")))
    return out


def read_split(folder: str | Path, limit: int | None = None) -> list[GoldArticle]:
    folder = Path(folder)
    coref_path = folder / "coref.json"
    coref = json.loads(coref_path.read_text(encoding="utf-8")) if coref_path.exists() else {}
    anns: dict[str, Path] = {}
    for p in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    out = []
    for name in sorted(anns):
        txt = folder / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        out.append(GoldArticle(name, text, parse_ann(anns[name].read_text(encoding="utf-8")), coref.get(name, [])))
        if limit and len(out) >= limit:
            break
    return out
