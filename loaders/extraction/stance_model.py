"""A learned fallback for the targets the named stance rules leave neutral: a small logistic regression over
readable features of where the statement's evaluative words stand relative to the target in the parse.

The rules (stance_rules.py and the modules they call) are precise but name each frame; wire news says the same
things in words and frames no list holds ("bears full responsibility", "groundless and farfetched claims",
"the barbaric attack launched by the regime"). The fallback reads, for each evaluative word of the statement:

    its class       against / for (verbs and nouns whose object is opposed or backed: against_verbs,
                    target_nouns / support_verbs, support_for_nouns), neg / pos (the lexicon's evaluative
                    nouns, adjectives, harmful verbs, feelings), else the VADER valence (stance_valence.json)
                    as v-- / v- / v+ / v++ (mean valence beyond -2, -1, 1, 2)
    its relation    own (it modifies the target: "the spiteful X"), head (the target hangs under it in the
                    same clause: "X's aggression", "the attack launched by X"), side (it hangs beside the
                    target under a shared word: "X is dangerous", "X killed civilians brutally"), far (elsewhere
                    in the statement)
    the slot        how the target attaches under the shared word: nsubj, dobj, poss, a preposition ("by",
                    "on", "against"), ...

as features `rel:class` and (for the lexicon's classes) `class@slot`, with the target's own role, its type,
whether it is the addressee or the speaker's own side, the cue's class, a question or a hedge in the statement,
what the rules decided for the statement's other targets, and what they said of the target elsewhere in the
article (by this speaker, by anyone; `apply`, once per article). Negated, hedged or reported evaluative words
(stance_words.cancelled) add nothing, and in a hedged statement, a question, or without an evaluative word of
its direction in the statement the model decides nothing (`evidence`). The weights are data (`stance_model.json`), written by `python -m loaders
train-stance` (loaders/train_stance.py) with how they were trained and what they scored in cross-validation
by article; a target is given the model's class only when its probability reaches the file's threshold.
The rule name is "model:<class>[top features]", so the fact says which features decided it.
"""
from __future__ import annotations

import json
import math
import os
from collections.abc import Callable

from .stance_context import valence
from .stance_words import L, NEUTRAL, OPPOSE, SUPPORT, cancelled, lemma

MODEL_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stance_model.json")
CLASSES = (SUPPORT, OPPOSE, NEUTRAL)

_NEG = L["neg_nouns"] | L["neg_adj"] | L["harm_verbs"] | L["neg_modifiers"] | L["emotion_neg"]
_POS = L["pos_nouns"] | L["pos_adj"] | L["emotion_pos"] | L["coop_words"]
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "parataxis", "csubj"})
_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound", "conj", "appos", "attr", "dative", "amod",
                    "npadvmod", "nmod", "acl", "relcl", "xcomp", "ccomp", "advcl", "acomp", "pobj"})
_HEDGES = frozenset({"if", "unless", "whether", "might", "may", "could", "perhaps", "maybe"})
_ACTORS = frozenset({"Person", "Organization", "ArmedGroup", "Alliance", "State"})
_DOER_ROLES = ("role:nsubj", "role:poss", "role:pobj:by", "role:owner_of_subject")
_NEG_CLASSES = frozenset({"neg", "v--", "against"})
_POS_CLASSES = frozenset({"pos", "v++", "for"})
_NEG_EVIDENCE = _NEG_CLASSES | {"v-"}
_POS_EVIDENCE = _POS_CLASSES | {"v+"}
_LEXICON_CLASSES = frozenset({"against", "for", "neg", "pos"})
_GENERIC = frozenset({"bias", "actor", "doer"})   # not named in the rule: they say nothing of this statement
_MAX_WORDS = 16   # evaluative words read per statement (a long quote is judged on its first ones)


