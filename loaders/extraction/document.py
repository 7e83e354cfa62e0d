"""One article's extraction state, fed one parsed chunk at a time.

Short articles are one chunk. A text longer than `CHUNK_CHARS` (spaCy refuses texts over
`nlp.max_length`, and a 10 MB parse would hold gigabytes) is cut by `chunk_bounds` at paragraph breaks,
else sentence ends, else spaces, and the chunks are parsed one after another. What spans chunks lives
here: the person registry and entity table, the previous speaker, people's genders, the statements seen
(for de-duplication) and the relations. Offsets of a chunk are shifted by its start in the cleaned text
and mapped back to the original text through `Cleaned`.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from graph.records import Article, Entity, Extraction, Relation, Statement

from .doctext import text_of
from ..metadata import text_metadata
from . import dates
from . import patterns as P
from .addressees import Addressing, indefinite
from .antecedents import described_person, description_for, people_for
from .lexicon import PRONOUNS, speech_lemma
from .budget import Budget
from .clean import Cleaned
from .datelines import dateline_state
from .descriptions import MEDIA, introduced
from .entities import PersonRegistry, find_mentions
from .pronouns import byline_author, learn_genders
from .quotes import quote_spans
from .memberships import memberships
from .relations import person_relations
from .sources import is_pronoun, kind_of_phrase
from .speakers import Context, dateline_end, resolve, told_by
from .stance import judge, sides_of
from .stance_sides import home_state
from .stance_context import propagate
from .stance_model import apply as apply_model
from .statements import find_statements
from .subjects import phrase

CHUNK_CHARS = 100_000
HEAD_CHARS = 3000    # where a page's headline, sub-heading and lead lie
LEAD_STATEMENTS = 12   # statements compared for a repeated lead
GROUPS = {"Organization", "State", "Alliance", "ArmedGroup"}
RECENT_CHARS = 400   # "it"/"they" this close after a document or unnamed source's cue stands for it


class Source(NamedTuple):
    text: str | None
    kind: str | None


class _Last(NamedTuple):
    source: Source
    speaker: str | None
    at: int           # the cue's offset in the cleaned text
_WORDS = re.compile(r"\w+")
def headline_end(text: str, title: str | None) -> int:
    """End offset of the headline when the article's title is a line near the top of the text (after
    any page furniture: navigation, banners), else 0."""
    if not title or not title.strip():
        return 0
    title = title.strip()
    k = text.find(title, 0, HEAD_CHARS)
    while k >= 0:
        end = k + len(title)
        if text[:k].rstrip(" \t").endswith("\n") or not text[:k].strip():
            if end >= len(text) or text[end:].lstrip(" \t\r")[:1] in ("\n", ""):
                return end
        k = text.find(title, k + 1, HEAD_CHARS)
    return 0


def _key_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if len(w) > 2 and w not in _STOP}


_STOP = set("the and that this with for from was were are has have had will would not but its their his her "
            "says said say".split())


def drop_headline_repeats(statements: list[Statement], end: int) -> list[Statement]:
    """Statements without those of the headline (before `end`) that repeat a body statement: at least
    half the headline statement's words are in one body statement ("Analyst says drills are 'a message
    to Kabul'" / "... are 'a message to Kabul, not to Tashkent,' analyst X said")."""
    body = [_key_words(s.text) for s in statements if s.start >= end]
    out = []
    for s in statements:
        words = _key_words(s.text) if s.start < end else set()
        if words and any(len(words & b) * 2 >= len(words) for b in body):
            continue
        out.append(s)
    return out


