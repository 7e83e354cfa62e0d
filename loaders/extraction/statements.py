"""Step 4, statements: find reported speech in a parsed document.

A statement is a cue (a verb of saying, "according to", a colon after a speaker), the phrase that speaks
(`speaker_span`, resolved later by `speakers.py`) and the content (a clause, or a quotation). Negated or
declined speech ("did not say", "declined to comment") is skipped. Quotes left without an attribution
are taken by the continuation step: a quote that follows a statement belongs to the same speaker, unless
its own sentence leads into it with a subject and no cue ("Kasich resisted: “...”": Kasich's).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bisect import bisect_right

from .doctext import text_of
from .addressees import candidates
from .contents import anonymity, content_of
from .lexicon import (ADDRESSEES, DECLINE_VERBS, DESCRIBE_VERBS, NAME_OBJECT_VERBS, POINT_PARTICLE, SOURCE_KINDS,
                      speech_lemma)
from . import patterns as P
from .relays import double_attributions, trailing_relays
from .quotes import as_quotes, covering, kind_of
from .subjects import person_noun, phrase, speaker_phrase, unknown_asker
from .unattached import inverted_subject, named_after, participle_holder

DOCUMENTS = SOURCE_KINDS["document"]

SUBJ = ("nsubj", "nsubjpass", "csubj")
TRIM = set(",;:-–—") | {"--"}
FRAME_NOUNS = ADDRESSEES["frame_nouns"]
FRAME_TOKENS = 30
PERSONAL = {"he", "she", "they", "i", "we"}


@dataclass
class Found:
    cue: str
    cue_i: int                 # token index of the cue
    speaker_span: object       # spaCy Span or None
    start: int                 # content, character offsets in the cleaned text
    end: int
    kind: str
    addressee_i: int | None = None     # the token naming the addressee, once `document.py` chose one
    continues: "Found | None" = None   # the statement this quote continues
    pattern: str = ""                  # the name of the attribution pattern (`patterns.py`) that found it
    via_span: object = None            # "..., according to <outlet>" beside another cue: who relays it
    addressees: list = field(default_factory=list)   # (token index, rule) that may name the addressee


def _negated(tok) -> bool:
    doc = tok.doc
    # a "not" hung on the cue from inside a quotation ("“Absolutely not,” she responded") negates nothing
    if any(c.dep_ == "neg" and not any(doc[k].is_quote for k in range(min(c.i, tok.i), max(c.i, tok.i)))
           for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("xcomp", "ccomp") and (head.lower_ in DECLINE_VERBS or
                                             any(c.dep_ == "neg" for c in head.children) and head.pos_ == "AUX")


def _trimmed(doc, lo: int, hi: int) -> tuple[int, int]:
    """Token bounds without leading/trailing punctuation and conjunctions."""
    while lo < hi and (doc[lo].text in TRIM or doc[lo].dep_ == "cc" or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].text in TRIM or doc[hi - 1].text == "." or doc[hi - 1].is_space
                       or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return lo, hi


def _unframed(doc, lo: int, hi: int) -> tuple[int, int]:
    """Token bounds without a trailing narrator's frame: "..., in an apparent rebuttal of comments by X"
    (looked for in the last `FRAME_TOKENS` tokens only: bounded work per statement)."""
    for k in range(max(lo + 2, hi - FRAME_TOKENS), hi - 2):
        q = k + 1 + (doc[k + 1].is_quote and k + 2 < hi)     # ',"  in ...'
        if doc[k].text == "," and doc[q].lower_ == "in":
            j = q + 1
            while j < min(hi, k + 5) and doc[j].pos_ in ("DET", "ADJ", "ADV"):
                j += 1
            if j < hi and doc[j].lower_ in FRAME_NOUNS:
                return lo, q
    return lo, hi


def _chars(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _from_cue(tok, quotes) -> Found | None:
    doc = tok.doc
    if tok.pos_ not in ("VERB",) or _negated(tok):
        return None
    if tok.i == tok.sent.start and tok.tag_ == "VBN" or unknown_asker(tok):
        return None   # "Asked whether ..., X said", "X was asked whether ...": the question is not X's
    lemma = speech_lemma(tok.text)
    if lemma in POINT_PARTICLE and not any(c.dep_ == "prt" and c.lower_ == POINT_PARTICLE[lemma]
                                           for c in tok.children):
        return None
    got = content_of(tok, quotes)
    if got is None:
        return None
    pattern, unit, a, b = got
    if unit == "chars":
        start, end = a, b
    elif unit == "around":
        start, end = _chars(doc, *_trimmed(doc, a, b))
    else:
        lo, hi = _trimmed(doc, *_unframed(doc, a, b))
        if hi - lo < 2 and not (pattern == P.NOUN_OBJECT and lemma in NAME_OBJECT_VERBS and doc[lo].pos_ == "PROPN") \
                or anonymity(doc, lo, hi):
            return None   # a one-word content is no statement, but "X condemned Russia" judges Russia
        start, end = _chars(doc, lo, hi)
        widened = covering(start, end, quotes)
        if widened and not (widened[0] <= tok.idx < widened[1]):
            start, end = min(start, widened[0]), max(end, widened[1])
    if start <= tok.idx < end and unit != "around":
        return None
    cue = tok.text + ("".join(" " + c.text for c in tok.children if c.dep_ == "prt"))
    return Found(cue, tok.i, speaker_phrase(tok), start, end, kind_of(start, end, quotes),
                 pattern=pattern)


def _called(tok, quotes) -> Found | None:
    """"X called the drills 'unnecessary'", "..., calling the treaty 'a model'": the object and the
    quotation that names it."""
    if tok.pos_ != "VERB" or _negated(tok):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.i > tok.i]
    if not objs:
        return None
    lo = min(c.left_edge for c in objs)
    end_char = tok.right_edge.idx + len(tok.right_edge.text)
    quote = next(iter(quotes.starting_in(lo.idx + 1, end_char - 1)), None)
    if quote is None:
        return _called_unquoted(tok, objs)
    start, end = lo.idx, quote[1]
    # "calling the ban “a barrier” to closer ties with ...": the name goes on after the quotation
    last = max(c.right_edge for c in objs)
    if last.idx >= end and last.i < tok.sent.end:
        end = last.idx + len(last.text)
    return Found(tok.text, tok.i, speaker_phrase(tok), start, end, kind_of(start, end, quotes), pattern=P.CALLED)


def _called_unquoted(tok, objs) -> Found | None:
    """"X called Russia's conduct his biggest disappointment": an object, then a common noun or adjective
    that judges it (not a name: "called the boy Tom"), with the caller as subject."""
    dobj = next((c for c in objs if c.dep_ == "dobj"), None)
    oprd = next((c for c in objs if c.dep_ == "oprd"), None)
    if dobj is None or oprd is None or oprd.i < dobj.i or oprd.pos_ not in ("NOUN", "ADJ") or \
            not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    start, end = _chars(tok.doc, dobj.left_edge.i, oprd.right_edge.i + 1)
    return Found(tok.text, tok.i, speaker_phrase(tok), start, end, "indirect", pattern=P.CALLED)


def _described(tok) -> Found | None:
    """"X described the plan as reckless", "the rules, which X described as 'worrisome'", "X branded them
    terrorists": what is named and the name (pattern `called`)."""
    if tok.pos_ != "VERB" or _negated(tok) or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    name = next((c for c in tok.children if (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd")
                 and c.i > tok.i), None)
    if obj is None or name is None:
        return None
    lo = obj.left_edge.i
    if obj.lower_ in ("which", "that", "who", "whom") and tok.dep_ == "relcl":
        lo = tok.head.left_edge.i   # the noun the relative clause names
    start, end = _chars(tok.doc, lo, name.right_edge.i + 1)
    return Found(tok.text, tok.i, speaker_phrase(tok), start, end, "indirect", pattern=P.CALLED)


def _called_on(tok) -> Found | None:
    """"X called on Y to ...": Y and the infinitive, what X asks of Y (Y, the listener, is the addressee)."""
    if tok.pos_ != "VERB" or _negated(tok):
        return None
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == tok.i + 1), None)
    if on is None or not any(g.dep_ == "pobj" for g in on.children):
        return None
    inf = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > on.i and
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if inf is None:
        return None
    # the listener and the infinitive, as for "urged X to ..."
    start, end = _chars(tok.doc, *_trimmed(tok.doc, on.i + 1, inf.right_edge.i + 1))
    return Found(f"{tok.text} {on.text}", tok.i, speaker_phrase(tok), start, end, "indirect", pattern=P.CALLED_ON)


