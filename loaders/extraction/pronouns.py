"""Pronoun speakers ("he said", "she added", "I wrote") with gender agreement.

Gender is evidence, gathered per document into votes per person (`learn_genders`):
* the first name, from the lists in `names.json` (data; an unlisted name stays unknown);
* an honorific or gendered noun right before a mention ("Mrs. Clinton", "spokeswoman Hope Hicks") or in
  the person's roles ("the chairwoman of ...");
* a subject or possessive pronoun after a mention in subject position in the same clause, before any
  other person ("Clinton ... her campaign", "Trump said he").
`antecedent` then takes the person an "As for X," opening the pronoun's sentence names, else the most recent
gender-compatible person in subject position (outside quotes),
where the previous speaker counts as a subject mention at his or her cue and people named in what that
speaker reported (after the cue, in its sentence) are passed over, and a lone surname of someone of the
other gender stands for the one namesake of the pronoun's gender ("Clinton ... She said"); else the previous speaker;
else the nearest compatible person at all. First person resolves to the byline author, when the text
names one ("By Jane Doe"), else to nobody.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path

_DATA = json.loads(Path(__file__).with_name("names.json").read_text(encoding="utf-8"))
FIRST_NAMES: dict[str, str] = {**{n: "f" for n in _DATA["female"]}, **{n: "m" for n in _DATA["male"]}}
WORD_GENDER: dict[str, str] = {w: g for g, ws in _DATA["gendered_words"].items() for w in ws}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUBJ = ("nsubj", "nsubjpass")
WINDOW = 300  # tokens to look back for an antecedent
BYLINE = re.compile(r"^[ \t]*(?:By|BY)[ \t]+([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*(?:,.*)?$", re.M)


def byline_author(text: str) -> str | None:
    """The author named by a byline line near the top ("By Jane Doe"), or None."""
    m = BYLINE.search(text[:1500])
    return m.group(1) if m else None


def gender(name: str | None, genders: dict[str, dict[str, float]]) -> str | None:
    """'m', 'f' or None (no evidence, or evidence both ways within a factor of two)."""
    votes = genders.get(name or "")
    if not votes:
        return None
    m, f = votes.get("m", 0.0), votes.get("f", 0.0)
    if m > 2 * f:
        return "m"
    if f > 2 * m:
        return "f"
    return None


def learn_genders(doc, mentions, genders: dict[str, dict[str, float]], in_quote: list[bool]) -> None:
    """Add this chunk's gender evidence for every person mentioned in it to `genders` (name -> votes)."""
    for s, e, name in mentions.spans:
        info = mentions.entities.get(name)
        if info is None or info.type != "Person":
            continue
        votes = genders.setdefault(name, {})

        def vote(g: str | None, weight: float) -> None:
            if g:
                votes[g] = votes.get(g, 0.0) + weight

        vote(FIRST_NAMES.get(name.split()[0]), 3)
        if s > 0:
            vote(WORD_GENDER.get(doc[s - 1].lower_), 3)
        for role in info.roles:
            for w in role.lower().split():
                vote(WORD_GENDER.get(w), 1)
        root = doc[e - 1]
        if in_quote[s] or root.dep_ not in SUBJ:
            continue
        for k in range(e, min(e + 20, root.sent.end)):
            other = mentions.at[k]
            if other and other != name and mentions.type_of(other) == "Person":
                break
            g = PRONOUN_GENDER.get(doc[k].lower_)
            if g and doc[k].dep_ in ("nsubj", "nsubjpass", "poss"):
                vote(g, 1)
                break


