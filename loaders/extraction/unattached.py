"""Speakers the parse left unattached to their cue, found by their place in the sentence.

* `named_after`: in the inverted order ("“...,” said Robin Hale, half joking") the noun phrase right
  after the cue;
* `inverted_subject`: a subject after the cue, else the noun right before a subjectless cue ("“...,”
  Ramos, 58, told AFP"), through `_holder` (the noun that noun stands in);
* `participle_holder`: a participle cue ("..., telling reporters, “...”", "Noting that ..., X said")
  whose parse gave it no subject outside quotations.
Each looks at a bounded number of tokens around the cue.
"""
from __future__ import annotations

from .lexicon import speech_lemma
from .subjects import phrase, spaced_dash

HOLDER_STEPS = 8


def named_after(doc, cue_i: int, in_quote: list[bool]):
    """"“...,” said Robin Hale, half joking" / "“...?” asked a man calling himself X": in the inverted order
    (a quotation or comma right before the cue) the noun phrase right after the cue speaks."""
    if cue_i == 0 or doc[cue_i - 1].text not in ("”", '"', "''", ",", "’") and not doc[cue_i - 1].is_quote:
        return None
    end = min(cue_i + 7, doc[cue_i].sent.end)
    for k in range(cue_i + 1, end):
        t = doc[k]
        if in_quote[k] or t.is_punct or t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
            return None
        if t.pos_ in ("PROPN", "NOUN") and not (t.head.pos_ in ("PROPN", "NOUN") and k < t.head.i < end):
            # "“...,” Steve Cohen, a Democrat, told Mr. Obama": the cue's object is whom it was told to
            told = t.head.i == cue_i and t.dep_ in ("dobj", "dative") and speech_lemma(doc[cue_i].text) == "tell"
            return None if told else phrase(t)
    return None


def inverted_subject(doc, cue_i: int, in_quote: list[bool]):
    """The subject of a cue whose parse gave it none outside the quote: a subject after the cue ("“Safety,”
    said Grimm"), else the noun right before it ("“...,” Ramos, 58, told AFP"), skipping punctuation,
    appositions and the verb group ("X continued to assert"), a noun or name not in the quotation."""
    cue = doc[cue_i]
    after = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue_i and not in_quote[c.i]), None)
    if after is not None:
        return phrase(after)
    k = cue_i - 1
    start = cue.sent.start
    while k >= start and cue_i - k <= 3 and (doc[k].dep_ in ("aux", "neg", "advmod") or
                                             doc[k].i == cue.head.i and cue.dep_ == "xcomp"):
        k -= 1
    while k >= start:
        if doc[k].text == ")":  # "Sen. Elizabeth Warren (D-MA) said"
            k = next((j for j in range(k - 1, max(start, k - 12) - 1, -1) if doc[j].text == "("), k) - 1
        elif spaced_dash(doc[k]) and k < cue_i - 2:   # "Mr. Bush - in a line aimed at ... - declared"
            # back to the opening dash; with none, past this one ("Izzat al-Risheq, stressed" has a hyphen)
            k = next((j for j in range(k - 1, max(start, k - 30) - 1, -1) if spaced_dash(doc[j])), k) - 1
        elif doc[k].is_punct or doc[k].dep_ in ("appos", "nummod") and doc[k].head.i < k:
            k -= 1
        else:
            break
    if k < start or in_quote[k] or doc[k].pos_ not in ("PROPN", "NOUN") or doc[k].ent_type_ in ("DATE", "TIME"):
        return None
    return phrase(_holder(doc[k], cue, in_quote))


def participle_holder(doc, cue, end: int, in_quote: list[bool]):
    """Who speaks for a participle cue ("..., telling reporters, “...”", "Noting that ..., Trump said") whose
    parse gave no subject outside quotations: the subject, outside quotations and before it, of the first
    verb above the cue; for a participle opening its sentence, the first subject after what it reports."""
    sent = cue.sent
    if cue.i == sent.start or all(t.is_punct for t in doc[sent.start:cue.i]):
        after = doc.char_span(end, sent.end_char, alignment_mode="expand") if end < sent.end_char else None
        subj = next((t for t in after or () if t.dep_ in ("nsubj",) and not in_quote[t.i] and
                     t.pos_ in ("PROPN", "PRON", "NOUN")), None)
        return phrase(subj) if subj is not None else None
    tok = cue
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if in_quote[tok.i]:
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and not in_quote[c.i]), None)
        if subj is not None and tok.pos_ in ("VERB", "AUX"):
            return phrase(subj)
    return None


def _holder(tok, cue, in_quote: list[bool]):
    """The noun a noun right before a subjectless cue stands in, climbing heads that come before it: the
    first person NER knows, else the first name outside a prepositional phrase, else the highest noun
    ("Jay Dimarco, the club's president and general manager, said"; "Tom Hale, Democrat of Veldor, told";
    "an official who spoke anonymously to discuss strategy said")."""
    chain = [tok]
    for _ in range(HOLDER_STEPS):
        h = tok.head
        if h.i >= tok.i or h.i == cue.i or h.i < cue.sent.start or in_quote[h.i]:
            break
        tok = h
        chain.append(tok)
    if chain[0].pos_ == "PROPN" and chain[0].dep_ != "pobj":
        return chain[0]
    # a person under a preposition is whom the source works for ("Lars Eklund, a spokesman for Lee, told")
    for pick in (lambda t: t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "pobj",
                 lambda t: t.ent_type_ == "PERSON" and t.pos_ == "PROPN",   # "Speaker of the House Paul Ryan"
                 lambda t: t.pos_ == "PROPN" and t.dep_ not in ("pobj", "compound")):
        found = next((t for t in chain if pick(t)), None)
        if found is not None:
            return found
    return next((t for t in reversed(chain) if t.pos_ == "NOUN"), chain[0])
