"""The phrase that speaks for a cue verb: its subject, found through the parser's attachments.

`speaker_phrase(cue)` walks from the cue to the clause whose subject speaks: a name inverted after the cue
in the middle of what it reports ("The real test, said X, is ..."), the cue's own subject, the
agent of a passive, the subject it inherits through conjoined, infinitive and participle clauses ("X
issued a statement saying ...", "X was quick to add ...", "X said Y would ..., saying ..."), a relative
clause's noun, or a name the cue was hung on ("“...?” the 43-year-old asked"). `phrase(tok)` cuts a noun
phrase at its relative clause or apposition. `unknown_asker(cue)` tells a question put by nobody named
("X was asked whether ...") from a statement of X's.
"""
from __future__ import annotations

from .lexicon import DESCRIPTIONS, ROLE_HEADS, SOURCE_KINDS, speech_lemma

DASHES = {"-", "–", "—", "--"}
PRODUCTS = frozenset(DESCRIPTIONS["product"])


def inverted_name(tok):
    """"The real test, said Lena Ortiz, an economist, is the budget": a name right after a cue that follows
    a comma, parsed as the subject of the cue or of the clause it reports (whose subject, before the
    comma, the parser gave the cue): the name's head token, else None."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "," or doc[tok.i + 1].pos_ != "PROPN":
        return None
    name = doc[tok.i + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    before = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    # the name is set off by a comma, and the phrase before the cue is a bare subject, no "X, an economist,"
    if name.dep_ != "nsubj" or not before or name.i + 1 >= len(doc) or doc[name.i + 1].text != "," or \
            any(c.dep_ in ("appos", "relcl", "acl") for c in before[0].children):
        return None
    if name.head.i == tok.i or name.head.dep_ == "ccomp" and name.head.head.i == tok.i:
        return name
    return None


def subject(tok):
    """The speaker phrase of a cue verb: its subject, the agent of a passive, or the subject it inherits."""
    inverted = inverted_name(tok)
    if inverted is not None:
        return inverted
    seen = 0
    cur = tok
    if tok.dep_ == "conj" and tok.head.i < tok.i and any(spaced_dash(t) for t in tok.doc[tok.head.i:tok.i]) and \
            not any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children):
        return None   # "It was no coincidence — Lars Eklund, a spokesman for Lee, told ...": a new clause after the dash
    while seen < 4:
        # a passive subject speaks only for a verb the cue is conjoined to ("X was forced out and said")
        deps = ("nsubj", "csubj", "nsubjpass") if cur.i != tok.i else ("nsubj", "csubj")
        subjects = [c for c in cur.children if c.dep_ in deps]
        if len(subjects) > 1:  # "Vatican spokesman the Rev. X told": the subject nearest the verb
            before = [c for c in subjects if c.i < cur.i]
            subjects = [max(before, key=lambda c: c.i)] if before else subjects
        if not subjects:   # "Hamas has on its part affirmed ...": the subject parsed under the auxiliary
            held = [g for a in cur.children if a.dep_ == "aux" and a.i < cur.i for g in a.children if g.dep_ == "nsubj"]
            if held:
                return _past_place(held[-1])
        for c in sorted(cur.children, key=lambda c: c not in subjects):
            if c in subjects:
                if c.lower_ in ("who", "that", "which") and cur.dep_ == "relcl":
                    # "Smith, who said ...": the noun the clause hangs on; "X released an ad that said ...":
                    # who put out the ad
                    return _producer(cur.head) or cur.head
                return _past_place(c)
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if cur.dep_ in ("acl", "relcl") and cur.tag_ == "VB" and cur.head.dep_ in ("dobj", "pobj") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # "X had kind words to say about ...", "X did not respond to requests to comment on ...": the
            # verb that holds the noun the infinitive hangs on
            cur = cur.head.head.head if cur.head.dep_ == "pobj" else cur.head.head
            seen += 1
            continue
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ in ("acomp", "attr") and cur.pos_ == "ADJ" and cur.head.i != cur.i:
            cur = cur.head   # "X was quick to add", "voters are more likely to say": the copula's subject
            seen += 1
            continue
        count = next((c for c in cur.children if c.dep_ == "nummod" and c.i < cur.i and
                      any(q.dep_ == "quantmod" for q in c.children)), None)
        if count is not None:
            return count     # "About 4 in 10 say ...", parsed with the count hung on the verb
        if cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and cur.head.pos_ == "PROPN" and cur.head.i < cur.i \
                and speech_lemma(cur.text) not in ("ask", "tell"):
            return cur.head  # "Donald Trump, who ..., tweeted on Friday": a past tense parsed as a participle
        if cur.i == tok.i and cur.dep_ == "acl" and cur.head.i == cur.i - 1 and cur.head.left_edge.i > 0 and \
                cur.doc[cur.head.left_edge.i - 1].is_quote:
            return cur.head   # "“...?” the 43-year-old asked": the phrase the cue was hung on speaks
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("PROPN", "NOUN") and cur.head.i < cur.i:
            verb = _holder_of_object(cur)
            if verb is None:
                return cur.head  # "Erin Brockovich, the activist, ..., saying that ..." parsed as hanging on the name
            cur = verb   # "X issued a statement saying ...": the one who issued it
            seen += 1
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":  # "X distanced himself by saying ..."
            cur = cur.head.head
            # "In addition to stating ..., X has vowed", "X offered few ideas aside from stating ...": through
            # the nouns and prepositions the phrase hangs on, to the verb that holds it
            for _ in range(4):
                if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "dobj"):
                    break
                cur = cur.head
            # "X said the court's deadlock kept us safe before claiming ...": a reported clause whose subject
            # is a thing, not someone who could claim, leaves the participle to the reporter
            while cur.dep_ == "ccomp" and speech_lemma(cur.head.text) and _thing_subject(cur):
                cur = cur.head
            seen += 1
            continue
        if cur.dep_ == "xcomp" and cur.head.i != cur.i:
            # "pushing the candidates to speak about ...": the object controls the infinitive; "X was
            # allowed to speak": the passive subject does
            ctl = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i or c.dep_ == "nsubjpass"),
                       None)
            if ctl is not None:
                return ctl
        aside = next((g for c in cur.children if c.dep_ == "parataxis" and c.i < cur.i
                      for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if aside is not None:
            return aside   # "Clinton, exasperated, famously responded": the subject hung on the aside
        if cur.head.i != cur.i and (cur.dep_ in ("conj", "xcomp", "advcl") or
                                    cur.dep_ == "dep" and cur.head.pos_ == "VERB" and cur.head.i < cur.i):
            # "Clinton paused, then revealed ...": a second verb the parser left as "dep" is a conjunct
            participle = cur.dep_ == "advcl" and cur.tag_ == "VBG"
            conjoined = cur.dep_ == "conj" and cur.i == tok.i and speech_lemma(tok.text) is not None
            cur = cur.head
            # "X said the plan was too small but added ...": a verb of saying conjoined to the reported
            # clause's verb is a second verb of the reporter
            while conjoined and cur.dep_ == "ccomp" and speech_lemma(cur.head.text):
                cur = cur.head
            # "X argued that Y would ..., saying ...": a participle hung on the reported clause
            # speaks for the one who reported it
            while participle and cur.dep_ == "ccomp" and speech_lemma(cur.head.text):
                cur = cur.head
            # "X rejected the idea that Y would ..., saying ...": a clause of the object noun, likewise
            if participle and cur.dep_ == "acl" and cur.head.dep_ == "dobj" and cur.head.pos_ == "NOUN" and \
                    any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
                cur = cur.head.head
            seen += 1
            continue
        if cur.dep_ == "advmod" and cur.head.pos_ in ("VERB", "AUX") and cur.head.i < cur.i:
            cur = cur.head   # "X went so far as to say": "say" hangs on "far", "far" on the verb
            seen += 1
            continue
        return _first_verb_subject(cur)
    return None


def _first_verb_subject(root):
    """"X supports A, opposes B and recalled C": a root with no subject whose first verb the parser made a
    clause of it, opening the sentence with a name as its subject: that name; else None."""
    if root.dep_ != "ROOT":
        return None
    first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None) if first is not None else None
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != root.sent.start:
        return None
    return subj


def _producer(noun):
    """"X released a video that said ...", "X ran a piece that noted ...": the subject of the verb whose
    object is a product that speaks for its owner (`descriptions.product` in `lexicon.json`), else None."""
    if noun.lemma_.lower() not in PRODUCTS or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)


def _thing_subject(verb) -> bool:
    """The verb's subject is a common noun that names no person ("the deadlock", not "the senator", "Lee")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and not person_noun(subj)


