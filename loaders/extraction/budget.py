"""The time budget of one article: defence in depth behind the linear-time rules.

Extraction is linear in the text, but one article must never stall a batch whatever a future rule
does, so every article gets `article_seconds()` CPU-seconds (`WHOSAID_ARTICLE_SECONDS`, default 60,
validated in graph/settings.py). The steps check the budget cooperatively between steps and statements
(`Budget.check`); an article over it raises `OverBudget`, which the batch reports as that article's
one-line failure before going on with the next.
"""
from __future__ import annotations

import time

ENV = "WHOSAID_ARTICLE_SECONDS"
DEFAULT_SECONDS = 60.0          # graph/settings.py holds the same default; a test keeps them equal


def article_seconds(env=None) -> float:
    """The per-article budget in seconds, from the one configuration module (`graph/settings.py`):
    `WHOSAID_ARTICLE_SECONDS`, 1-3600, default 60; a bad value raises its one-line SettingsError."""
    from graph.settings import load, settings
    return (settings() if env is None else load(env)).article_seconds


class OverBudget(Exception):
    """An article took longer than its time budget; the message is the one-line reason."""


class Budget:
    """A deadline for one article on `clock`: by default the CPU time of the thread that extracts it, so
    the store writes `ingest` runs meanwhile in its background thread are not charged to the article."""

    def __init__(self, seconds: float, clock=None):
        self.seconds, self.clock = seconds, clock or time.thread_time
        self.deadline = self.clock() + seconds

    def check(self, step: str) -> None:
        if self.clock() > self.deadline:
            raise OverBudget(f"over the time budget of {self.seconds:g} s per article ({ENV}) at {step}; skipped")
