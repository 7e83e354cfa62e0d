"""Word lists are data with one loader: every list in lexicon.json is bound by lexicon.py, and every
name lexicon.py binds is read by some other extraction module (a list nobody reads fails here)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from loaders.extraction import lexicon

HERE = Path(lexicon.__file__).parent


def test_every_list_in_the_file_is_loaded():
    data = json.loads((HERE / "lexicon.json").read_text(encoding="utf-8"))
    source = (HERE / "lexicon.py").read_text(encoding="utf-8")
    unread = [k for k in data if not k.startswith("_") and f'_DATA["{k}"]' not in source]
    assert not unread, unread


def test_every_loaded_list_is_read_by_a_step():
    names = [n for n, v in vars(lexicon).items() if n.isupper() and not n.startswith("_")]
    others = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("*.py") if p.name != "lexicon.py")
    # lexicon.py's own helpers count when some step calls them ("speech_lemma" reads SPEECH_VERBS)
    helpers = [line for line in (HERE / "lexicon.py").read_text(encoding="utf-8").splitlines()
               if line.startswith("    ")]
    assert re.search(r"\bspeech_lemma\b", others)
    unused = [n for n in names if not re.search(rf"\b{n}\b", others + "\n".join(helpers))]
    assert not unused, unused


def test_description_and_source_kind_lists_are_read():
    data = json.loads((HERE / "lexicon.json").read_text(encoding="utf-8"))
    others = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("*.py") if p.name != "lexicon.py")
    for table in ("descriptions", "source_kinds", "addressees"):
        unused = [k for k in data[table] if not k.startswith("_") and f'"{k}"' not in others]
        assert not unused, (table, unused)
