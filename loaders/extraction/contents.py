"""What a verb of saying reports: the content rules of the statement step, each named after its pattern.

`content_of(cue)` tries, in order: the clause (`cue_clause`), an object and its infinitive
(`cue_object_infinitive`), "said in a statement that ..." (`cue_medium_that`), the clause around a cue
between commas (`cue_inside_content`), a quotation or colon after the cue (`quote_after_cue`, `colon`), a
quotation before it (`quote_before_cue`), the clause an aside hangs on ("As X noted, ...": `as_cue`;
"..., X reported in 2014." parsed with the clause as root: `cue_after_content`), a noun phrase object
("announced the deal": `noun_object`), what someone is accused of ("accused X of ...": `accused_of`) and
what the speech is about ("spoke about the wall": `topic`).
`anonymity` tells a source's own anonymity formula ("asked not to be named") from a statement.
Verb and word lists: `lexicon.json`.
"""
from __future__ import annotations

from .doctext import text_of
from . import patterns as P
from .subjects import inverted_name
from .lexicon import (ADDRESSEES, ANONYMITY_WORDS, MEDIUM_NOUNS, NOUN_OBJECT_VERBS, OBJECT_INFINITIVE,
                      TOPIC_EXCLUDED_VERBS, TOPIC_PREPOSITIONS, speech_lemma)

AS_NOT_SOURCE = {"speak", "continue", "respond", "reply", "answer", "testify"}   # "as he spoke, ..." is a time


def anonymity(doc, lo: int, hi: int) -> bool:
    """"who asked not to be named", "asked that her name not be used", "requested to stay anonymous": a
    short clause about the source's own anonymity (no subject, or a pronoun or "name" as subject, and a
    negation or "anonymous") describes the source; it is not a statement."""
    toks = doc[lo:hi]
    if hi - lo > 10 or not any(t.lower_ in ANONYMITY_WORDS for t in toks):
        return False
    if not any(t.dep_ == "neg" or t.lower_ in ("anonymous", "anonymity") for t in toks):
        return False
    return all(t.pos_ == "PRON" or t.lower_ in ANONYMITY_WORDS for t in toks if t.dep_ in ("nsubj", "nsubjpass"))


