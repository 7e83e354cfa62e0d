"""The time budget of one article: defence in depth behind the linear-time rules.

Extraction is linear in the text, but one article must never stall a batch whatever a future rule
does, so every article gets `article_seconds()` CPU-seconds (env `WHOSAID_ARTICLE_SECONDS`, default 60,
read here and nowhere else). The steps check the budget cooperatively between steps and statements
(`Budget.check`); an article over it raises `OverBudget`, which the batch reports as that article's
one-line failure before going on with the next.
"""
from __future__ import annotations

import os
import time

ENV = "WHOSAID_ARTICLE_SECONDS"
DEFAULT_SECONDS = 60.0


def article_seconds(env=None) -> float:
    """The per-article budget in seconds from the environment (a positive number), else the default."""
    raw = (os.environ if env is None else env).get(ENV, "").strip()
    if not raw:
        return DEFAULT_SECONDS
    try:
        value = float(raw)
    except ValueError:
        raise RuntimeError(f"{ENV}={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise RuntimeError(f"{ENV}={raw!r} must be more than 0 seconds")
    return value


class OverBudget(Exception):
    """An article took longer than its time budget; the message is the one-line reason."""


class Budget:
    """A deadline for one article on `clock` (CPU time of this process by default)."""

    def __init__(self, seconds: float, clock=None):
        self.seconds, self.clock = seconds, clock or time.process_time
        self.deadline = self.clock() + seconds

    def check(self, step: str) -> None:
        if self.clock() > self.deadline:
            raise OverBudget(f"over the time budget of {self.seconds:g} s per article ({ENV}) at {step}; skipped")