def _according_to(tok) -> Found | None:
    """"..., according to X." : the rest of the sentence is the content, X the speaker."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if src is None:
        return None
    doc, sent = tok.doc, tok.sent
    lo_a, hi_a = tok.left_edge.i, max(tok.right_edge.i, src.right_edge.i) + 1
    if lo_a - sent.start >= hi_a - lo_a and lo_a > sent.start:
        lo, hi = _trimmed(doc, sent.start, lo_a)
    else:
        lo, hi = _trimmed(doc, hi_a, sent.end)
    if hi - lo < 3:
        return None
    start, end = _chars(doc, lo, hi)
    return Found("according to", tok.i, phrase(src), start, end, "indirect", pattern=P.ACCORDING_TO)


def find_statements(doc, quotes: list[tuple[int, int]]) -> list[Found]:
    """Statements of one document, in text order, before speaker resolution."""
    quotes = as_quotes(quotes)
    in_quote = [False] * len(doc)
    for qs, qe in quotes:
        for t in doc.char_span(qs, qe, alignment_mode="expand") or ():
            in_quote[t.i] = True
    found: list[Found] = []
    for tok in doc:
        if in_quote[tok.i]:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            f = _according_to(tok)
        elif speech_lemma(tok.text):
            f = _from_cue(tok, quotes)
        elif tok.lemma_ == "call":
            f = _called_on(tok) or _called(tok, quotes)
        elif tok.lemma_.lower() in DESCRIBE_VERBS:
            f = _described(tok)
        else:
            continue
        if f is not None:
            inverted = named_after(doc, f.cue_i, in_quote)
            if inverted is not None and (f.speaker_span is None or f.speaker_span.root.i > f.cue_i or
                                         in_quote[f.speaker_span.root.i]):
                f.speaker_span = inverted
            if f.speaker_span is None or in_quote[f.speaker_span.root.i]:
                f.speaker_span = inverted_subject(doc, f.cue_i, in_quote) or f.speaker_span
            if (f.speaker_span is None or in_quote[f.speaker_span.root.i]) and tok.tag_ == "VBG":
                f.speaker_span = participle_holder(doc, tok, f.end, in_quote) or f.speaker_span
            if f.speaker_span is None and found and found[-1].speaker_span is not None and \
                    doc[found[-1].cue_i].sent.start == tok.sent.start and f.pattern != P.ACCORDING_TO:
                f.speaker_span = found[-1].speaker_span   # "X said ... - ... - but said ...": the same speaker
            if f.speaker_span is None and found and found[-1].speaker_span is not None and _opens_line(tok) and \
                    doc[found[-1].cue_i].sent.start >= _previous_sentence(tok):
                f.speaker_span = found[-1].speaker_span   # "X wrote that ... Underlining that ...": X goes on
            if f.speaker_span is not None and found and _aside_object(doc, found[-1], f):
                f.speaker_span = found[-1].speaker_span   # "X, noting the size of Y's following, said": X
            if f.speaker_span is None and f.pattern in (P.NOUN_OBJECT, P.TOPIC, P.ACCUSED_OF):
                continue   # "announced the deal", "spoke about X" with nobody announcing: no statement
            if f.pattern != P.ACCORDING_TO:
                f.addressees = candidates(doc[f.cue_i], in_quote, f.start, f.end)
            found.append(f)
    found = trailing_relays(doc, _relays(doc, double_attributions(doc, found)))
    return _continuations(doc, found, quotes, in_quote)


def _opens_line(tok) -> bool:
    """A participle that opens a sentence or a line ("...unacceptable."\nUnderlining that ...")."""
    if tok.tag_ != "VBG" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return tok.i == tok.sent.start or "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text


def _previous_sentence(tok) -> int:
    """Start of the sentence before the token's (line breaks and stray quotation marks skipped)."""
    k = tok.sent.start - 1
    while k > 0 and (tok.doc[k].is_space or tok.doc[k].is_punct):
        k -= 1
    return tok.doc[k].sent.start if k >= 0 else 0


def _aside_object(doc, aside: Found, f: Found) -> bool:
    """The speaker phrase of `f` is what a participle aside just before its cue reports ("X, noting the
    size of Y's following, said": the parse made "the size" the subject of "said")."""
    a_cue = doc[aside.cue_i]
    return a_cue.tag_ == "VBG" and aside.pattern != P.ACCORDING_TO and aside.speaker_span is not None and \
        a_cue.sent.start == doc[f.cue_i].sent.start \
        and aside.cue_i < f.cue_i and aside.start <= f.speaker_span.start_char and f.speaker_span.end_char <= aside.end


def _relays(doc, found: list[Found]) -> list[Found]:
    """"“...,” X said, according to Interfax": an "according to" beside another cue in its sentence
    (and not inside what that cue reports) names who relays the statement, not who made it. The
    other cue's statement keeps its speaker and records the relay (`via_span`); the "according to"
    statement is dropped. A document ("according to the survey", "... a transcript") is a source of its
    own: both statements stay."""
    hosts: dict[int, list[Found]] = {}
    for f in found:
        if f.pattern != P.ACCORDING_TO and f.speaker_span is not None:
            hosts.setdefault(doc[f.cue_i].sent.start, []).append(f)
    drop = set()
    for a in found:
        if a.pattern != P.ACCORDING_TO or _a_document(a.speaker_span):
            continue   # "..., according to the survey / a transcript / the pool report": a source, not a relay
        at = doc[a.cue_i].idx
        others = [f for f in hosts.get(doc[a.cue_i].sent.start, ()) if not f.start <= at < f.end]
        if others:
            host = min(others, key=lambda f: abs(f.cue_i - a.cue_i))
            host.via_span = host.via_span or a.speaker_span
            drop.add(id(a))
    return [f for f in found if id(f) not in drop] if drop else found


def _a_document(span) -> bool:
    """The phrase names a document ("the survey", "a transcript of the show", "excerpts of his speech")."""
    return span is not None and any(t.lemma_.lower() in DOCUMENTS or t.lower_ in DOCUMENTS
                                    for t in span if t.pos_ == "NOUN")


def _subordinate(tok) -> bool:
    """The cue sits in a relative clause or a clause opened by a subordinator ("after Nabisco announced")."""
    for _ in range(4):
        if tok.dep_ in ("relcl", "acl") or tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _continuations(doc, found: list[Found], quotes, in_quote: list[bool]) -> list[Found]:
    """Quotes no statement covers, following a statement within two sentences, keep its speaker (in the
    last sentence with a statement, the main clause's statement rather than a subordinate one's).
    Bisection over statements sorted by start and by end keeps this linear in quotes + statements."""
    sent_starts = [s.start_char for s in doc.sents]

    def sent_index(ch: int) -> int:
        return max(0, bisect_right(sent_starts, ch) - 1)

    by_start = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    reach, top = [], -1            # reach[k]: the furthest end among by_start[:k + 1]
    for f in by_start:
        top = max(top, f.end)
        reach.append(top)
    by_end = sorted(found, key=lambda f: f.end)
    ends = [f.end for f in by_end]
    cued = {doc[f.cue_i].sent.start for f in found}   # sentences holding some statement's cue
    added: list[Found] = []        # continuations, in order of their (increasing) ends
    out = list(found)
    for qs, qe in quotes:
        if len(text_of(doc)[qs:qe].split()) < 4:
            continue
        k = bisect_right(starts, qe - 1) - 1   # statements starting before the quote ends
        if k >= 0 and reach[k] > qs:           # one of them overlaps it
            continue
        n = bisect_right(ends, qs)             # by_end[:n] end before the quote
        if n == 0 and not added:
            continue
        last = sent_index(max(([by_end[n - 1].end] if n else []) + [f.end for f in added[-1:]]) - 1)
        # every statement ending in that last sentence, walking back from the latest
        pool = []
        for seq, hi in ((by_end, n), (added, len(added))):
            for j in range(hi - 1, -1, -1):
                if sent_index(seq[j].end - 1) != last:
                    break
                pool.append(seq[j])
        best = max(pool, key=lambda f: (not _subordinate(doc[f.cue_i]), f.end))
        if sent_index(qs) - last > 2:
            continue
        src = best.continues or best
        lead = _lead_subject(doc, qs, in_quote, cued)
        if lead is not None:   # "Kasich resisted: “...”": the sentence's own subject, not the last speaker
            verb, span = lead
            cont = Found(verb.text, verb.i, span, qs, qe, "direct", pattern=P.QUOTE_AFTER_CLAUSE)
        else:
            cont = Found(src.cue, src.cue_i, src.speaker_span, qs, qe, "direct", None, src, pattern=P.CONTINUATION)
        added.append(cont)
        out.append(cont)
    out.sort(key=lambda f: f.start)
    return out


def _lead_subject(doc, qs: int, in_quote: list[bool], cued: set[int]):
    """(verb, subject phrase) of the main clause a sentence leads into a quotation with ("Kasich resisted:
    “...”", "McConnell delivered a blunt message to Trump: “...”"), or None: when the quotation opens its
    sentence, when a cue of some statement sits in that sentence (its statement goes on), or when the
    subject is no one who could speak (a name, a personal pronoun, a role or source noun)."""
    span = doc.char_span(qs, min(qs + 1, len(text_of(doc))), alignment_mode="expand")
    if not span:
        return None
    q = span[0]
    sent = q.sent
    lead = [t for t in doc[sent.start:q.i] if not (t.is_punct or t.is_space)]
    if not lead or in_quote[lead[0].i] or sent.start in cued:
        return None
    root = sent.root
    if root.i >= q.i or in_quote[root.i] or root.pos_ not in ("VERB", "AUX"):
        return None
    sp = speaker_phrase(root)
    if sp is None or sp.root.i >= q.i or in_quote[sp.root.i]:
        return None
    head = sp.root
    if head.pos_ == "PROPN" or head.lower_ in PERSONAL or head.pos_ == "NOUN" and person_noun(head):
        return root, sp
    return None