def content_of(tok, quotes):
    """(pattern, "tokens" | "chars" | "around", lo, hi): what a cue verb reports and the pattern that
    found it (token bounds, character offsets, or the clause around a mid-sentence cue), or None."""
    doc = tok.doc
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    lead = _lead(tok)
    if any(c.i > tok.i and not _has_subject(c, tok) for c in comps) and lead > 0 and \
            (doc[lead - 1].is_quote or doc[lead - 1].text in ("''", "”")) and \
            (lead == tok.i or _open_end(text_of(doc), doc[lead - 1].idx + len(doc[lead - 1].text))):
        # "“...,” said X, half joking", "“...,” X said in an interview aired Monday": a quotation right
        # before the cue (and its subject) is what was said, not the clause the parser hung after the cue
        quoted = _quote_before(tok, quotes)
        if quoted is not None:
            return quoted
    if comps:
        # the nearest clause, with any further clause on the same side (a parse that splits "that X
        # were 'Y'" into two complements)
        c = min(comps, key=lambda c: abs(c.i - tok.i))
        side = [d for d in comps if (d.i > tok.i) == (c.i > tok.i)]
        lo, hi = min(d.left_edge.i for d in side), max(d.right_edge.i for d in side) + 1
        if c.i > tok.i and inverted_name(tok) is not None:
            # "The real test, said X, an economist, is ...": the cue inside what it reports, from the subject
            return P.INSIDE_CONTENT, "around", min(s.left_edge.i for s in tok.children if s.dep_ == "nsubj"), hi
        return P.CLAUSE, "tokens", lo, hi
    clause = _listener_that(tok)
    if clause is not None:
        return P.CLAUSE, "tokens", clause[0], clause[1]
    if speech_lemma(tok.text) in OBJECT_INFINITIVE:
        for c in tok.children:
            if c.dep_ == "xcomp":
                lo = min([c.left_edge.i] + [o.left_edge.i for o in tok.children if o.dep_ == "dobj"])
                return P.OBJECT_INFINITIVE, "tokens", lo, c.right_edge.i + 1
    # "said in a statement that X would ...", the clause parsed as hanging on "statement"
    for c in tok.subtree:
        if c.i > tok.i and c.lower_ == "that" and c.dep_ == "mark" and c.head.i > c.i and \
                c.head.pos_ in ("VERB", "AUX") and c.head.head.lemma_.lower() in MEDIUM_NOUNS and \
                c.head.head.head.lower_ in ("in", "on") and c.head.head.head.head.i == tok.i:
            return P.MEDIUM_THAT, "tokens", c.i + 1, c.head.right_edge.i + 1
    # a cue between commas inside what it reports: "X's affiliate, he said, relied on ...", "If anything, X
    # argued in an email, the incident shows ..." (the cue parsed as a clause of the verb after it)
    lead = _lead(tok)
    if tok.dep_ in ("parataxis", "ccomp") and tok.i < tok.head.i and tok.head.pos_ in ("VERB", "AUX") and \
            (tok.dep_ == "parataxis" and tok.left_edge.i > tok.sent.start and
             "," in (tok.left_edge.text, tok.left_edge.nbor(-1).text) or
             lead > tok.sent.start and doc[lead - 1].text == ",") and \
            tok.right_edge.i + 1 < len(doc) and "," in (tok.right_edge.text, tok.right_edge.nbor(1).text):
        return P.INSIDE_CONTENT, "around", tok.head.left_edge.i, tok.head.right_edge.i + 1
    # "X said: ..." / "X said, “...”"
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("dobj", "prep", "pobj", "prt", "dative") and doc[nxt].head.i in (tok.i, nxt - 1):
        nxt += 1
    # "responded pointedly, with a smile: ...": modifiers of the cue before the colon
    colon = next((k for k in range(tok.i + 1, min(tok.i + 10, tok.sent.end)) if doc[k].text == ":"), None)
    if colon is not None and all(doc[k].is_punct or doc[k].head.i == tok.i or tok.i < doc[k].head.i < colon
                                 for k in range(tok.i + 1, colon)):
        nxt = colon
    if nxt < len(doc) and doc[nxt].text in (":", ",") and nxt + 1 < len(doc):
        after = doc[nxt + 1].idx
        for qs, qe in quotes.starting_in(after - 1, after + 2):
            return P.QUOTE_AFTER_CUE, "chars", qs, qe
        if doc[nxt].text == ":":
            return P.COLON, "tokens", nxt + 1, tok.sent.end
    if tok.i + 1 < len(doc) and doc[tok.i + 1].is_quote and doc[tok.i + 1].is_left_punct:
        # "..., adding “to all the voters who ...”": a quotation of some words right after the cue
        after = doc[tok.i + 1].idx
        for qs, qe in quotes.starting_in(after, after + 1):
            if len(text_of(doc)[qs:qe].split()) >= 4:
                return P.QUOTE_AFTER_CUE, "chars", qs, qe
    return _quote_before(tok, quotes) or _around(tok) or _accused(tok) or _noun_object(tok) or _topic(tok)


def _listener_that(tok) -> tuple[int, int] | None:
    """"X told a council meeting that Y was interfering", the clause parsed as a relative clause of the
    listener: for "tell", a "that" clause with a subject of its own on a listener noun ("a meeting", "reporters";
    not "told the story that ...") or a name is what was told."""
    if speech_lemma(tok.text) != "tell":
        return None
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i and
                (c.pos_ == "PROPN" or c.lemma_.lower() in ADDRESSEES["listener_nouns"] or
                 c.lower_ in ADDRESSEES["listener_nouns"])):
        for rel in (c for c in obj.children if c.dep_ == "relcl" and c.left_edge.lower_ == "that"):
            that = rel.left_edge
            if that.dep_ not in ("nsubj", "nsubjpass") and \
                    any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in rel.children):
                return that.i + 1, rel.right_edge.i + 1
    return None


def _accused(tok):
    """"X accused Y of exaggerating the threat": Y and what Y is accused of (Y, the listener, is also the
    addressee). Not "Y, accused of ...", "Y was accused of ...": who accuses is not said."""
    if speech_lemma(tok.text) != "accuse" or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) \
            or tok.dep_ == "relcl":   # "a woman who has accused X of ...": who she is, not what she says
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    for c in [*tok.children, *(g for o in objs for g in o.children)]:   # "of" on the verb or its object
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return P.ACCUSED_OF, "tokens", min([c.i] + [o.left_edge.i for o in objs]), obj.right_edge.i + 1
    return None


