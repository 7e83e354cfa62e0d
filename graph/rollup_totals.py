"""Rollup totals: one row per speaker and one per speaker x target over all months, kept beside the month
tables (graph/rollups.py) so the saved queries that need no date range, or only candidates, read a few
thousand rows instead of every month.

  SpeakerTotal  statements (all), dated (statements with a date), first (earliest statement date)
  PairTotal     statements (all), polar (support + oppose), first and last month with a dated statement,
                outlets (distinct, sorted), first_date and last_date (earliest and latest statement date)
Both list their `months` (the month keys they have rows for, '' undated, sorted), so a query reaches the
month rows of a speaker or pair by uid look-ups (`'pairmonth:' + speaker + '|' + target + '|' + month`) on
both engines, instead of a join on properties (a scan of the month table on the embedded store). PairTotal
also keeps `running`: 0, then the statements up to and including each of its months in turn, so a date
range is counted from the row alone (who_said_what_about_whom): with j the number of the pair's months
before the range and i the number up to its end, the range holds `running[i] - running[j]`, read as
`p.running[i - size(months) - 1]` on both engines (negative indexes count from the end on both; positive
ones start at 0 on Neo4j, 1 on LadybugDB, which also evaluates both branches of a CASE, so every index a
query writes must be valid: hence the leading 0).

A pair with no polar statement cannot change stance, and one whose first and last dated months lie on the
same side of a split has nothing to compare, so stance_shift reads the month rows of the few candidate pairs
only. A write adds its new articles' month deltas to these rows (`add_deltas`, same transaction); keys
recomputed from the raw graph are recomputed here from their (already refreshed) month rows (`refresh`),
so a total always equals the sum of its month rows, whichever way they were kept.
"""
from __future__ import annotations

from itertools import accumulate

CHUNK = 500


def earliest(*values):
    """The smallest of the known (non-empty) dates or months, or None."""
    known = [v for v in values if v]
    return min(known) if known else None


def latest(*values):
    """The largest of the known (non-empty) dates or months, or None."""
    known = [v for v in values if v]
    return max(known) if known else None


def _months(*lists) -> list[str]:
    return sorted({m for months in lists for m in (months or [])})


def _speaker_row(sp: str, name: str, kind: str, statements: int, dated: int, first, months) -> dict:
    return {"uid": f"speakertotal:{sp}", "type": "SpeakerTotal", "name": f"{name} in all",
            "speaker": sp, "speaker_name": name, "speaker_type": kind, "statements": statements,
            "dated": dated, "first": first, "months": _months(months)}


def per_month(row: dict) -> dict[str, int]:
    """A PairTotal row's statements by month, from its `running` totals ({} for none)."""
    running = row.get("running") or [0]
    return {m: n - before for m, n, before in zip(row.get("months") or [], running[1:], running)}


def _running(by_month: dict[str, int]) -> tuple[list[str], list[int]]:
    months = sorted(by_month)
    return months, list(accumulate((by_month[m] for m in months), initial=0))


