"""Rollups by outlet, for the two hub aggregations that count outlets and dates (`outlets_quoting`,
`who_talks_about`):

  SpeakerOutlet  speaker x outlet of the statement ('' in the key, null in `outlet`, when it has none):
                 statements, first and last date (null when all are undated), the speaker's name and type
  PairMonth / PairTotal  also carry `outlets` (the distinct outlets of the pair's statements, sorted, no
                 null) and `first_date` / `last_date` (their earliest and latest date), so a pair's
                 `count(DISTINCT s.outlet)`, `min(s.date)` and `max(s.date)` are read from its PairTotal row

Writes keep them with the other tables (deltas in graph/rollup_deltas.py, keys recomputed in
graph/rollups.py from the raw graph by `speaker_outlets` here). `fill` builds them once in a store whose
rollups predate them (one read of the raw graph, then rows written a chunk per transaction).
"""
from __future__ import annotations

from graph.model import ANY_ENTITY, SPEAKER_LABELS

CHUNK = 5000
S_MONTH = "CASE WHEN s.date IS NULL THEN '' ELSE left(s.date, 7) END"
# the extra columns of a PairMonth row, as aggregates over its statements `s`
PAIR_EXTRA = "collect(DISTINCT s.outlet) AS outlets, min(s.date) AS first_date, max(s.date) AS last_date"


def outlets_of(values) -> list[str]:
    """The distinct outlets of a collect(), sorted, null left out (as count(DISTINCT) leaves it out)."""
    return sorted({v for v in values or [] if v is not None})


def _row(r: dict) -> dict:
    outlet = r["outlet"]
    return {"uid": f"speakeroutlet:{r['speaker']}|{outlet}", "type": "SpeakerOutlet",
            "name": f"{r['speaker_name']} in {outlet or 'no outlet'}", "speaker": r["speaker"],
            "speaker_name": r["speaker_name"], "speaker_type": r["speaker_type"], "outlet": outlet or None,
            "statements": r["statements"], "first": r["first"], "last": r["last"]}


_SPEAKER_OUTLETS = ("MATCH (sp:{label})-[:SAID]->(s:Statement) WITH {keep}sp, s, coalesce(s.outlet, '') AS outlet {where}"
                    "RETURN sp.uid AS speaker, sp.name AS speaker_name, sp.type AS speaker_type, outlet, "
                    "count(s) AS statements, min(s.date) AS first, max(s.date) AS last")


def speaker_outlets(run, keys: list[tuple[str, str]], by_label, replace) -> None:
    """Recompute the SpeakerOutlet rows of these (speaker, outlet) keys from the raw graph, each speaker's
    statements read once (`by_label` groups uids by label, `replace(run, label, uids, rows)` writes)."""
    groups: dict[str, set[str]] = {}
    for sp, outlet in keys:
        groups.setdefault(sp, set()).add(outlet)
    rows = []
    for label, part in by_label(list(groups), lambda u: u, SPEAKER_LABELS).items():
        rows += run("UNWIND $keys AS k " + _SPEAKER_OUTLETS.format(label=label + " {uid: k.speaker}", keep="k, ",
                                                                    where="WHERE outlet IN k.outlets "),
                    {"keys": [{"speaker": u, "outlets": sorted(groups[u])} for u in part]})
    replace(run, "SpeakerOutlet", [f"speakeroutlet:{sp}|{o}" for sp, o in keys], [_row(r) for r in rows])


def _probe(store) -> dict | None:
    """The first PairMonth row a scan meets (the same one on every open) and whether it lacks `outlets`;
    `fill` writes it last, so a fill cut short is seen and done again."""
    rows = store.rows("MATCH (r:PairMonth) RETURN r.uid AS uid, r.outlets IS NULL AS missing LIMIT 1")
    return rows[0] if rows else None


def _fill_pairs(store) -> None:
    """PairMonth's and PairTotal's outlets and dates from one read of the raw graph, set by uid."""
    months, totals = {}, {}
    for label in SPEAKER_LABELS:
        for r in store.rows(f"MATCH (sp:{label})-[:SAID]->(s:Statement)-[:ABOUT]->(t:{ANY_ENTITY}) "
                            f"WITH sp.uid AS speaker, t.uid AS target, {S_MONTH} AS month, s "
                            f"RETURN speaker, target, month, {PAIR_EXTRA}"):
            row = {"outlets": outlets_of(r["outlets"]), "first_date": r["first_date"], "last_date": r["last_date"]}
            months[f"pairmonth:{r['speaker']}|{r['target']}|{r['month']}"] = row
            total = totals.setdefault(f"pairtotal:{r['speaker']}|{r['target']}", {"outlets": set(), "dates": []})
            total["outlets"] |= set(row["outlets"])
            total["dates"] += [d for d in (row["first_date"], row["last_date"]) if d]
    pair_totals = [{"uid": u, "outlets": sorted(t["outlets"]), "first_date": min(t["dates"], default=None),
                    "last_date": max(t["dates"], default=None)} for u, t in sorted(totals.items())]
    probe = _probe(store)
    month_rows = [{"uid": u, **row} for u, row in sorted(months.items()) if not probe or u != probe["uid"]]
    if probe and probe["uid"] in months:
        month_rows.append({"uid": probe["uid"], **months[probe["uid"]]})        # last: marks the fill done
    for label, rows in (("PairTotal", pair_totals), ("PairMonth", month_rows)):
        for i in range(0, len(rows), CHUNK):
            store.transact(lambda run, part=rows[i:i + CHUNK], label=label: run(
                f"UNWIND $rows AS row MATCH (r:{label} {{uid: row.uid}}) SET r.outlets = row.outlets, "
                "r.first_date = row.first_date, r.last_date = row.last_date", {"rows": part}))


def fill(store, replace) -> bool:
    """Build the outlet rollups in a store whose month tables predate them; True if it did."""
    did = False
    probe = _probe(store)
    if probe and probe["missing"]:
        _fill_pairs(store)
        did = True
    if store.rows("MATCH (r:SpeakerMonth) RETURN r.uid AS uid LIMIT 1") and \
            not store.rows("MATCH (r:SpeakerOutlet) RETURN r.uid AS uid LIMIT 1"):
        rows = [_row(r) for label in SPEAKER_LABELS
                for r in store.rows(_SPEAKER_OUTLETS.format(label=label, keep="", where=""))]
        store.transact(lambda run: replace(run, "SpeakerOutlet", [], rows))  # one transaction: all or nothing
        did = True
    return did
