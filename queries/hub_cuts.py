"""Date cuts: how the embedded store answers `how_connected` and `mentioned_with` for frequently quoted and
mentioned actors, with the saved query's own rows.

`mentioned_with` counts co-mentions over the entity's newest `newest` articles; the saved query sorts all of
them (94k for the most mentioned entity at 100k). Here it runs with `a.published >= cut`, the newest day
from which the entity is expected in SHARE_MARGIN x `newest` articles (`entity_cut`), once a count says it
has at least `newest` from that day on (so they are its newest); otherwise the saved query runs.

The embedded store has no index but primary keys, so the saved query's paged branches (the newest `limit`
statements each way, the newest `limit` articles that mention both) read every one of the actors' statements
or articles and sort them all: at 100k articles the most quoted speaker has 127k statements, 37k of them
about Russia, and the two share 70k articles. Here each branch runs alone, the paged ones with a date cut
their page cannot reach below, taken from the rollups (graph/rollups.py):
- statements: the newest month at which the pair's PairTotal month counts add up to `limit` (ABOUT
  statements only, so a lower bound: TO adds rows), as one more condition on the saved branch;
- shared articles: the newest day from which articles mentioning both are expected to number SHARE_MARGIN x
  `limit` (OutletMonth's articles per month, spread evenly between the month's first and last date, times
  the share of all articles each actor is mentioned in, from EntityCount), when neither actor is expected
  to have more than MAX_READ articles from it on (else the saved branch, which then costs little more).
  Each actor's articles from that day on are read by uid and joined here: LadybugDB 0.22 joins the two actors' MENTIONS, in one pattern or
  in two MATCHes, by reading both in full (at 100k, the most quoted speaker and Russia: 75-100 ms with the
  cut in the query, about 40 ms this way, 120-165 ms for the saved branch). Each actor is read under its own
  label (from its uid): under the seven entity labels each read took twice as long.
A cut is a filter on the branch's own sort key (undated statements kept, as they sort first; undated
articles sort last), so a cut branch that still fills its page has the saved branch's page; one that does
not is run again as saved. The branches' rows are then made distinct, as UNION makes them.

Only where both names are held by one entity each, and not the same one (as queries/name_anchor.py
resolves them), and some branch has a cut; otherwise the saved query runs as it is. Every statement here
(look-ups, rollups, branches) runs in the one read `name_anchor.run` opens (`GraphStore.read`), so the
whole call shares one time limit: each statement gets what is left of it.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Optional

from graph.model import ANY_ENTITY
from graph.store import Result
from queries.explore import label_of

UNION = re.compile(r"^UNION$", re.M)
PAGED = re.compile(r"^((?:MATCH|WHERE) .*)\n(WITH [^\n]* ORDER BY (?:s\.date|coalesce\(ar?\.published, ''\)) DESC"
                   r"[^\n]*LIMIT \$(?:limit|newest))$", re.M)
STATEMENT_CUT = " AND (s.date IS NULL OR s.date >= $cut)"
SHARE_MARGIN = 3
MAX_READ = 1000           # articles one actor is expected to have from the shared cut on, at most
ARTICLES_FROM = ("MATCH (x:{label})<-[:MENTIONS]-(ar:Article) WHERE x.uid = $uid AND ar.published >= $cut "
                 "RETURN ar.uid AS uid, ar.published AS published, ar.title AS title")   # the uid's own label
ARTICLE_CUT = " AND a.published >= $cut"
COUNT_FROM = "MATCH (x:{label})<-[:MENTIONS]-(a:Article) WHERE x.uid = $uid AND a.published >= $cut RETURN count(*) AS n"
ENDS = (f"UNWIND $uids AS u MATCH (x:{ANY_ENTITY}) WHERE x.uid = u "
        "RETURN x.uid AS uid, x.name AS name, x.type AS type")


def pair_cut(store, speaker: str, target: str, limit: int) -> str:
    """The newest month from which the statements of `speaker` about `target` number at least `limit`
    (PairTotal's months and running totals), or '' (no cut)."""
    rows = store.rows("MATCH (r:PairTotal) WHERE r.uid = $uid RETURN r.months AS months, r.running AS running",
                      {"uid": f"pairtotal:{speaker}|{target}"})
    if not rows or not rows[0]["months"] or not rows[0]["running"]:
        return ""
    months, running = rows[0]["months"], rows[0]["running"]
    per_month = {m: running[i + 1] - running[i] for i, m in enumerate(months) if i + 1 < len(running)}
    total = per_month.pop("", 0)                              # undated statements are always read
    for m in sorted(per_month, reverse=True):
        total += per_month[m]
        if total >= limit:
            return m
    return ""


def _months(store) -> tuple[list[dict], int]:
    """The dated months newest first with their articles and first and last dates (OutletMonth), and the
    number of articles."""
    months = store.rows("MATCH (o:OutletMonth) RETURN o.month AS month, sum(o.articles) AS n, "
                        "min(o.first) AS first, max(o.last) AS last")
    dated = sorted((r for r in months if r["month"] and r["n"]), key=lambda r: r["month"], reverse=True)
    return dated, sum(r["n"] or 0 for r in months)


def _mentions(store, uids: list[str]) -> list[int]:
    return [r["mentions"] or 0 for r in store.rows(
        "UNWIND $uids AS u MATCH (c:EntityCount) WHERE c.uid = 'entitycount:' + u RETURN c.mentions AS mentions",
        {"uids": uids})]


def day_cut(dated: list[dict], wanted: float) -> str:
    """The newest day from which `wanted` articles are expected, each month's spread evenly over its dates,
    or '' when that is in the oldest month (a cut there cuts little)."""
    seen = 0
    for r in dated[:-1]:
        if seen + r["n"] >= wanted:
            return _day_within(r, (wanted - seen) / r["n"])
        seen += r["n"]
    return ""


def shared_cut(store, first: str, second: str, limit: int) -> str:
    """The newest day from which articles mentioning both actors are expected to number SHARE_MARGIN x
    `limit`, if mentions were independent, or '' (no cut)."""
    mentions, (dated, articles) = _mentions(store, [first, second]), _months(store)
    if len(mentions) != 2 or not articles or not all(mentions):
        return ""
    wanted = SHARE_MARGIN * limit * articles * articles / mentions[0] / mentions[1]
    if wanted * max(mentions) / articles > MAX_READ:
        return ""                                             # not a cut worth its reads
    return day_cut(dated, wanted)


def entity_cut(store, uid: str, newest: int) -> str:
    """The newest day from which the entity is expected to be in SHARE_MARGIN x `newest` articles, or ''."""
    mentions, (dated, articles) = _mentions(store, [uid]), _months(store)
    if not mentions or mentions[0] <= SHARE_MARGIN * newest:
        return ""
    return day_cut(dated, SHARE_MARGIN * newest * articles / mentions[0])


def _day_within(month: dict, newest_share: float) -> str:
    """The day from which `newest_share` of `month`'s articles fall if spread evenly over its dates."""
    try:
        first, last = date.fromisoformat(month["first"][:10]), date.fromisoformat(month["last"][:10])
    except (TypeError, ValueError):
        return month["month"]
    day = last - timedelta(days=int(newest_share * ((last - first).days + 1)))
    return max(day, first).isoformat()


def shared_articles(store, first: str, second: str, limit: int, cut: str) -> list[dict]:
    """The saved query's last branch among articles from `cut` on: one row per pair of MENTIONS (as its
    pattern matches them), newest first, then by uid; [] when they do not fill the page."""
    def articles(uid):
        return store.rows(ARTICLES_FROM.format(label=label_of(uid)), {"uid": uid, "cut": cut})
    seconds = Counter(r["uid"] for r in articles(second))
    both = sorted((r for r in articles(first) if r["uid"] in seconds), key=lambda r: r["uid"])
    both.sort(key=lambda r: r["published"], reverse=True)
    page = [r for r in both for _ in range(seconds[r["uid"]])][:limit]
    if len(page) < limit:
        return []
    ends = {r["uid"]: r for r in store.rows(ENDS, {"uids": [first, second]})}
    x, y = ends[first], ends[second]
    return [{"a_uid": x["uid"], "a_name": x["name"], "a_type": x["type"], "link": "mentioned together",
             "via_uid": r["uid"], "via_name": r["title"], "via_type": "Article",
             "b_uid": y["uid"], "b_name": y["name"], "b_type": y["type"]} for r in page]


def _cut_branch(branch: str, condition: str) -> Optional[str]:
    """`branch` with `condition` added to its MATCH ... WHERE, or None when it is not a paged branch."""
    m = PAGED.search(branch)
    if not m or "WHERE " not in m.group(1):
        return None
    return branch[:m.end(1)] + condition + branch[m.end(1):]


def _branch(store, i: int, branch: str, params: dict, ends: tuple, limit: int, cut: str, cap: int):
    """Branch `i`'s result from `cut` on, or None when it has no cut or the cut did not fill the page."""
    if not cut:
        return None
    if i in (0, 1):
        got = store.query(_cut_branch(branch, STATEMENT_CUT), {**params, "cut": cut}, limit=cap)
        return got if len(got.rows) >= limit else None
    page = shared_articles(store, *ends, limit, cut)
    return Result(list(page[0]), page) if page else None


def how_connected(store, query, values: dict, cap: int) -> Optional[Result]:
    """The saved how_connected's rows, its paged branches cut by date (module docstring); None when a name
    does not resolve to one entity or the saved text is not the shape this expects. `store`: a store or
    the reader of a `GraphStore.read`."""
    from queries.name_anchor import resolve_all
    first, second = resolve_all(store, [values.get("first"), values.get("second")])
    limit = values.get("limit")
    if first is None or second is None or first == second or not isinstance(limit, int) or limit < 1:
        return None
    branches = UNION.split(query.cypher)
    if len(branches) != 5 or any(_cut_branch(branches[i], "") is None for i in (0, 1, 4)):
        return None
    cuts = {0: pair_cut(store, first, second, limit), 1: pair_cut(store, second, first, limit),
            4: shared_cut(store, first, second, limit)}
    if not any(cuts.values()):
        return None                                           # nothing to cut: the saved query, in one
    columns, rows, seen = None, [], set()
    for i, branch in enumerate(branches):
        params = {k: v for k, v in values.items() if "$" + k in branch}
        got = (_branch(store, i, branch, params, (first, second), limit, cuts.get(i, ""), cap)
               or store.query(branch, params, limit=cap))
        columns = columns or got.columns
        for row in got.rows:
            key = tuple(row.get(c) for c in got.columns)
            if key not in seen:
                seen.add(key)
                rows.append(row)
    return Result(columns or [], rows[:cap], len(rows) > cap)


def mentioned_with(store, query, values: dict, cap: int) -> Optional[Result]:
    """The saved mentioned_with's rows, its entity's newest `newest` articles read from a day on (`entity_cut`)
    when the entity has that many from it on; None (the saved query) otherwise."""
    from queries.name_anchor import resolve
    uid, newest = resolve(store, values.get("name")), values.get("newest")
    text = _cut_branch(query.cypher, ARTICLE_CUT)
    if uid is None or text is None or not isinstance(newest, int) or newest < 1:
        return None
    cut = entity_cut(store, uid, newest)
    if not cut or store.rows(COUNT_FROM.format(label=label_of(uid)), {"uid": uid, "cut": cut})[0]["n"] < newest:
        return None
    params = {k: v for k, v in values.items() if "$" + k in query.cypher}
    return store.query(text, {**params, "cut": cut}, limit=cap)


FORMS = {"how_connected": how_connected, "mentioned_with": mentioned_with}
