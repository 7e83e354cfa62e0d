"""What neo4j-viz shows counts the view, not the invisible points its names hang between.

Each written name is the caption of an invisible relationship between two invisible points
(`viewmodel._caption_nodes`; their ids start with a `CAPTION_PARTS` prefix), so neo4j-viz 1.11 counted and
listed them as graph items: its details panel said "Nodes (2,220)" for a 2,000-node view and listed every
name as a relationship type, its status line said the same, a search for a name found only the invisible
caption, and a click on a name showed the invisible relationship's details. A few text replacements in
neo4j-viz's own script (fixed text, written here) leave them out:

- `labels`, `types`: the panel's counts by node label and relationship type skip the caption parts;
- `nodes`, `relationships`: so do its "Nodes (N)" and "Relationships (N)";
- `status`: NVL's status line ("A graph visualization with N nodes and M relationships ...");
- `search`: a search that finds a caption (or any part of it) highlights the node it names, and its name;
- `selection`: a click (or a box) on a name selects the node it names.

`STANDALONE` are the replacements in the standalone page neo4j-viz renders (the snapshots, made here:
`standalone`); `APP` the same in the app's graph script, neo4j-viz's Streamlit bundle (`app_script`, for
`views/graph_bundle.py` to serve). Each must match exactly once; one that does not (another neo4j-viz) is
left out and the script is otherwise as installed (the tests fail loudly when one stops matching). The
helpers the replacements call (`HELPERS_JS`) go before the script. Nothing from articles goes into them.
"""
from __future__ import annotations

import json
from typing import NamedTuple

CAPTION_PARTS = ("cap", "capl", "capr")     # id prefixes of a name's relationship and its two end points


class Replacement(NamedTuple):
    name: str
    old: str
    new: str


_SKIP = "!whosaidCaption.part(e.id)"
# name: (standalone page: old, new), (app's bundle: old, new); the same code, minified and not
_TABLE = {
    "labels": ("c=t.labelsSorted.length>0?t.labelsSorted:[fre]",
               "c=whosaidCaption.part(e.id)?[]:t.labelsSorted.length>0?t.labelsSorted:[fre]",
               "c = t.labelsSorted.length > 0 ? t.labelsSorted : [pre]",
               "c = whosaidCaption.part(e.id) ? [] : t.labelsSorted.length > 0 ? t.labelsSorted : [pre]"),
    "types": ("d[t.type]=(d[t.type]??0)+1;let a=i.color;",
              "if(whosaidCaption.part(t.id))return i;d[t.type]=(d[t.type]??0)+1;let a=i.color;",
              "\t\td[t.type] = (d[t.type] ?? 0) + 1;\n",
              "\t\tif (whosaidCaption.part(t.id)) return i;\n\t\td[t.type] = (d[t.type] ?? 0) + 1;\n"),
    "nodes": ("`Nodes`,` (${e.nodes.length.toLocaleString()})`",
              "`Nodes`,` (${e.nodes.filter(e=>" + _SKIP + ").length.toLocaleString()})`",
              '["Nodes", ` (${e.nodes.length.toLocaleString()})`]',
              '["Nodes", ` (${e.nodes.filter(e => ' + _SKIP + ').length.toLocaleString()})`]'),
    "relationships": ("`Relationships`,` (${e.rels.length.toLocaleString()})`",
                      "`Relationships`,` (${e.rels.filter(e=>" + _SKIP + ").length.toLocaleString()})`",
                      '["Relationships", ` (${e.rels.length.toLocaleString()})`]',
                      '["Relationships", ` (${e.rels.filter(e => ' + _SKIP + ').length.toLocaleString()})`]'),
    "status": ("a=n.items.length,o=r.items.length;",
               "a=n.items.filter(e=>" + _SKIP + ").length,o=r.items.filter(e=>" + _SKIP + ").length;",
               "a = n.items.length, o = r.items.length;",
               "a = n.items.filter(e => " + _SKIP + ").length, o = r.items.filter(e => " + _SKIP + ").length;"),
    "search": ("c(ine(m,e),ane(m,e))", "c(...whosaidCaption.found(ine(m,e),ane(m,e)))",
               "c(ine(m, e), ane(m, e));", "c(...whosaidCaption.found(ine(m, e), ane(m, e)));"),
    "selection": ("selected:s??Tre,setSelected:c,", "selected:s??Tre,setSelected:e=>c(whosaidCaption.owners(e)),",
                  "selected: s ?? Tre,\n\t\t\t\tsetSelected: c,\n",
                  "selected: s ?? Tre,\n\t\t\t\tsetSelected: (e) => c(whosaidCaption.owners(e)),\n"),
}
STANDALONE = tuple(Replacement(name, old, new) for name, (old, new, _, _) in _TABLE.items())
APP = tuple(Replacement(name, old, new) for name, (_, _, old, new) in _TABLE.items())

# Defined before the script that calls them runs (a classic script in <head> runs before the standalone
# page's module script; in the app's bundle they are its first lines).
HELPERS_JS = """window.whosaidCaption = (function (parts) {
  var prefix = new RegExp('^(' + parts.join('|') + ')\\\\|');
  function part(id) { return prefix.test(String(id)); }
  function owner(id) { return String(id).replace(prefix, ''); }
  return {
    part: part,
    // what a search found, with every caption part found traded for the node it names, and that node's name
    found: function (nodes, rels) {
      var owners = new Set(), outRels = [], outNodes = [];
      (nodes || []).forEach(function (id) { owners.add(owner(id)); });
      (rels || []).forEach(function (id) { if (part(id)) owners.add(owner(id)); else outRels.push(id); });
      owners.forEach(function (o) {
        outNodes.push(o, parts[1] + '|' + o, parts[2] + '|' + o);
        outRels.push(parts[0] + '|' + o);
      });
      return [outNodes, outRels];
    },
    // a selection with every caption part selected traded for the node it names
    owners: function (sel) {
      if (!sel) return sel;
      var nodes = new Set(), rels = [];
      (sel.nodeIds || []).forEach(function (id) { nodes.add(owner(id)); });
      (sel.relationshipIds || []).forEach(function (id) { if (part(id)) nodes.add(owner(id)); else rels.push(id); });
      return Object.assign({}, sel, {nodeIds: Array.from(nodes), relationshipIds: rels});
    }
  };
})(PARTS);
""".replace("PARTS", json.dumps(list(CAPTION_PARTS)))


def patch(text: str, replacements) -> tuple[str, list[str]]:
    """`text` with each replacement in turn made when it matches exactly once in the text so far; (text,
    names of those made). About 30 ms for neo4j-viz's 4 MB standalone page. Also what makes
    `views/graph_bundle.py`'s fixes."""
    made = []
    for r in replacements:
        if text.count(r.old) == 1:
            text = text.replace(r.old, r.new, 1)
            made.append(r.name)
    return text, made


def standalone(page: str) -> tuple[str, list[str]]:
    """A standalone page neo4j-viz rendered, with `STANDALONE` made and the helpers in its <head>."""
    page, made = patch(page, STANDALONE)
    at = page.find("</head>")
    if made and at >= 0:
        page = page[:at] + "<script>\n" + HELPERS_JS + "</script>" + page[at:]
    return page, made


def app_script(source: str) -> tuple[str, list[str]]:
    """neo4j-viz's Streamlit bundle (`streamlit_v2/graph.js`) with `APP` made, the helpers first."""
    source, made = patch(source, APP)
    return (HELPERS_JS + source if made else source), made