def antecedent(tok, ctx) -> str | None:
    """The person a he/she pronoun token refers to (see the module docstring), or None."""
    g = PRONOUN_GENDER.get(tok.lower_)
    mentions, doc = ctx.mentions, tok.doc

    def fits(name: str | None) -> bool:
        if not name or mentions.type_of(name) not in ("Person", None):
            return False
        have = gender(name, ctx.genders)
        return g is None or have is None or have == g

    topic = _as_for(tok, mentions)
    if fits(topic):
        return topic   # "As for Trump, he said ...": the person the sentence turns to
    previous = ctx.previous if ctx.previous and mentions.type_of(ctx.previous) in ("Person", None) else None
    prev_i = ctx.previous_i if previous else -1
    # people named after the previous speaker's cue in its sentence are in what was reported ("Ryan said
    # Obama has never ... He says"): they do not take "he" from the speaker
    reported_end = doc[prev_i].sent.end if 0 <= prev_i < tok.i and fits(previous) else -1
    fallback = None
    spans = mentions.spans
    for k in range(bisect_left(spans, (tok.i,)) - 1, -1, -1):
        s, e, name = spans[k]
        if tok.i - s > WINDOW:
            break
        if prev_i > s and fits(previous):
            return previous
        if prev_i < s < reported_end and ctx.in_content and ctx.in_content[s]:
            continue
        if mentions.type_of(name) != "Person" or ctx.in_quote[s]:
            continue
        if not fits(name):
            name = _namesake(name, e - s, g, ctx)
            if name is None:
                continue
        if doc[e - 1].dep_ in SUBJ or doc[e - 1].head.dep_ in SUBJ and doc[e - 1].dep_ == "appos" or \
                _opens_sentence(doc, s, e):
            if not _subordinate_subject(doc[e - 1]):
                return name
            # "Ryan frowned when Tapper asked ...": the main clause's subject, if one comes before in
            # the sentence, is the more salient
            main = _main_subject_before(doc, s, mentions, fits, ctx)
            return main or name
        root = doc[e - 1]
        if root.dep_ == "poss" and root.head.dep_ in SUBJ and mentions.at[root.head.i] is None and \
                not _subordinate_subject(root.head):
            return name   # "Manafort's tone was defiant. He declined ...": the subject's owner
        fallback = fallback or name
    if previous and fits(previous):
        return previous
    return fallback


def _namesake(name: str, length: int, g: str | None, ctx) -> str | None:
    """For a lone surname resolved to someone of the other gender: the one person of the pronoun's gender
    bearing that surname ("Bill Clinton spoke first. Clinton said ... She said": Hillary Clinton), or None."""
    if length != 1 or g is None:
        return None
    kin = [n for n in ctx.by_last.get(name.split()[-1], ()) if n != name and gender(n, ctx.genders) == g]
    return kin[0] if len(kin) == 1 else None


def _as_for(tok, mentions) -> str | None:
    """The person named in an "As for X," that opens the pronoun's sentence before it, or None."""
    doc, start = tok.doc, tok.sent.start
    k = start
    while k < tok.i and (doc[k].is_punct or doc[k].lower_ in ("and", "but", "so")):
        k += 1
    if k + 2 >= tok.i or doc[k].lower_ != "as" or doc[k + 1].lower_ != "for":
        return None
    for j in range(k + 2, min(tok.i, k + 8)):
        if doc[j].text == ",":
            break
        if mentions.at[j] and mentions.type_of(mentions.at[j]) == "Person":
            return mentions.at[j]
    return None


def _subordinate_subject(tok) -> bool:
    """A subject of a clause opened by a subordinator ("when Tapper asked"), of a relative clause, or of a
    complement clause ("Ayres is skeptical Trump can win": Ayres is the more salient)."""
    verb = tok.head
    return verb.dep_ in ("advcl", "relcl", "acl", "ccomp") and \
        (verb.dep_ != "advcl" or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children))


def _main_subject_before(doc, s: int, mentions, fits, ctx) -> str | None:
    """The compatible person that is the subject of the root clause of the sentence holding token `s`,
    named before `s`."""
    sent = doc[s].sent
    for k in range(s - 1, sent.start - 1, -1):
        name = mentions.at[k]
        if not name or mentions.type_of(name) != "Person" or ctx.in_quote[k] or not fits(name):
            continue
        tok = doc[k]
        if tok.dep_ in SUBJ and tok.head.dep_ == "ROOT" or \
                tok.dep_ == "appos" and tok.head.dep_ in SUBJ and tok.head.head.dep_ == "ROOT":
            return name   # "One delegate, Ann Lee, pledged her vote to X to let X focus on ...": Ann Lee
    return None


def _opens_sentence(doc, s: int, e: int) -> bool:
    """The mention opens its sentence (after "And", "But") and the parser gave it no object or modifier
    role ("And Obama, for all ..., seems to agree" parsed with the name hung on a clause inside): the
    topic of the sentence, as salient as a subject."""
    sent_start = doc[s].sent.start
    lead = [t for t in doc[sent_start:s] if not (t.is_punct or t.dep_ in ("cc", "advmod") or t.is_space)]
    return not lead and doc[e - 1].dep_ in ("npadvmod", "dep", "ROOT", "nmod", "compound")
