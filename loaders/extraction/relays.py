"""Outlets that relay a statement after it: "X said that ..., state media reported" and
'"...," reports Xinhua news agency' (the outlet after its verb, or named by a relay noun: media, agency).
The outlet's reporting verb holds X's whole statement (X and X's own cue): the outlet relays it, it is
not a second statement. X's statement keeps its speaker, records the outlet (`via_span`, as for
"according to") and ends before the outlet's clause; the outlet's statement is dropped. The verbs and
nouns are `relay_verbs` and `relay_nouns` in `lexicon.json`. "..., the Daily Ledger reported" after its
own subject stays the newspaper's statement (as PolNeAR annotates it).
Also one statement named twice: "According to X, <content>, X said" is one statement of the verb, whose
content lies between the two.
"""
from __future__ import annotations

from . import patterns as P
from .lexicon import RELAY_NOUNS, RELAY_VERBS, speech_lemma

NEAR = 6   # statements compared on either side (in text order): the work per statement stays bounded


def trailing_relays(doc, found: list) -> list:
    """`found` without the statements of outlets that relay another statement after it."""
    drop = set()
    for n, a in enumerate(found):
        cue = doc[a.cue_i]
        if speech_lemma(cue.text) not in RELAY_VERBS or a.speaker_span is None or a.end > cue.idx:
            continue   # only a trailing "..., Y reported" / "..., reports Y"
        if a.speaker_span.start < a.cue_i and not any(t.text in RELAY_NOUNS for t in a.speaker_span):
            continue   # "..., the Daily Ledger reported": the paper's own report ("reports Y", "state media" relay)
        clause = min(a.cue_i, a.speaker_span.start)
        inner = [f for f in found[max(0, n - NEAR):n + NEAR]
                 if f is not a and f.speaker_span is not None and f.via_span is None and f.cue_i < clause
                 and f.start < doc[clause].idx and _holds(doc, a, f, clause)]
        if not inner:
            continue
        f = max(inner, key=lambda f: f.cue_i)   # the nearest cue before the outlet's
        f.via_span = a.speaker_span
        if f.end > doc[clause].idx:   # X's statement ends before the outlet's clause
            k = clause - 1
            while k > 0 and doc[k].is_punct and not doc[k].is_quote:
                k -= 1
            f.end = max(f.start + 1, doc[k].idx + len(doc[k].text))
        drop.add(id(a))
    return [f for f in found if id(f) not in drop] if drop else found


def _holds(doc, a, f, clause: int) -> bool:
    """The outlet's statement `a` holds X's statement `f` whole (X and X's cue), or X's statement holds
    the outlet's clause."""
    return a.start <= doc[f.cue_i].idx < a.end and a.start <= f.speaker_span.start_char or \
        f.start <= a.start and doc[clause].idx < f.end


def double_attributions(doc, found: list) -> list:
    """`found` with "According to X, <content>, X said" as one statement: the verb's, from after the
    "according to" phrase (each of the two statements holds the other's cue). "X said ..., according to
    The Times" is not one: The Times relays it (`statements._relays`)."""
    drop = set()
    for n, a in enumerate(found):
        if a.pattern != P.ACCORDING_TO:
            continue
        at = doc[a.cue_i].idx
        for f in found[max(0, n - NEAR):n + NEAR]:
            if f is not a and f.pattern != P.ACCORDING_TO and a.cue_i < f.cue_i and f.start <= at < f.end and \
                    a.start <= doc[f.cue_i].idx < a.end and doc[f.cue_i].sent.start == doc[a.cue_i].sent.start:
                f.start = max(f.start, a.start)
                drop.add(id(a))
                break
    return [f for f in found if id(f) not in drop] if drop else found
