"""The opening dateline of an article ("ASTANA, April 9 (Agency) -"; "ANKARA:" when asked) and the state of its
place: used by the document (the home state of unnamed officials) and by institutions (a ministry named without its state)."""
from __future__ import annotations

import re

_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n]{0,40}?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]+[ \t]", re.M)
_COLON_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z .'-]{2,30}?):[ \t]", re.M)


def dateline_state(text: str, gazetteer, colon: bool = False) -> str | None:
    """The state of an opening dateline's place ("ASTANA, April 9 (Agency) -" -> Kazakhstan), or None; with
    `colon`, also "ANKARA: ..." (not "URL:"). Only the bare-ministry fallback (institutions.settle) asks for it: as
    the document's home state of every unnamed official it was not measured to help (it moved stances on a check set)."""
    if colon:
        for m in _COLON_DATELINE.finditer(text[:1500]):
            hit = gazetteer.lookup(m.group(1).title()) or gazetteer.lookup(m.group(1))
            if hit is not None:
                return hit.name if hit.type == "State" else None
    m = _DATELINE.search(text[:1500])
    if not m:
        return None
    hit = gazetteer.lookup(m.group(1).title()) or gazetteer.lookup(m.group(1))
    return hit.name if hit is not None and hit.type == "State" else None
