"""neo4j-viz's graph script with its mount fixed (issue 13, big views): every fix still matches the installed
neo4j-viz exactly once, a fix that does not match leaves the file as it was, and the served file says whose
it is and what was changed."""
from importlib.metadata import version
from pathlib import Path

from queries import caption_parts
from views import graph_bundle

INSTALLED = Path(__import__("neo4j_viz").__file__).parent / "resources" / "streamlit_v2" / "graph.js"


def test_every_fix_applies_to_the_installed_neo4j_viz():
    source = INSTALLED.read_text(encoding="utf-8")
    text, applied = graph_bundle.patch(source)
    assert applied == [f.name for f in graph_bundle.FIXES]          # a new neo4j-viz: check the fixes again
    for fix in graph_bundle.FIXES:
        assert fix.old not in text.replace(fix.new, "")
    assert len(text) - len(source) == sum(len(f.new) - len(f.old) for f in graph_bundle.FIXES)
    assert "K((e) => e + 1)" in text                     # a real change of theme still restyles the graph
    assert text.endswith(source[-2000:])                 # the rest of the bundle as installed


def test_a_fix_that_does_not_match_exactly_once_is_left_out():
    fix = graph_bundle.Fix("x", "let a = 1;", "let a = 2;")
    assert graph_bundle.patch("let a = 1; let a = 1;", (fix,)) == ("let a = 1; let a = 1;", [])
    assert graph_bundle.patch("let b = 1;", (fix,)) == ("let b = 1;", [])
    assert graph_bundle.patch("let a = 1;", (fix,)) == ("let a = 2;", ["x"])


def test_the_served_file_names_its_origin_licence_and_changes():
    served = graph_bundle.bundle(INSTALLED, version("neo4j-viz"))
    first = served.body.split(b"\n", 1)[0].decode()
    counted = [r.name for r in caption_parts.APP]                     # queries/caption_parts.py's, after these
    assert first.startswith("/* neo4j-viz ") and "GPL-3.0-only" in first
    assert ", ".join(["remount", "stylesheet", "idle-sheet"] + counted) in first
    assert served.applied == ["remount", "stylesheet", "idle-sheet"] + counted and len(counted) == 7
    assert served.etag.startswith(f'"{version("neo4j-viz")}-') and graph_bundle.bundle(INSTALLED, version(
        "neo4j-viz")) is served                                          # made once
    assert served.body.rstrip().endswith(b"export { Vre as default };")
