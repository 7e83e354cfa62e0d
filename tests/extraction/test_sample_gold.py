"""Regression on the sample corpus (loaders/sample) against tests/gold/sample_gold.json.

Floors sit a little below what was measured when this test was written; printed figures help tuning.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.records import Article

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "sample_gold.json"
SAMPLE = ROOT / "loaders" / "sample"
WORD = re.compile(r"\w+")


def _norm(s: str | None) -> str:
    return " ".join(WORD.findall((s or "").lower()))


def _same(a: str | None, b: str | None) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


@pytest.fixture(scope="module")
def scored(extractor):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    t = dict(st_gold=0, st_found=0, st_right=0, pred=0, pred_ok=0, roles=0, roles_ok=0,
             aff=0, aff_ok=0, mem=0, mem_ok=0, not_st=0, not_st_bad=0)
    names = sorted(n for n in gold if (SAMPLE / n).exists())
    arts = [Article(source=n, text=(SAMPLE / n).read_text(encoding="utf-8")) for n in names]
    for name, ex in zip(names, extractor.extract_many(arts)):
        g = gold[name]
        golds = g.get("statements", [])
        for gs in golds:
            t["st_gold"] += 1
            hits = [s for s in ex.statements if _norm(gs["quote"]) in _norm(s.text) or _norm(s.text) in _norm(gs["quote"])]
            t["st_found"] += bool(hits)
            t["st_right"] += any(_same(s.speaker, gs["speaker"]) for s in hits)
        for s in ex.statements:
            t["pred"] += 1
            t["pred_ok"] += any((_norm(gs["quote"]) in _norm(s.text) or _norm(s.text) in _norm(gs["quote"]))
                                and _same(s.speaker, gs["speaker"]) for gs in golds)
        ents = {e.name: e for e in ex.entities}
        for r in g.get("roles", []):
            t["roles"] += 1
            e = ents.get(r["person"])
            t["roles_ok"] += bool(e) and any(_same(x, r["role"]) for x in e.roles)
        for a in g.get("affiliations", []):
            t["aff"] += 1
            e = ents.get(a["person"])
            t["aff_ok"] += bool(e) and any(_same(x, a["org"]) for x in e.affiliations)
        mems = {(r.source, r.target) for r in ex.relations if r.type == "MEMBER_OF"}
        for m in g.get("memberships", []):
            t["mem"] += 1
            t["mem_ok"] += (m["member"], m["alliance"]) in mems
        for ns in g.get("not_statements", []):
            text = ns if isinstance(ns, str) else ns.get("quote", ns.get("text", ""))
            t["not_st"] += 1
            t["not_st_bad"] += any(_norm(text) and _norm(text) in _norm(s.text) for s in ex.statements)
    r = lambda a, b: t[a] / max(1, t[b])  # noqa: E731
    figures = dict(statement_recall=r("st_found", "st_gold"), right_speaker_recall=r("st_right", "st_gold"),
                   right_speaker_precision=r("pred_ok", "pred"), roles_recall=r("roles_ok", "roles"),
                   affiliations_recall=r("aff_ok", "aff"), memberships_recall=r("mem_ok", "mem"),
                   not_statements_taken=r("not_st_bad", "not_st"))
    print("\nsample gold:", {k: round(v, 3) for k, v in figures.items()}, t)
    return figures


def test_sample_gold_figures(scored):
    assert scored["statement_recall"] >= FLOORS["statement_recall"]
    assert scored["right_speaker_recall"] >= FLOORS["right_speaker_recall"]
    assert scored["right_speaker_precision"] >= FLOORS["right_speaker_precision"]
    assert scored["memberships_recall"] >= FLOORS["memberships_recall"]
    assert scored["roles_recall"] >= FLOORS["roles_recall"]
    assert scored["affiliations_recall"] >= FLOORS["affiliations_recall"]
    assert scored["not_statements_taken"] <= FLOORS["not_statements_taken"]


# measured at writing: 0.921, 0.701, 0.679, memberships 0.211, roles 0.738, affiliations 0.5, not-statements 0.0
# after gender-aware pronouns, descriptions, member-noun patterns: 0.921, 0.756, 0.733, memberships 0.526,
# roles 0.905, affiliations 0.632, not-statements 0.0
# after subject-phrase speakers, title runs, datelines, possessive descriptions: 0.921, 0.795, 0.771,
# right-speaker 0.858 / 0.832 with ministries and role descriptions; memberships 0.658 (0.947 with participant lists, multiword groups, quotes skipped), roles 0.952, affiliations 0.842
# after ministries -> states, forward role descriptions, headline repeats dropped, "called X 'Y'": 0.969,
# right-speaker 0.969 / 0.992
# with government bodies -> states, city-based, descriptions teaching roles: roles 0.976, affiliations 0.974
FLOORS = dict(statement_recall=0.95, right_speaker_recall=0.95, right_speaker_precision=0.97,
              memberships_recall=0.92, roles_recall=0.95, affiliations_recall=0.95, not_statements_taken=0.02)
