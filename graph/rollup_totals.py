"""Rollup totals: one row per speaker and one per speaker x target over all months, kept beside the month
tables (graph/rollups.py) so the saved queries that need no date range, or only candidates, read a few
thousand rows instead of every month.

  SpeakerTotal  statements (all), dated (statements with a date), first (earliest statement date)
  PairTotal     statements (all), polar (support + oppose), first and last month with a dated statement

A pair with no polar statement cannot change stance, and one whose first and last dated months lie on the
same side of a split has nothing to compare, so stance_shift reads the month rows of the few candidate pairs
only. A write adds its new articles' month deltas to these rows (`add_deltas`, same transaction); keys
recomputed from the raw graph are recomputed here from their (already refreshed) month rows (`refresh`),
so a total always equals the sum of its month rows, whichever way they were kept.
"""
from __future__ import annotations

CHUNK = 500


def _earliest(*values):
    known = [v for v in values if v]
    return min(known) if known else None


def _latest(*values):
    known = [v for v in values if v]
    return max(known) if known else None


def _speaker_row(sp: str, name: str, kind: str, statements: int, dated: int, first) -> dict:
    return {"uid": f"speakertotal:{sp}", "type": "SpeakerTotal", "name": f"{name} in all",
            "speaker": sp, "speaker_name": name, "speaker_type": kind, "statements": statements,
            "dated": dated, "first": first}


def _pair_row(sp: str, t: str, names: dict, statements: int, polar: int, first, last) -> dict:
    return {"uid": f"pairtotal:{sp}|{t}", "type": "PairTotal", "name": f"{names['speaker_name']} on "
            f"{names['target_name']} in all", "speaker": sp, "target": t, **names,
            "statements": statements, "polar": polar, "first": first, "last": last}


def add_deltas(deltas: dict[str, dict], nodes: dict[str, dict], rows: dict[str, list]) -> None:
    """The totals' share of the month deltas, as (uid, delta, make(old) -> row) items in `rows` (the form
    graph/rollup_deltas.apply writes)."""
    speakers: dict[str, dict] = {}
    for (sp, month), d in deltas["SpeakerMonth"].items():
        s = speakers.setdefault(sp, {"statements": 0, "dated": 0, "first": None})
        s["statements"] += d["statements"]
        s["dated"] += d["statements"] if month else 0
        s["first"] = _earliest(s["first"], d["first"] if month else None)
    for sp, s in speakers.items():
        node = nodes[sp]
        rows.setdefault("SpeakerTotal", []).append((f"speakertotal:{sp}", s, lambda old, s=s, sp=sp, node=node: _speaker_row(
            sp, node["name"], node["type"], (old.get("statements") or 0) + s["statements"],
            (old.get("dated") or 0) + s["dated"], _earliest(old.get("first"), s["first"]))))
    pairs: dict[tuple[str, str], dict] = {}
    for (sp, t, month), d in deltas["PairMonth"].items():
        p = pairs.setdefault((sp, t), {"statements": 0, "polar": 0, "first": None, "last": None})
        p["statements"] += d["statements"]
        p["polar"] += d["support"] + d["oppose"]
        p["first"], p["last"] = _earliest(p["first"], month), _latest(p["last"], month)
    for (sp, t), p in pairs.items():
        names = {"speaker_name": nodes[sp]["name"], "speaker_type": nodes[sp]["type"],
                 "target_name": nodes[t]["name"], "target_type": nodes[t]["type"]}
        rows.setdefault("PairTotal", []).append((f"pairtotal:{sp}|{t}", p, lambda old, p=p, sp=sp, t=t, names=names: _pair_row(
            sp, t, names, (old.get("statements") or 0) + p["statements"], (old.get("polar") or 0) + p["polar"],
            _earliest(old.get("first"), p["first"]), _latest(old.get("last"), p["last"]))))


def _speaker_totals(run, speakers: list[str], replace) -> None:
    found: dict[str, dict] = {}
    for r in run("MATCH (r:SpeakerMonth) WHERE r.speaker IN $speakers RETURN r.speaker AS sp, r.speaker_name AS "
                 "name, r.speaker_type AS kind, r.month AS month, r.statements AS n, r.first AS first",
                 {"speakers": speakers}):
        s = found.setdefault(r["sp"], _speaker_row(r["sp"], r["name"], r["kind"], 0, 0, None))
        s["statements"] += r["n"]
        if r["month"]:
            s["dated"] += r["n"]
            s["first"] = _earliest(s["first"], r["first"])
    replace(run, "SpeakerTotal", [f"speakertotal:{sp}" for sp in speakers], list(found.values()))


def _pair_totals(run, speakers: list[str], pairs: set[tuple[str, str]] | None, replace) -> None:
    """The pair totals of these speakers (only `pairs` of them, unless None: all their pairs)."""
    found: dict[tuple[str, str], dict] = {}
    for r in run("MATCH (r:PairMonth) WHERE r.speaker IN $speakers RETURN r.speaker AS sp, r.target AS t, "
                 "r.speaker_name AS speaker_name, r.speaker_type AS speaker_type, r.target_name AS target_name, "
                 "r.target_type AS target_type, r.month AS month, r.statements AS n, r.support + r.oppose AS polar",
                 {"speakers": speakers}):
        key = (r["sp"], r["t"])
        if pairs is not None and key not in pairs:
            continue
        names = {k: r[k] for k in ("speaker_name", "speaker_type", "target_name", "target_type")}
        p = found.setdefault(key, _pair_row(*key, names, 0, 0, None, None))
        p["statements"] += r["n"]
        p["polar"] += r["polar"]
        p["first"], p["last"] = _earliest(p["first"], r["month"]), _latest(p["last"], r["month"])
    gone = [f"pairtotal:{sp}|{t}" for sp, t in (pairs or ())]
    if pairs is None:                                   # every pair of these speakers: drop theirs first
        run("MATCH (r:PairTotal) WHERE r.speaker IN $speakers DELETE r", {"speakers": speakers})
    replace(run, "PairTotal", gone, list(found.values()))


def refresh(run, speaker_months, pair_months, replace) -> None:
    """Recompute the totals of the speakers and pairs of these month keys from their month rows (which
    the caller has refreshed first, in the same transaction)."""
    speakers = sorted({sp for sp, _ in speaker_months})
    for i in range(0, len(speakers), CHUNK):
        _speaker_totals(run, speakers[i:i + CHUNK], replace)
    by_speaker: dict[str, set] = {}
    for sp, t, _ in pair_months:
        by_speaker.setdefault(sp, set()).add((sp, t))
    order = sorted(by_speaker)
    for i in range(0, len(order), CHUNK):
        part = order[i:i + CHUNK]
        _pair_totals(run, part, set().union(*(by_speaker[sp] for sp in part)), replace)


def fill(store, replace) -> bool:
    """Build the totals of a store whose month tables predate them (one chunk of speakers per
    transaction); True if it did."""
    if store.rows("MATCH (r:SpeakerTotal) RETURN r.uid AS uid LIMIT 1") or \
            not store.rows("MATCH (r:SpeakerMonth) RETURN r.uid AS uid LIMIT 1"):
        return False
    speakers = sorted(r["sp"] for r in store.rows("MATCH (r:SpeakerMonth) RETURN DISTINCT r.speaker AS sp"))
    for i in range(0, len(speakers), CHUNK):
        part = speakers[i:i + CHUNK]
        store.transact(lambda run, part=part: (_speaker_totals(run, part, replace),
                                               _pair_totals(run, part, None, replace)))
    return True
