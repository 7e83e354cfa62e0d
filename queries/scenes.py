"""Named scenes: a view (its URL state), the layout it was drawn with and the analyst's note, kept as one
small JSON file (`NAME.scene.json`) in the scenes folder (`WHOSAID_SCENES`), listed on the page, and
downloaded or uploaded to share.

Why files and not nodes in the graph: a scene is the analyst's annotation, not something an article says.
Kept out of the store, it never shows up in counts, the overview, saved queries or Cypher results, the
read-only Cypher editor needs no write exception, and one file opens against either engine — a
colleague's Neo4j or an embedded store holding the same articles (uids are derived from content, so they
are the same everywhere). A bad file gives one line naming it and the problem.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

FORMAT = 1
SUFFIX = ".scene.json"
MAX_BYTES = 2_000_000
MAX_NAME, MAX_NOTE, MAX_PARAM = 80, 5000, 4000
_UID = re.compile(r"^[a-z]+:[0-9a-f]+$")


class SceneError(ValueError):
    """A scene that cannot be read or saved; one line naming the file or the name."""


@dataclass
class Scene:
    name: str
    view: dict[str, str]                                   # the URL query parameters (views/state.to_params)
    note: str = ""
    layout: dict[str, tuple[float, float]] = field(default_factory=dict)
    saved: str = ""

    def to_json(self) -> str:
        return json.dumps({"whosaid_scene": FORMAT, "name": self.name, "note": self.note, "saved": self.saved,
                           "view": self.view, "layout": {u: list(p) for u, p in self.layout.items()}},
                          ensure_ascii=False, indent=1)


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise SceneError("a scene needs a name")
    if len(name) > MAX_NAME:
        raise SceneError(f"a scene name has at most {MAX_NAME} characters")
    return name


def file_name(name: str) -> str:
    """A file name for a scene name: letters, digits, '-' and '_' only (never a path)."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", check_name(name)).strip("-").lower()[:60] or "scene"
    return stem + SUFFIX


def new(name: str, view: dict, note: str = "", layout: Optional[dict] = None) -> Scene:
    return Scene(name=check_name(name), view=_view(view, "the scene"), note=_note(note, "the scene"),
                 layout=_layout(layout or {}, "the scene"),
                 saved=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


def _note(note, where: str) -> str:
    if not isinstance(note, str):
        raise SceneError(f"{where}: the note is not text")
    return note[:MAX_NOTE]


def _view(view, where: str) -> dict[str, str]:
    if not isinstance(view, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in view.items()):
        raise SceneError(f"{where}: 'view' must map names to text")
    return {k[:100]: v[:MAX_PARAM] for k, v in view.items()}


def _layout(layout, where: str) -> dict[str, tuple[float, float]]:
    if not isinstance(layout, dict):
        raise SceneError(f"{where}: 'layout' must map node ids to [x, y]")
    out = {}
    for uid, point in layout.items():
        ok = (isinstance(uid, str) and _UID.match(uid) and isinstance(point, (list, tuple)) and len(point) == 2
              and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in point))
        if not ok:
            raise SceneError(f"{where}: 'layout' must map node ids to [x, y] numbers")
        out[uid] = (float(point[0]), float(point[1]))
    return out


def parse(text, where: str) -> Scene:
    """A scene from the text (or bytes) of a scene file; `where` names the file in errors."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise SceneError(f"{where}: larger than {MAX_BYTES // 1_000_000} MB, not a scene file")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise SceneError(f"{where}: not UTF-8 text, not a scene file") from None
    if len(text) > MAX_BYTES:
        raise SceneError(f"{where}: larger than {MAX_BYTES // 1_000_000} MB, not a scene file")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SceneError(f"{where}: not JSON ({str(exc).splitlines()[0][:80]})") from None
    if not isinstance(data, dict) or data.get("whosaid_scene") != FORMAT:
        raise SceneError(f"{where}: not a whosaid scene (no \"whosaid_scene\": {FORMAT})")
    try:
        name = check_name(data.get("name") if isinstance(data.get("name"), str) else "")
    except SceneError as exc:
        raise SceneError(f"{where}: {exc}") from None
    saved = data.get("saved") if isinstance(data.get("saved"), str) else ""
    return Scene(name=name, view=_view(data.get("view", {}), where), note=_note(data.get("note", ""), where),
                 layout=_layout(data.get("layout", {}), where), saved=saved[:40])


def folder() -> str:
    from graph.settings import settings
    return settings().scenes_dir


def save(scene: Scene, where: Optional[str] = None) -> str:
    """Write the scene into the folder (replacing one of the same name); returns the path."""
    where = where or folder()
    os.makedirs(where, exist_ok=True)
    path = os.path.join(where, file_name(scene.name))
    temp = path + ".part"
    with open(temp, "w", encoding="utf-8") as f:
        f.write(scene.to_json())
    os.replace(temp, path)
    return path


def load_all(where: Optional[str] = None) -> tuple[list[Scene], list[str]]:
    """The scenes in the folder, newest first, and one line per file that could not be read."""
    where = where or folder()
    scenes, problems = [], []
    if not os.path.isdir(where):
        return scenes, problems
    for entry in sorted(os.listdir(where)):
        if not entry.endswith(SUFFIX):
            continue
        path = os.path.join(where, entry)
        try:
            with open(path, "rb") as f:
                scenes.append(parse(f.read(MAX_BYTES + 1), entry))
        except (OSError, SceneError) as exc:
            problems.append(str(exc) if isinstance(exc, SceneError) else f"{entry}: cannot be read")
    scenes.sort(key=lambda s: s.saved, reverse=True)
    return scenes, problems
