"""Addressees: whom a statement was said to, or whom it answers, by named rules.

At the cue, `candidates` lists the phrases that may name the addressee, each with the rule that found
it (the rules and their example sentences are `patterns.ADDRESSEE_RULES`), in this order:
* told: the object of a verb that takes its listener as object ("told X", "urged X to", "assured X");
* called_on: "called on X to ...";
* told_passive: "X was told / informed / assured";
* said_to: "said to X", "wrote to X", "spoke with X";
* in_medium: "in an interview with / on X", "in a letter to X";
* speaking_to: "Speaking to X, Y said ...", "Y, speaking to X, said ...", "Addressing X, Y said ...";
* saying_after: "Y accused X of ..., saying ...", "Y responded to X, saying ...": the verb "saying" hangs on;
* reply: someone's speech that the statement answers, near the cue in its sentence ("in a rebuttal of
  comments by X", "referring to remarks by X", "X's claims were false", "in remarks aimed at X"; "by a
  Tashkent-based analyst": the person named soon after in that role).
`document.py` takes the first candidate that resolves (like a speaker: pronouns, "the newspaper") to an
entity other than the speaker: "told reporters", "told a briefing" name nobody. With none, `Addressing`
applies the article's discourse:
* same_address: a quotation by the speaker of the statement just before, who had told someone (not a
  news outlet: an interview's later quotations are the article's own), close after it, was said to
  them too; after "he added" / "she continued" even to an outlet;
* answer: the first statement of a speaker (or of the organisation they speak for) whom someone told,
  urged or accused earlier in the article answers that someone ("A accused B ... B said she stood by
  her report").
Word lists: `lexicon.json` ("addressees").
"""
from __future__ import annotations

from .lexicon import ADDRESSEES, ROLE_HEADS, speech_lemma
from . import patterns as P

OBJECT_VERBS = ADDRESSEES["object_verbs"]
PASSIVE_VERBS = ADDRESSEES["passive_verbs"]
PREPOSITIONS = ADDRESSEES["prepositions"]
BROADCAST_NOUNS = ADDRESSEES["broadcast_nouns"]
REPLY_NOUNS = ADDRESSEES["reply_nouns"]
DISPUTED_NOUNS = ADDRESSEES["disputed_nouns"]
AIMED_VERBS = ADDRESSEES["aimed_verbs"]
TALK_VERBS = {"speak", "talk", "write", "address"}   # "speaking to X, Y said", "addressing X, Y said"
WINDOW = 40          # tokens either side of the cue searched for a reply: bounded work per cue
SAME_CHARS = 600     # a quotation this close after the same speaker told someone: said to them too
ANSWER_CHARS = 3000  # someone addressed this close before answers whoever addressed them
LISTENER_RULES = {P.TOLD, P.TOLD_PASSIVE, P.SAID_TO, P.IN_MEDIUM, P.SPEAKING_TO, P.SAYING_AFTER}


def _lemma(tok) -> str:
    return speech_lemma(tok.text) or tok.lemma_.lower()


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _listener(tok, rule: str | None = None):
    """(token index, rule) of whom the verb `tok` addresses, from its own dependents."""
    lemma = _lemma(tok)
    for c in tok.children:
        if c.dep_ == "nsubjpass" and lemma in PASSIVE_VERBS:
            yield c.i, rule or P.TOLD_PASSIVE
        elif c.dep_ in ("dobj", "dative") and lemma in OBJECT_VERBS:
            yield c.i, rule or P.TOLD
        elif c.dep_ == "prep" and c.lower_ in ("on", "upon") and lemma == "call" and _pobj(c) is not None:
            yield _pobj(c).i, rule or P.CALLED_ON_X                # "called on X to ..."
        elif c.dep_ == "prep" and c.lower_ in PREPOSITIONS and _pobj(c) is not None:
            yield _pobj(c).i, rule or P.SAID_TO
        elif c.dep_ == "prep" and c.lower_ == "in":          # "in an interview with X", "in a letter to X"
            for g in c.children:
                for h in g.children:
                    if h.dep_ == "prep" and _pobj(h) is not None and \
                            (h.lower_ in PREPOSITIONS or h.lower_ == "on" and g.lower_ in BROADCAST_NOUNS):
                        yield _pobj(h).i, rule or P.IN_MEDIUM


