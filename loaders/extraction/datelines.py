"""The opening dateline of an article ("ASTANA, April 9 (Agency) -") and the state of its place: used by
the document (the home state of unnamed officials) and by institutions (a ministry named without its state)."""
from __future__ import annotations

import re

_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n]{0,40}?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]+[ \t]", re.M)


def dateline_state(text: str, gazetteer) -> str | None:
    """The state of an opening dateline's place ("ASTANA, April 9 (Agency) -" -> Kazakhstan), or None."""
    m = _DATELINE.search(text[:1500])
    if not m:
        return None
    hit = gazetteer.lookup(m.group(1).title()) or gazetteer.lookup(m.group(1))
    return hit.name if hit is not None and hit.type == "State" else None