def spaced_dash(t) -> bool:
    """A dash between words ("accident — Brendan"), not a hyphen inside one ("counter-accused")."""
    return t.text in DASHES and (t.text != "-" or bool(t.whitespace_) and t.i > 0 and bool(t.nbor(-1).whitespace_))


def _holder_of_object(participle):
    """For a participle hung on an object that is not a person ("issued a statement saying ...", "fired
    back a response stating ...", "rejected the notion ..., saying ..."): the verb whose object it is,
    whose subject then speaks; None when the noun may speak itself (a name, a person noun, a subject)."""
    noun = participle.head
    if noun.dep_ == "conj" and noun.head.pos_ == "VERB" and noun.pos_ == "NOUN" and not person_noun(noun) and \
            noun.lemma_.lower() not in SOURCE_KINDS["document"]:
        return noun.head   # "X called for a vote, and then a second vote, declaring ...": the noun was read as a verb's conjunct
    # "sent an email to supporters saying", "emailed supporters saying": whom it was sent to
    recipient = noun.dep_ == "pobj" and noun.head.lower_ == "to" or noun.dep_ in ("dobj", "dative")
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.dep_ not in ("dobj", "pobj", "dative") or \
            person_noun(noun) and not recipient and not any(t.text == "," for t in noun.doc[noun.i:participle.i]):
        return None
    tok = noun
    for _ in range(3):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            break
    return None