def drop_repeated_leads(statements: list[Statement], text: str) -> list[Statement]:
    """Statements without a page's sub-heading that repeats its lead: of two statements near the top
    (`HEAD_CHARS`) on different lines sharing at least 80% of the shorter one's key words (four at
    least), next to each other, with the same speaker or one unknown, both quoted or both not, the one
    with a speaker stays, else the later (the lead of the body). Only the first statements are compared,
    so the cost stays bounded."""
    head = [k for k, s in enumerate(statements[:LEAD_STATEMENTS]) if s.start < HEAD_CHARS]
    words = {k: _key_words(statements[k].text) for k in head}
    drop: set[int] = set()
    for a in head:
        for b in head:
            if b <= a or a in drop or b in drop or not words[a] or not words[b]:
                continue
            sa, sb = statements[a].speaker, statements[b].speaker
            if sa and sb and sa != sb:
                continue
            if (statements[a].kind == "direct") != (statements[b].kind == "direct"):
                continue   # a quotation that echoes the lead's paraphrase is no sub-heading
            if any(statements[a].end <= s.start < statements[b].start for s in statements[a + 1:b]):
                continue   # a sub-heading comes right before its lead: a later paragraph may repeat it
            if "\n" not in text[statements[a].end:statements[b].start] or min(len(words[a]), len(words[b])) < 4:
                continue   # a sub-heading is a line of its own
            if len(words[a] & words[b]) >= 0.8 * min(len(words[a]), len(words[b])):
                drop.add(a if sb or not sa else b)
    return [s for k, s in enumerate(statements) if k not in drop]


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text`, each at most `limit` characters, cut at the best boundary in the
    second half of each window: a blank line, a line break, a sentence end, a space, else anywhere."""
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for sep, keep in (("\n\n", 0), ("\n", 0), (". ", 1), (" ", 0)):
            k = text.rfind(sep, lo, hi)
            if k >= 0:
                cut = k + keep
                break
        cut = cut if cut > start else hi
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


class Document:
    """Accumulates the extraction of one article over its parsed chunks."""

    def __init__(self, art: Article, cleaned: Cleaned, gazetteer, budget: Budget | None = None):
        self.art, self.cleaned, self.gazetteer = art, cleaned, gazetteer
        self.check = budget.check if budget is not None else (lambda step: None)
        self.registry = PersonRegistry()
        self.entities: dict = {}
        self.genders: dict[str, dict[str, float]] = {}
        self.author = byline_author(art.text)
        self.previous: str | None = None
        self.last_source: _Last | None = None
        self.addressing = Addressing()
        self.statements: list[Statement] = []
        self.seen: dict[str, int] = {}
        self.open: dict[int, dict[str, tuple[str, ...]]] = {}   # id(statement) -> targets the discourse may decide
        self.fallback: dict[int, dict[str, dict]] = {}   # id(statement) -> the learned fallback's features per target
        self.pending: list[tuple] = []   # (statement, judge's arguments), judged in result()
        self.relations: list[Relation] = []
        self.home = dateline_state(art.text, gazetteer)
        self.body_states: dict[str, str] = {}
        meta = {} if art.title and art.outlet else text_metadata(art.text)
        self.title, self.outlet = art.title or meta.get("title"), art.outlet or meta.get("outlet")
        self.head_end = headline_end(art.text, self.title)

    def add(self, doc, base: int = 0) -> None:
        """Extract from one parsed chunk whose text starts at `base` in the cleaned text."""
        self.check("entities")
        mentions = find_mentions(doc, self.gazetteer, self.registry, self.entities)
        self.check("relations")
        self.relations += person_relations(doc, mentions, self.home, self.gazetteer) + memberships(doc, mentions)
        self.check("statements")
        quotes = quote_spans(text_of(doc))
        found = find_statements(doc, quotes)
        self.check("speakers")
        in_quote = [False] * len(doc)
        for qs, qe in quotes:
            for t in doc.char_span(qs, qe, alignment_mode="expand") or ():
                in_quote[t.i] = True
        learn_genders(doc, mentions, self.genders, in_quote)
        in_content = [False] * len(doc)     # tokens of what some statement reports
        for f in found:
            for t in doc.char_span(f.start, f.end, alignment_mode="expand") or ():
                in_content[t.i] = True
        ctx = Context(mentions, self.genders, in_quote, self.author, in_content=in_content, home=self.home,
                      body_states=self.body_states, by_last=self.registry.by_last,
                      title_end=headline_end(text_of(doc), self.title) if base == 0 else 0)
        ctx.previous = self.previous
        resolved: dict[int, tuple] = {}
        addressed: dict[int, str | None] = {}
        for f in sorted(found, key=lambda f: doc[f.cue_i].idx if f.continues is None else f.start):
            self.check("a statement")
            if f.continues is not None:
                speaker, source = resolved.get(id(f.continues), (None, Source(None, None)))
            else:
                speaker = resolve(f.speaker_span, ctx, f.cue_i)
                speaker, source = self._source(doc, base, f, speaker, ctx)
            resolved[id(f)] = speaker, source
            if speaker and doc[f.cue_i].dep_ != "relcl":  # "X and Y, who say ...": not the next "he"
                ctx.previous, ctx.previous_i = speaker, f.cue_i
            via = resolve(f.via_span, ctx) if f.via_span is not None else None
            addressee, rule = self._addressee(doc, base, f, speaker, ctx, addressed)
            addressed[id(f)] = addressee
            dash = dateline_end(doc, doc[f.cue_i].sent.start)
            if dash is not None and dash + 1 < len(doc) and f.start <= doc[dash].idx < f.end:
                f.start = doc[dash + 1].idx   # "VELDOR, April 14 (Agency) - ...": the dateline is no content
            self._statement(doc, base, mentions, f, speaker, source, via, addressee, rule)
        self.previous = ctx.previous

    def _addressee(self, doc, base: int, f, speaker: str | None, ctx,
                   addressed: dict) -> tuple[str | None, str | None]:
        """(addressee, the addressee rule that found it): whom a statement was said to (`addressees.py`): the
        first phrase at the cue that resolves, like a speaker, to an entity other than the speaker ("told
        the news agency" -> the agency; "called on fellow members of the CSTO": the phrase with its
        modifiers when its head alone names nobody); a continued quotation keeps its statement's; else the
        article's discourse (the same speaker's next quotation, an answer to whoever addressed the speaker)."""
        at = base + doc[f.cue_i].idx
        addressee, rule = None, None
        if f.continues is not None:
            addressee, rule = addressed.get(id(f.continues)), P.CONTINUED
        for i, r in ([] if f.continues is not None else f.addressees):
            if r == P.REPLY and indefinite(doc[i]):   # "comments by a Tashkent-based analyst": named later
                name = ctx.mentions.at[i] or introduced(doc[i], ctx.mentions)
            else:
                name = ctx.mentions.at[i] or resolve(doc[doc[i].left_edge.i:i + 1], ctx) or \
                    self._member_of(doc[i], ctx)
            if name is None and doc[i].lower_ in MEDIA and self.outlet and doc[i].i > 0 and \
                    doc[i - 1].lower_ == "the":
                name = self.outlet   # "told the newspaper" with no outlet named before: the article's own
            if name and PRONOUNS.get(doc[i].lower_) == "person" and ctx.mentions.type_of(name) != "Person":
                continue   # "her remarks" is a person's, whatever the pronoun step made of "her"
            if name and name != speaker:
                addressee, rule, f.addressee_i = name, r, i
                break
        if addressee is None and f.continues is None:
            info = self.entities.get(speaker) if speaker else None
            addressee, rule = self.addressing.discourse(
                speaker, f.kind, speech_lemma(doc[f.cue_i].text) in ("add", "continue"), at, list(getattr(info, "affiliations", ())),
                lambda n: n == self.outlet or ctx.mentions.type_of(n) == "Media")
        self.addressing.note(speaker, addressee, rule, at)
        return addressee, rule if addressee else None

    @staticmethod
    def _member_of(tok, ctx) -> str | None:
        """"fellow members of the CSTO", "leaders of the alliance": a noun naming nobody, with the group
        it belongs to in an "of" phrase, addresses that group."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if tok.pos_ != "NOUN" or of is None or not any(g.dep_ == "pobj" for g in of.children):
            return None
        name = resolve(phrase(tok), ctx)
        return name if ctx.mentions.type_of(name) in GROUPS else None

    def _source(self, doc, base: int, f, speaker: str | None, ctx) -> tuple[str | None, Source]:
        """The speaker and the source (phrase as written, kind) of a statement found by `f`; "it" /
        "they" right after a document or unnamed source stands for that source ("The report says ...
        It adds ..."); "he" / "she" after a description is written as that description
        (`antecedents.py`: "The retired nurse ... She said")."""
        span, mentions = f.speaker_span, ctx.mentions
        if span is None:
            source = Source(speaker, "named" if speaker else None)
        elif is_pronoun(span):
            last = self.last_source
            if span.root.lower_ in ("it", "they") and last is not None and last.source.kind not in (None, "named") \
                    and base + doc[f.cue_i].idx - last.at < RECENT_CHARS:
                speaker, source = last.speaker, last.source
            elif (people := people_for(span.root, ctx)) is not None:   # "Several delegates ... They said"
                speaker = resolve(people, ctx)
                source = Source(self._as_written(base, people), kind_of_phrase(people, speaker, mentions))
            elif (described := description_for(span.root, ctx)) is not None:
                speaker = described_person(described, speaker)
                source = Source(self._as_written(base, described), "named" if speaker else "description")
            elif speaker:
                source = Source(speaker, "named")
            else:   # "The report found ... It said": the source is the document the pronoun stands for
                told = told_by(span.root)
                source = Source(self._as_written(base, told), kind_of_phrase(told, None, mentions)) \
                    if told is not None else Source(span.text, "description")
        else:
            source = Source(self._as_written(base, span), kind_of_phrase(span, speaker, mentions))
        self.last_source = _Last(source, speaker, base + doc[f.cue_i].idx)
        return speaker, source

    def _as_written(self, base: int, span) -> str:
        lo, hi = self.cleaned.orig_span(base + span.start_char, base + span.end_char)
        return self.art.text[lo:hi]

    def _statement(self, doc, base: int, mentions, f, speaker: str | None, source, via: str | None,
                   addressee: str | None, rule: str | None = None) -> None:
        art, cleaned = self.art, self.cleaned
        start, end = cleaned.orig_span(base + f.start, base + f.end)
        text = art.text[start:end]
        key = " ".join(_WORDS.findall(text.lower()))
        if not key:
            return
        cue_tok = doc[f.cue_i]
        phrase = dates.date_phrase(cue_tok)
        s_lo, s_hi = cleaned.orig_span(base + min(cue_tok.sent.start_char, f.start),
                                       base + max(cue_tok.sent.end_char, f.end))
        about = []
        for k in doc.char_span(f.start, f.end, alignment_mode="expand") or ():
            name = mentions.at[k.i]
            if name and name != speaker and name not in about:
                about.append(name)
        st = Statement(speaker=speaker, addressee=addressee if addressee != speaker else None, text=text,
                       start=start, end=end, kind=f.kind, cue=f.cue,
                       date=dates.resolve(phrase, art.published) if phrase else None,
                       about=about, sentence=art.text[s_lo:s_hi].strip(), pattern=f.pattern,
                       source_text=source.text, source_kind=source.kind, via=via if via != speaker else None,
                       addressee_pattern=rule if addressee and addressee != speaker else None)
        # judged in result(), once the whole article has said who the speaker is ("EU foreign policy chief X"
        # further down gives X's affiliation, which the stance step reads as the speaker's side)
        self.pending.append((st, (doc, f.cue_i, f.start, f.end, mentions, about, speaker, st.addressee, f.addressee_i)))
        if key in self.seen:  # the same content twice (headline and body): keep one, prefer a known speaker
            k = self.seen[key]
            if self.statements[k].speaker is None and speaker is not None or self.statements[k].start < self.head_end:
                self.statements[k] = st
            return
        self.seen[key] = len(self.statements)
        self.statements.append(st)

    def _judge_pending(self) -> None:
        kept = {id(st) for st in self.statements}
        home = home_state(self.statements, self.entities, self.home)   # the state bodies' state (with_home)
        for st, args in self.pending:
            if id(st) in kept:
                judged = judge(*args, home=home)
                st.stance, st.tone, st.stance_rule = judged.stance, judged.tone, judged.rule
                self.open[id(st)], self.fallback[id(st)] = judged.open, judged.features
        self.pending = []

    def result(self) -> Extraction:
        art = self.art
        self._judge_pending()
        statements = drop_headline_repeats(sorted(self.statements, key=lambda s: s.start),
                                           headline_end(art.text, self.title))
        statements = drop_repeated_leads(statements, art.text)
        propagate(statements, lambda st: self.open.get(id(st), {}))
        apply_model(statements, lambda st: self.fallback.get(id(st), {}), lambda name: sides_of(self.entities, name))
        relations = _unique(self.relations)
        used = {s.speaker for s in statements} | {s.addressee for s in statements}
        used |= {n for s in statements for n in s.about} | {r.source for r in relations}
        used |= {r.target for r in relations}
        entities = [Entity(name=i.name, type="Media" if i.name == self.outlet else i.type, aliases=sorted(a for a in i.aliases if a != i.name),
                           roles=i.roles, affiliations=i.affiliations)
                    for i in self.entities.values() if i.count > 0 or i.name in used]
        if self.outlet and self.outlet in used and self.outlet not in self.entities:   # "told the newspaper": the article's
            entities.append(Entity(name=self.outlet, type="Media"))
        return Extraction(source=art.source, title=art.title, published=art.published, language="en",
                          entities=entities, statements=statements, relations=relations,
                          url=art.url, outlet=art.outlet)


def _unique(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        key = (r.source, r.type, r.target)
        if key not in seen and r.source != r.target:
            seen.add(key)
            out.append(r)
    return out
