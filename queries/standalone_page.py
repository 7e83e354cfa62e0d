"""neo4j-viz's standalone page as the snapshots give it: what the analyst reads counts the view, not the
invisible points its names hang between.

Each written name is the caption of an invisible relationship between two invisible points
(`viewmodel._caption_nodes`; their ids start with a `CAPTION_PARTS` prefix), so neo4j-viz 1.11's page
counted and listed them as graph items: its details panel said "Nodes (2,220)" for a 2,000-node view and listed every name as a relationship type, its status
line said the same, a search for a name found only the invisible caption, and a click on a name showed the
invisible relationship's details. A few text replacements in the page's own script (fixed text, written
here) leave them out:

- `labels`, `types`: the panel's counts by node label and relationship type skip the caption parts;
- `nodes`, `relationships`: so do its "Nodes (N)" and "Relationships (N)";
- `status`: NVL's status line ("A graph visualization with N nodes and M relationships ...");
- `search`: a search that finds a caption (or any part of it) highlights the node it names, and its name;
- `selection`: a click (or a box) on a name selects the node it names.

Each replacement must match exactly once in the page neo4j-viz renders; one that does not (another
neo4j-viz) is left out and the page is otherwise as rendered (`patch` says which went in; the tests fail
loudly when one stops matching). Nothing from articles goes into the added script.
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
REPLACEMENTS = (
    Replacement("labels", "c=t.labelsSorted.length>0?t.labelsSorted:[fre]",
                "c=whosaidCaption.part(e.id)?[]:t.labelsSorted.length>0?t.labelsSorted:[fre]"),
    Replacement("types", "d[t.type]=(d[t.type]??0)+1;let a=i.color;",
                "if(whosaidCaption.part(t.id))return i;d[t.type]=(d[t.type]??0)+1;let a=i.color;"),
    Replacement("nodes", "`Nodes`,` (${e.nodes.length.toLocaleString()})`",
                "`Nodes`,` (${e.nodes.filter(e=>" + _SKIP + ").length.toLocaleString()})`"),
    Replacement("relationships", "`Relationships`,` (${e.rels.length.toLocaleString()})`",
                "`Relationships`,` (${e.rels.filter(e=>" + _SKIP + ").length.toLocaleString()})`"),
    Replacement("status", "a=n.items.length,o=r.items.length;",
                "a=n.items.filter(e=>" + _SKIP + ").length,o=r.items.filter(e=>" + _SKIP + ").length;"),
    Replacement("search", "c(ine(m,e),ane(m,e))", "c(...whosaidCaption.found(ine(m,e),ane(m,e)))"),
    Replacement("selection", "selected:s??Tre,setSelected:c,",
                "selected:s??Tre,setSelected:e=>c(whosaidCaption.owners(e)),"),
)

# Defined before the page's module script runs (a classic script in <head> runs first).
_HELPERS = """<script>
window.whosaidCaption = (function (parts) {
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
</script>"""


def helpers_script() -> str:
    return _HELPERS.replace("PARTS", json.dumps(list(CAPTION_PARTS)))


def patch(page: str) -> tuple[str, list[str]]:
    """The rendered page with every replacement that matches exactly once made and the helpers' script
    added to its <head>; (page, names of the replacements made). About 30 ms for neo4j-viz's 4 MB page."""
    made = [r for r in REPLACEMENTS if page.count(r.old) == 1]
    for r in made:
        page = page.replace(r.old, r.new, 1)
    at = page.find("</head>")
    if made and at >= 0:
        page = page[:at] + helpers_script() + page[at:]
    return page, [r.name for r in made]
