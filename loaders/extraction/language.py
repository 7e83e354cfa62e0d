"""Step 0, language: cheap language detection (script ranges, then stopword ratios for Latin script).

Returns an ISO 639-1 code ("en", "ru", "ar", "zh" ...) or "und" when the text is too short or unclear.
Non-English articles are reported, not extracted: the English model would invent entities from them.
"""
from __future__ import annotations

import re
from collections import Counter

_SCRIPTS = [  # (code, regex of characters that identify it), checked by share of letters
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("fa", re.compile(r"[پچژگ]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
]
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_STOP = {
    "en": "the of and to in a is that for it on was with as be by this are from at have has he said not",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au avec il elle ce ne",
    "de": "der die das und ist nicht ein eine zu den mit von sich des auf dem im für es auch",
    "es": "el la los las de del y que en un una es por con para se no su al lo como",
    "it": "il la di che e un una per non sono del della con si le gli da nel è",
    "pt": "o a os as de do da que e um uma em para com não por se no na é",
    "nl": "de het een en van is dat niet op te zijn met voor die er aan",
    "tr": "ve bir bu da de için ile olarak çok daha gibi ama ne",
}
_STOPSETS = {k: set(v.split()) for k, v in _STOP.items()}
_WORD = re.compile(r"[^\W\d_]+", re.U)
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def detect(text: str) -> str:
    """Language code of `text`: script first, then the stopword ratio among Latin-script words."""
    sample = text[:5000]
    plain = sample.isascii()       # no letter of the scripts below: count letters and skip them quickly
    letters = len(_ASCII_LETTER.findall(sample)) if plain else sum(c.isalpha() for c in sample)
    if letters < 20:
        return "und"
    if not plain:
        for code, rx in _SCRIPTS:
            if len(rx.findall(sample)) > 0.3 * letters:
                return code
        # a few Ukrainian letters inside mostly-Cyrillic text
        if len(_CYRILLIC.findall(sample)) > 0.3 * letters:
            return "uk" if _UKRAINIAN.search(sample) else "ru"
    words = Counter(w.lower() for w in _WORD.findall(sample))
    if not words:
        return "und"
    total = sum(words.values())
    scores = {k: sum(words[w] for w in s if w in words) / total for k, s in _STOPSETS.items()}
    best = max(scores, key=scores.get)
    if scores["en"] >= 0.12 and scores["en"] >= scores[best] * 0.8:
        return "en"
    return best if scores[best] >= 0.08 else "und"