def word_class(t) -> str | None:
    """The evaluative class of a token (see the module docstring), or None for a word that evaluates nothing."""
    lem, low = lemma(t), t.lower_
    if t.pos_ == "VERB":
        if lem in L["against_verbs"]:
            return "against"
        if lem in L["support_verbs"]:
            return "for"
    elif t.pos_ == "NOUN":
        if lem in L["target_nouns"] or low in L["target_nouns"]:
            return "against"
        if lem in L["support_for_nouns"]:
            return "for"
    if lem in _NEG or low in _NEG:
        return "neg"
    if lem in _POS or low in _POS:
        return "pos"
    if t.pos_ not in ("VERB", "NOUN", "ADJ", "ADV"):
        return None
    v = valence(t)
    return None if not v else ("v--" if v <= -2 else "v-" if v < 0 else "v++" if v >= 2 else "v+")


def evaluative_words(doc, lo: int, hi: int, cue_i: int) -> list[tuple[object, str]]:
    """(token, class) of the evaluative words of a statement's content, the cue left out; one pass per statement."""
    out = []
    for t in doc[lo:hi]:
        if t.i != cue_i:
            c = word_class(t)
            if c:
                out.append((t, c))
                if len(out) == _MAX_WORDS:
                    break
    return out


def _slot(child) -> str:
    """How a node hangs under its head, read as the target's slot: a preposition by its word ("by", "on")."""
    if child.dep_ in ("prep", "agent"):
        return child.lower_
    return child.dep_ if child.dep_ in _SLOTS else "other"


def _ancestors(r, lo: int, hi: int) -> dict[int, tuple[str, bool]]:
    """Token index -> (the target's slot under it, beyond a clause edge) for the words above the mention."""
    out, node, far = {}, r, False
    for _ in range(7):
        h = node.head
        if h.i == node.i or not lo <= h.i < hi:
            break
        far = far or node.dep_ in _CLAUSE_EDGES
        out[h.i] = (_slot(node), far)
        node = h
    return out


def _third_party_praise(w, inside: set, own: frozenset) -> bool:
    """A word of praise or backing whose clause has a named subject other than the target and the speaker's
    side ("Hungary expressed support for X", "the government of Uganda welcomed X's decision" are the
    subject's), or that praises an office ("the legitimate president of X" praises its holder)."""
    if w.dep_ == "amod" and lemma(w.head) in L["office_nouns"] and w.head.i not in inside:
        return True
    v = w
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(x.pos_ == "PROPN" and x.i not in inside and x.i not in own for x in subj.subtree)


def mention_features(r, run: list[int], words: list, lo: int, hi: int, cue_i: int,
                     own: frozenset = frozenset()) -> dict[str, float]:
    """The features of one mention (its root `r`, token indexes `run`) from the statement's evaluative words
    (`own`: token indexes of the speaker's side)."""
    role = "pobj:" + r.head.lower_ if r.dep_ == "pobj" else r.dep_ if r.dep_ in _SLOTS else "other"
    f = {"role:" + role: 1.0}
    if r.dep_ in ("poss", "amod", "compound") and r.head.dep_ in ("nsubj", "nsubjpass"):
        f["role:owner_of_subject"] = 1.0   # "Armenian units opened fire", "X's forces shelled ..."
    owner = r.head if r.dep_ in ("amod", "compound") and r.head.pos_ in ("NOUN", "PROPN") else r
    if not words or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in owner.children):
        return f   # "a wise Mexican": some member of a group, nothing said of the state
    above = _ancestors(r, lo, hi)
    inside = set(run)
    for w, cls in words:
        if w.i in inside or (cls in _POS_EVIDENCE and _third_party_praise(w, inside, own)):
            continue
        if w.i in above:
            slot, far = above[w.i]
            rel = "far" if far else "head"
        else:
            rel, slot, node = "far", "", w
            for _ in range(6):
                if node.dep_ in _CLAUSE_EDGES or node.head.i == node.i:
                    break
                node = node.head
                if node.i in inside:
                    rel, slot = "own", role
                    break
                if node.i in above:
                    slot, far = above[node.i]
                    rel = "far" if far else "side"
                    break
        if cancelled(w, lo, hi, cue_i):
            continue
        f[f"{rel}:{cls}"] = 1.0
        if rel != "far" and cls in _LEXICON_CLASSES:
            f[f"{cls}@{slot}"] = 1.0
    return f