def _add_months(*counts: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for by_month in counts:
        for month, n in by_month.items():
            out[month] = out.get(month, 0) + n
    return out


def _pair_row(sp: str, t: str, names: dict, polar: int, first, last, by_month: dict[str, int],
              outlets=(), first_date=None, last_date=None) -> dict:
    months, running = _running(by_month)
    return {"uid": f"pairtotal:{sp}|{t}", "type": "PairTotal", "name": f"{names['speaker_name']} on "
            f"{names['target_name']} in all", "speaker": sp, "target": t, **names,
            "statements": sum(by_month.values()), "polar": polar, "first": first, "last": last, "months": months,
            "running": running, "outlets": _months(outlets), "first_date": first_date,
            "last_date": last_date}


def add_deltas(deltas: dict[str, dict], nodes: dict[str, dict], rows: dict[str, list]) -> None:
    """The totals' share of the month deltas, as (uid, delta, make(old) -> row) items in `rows` (the form
    graph/rollup_deltas.apply writes)."""
    speakers: dict[str, dict] = {}
    for (sp, month), d in deltas["SpeakerMonth"].items():
        s = speakers.setdefault(sp, {"statements": 0, "dated": 0, "first": None, "months": set()})
        s["months"].add(month)
        s["statements"] += d["statements"]
        s["dated"] += d["statements"] if month else 0
        s["first"] = earliest(s["first"], d["first"] if month else None)
    for sp, s in speakers.items():
        node = nodes[sp]
        rows.setdefault("SpeakerTotal", []).append((f"speakertotal:{sp}", s, lambda old, s=s, sp=sp, node=node: _speaker_row(
            sp, node["name"], node["type"], (old.get("statements") or 0) + s["statements"],
            (old.get("dated") or 0) + s["dated"], earliest(old.get("first"), s["first"]),
            _months(old.get("months"), s["months"]))))
    pairs: dict[tuple[str, str], dict] = {}
    for (sp, t, month), d in deltas["PairMonth"].items():
        p = pairs.setdefault((sp, t), {"statements": 0, "polar": 0, "first": None, "last": None, "months": {},
                                       "outlets": set(), "first_date": None, "last_date": None})
        p["months"][month] = p["months"].get(month, 0) + d["statements"]
        p["outlets"] |= d["outlets"]
        p["first_date"], p["last_date"] = earliest(p["first_date"], d["first_date"]), latest(p["last_date"], d["last_date"])
        p["statements"] += d["statements"]
        p["polar"] += d["support"] + d["oppose"]
        p["first"], p["last"] = earliest(p["first"], month), latest(p["last"], month)
    for (sp, t), p in pairs.items():
        names = {"speaker_name": nodes[sp]["name"], "speaker_type": nodes[sp]["type"],
                 "target_name": nodes[t]["name"], "target_type": nodes[t]["type"]}
        rows.setdefault("PairTotal", []).append((f"pairtotal:{sp}|{t}", p, lambda old, p=p, sp=sp, t=t, names=names: _pair_row(
            sp, t, names, (old.get("polar") or 0) + p["polar"],
            earliest(old.get("first"), p["first"]), latest(old.get("last"), p["last"]),
            _add_months(per_month(old), p["months"]), _months(old.get("outlets"), p["outlets"]),
            earliest(old.get("first_date"), p["first_date"]), latest(old.get("last_date"), p["last_date"]))))


def _speaker_totals(run, months_of: dict[str, set[str]], replace) -> None:
    """The totals of these speakers from their month rows, looked up by uid (`months_of`: the months to
    look at for each speaker)."""
    found: dict[str, dict] = {}
    uids = [f"speakermonth:{sp}|{m}" for sp, months in sorted(months_of.items()) for m in sorted(months)]
    for r in run("UNWIND $uids AS u MATCH (r:SpeakerMonth {uid: u}) RETURN r.speaker AS sp, r.speaker_name AS "
                 "name, r.speaker_type AS kind, r.month AS month, r.statements AS n, r.first AS first",
                 {"uids": uids}):
        s = found.setdefault(r["sp"], _speaker_row(r["sp"], r["name"], r["kind"], 0, 0, None, []))
        s["months"] = _months(s["months"], [r["month"]])
        s["statements"] += r["n"]
        if r["month"]:
            s["dated"] += r["n"]
            s["first"] = earliest(s["first"], r["first"])
    replace(run, "SpeakerTotal", [f"speakertotal:{sp}" for sp in sorted(months_of)], list(found.values()))


def _pair_totals(run, months_of: dict[tuple[str, str], set[str]], replace) -> None:
    """The totals of these pairs from their month rows, looked up by uid."""
    found: dict[tuple[str, str], dict] = {}
    uids = [f"pairmonth:{sp}|{t}|{m}" for (sp, t), months in sorted(months_of.items()) for m in sorted(months)]
    for r in run("UNWIND $uids AS u MATCH (r:PairMonth {uid: u}) RETURN r.speaker AS sp, r.target AS t, "
                 "r.speaker_name AS speaker_name, r.speaker_type AS speaker_type, r.target_name AS target_name, "
                 "r.target_type AS target_type, r.month AS month, r.statements AS n, r.support + r.oppose AS polar, "
                 "r.outlets AS outlets, r.first_date AS first_date, r.last_date AS last_date",
                 {"uids": uids}):
        key = (r["sp"], r["t"])
        names = {k: r[k] for k in ("speaker_name", "speaker_type", "target_name", "target_type")}
        p = found.setdefault(key, _pair_row(*key, names, 0, None, None, {}))
        by_month = {**per_month(p), r["month"]: r["n"]}
        p["months"], p["running"] = _running(by_month)
        p["statements"] += r["n"]
        p["polar"] += r["polar"]
        p["first"], p["last"] = earliest(p["first"], r["month"]), latest(p["last"], r["month"])
        p["outlets"] = _months(p["outlets"], r["outlets"])
        p["first_date"], p["last_date"] = earliest(p["first_date"], r["first_date"]), latest(p["last_date"], r["last_date"])
    replace(run, "PairTotal", [f"pairtotal:{sp}|{t}" for sp, t in sorted(months_of)], list(found.values()))


def _with_stored_months(run, label: str, prefix: str, months_of: dict) -> dict:
    """`months_of` with the months each key's stored total lists added (key look-ups)."""
    uids = {f"{prefix}:{'|'.join(key) if isinstance(key, tuple) else key}": key for key in months_of}
    for r in run(f"UNWIND $uids AS u MATCH (r:{label} {{uid: u}}) RETURN r.uid AS uid, r.months AS months",
                 {"uids": list(uids)}):
        months_of[uids[r["uid"]]] |= set(r["months"] or [])
    return months_of


def _chunked(months_of: dict, size: int = CHUNK):
    keys = sorted(months_of)
    for i in range(0, len(keys), size):
        yield {k: months_of[k] for k in keys[i:i + size]}


def refresh(run, speaker_months, pair_months, replace) -> None:
    """Recompute the totals of the speakers and pairs of these month keys from their month rows (which
    the caller has refreshed first, in the same transaction): the months the total listed plus these,
    each looked up by uid, so the cost is that of the keys, not of the table."""
    speakers: dict[str, set[str]] = {}
    for sp, m in speaker_months:
        speakers.setdefault(sp, set()).add(m)
    pairs: dict[tuple[str, str], set[str]] = {}
    for sp, t, m in pair_months:
        pairs.setdefault((sp, t), set()).add(m)
    for part in _chunked(speakers):
        _speaker_totals(run, _with_stored_months(run, "SpeakerTotal", "speakertotal", part), replace)
    for part in _chunked(pairs):
        _pair_totals(run, _with_stored_months(run, "PairTotal", "pairtotal", part), replace)


def fill(store, replace) -> bool:
    """Build the totals of a store whose month tables predate them, or only the pair totals where they
    predate their `running` totals (the month keys read once, then a chunk of totals per transaction); True if
    it did."""
    if not store.rows("MATCH (r:SpeakerMonth) RETURN r.uid AS uid LIMIT 1"):
        return False
    speakers: dict[str, set[str]] = {}
    if not store.rows("MATCH (r:SpeakerTotal) RETURN r.uid AS uid LIMIT 1"):
        for r in store.rows("MATCH (r:SpeakerMonth) RETURN r.speaker AS sp, r.month AS m"):
            speakers.setdefault(r["sp"], set()).add(r["m"])
    elif not store.rows("MATCH (r:PairTotal) WHERE r.running IS NULL RETURN r.uid AS uid LIMIT 1"):
        return False
    pairs: dict[tuple[str, str], set[str]] = {}
    for r in store.rows("MATCH (r:PairMonth) RETURN r.speaker AS sp, r.target AS t, r.month AS m"):
        pairs.setdefault((r["sp"], r["t"]), set()).add(r["m"])
    for part in _chunked(speakers, 10 * CHUNK):
        store.transact(lambda run, part=part: _speaker_totals(run, part, replace))
    for part in _chunked(pairs, 10 * CHUNK):
        store.transact(lambda run, part=part: _pair_totals(run, part, replace))
    return True