def _speaking_to(tok):
    """"Speaking to X, Y said", "Y, speaking to X, said": a verb of talking beside the cue or its subject."""
    for c in tok.children:
        near = [c] if c.dep_ == "advcl" else [a for a in c.children if a.dep_ in ("acl", "advcl")] \
            if c.dep_ == "nsubj" else []
        for v in near:
            if _lemma(v) in TALK_VERBS:
                yield from _listener(v, P.SPEAKING_TO)


def indefinite(tok) -> bool:
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)


def _owner(noun):
    """Who holds a reply noun: "X's remarks", "U.S. calls", "remarks by / from X" (not "by a source": an
    unnamed someone's remarks name nobody; "by a Tashkent-based analyst" may be named later by that role)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and _pobj(c) is not None:
            who = _pobj(c)
            return None if indefinite(who) and who.lemma_.lower() not in ROLE_HEADS else who
    return next((c for c in noun.children if (c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN")
                 and c.ent_type_ not in ("DATE", "TIME")), None)    # not "last week's remarks"


def _replies(tok, in_quote, start: int, end: int):
    """Someone's speech that the statement at cue `tok` (content at characters start-end) answers,
    nearest first, within `WINDOW` tokens: outside the content, or inside it a disputed claim."""
    doc, sent = tok.doc, tok.sent
    lo, hi = max(sent.start, tok.i - WINDOW), min(sent.end, tok.i + WINDOW + 1)
    found = []
    for t in doc[lo:hi]:
        if in_quote[t.i]:
            continue
        inside = start <= t.idx < end
        who = None
        if t.pos_ == "NOUN" and t.lower_ in (DISPUTED_NOUNS if inside else REPLY_NOUNS):
            who = _owner(t)
        elif t.tag_ == "VBN" and t.lemma_.lower() in AIMED_VERBS and not inside:   # "remarks aimed at X"
            who = next((_pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        if who is not None and not in_quote[who.i]:
            found.append((abs(t.i - tok.i), who.i))
    return [(i, P.REPLY) for _, i in sorted(found)]


def candidates(tok, in_quote, start: int, end: int) -> list[tuple[int, str]]:
    """(token index, rule) of the phrases that may name whom the statement of cue `tok` (content at
    characters start-end) addresses."""
    out = list(_listener(tok)) + list(_speaking_to(tok))
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i:
        out += [(i, P.SAYING_AFTER) for i, _ in _listener(tok.head)]
    return out + _replies(tok, in_quote, start, end)


class Addressing:
    """The article's addressees so far, for the discourse rules (`same_address`, `answer`)."""

    def __init__(self):
        self.last: tuple[str | None, str | None, int] | None = None   # speaker, addressee, cue offset
        # (a call on a group, "called on X to ...", is no conversation a later quotation continues)
        self.addressed_by: dict[str, tuple[str, int]] = {}            # addressee -> (speaker, offset)

    def discourse(self, speaker: str | None, kind: str, added: bool, at: int, speaks_for: list[str],
                  is_media) -> tuple[str | None, str | None]:
        """(addressee, rule) for a statement whose cue names no addressee ("he added": `added`)."""
        if not speaker:
            return None, None
        last = self.last
        if kind == "direct" and last and last[0] == speaker and last[1] and at - last[2] < SAME_CHARS and \
                (added or not is_media(last[1])):
            return last[1], P.SAME_ADDRESS
        if is_media(speaker):
            return None, None
        for who in (speaker, *speaks_for):
            by = self.addressed_by.get(who)
            if by and by[0] != speaker and at - by[1] < ANSWER_CHARS:
                del self.addressed_by[who]
                return by[0], P.ANSWER
        return None, None

    def note(self, speaker: str | None, addressee: str | None, rule: str | None, at: int) -> None:
        """Record a statement (in text order); whom a speaker told, urged or accused may answer them."""
        self.last = (speaker, addressee if rule != P.CALLED_ON_X else None, at)
        if speaker and addressee and rule in LISTENER_RULES:
            self.addressed_by[addressee] = (speaker, at)