def target_features(mention_feats: list[dict], typ: str | None, cue, addressee: bool, own_side: bool,
                    others: set[str], question: bool, hedged: bool) -> dict[str, float]:
    """One target's features in its statement: its mentions' features merged (max), with the statement-level ones."""
    f: dict[str, float] = {"bias": 1.0, "type:" + (typ or "none"): 1.0}
    for m in mention_feats:
        f.update(m)
    cue_cls = word_class(cue)
    if cue_cls:
        f["cue:" + cue_cls] = 1.0
    for name, on in (("addressee", addressee), ("own_side", own_side), ("question", question), ("hedged", hedged),
                     ("others:oppose", OPPOSE in others), ("others:support", SUPPORT in others),
                     ("actor", typ in _ACTORS)):
        if on:
            f[name] = 1.0
    return f


def statement_flags(doc, lo: int, hi: int) -> tuple[bool, bool]:
    """(a question mark, a hedge word) in the statement's content."""
    q = h = False
    for t in doc[lo:hi]:
        q = q or t.text == "?"
        h = h or t.lower_ in _HEDGES
    return q, h


def _load(path: str = MODEL_FILE) -> dict | None:
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


MODEL = _load()


def probabilities(f: dict[str, float], model: dict) -> dict[str, float]:
    """Class probabilities of the model for one feature dict."""
    w = model["weights"]
    z = [0.0] * len(model["classes"])
    for k, v in f.items():
        row = w.get(k)
        if row:
            z = [a + v * b for a, b in zip(z, row)]
    top = max(z)
    e = [math.exp(a - top) for a in z]
    s = sum(e)
    return {c: x / s for c, x in zip(model["classes"], e)}


def evidence(f: dict[str, float], polarity: str) -> bool:
    """The statement itself says something of that direction: an evaluative word of it that is not negated,
    hedged or reported (any relation to the target), or a cue of it; and the statement is neither hedged ("if",
    "could", "might" ...) nor a question. Otherwise the model invents no stance, whatever the target's role or
    the rest of the article."""
    if "hedged" in f or "question" in f:   # "if/could/might ...", "...?": the statement asserts nothing of it
        return False
    classes = _NEG_EVIDENCE if polarity == OPPOSE else _POS_EVIDENCE
    return any(k.partition(":")[2] in classes for k in f if k.startswith(("head:", "side:", "own:", "far:", "cue:")))


def decide(f: dict[str, float], model: dict | None = None) -> tuple[str, str]:
    """(class, rule name) for one target's features: a polar class only at the model's threshold or above."""
    m = model if model is not None else MODEL
    if not m:
        return NEUTRAL, ""
    p = probabilities(f, m)
    best = max((SUPPORT, OPPOSE), key=p.get)
    if p[best] < m["threshold"] or not evidence(f, best):
        return NEUTRAL, ""
    k, n = m["classes"].index(best), m["classes"].index(NEUTRAL)
    top = sorted((x for x in f if x not in _GENERIC and not x.startswith("type:") and x in m["weights"]),
                 key=lambda x: -(m["weights"][x][k] - m["weights"][x][n]) * f[x])[:2]
    return best, f"model:{best}[{','.join(top)}]"