def _past_place(subj):
    """"At Green Hills, where it costs a lot to join, Jay Dimarco, the club's president, said": a place the
    parser made the subject, with a "where" clause and then a name in apposition: the name speaks."""
    where = next((c for c in subj.rights if c.dep_ == "relcl" and c.left_edge.lower_ == "where"), None)
    if where is None:
        return subj
    return next((c for c in subj.rights if c.dep_ == "appos" and c.i > where.i and c.pos_ == "PROPN"), subj)


def person_noun(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ROLE_HEADS or lemma in SOURCE_KINDS["anonymous"] or lemma in SOURCE_KINDS["group"]


def phrase(tok):
    """Span of a noun phrase: the token's subtree, cut at a relative clause or apposition."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.i + 1
    # coordinated titles before a name stay whole: "GOP contender and former neurosurgeon Ben Carson"
    whole = tok.pos_ == "NOUN" and any(c.dep_ == "conj" and any(t.pos_ == "PROPN" for t in c.subtree)
                                       for c in tok.rights)
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == end and tok.pos_ == "NOUN":
            end = c.right_edge.i + 1   # "the columnist Anna Berg" (no comma): the name is the phrase's
            continue
        if c.dep_ in ("relcl", "appos", "acl", "punct") or c.dep_ in ("cc", "conj") and not whole or c.is_space:
            break
        end = c.right_edge.i + 1
    while end - 1 > start and doc[end - 1].is_space:   # "he\u00a0said": the space is no part of the phrase
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    return doc[start:end]


def speaker_phrase(tok):
    """The phrase that speaks for a cue verb, or None."""
    subj = subject(tok)
    return phrase(subj) if subj is not None else None


def unknown_asker(tok) -> bool:
    """A question put by nobody named: "asked" as a passive ("X was asked whether ...", "when asked about
    ...", "asked to name ...") with no agent. Its subject is who was asked, not who asks."""
    if speech_lemma(tok.text) != "ask" or tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    edge = tok.head.left_edge.i
    if tok.dep_ == "acl" and tok.head.i == tok.i - 1 and edge > 0 and tok.doc[edge - 1].is_quote:
        return False   # "“...?” the 43-year-old asked": a past tense after a quotation, tagged as a participle
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        tok.dep_ in ("advcl", "acl", "relcl", "conj") and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