def _has_subject(clause, cue) -> bool:
    """The clause has a subject of its own: a name, a pronoun or a determined noun phrase, and not the
    cue's inverted subject ("said Robin Hale, half joking" has none)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i != cue.i + 1 and
               (c.pos_ in ("PROPN", "PRON") or any(g.dep_ in ("det", "poss", "compound") for g in c.children))
               for c in clause.children)


def _lead(tok) -> int:
    """Token index where the cue's group starts: its subject's first token when the subject comes right
    before it ("James B. Comey Jr., the director of the F.B.I., said"), else the cue."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or any(t.is_quote for t in tok.doc[subj.right_edge.i + 1:tok.i]):
        return tok.i
    return subj.left_edge.i


def _quote_before(tok, quotes):
    """A quotation right before the cue, opening its sentence: “...,” he said. Also one before a long
    subject ("“...,” James B. Comey Jr., the director of the F.B.I., said"), when it ends in a comma,
    question or exclamation mark (a quotation ending in a full stop belongs to the sentence before)."""
    doc = tok.doc
    before = doc[tok.sent.start].idx
    lead = doc[_lead(tok)].idx
    for qs, qe in quotes.ending_in(max(before - 3, min(tok.idx - 39, lead - 3)), tok.idx):
        if qe < tok.idx - 39 and not _open_end(text_of(doc), qe):
            continue
        if qs < before + 3 and "\n" not in text_of(doc)[qe:tok.idx]:   # not a quote closing the paragraph before
            return P.QUOTE_BEFORE_CUE, "chars", qs, qe
    return None


def _open_end(text: str, qe: int) -> bool:
    """The quotation ending at `qe` ends in a comma, question or exclamation mark (its sentence goes on)."""
    return text[max(0, qe - 3):qe].rstrip("'\"”’").endswith((",", "?", "!"))


def _topic(tok):
    """"X spoke about the wall", "X warned of an outbreak": what a verb of saying is about."""
    lemma = speech_lemma(tok.text)
    if lemma in TOPIC_EXCLUDED_VERBS:
        return None
    for c in tok.children:
        verbs = TOPIC_PREPOSITIONS.get(c.lower_)
        if c.dep_ == "prep" and c.i > tok.i and verbs and (verbs == "*" or lemma in verbs):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return P.TOPIC, "tokens", obj.left_edge.i, obj.right_edge.i + 1
    return None


def _noun_object(tok):
    """"X denied the charges", "X announced the deal": a noun phrase object of a verb of saying, with the
    reason the verb gives right after it ("thanked Japan for its support", "praised Y for its role")."""
    if speech_lemma(tok.text) not in NOUN_OBJECT_VERBS:
        return None
    for c in tok.children:
        if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i > c.i - 1:
            why = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and
                        p.i == c.right_edge.i + 1), None)
            return P.NOUN_OBJECT, "tokens", c.left_edge.i, (why or c).right_edge.i + 1
    return None


def _around(tok):
    """The clause a cue hangs on as an aside: "As X noted, <clause>" / "<clause>, as X reported" (AS_CUE),
    and "<clause>, X told reporters." parsed with the clause as the root (CUE_AFTER_CONTENT)."""
    doc, head = tok.doc, tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or not tok.sent.start <= head.i < tok.sent.end:
        return None
    left, right = tok.left_edge.i, tok.right_edge.i
    while left < tok.i and doc[left].is_punct:    # the commas around the aside may hang on the cue
        left += 1
    while right > tok.i and doc[right].is_punct:
        right -= 1
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == left for c in tok.children):
        # "as he spoke, ...", "as it is written", "as X continues to ...": time or manner, not a source
        if speech_lemma(tok.text) in AS_NOT_SOURCE or tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children) or \
                any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children):
            return None
        if right < head.i:                     # "As Clyburn noted, those voters will ..."
            return P.AS_CUE, "tokens", right + 1, head.right_edge.i + 1
        if left > head.i and doc[left - 1].text == ",":   # "..., as Breitbart reported a few days later."
            return P.AS_CUE, "tokens", head.left_edge.i, left
        return None
    if tok.dep_ in ("parataxis", "conj") and head.i < left and doc[left - 1].text == "," and \
            any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and \
            not any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children):
        if right + 2 >= tok.sent.end:
            return P.CUE_AFTER_CONTENT, "tokens", head.left_edge.i, left
        if doc[right + 1].text == ",":          # "The army is moving troops, they say, and closing roads."
            return P.INSIDE_CONTENT, "around", head.left_edge.i, head.right_edge.i + 1
    return None