def with_context(f: dict[str, float], speaker_votes: set[str], article_votes: set[str],
                 side_votes: set[str] = frozenset()) -> dict[str, float]:
    """A target's statement features with what the rules said of it elsewhere in the article (by this speaker,
    by anyone, by another speaker of the speaker's side) and the conjunctions the model weighs: a doer (subject, owner, agent of a passive) next to
    negative words, an actor in a negative statement."""
    g = dict(f)
    rels = [(k.split(":", 1)) for k in f if k.startswith(("head:", "side:", "own:", "far:"))]
    neg = any(c in _NEG_CLASSES for _, c in rels)
    pos = any(c in _POS_CLASSES for _, c in rels)
    near_neg = any(c in _NEG_CLASSES for r, c in rels if r != "far")
    doer, actor = any(k in f for k in _DOER_ROLES), "actor" in f
    n_neg = sum(1 for _, c in rels if c in _NEG_CLASSES)
    for name, on in (("speaker_elsewhere:oppose", OPPOSE in speaker_votes),
                     ("side_elsewhere:oppose", OPPOSE in side_votes), ("side_elsewhere:support", SUPPORT in side_votes),
                     ("speaker_elsewhere:support", SUPPORT in speaker_votes),
                     ("article:oppose", OPPOSE in article_votes), ("article:support", SUPPORT in article_votes),
                     ("stmt-", neg), ("stmt+", pos), ("doer", doer), ("doer&near-", doer and near_neg),
                     ("doer&stmt-", doer and neg), ("actor&stmt-", actor and neg), ("actor&stmt+", actor and pos),
                     ("actor&article:oppose", actor and OPPOSE in article_votes),
                     ("stmt-&elsewhere-", neg and OPPOSE in speaker_votes), ("stmt--", n_neg >= 3)):
        if on:
            g[name] = 1.0
    return g


RECORDER: list | None = None   # set to a list, apply() appends (statement, target, features): the training script


def _votes(statements, sides_of) -> tuple[dict, dict, Callable[[str | None, str], set[str]]]:
    """What the rules decided per (speaker, target), per target, and a function (speaker, target) -> what another
    speaker of the speaker's side (one who shares a side with it: the same ministry, state or body) decided.
    Linear in the statements and targets: the side votes are counted per (side, target, class) once, and a
    speaker's own votes are taken out of its side's count, never by comparing every pair of speakers."""
    by_speaker: dict[tuple, set] = {}
    by_target: dict[str, set] = {}
    for st in statements:
        for target, s in st.stance.items():
            if s != NEUTRAL:
                if st.speaker:
                    by_speaker.setdefault((st.speaker, target), set()).add(s)
                by_target.setdefault(target, set()).add(s)
    sides: dict[str, set] = {}

    def sides_for(sp):
        if sp not in sides:
            sides[sp] = sides_of(sp) or {sp}
        return sides[sp]

    counts: dict[tuple, int] = {}   # (side, target, class) -> speakers of that side who took that class
    for (sp, target), found in by_speaker.items():
        for side in sides_for(sp):
            for s in found:
                counts[(side, target, s)] = counts.get((side, target, s), 0) + 1

    def by_side(speaker, target) -> set[str]:
        if not speaker:
            return set()
        own = by_speaker.get((speaker, target), set())
        return {s for side in sides_for(speaker) for s in (SUPPORT, OPPOSE)
                if counts.get((side, target, s), 0) > (s in own)}

    return by_speaker, by_target, by_side


def apply(statements, features_of, sides_of=lambda name: {name}, model: dict | None = None) -> None:
    """The learned fallback over one article's final statements (changed in place): each target the rules left
    neutral and whose features `features_of(st)` holds takes the model's class (rule "model:<class>[...]").
    `sides_of(speaker)` names what a speaker speaks for (stance.sides_of)."""
    by_speaker, by_target, by_side = _votes(statements, sides_of)
    for st in statements:
        for target, f in features_of(st).items():
            if st.stance.get(target) != NEUTRAL:
                continue
            g = with_context(f, by_speaker.get((st.speaker, target), set()), by_target.get(target, set()),
                             by_side(st.speaker, target))
            if RECORDER is not None:
                RECORDER.append((st, target, g))
            pol, rule = decide(g, model)
            if pol != NEUTRAL:
                st.stance[target] = pol
                st.stance_rule[target] = rule
