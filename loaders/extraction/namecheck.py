"""Entity names an analyst can trust: one line, balanced brackets, no quotes, no stray words.

`clean(text)` normalises a surface form (line breaks and runs of spaces to one space, a cut-off bracket
"Crisis Group (ICG" to "Crisis Group", a trailing "'s" dropped) and returns None for what is no name:
lower-case starts ("state", "n't"), quote marks or colons inside, digits first ("201st"), one letter, a
bare generic word ("State", "Government"), court cases ("Brown v. Board"), laws ("... Act"), a party-and-
district tag ("D-Newport News"), a name cut after "for"/"of". `in_headline_only` drops what NER finds in a Title Case
headline and the body never repeats ("Ben Carson Defends"). `acronym_after(doc, e)` reads "(ICG)" or ", known as BOMCA"
right after a name as its alias.
"""
from __future__ import annotations

import re

from .doctext import text_of

GENERIC = {"state", "states", "government", "ministry", "department", "the state", "republic", "country", "nation",
           "administration", "agency", "office", "party", "committee", "council", "army", "police", "court",
           "parliament", "embassy", "service", "group", "media", "press", "news", "west", "east", "north", "south",
           "assembly", "battleground", "eastern", "western", "northern", "southern", "veterans", "islam", "christianity",
           "bank", "federal", "healthcare", "health care"}
_NOT_A_NAME = re.compile(r" v\.? | vs\.? | Act$|\bpercent\b|^[DRI]-[A-Z]| (?:for|of|and|the|in|on|to)$")   # cases, laws, "D-Texas"
_SPACES = re.compile(r"\s+")
_QUOTES = set("\"“”‘«»")
_POSSESSIVE = re.compile(r"(?:'s|’s|‘s|'|’)$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


def clean(text: str) -> str | None:
    """The name as it should be stored, or None when the text is no entity name."""
    text = _SPACES.sub(" ", text).strip(" ,;:-–—")
    text = _POSSESSIVE.sub("", text).strip()
    if text.count("(") != text.count(")"):
        text = text.split("(")[0].strip() if text.count("(") > text.count(")") else text.replace(")", "").strip()
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    if len(text) < 2 or not text[0].isupper() and not text[0].isdigit():
        return None
    if text[0].isdigit() or any(c in _QUOTES for c in text) or ":" in text or "\n" in text:
        return None
    if text.lower() in GENERIC or sum(c.isalpha() for c in text) < 2 or _NOT_A_NAME.search(text):
        return None
    return text


_INNER_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<acr>[A-Z][A-Z0-9&.-]{1,9})\s*\)?$")


def split_acronym(text: str) -> tuple[str, str | None]:
    """("International Crisis Group", "ICG") for "International Crisis Group (ICG" or "... (ICG)"."""
    m = _INNER_ACRONYM.match(" ".join(text.split()))
    return (m["name"], m["acr"]) if m else (text, None)


def acronym_after(doc, e: int) -> str | None:
    """"ICG" when tokens e.. are "( ICG )"."""
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and ACRONYM.match(doc[e + 1].text):
        return doc[e + 1].text
    k = e + 1 if e < len(doc) and doc[e].text == "," else e   # "..., known as BOMCA"
    if k + 2 < len(doc) and doc[k].lower_ == "known" and doc[k + 1].lower_ == "as" and ACRONYM.match(doc[k + 2].text):
        return doc[k + 2].text
    return None


def headline_end(doc) -> tuple[int, str]:
    """(token end, following text) of a Title Case first line ("Ben Carson Defends Himself Against
    Claims"), else (0, text): in such a line capitals say nothing about names."""
    text = text_of(doc)
    cut = text.find("\n")
    words = [w for w in text[:cut].split() if len(w) > 3 and w[0].isalpha()] if cut > 0 else []
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return 0, text
    tok = doc.char_span(0, cut, alignment_mode="expand")
    return (tok.end if tok is not None else 0), text[cut:]


def in_headline_only(ent, headline: tuple[int, str]) -> bool:
    """An entity of a Title Case headline whose text the body never repeats ("Ben Carson Defends")."""
    end, body = headline
    if ent.end > end or ent.text in body:
        return False
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[:-1].text in body:   # "Ben Carson Defends"
        return True
    # "How Paul Ryan Thinks ...": a person name with a listed first name, or whose surname the body repeats
    from .pronouns import FIRST_NAMES
    return not (ent[0].text in FIRST_NAMES or re.search(rf"\b{re.escape(ent[-1].text)}\b", body))
