"""One node per real-world thing across articles: a write-time look-up of the names the store already holds.

Each entity node registers name keys (`NameKey` nodes, found by their uid — a primary-key look-up on both
engines, never a scan): `name:` its normalised name and aliases, and for people `fl:` first + last name
(middle names, initials and patronymics dropped: "Sergei Viktorovich Lavrov" -> "sergei lavrov"), `last:`
the surname of a full name and `solo:` a surname-only node. Keys are folded for transliteration
("Rakhmon" / "Rahmon", "Sergey" / "Sergei"). A fragment's entity takes the uid of the stored node that
  1. has its name or one of its (multi-word) aliases (`name:`), else
  2. a person with the same first and last name (`fl:`), else
  3. for a full name, the one stored surname-only node of that surname (`solo:`), or for a surname alone,
     the one stored full name with that surname (`last:`; two people sharing it -> no merge).
An Organization whose name a Media node holds becomes that Media node (media are Media everywhere); a
one-word Organization that is the surname of exactly one stored person is that person.
The fuller name becomes the canonical one; the other stays an alias. Keys are written in the same
transaction, so writing the same fragment again resolves to the same nodes (idempotent).
State bodies kept to one article ("Foreign Ministry (in: ...)") and bare institution aliases ("Foreign
Ministry" of "Foreign Ministry (Turkey)") register no key: two states' ministries never meet here.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from graph.fragment import Fragment, merge_unique, search_key
from graph.model import ENTITY_LABELS, NAME_CACHE, allowed, normalise_name
from graph.rows import EntityRow, NameKeyRow

KEY_LABEL = "NameKey"
_LOCAL = re.compile(r"\(in: [^()]*\)$")
_QUALIFIED = re.compile(r"^(.+?) \([^()]+\)$")   # "Foreign Ministry (Turkey)": the bare part is no key
_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ich|ogly|oglu|kyzy|qizi|uly)$")
_INITIAL = re.compile(r"^\w\.?$")


@lru_cache(maxsize=NAME_CACHE)
def fold(name: str) -> str:
    """Normalised name with transliteration variants folded: 'Rakhmon' -> 'rahmon', 'Sergey' -> 'sergei'."""
    text = normalise_name(name).replace("-", "").replace(".", " ")   # "Holtz-Eakin" is one word
    text = re.sub(r"[^\w ]", "", text)
    for a, b in (("kh", "h"), ("y", "i"), ("ii", "i"), ("ks", "x"), ("dzh", "j"), ("zh", "j"), ("ou", "u")):
        text = text.replace(a, b)
    return " ".join(text.split())


def _words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w]


def first_last(name: str) -> tuple[str, str] | None:
    """(first, last) of a person's name without middle names, initials and patronymics; None for one word."""
    words = [w for w in _words(name) if w not in ("jr", "sr", "ii", "iii")]
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    if _INITIAL.match(first):
        return None
    return first, last


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def key_uid(label: str, key: str) -> str:
    return f"namekey:{_digest(label + '|' + key)}"


def _local(name: str) -> bool:
    return bool(_LOCAL.search(name))


def _name_keys(label: str, row: EntityRow) -> list[str]:
    """Keys this row registers and is found by (`name:` keys only; people's extra keys aside)."""
    if _local(row["name"]):
        return []
    out = ["name:" + fold(row["name"])]
    qualified = _QUALIFIED.match(row["name"])
    for alias in row.get("aliases", []):
        if qualified and fold(alias) == fold(qualified[1]) or (label == "Person" and len(_words(alias)) < 2):
            continue
        out.append("name:" + fold(alias))
    return [k for k in dict.fromkeys(out) if k != "name:"]


def _person_keys(row: EntityRow) -> dict[str, str]:
    fl = first_last(row["name"])
    if fl:
        return {"fl": f"fl:{fl[0]} {fl[1]}", "last": f"last:{fl[1]}"}
    words = _words(row["name"])
    return {"solo": f"solo:{words[0]}"} if len(words) == 1 else {}


def fuller(a: str, b: str) -> str:
    """The fuller of two names of one thing: more words, then longer."""
    return max((a, b), key=lambda n: (len(n.split()), len(n)))


class _Keys:
    """Name keys read from the store once per fragment, then updated in memory as rows resolve."""

    def __init__(self, run, wanted: set[str], known: dict[str, list[str]] | None = None):
        self.targets: dict[str, list[str]] = {u: list(t) for u, t in (known or {}).items() if u in wanted}
        self.dirty: set[str] = set()
        self.names: dict[str, str] = {}
        uids = sorted(wanted - set(self.targets))
        if uids:
            for r in run(f"UNWIND $uids AS u MATCH (k:{KEY_LABEL} {{uid: u}}) RETURN k.uid AS uid, "
                         "k.targets AS targets", {"uids": uids}):          # key look-ups, not a scan
                self.targets[r["uid"]] = list(r["targets"] or [])

    def get(self, label: str, key: str) -> list[str]:
        return self.targets.get(key_uid(label, key), [])

    def add(self, label: str, key: str, target: str) -> None:
        uid = key_uid(label, key)
        lst = self.targets.setdefault(uid, [])
        if target not in lst:
            lst.append(target)
            self.dirty.add(uid)
            self.names[uid] = key

    def drop(self, label: str, key: str, target: str) -> None:
        uid = key_uid(label, key)
        if target in self.targets.get(uid, []):
            self.targets[uid].remove(target)
            self.dirty.add(uid)
            self.names[uid] = key

    def rows(self) -> list[NameKeyRow]:
        return [NameKeyRow(uid=u, type=KEY_LABEL, name=self.names[u][:300], targets=self.targets[u])
                for u in sorted(self.dirty)]


def _all_keys(label: str, row: EntityRow) -> list[tuple[str, str]]:
    keys = [(label, k) for k in _name_keys(label, row)]
    if label == "Person" and not _local(row["name"]):
        pk = _person_keys(row)
        keys += [(label, k) for k in pk.values()]
        fl = first_last(row["name"])
        if fl:
            keys.append((label, f"solo:{fl[1]}"))
        elif "solo" in pk:
            keys.append((label, "last:" + pk["solo"][5:]))
    if label == "Organization":
        keys += [("Media", k) for k in _name_keys("Media", row)]
        if len(_words(row["name"])) == 1:
            keys.append(("Person", "last:" + _words(row["name"])[0]))
    return keys


def _match(keys: _Keys, label: str, row: EntityRow) -> tuple[str, str] | None:
    """(label, uid) of the stored node this row is, or None."""
    if label == "Organization":
        for k in _name_keys("Media", row):
            hit = keys.get("Media", k)
            if hit:
                return "Media", hit[0]
        words = _words(row["name"])
        hit = keys.get("Person", f"last:{words[0]}") if len(words) == 1 and not row["name"].isupper() else []
        if len(hit) == 1:      # "Trump" tagged ORG is the one stored person of that surname
            return "Person", hit[0]
    for k in _name_keys(label, row):
        hit = keys.get(label, k)
        if hit:
            return label, hit[0]
    if label != "Person" or _local(row["name"]):
        return None
    fl = first_last(row["name"])
    if fl:
        hit = keys.get(label, f"fl:{fl[0]} {fl[1]}") or keys.get(label, f"solo:{fl[1]}")
        return (label, hit[0]) if len(hit) == 1 else None
    words = _words(row["name"])
    if len(words) == 1:
        hit = keys.get(label, f"last:{words[0]}")
        return (label, hit[0]) if len(hit) == 1 else None
    return None


def _register(keys: _Keys, label: str, row: EntityRow, uid: str, matched: bool) -> None:
    """Record the keys a resolved row adds: its names; for a full name, first+last and surname (and it
    leaves the surname-only key it may have upgraded); for a new surname-only node, its solo key."""
    for k in _name_keys(label, row):
        keys.add(label, k, uid)
    if label != "Person" or _local(row["name"]):
        return
    fl = first_last(row["name"])
    if fl:
        keys.add(label, f"fl:{fl[0]} {fl[1]}", uid)
        keys.add(label, f"last:{fl[1]}", uid)
        keys.drop(label, f"solo:{fl[1]}", uid)
    elif len(_words(row["name"])) == 1 and not matched:
        keys.add(label, f"solo:{_words(row['name'])[0]}", uid)


def fold_row(have: dict, row: dict) -> dict:
    """One entity seen twice (`have` first): the fuller name, aliases and roles unioned, the rest first-wins."""
    name = fuller(have["name"], row["name"])
    aliases = [a for a in merge_unique([name], [have["name"], row["name"]], have["aliases"], row["aliases"])[1:]]
    return {**have, "name": name, "aliases": aliases, "roles": merge_unique(have["roles"], row["roles"]),
            "search": search_key(name, aliases)}


def _entity_rows(fragment: Fragment) -> list[tuple[str, dict]]:
    return [(label, row) for label in ENTITY_LABELS for row in fragment.nodes.get(label, {}).values()]


def _wanted(fragment: Fragment) -> set[str]:
    return {key_uid(lab, k) for label, row in _entity_rows(fragment) for lab, k in _all_keys(label, row)}


def resolve_in_order(run, fragments: list[Fragment]) -> Fragment:
    """Several articles' fragments, for one transaction, as one fragment resolved exactly as if each had
    been written on its own in this order: each article is resolved against the store and the articles
    before it (one read of the name keys for all of them), then folded into the batch. Resolving the
    merged batch at once would not do: the look-up is order-dependent (a surname alone joins the one
    person stored with it; the first stored form of a name wins), so the graph would depend on the write
    batch size — and differ between `ingest`, the Spark job and the bulk path."""
    if len(fragments) == 1:
        return resolve(run, fragments[0])
    wanted = set().union(*map(_wanted, fragments))
    known = {uid: [] for uid in wanted} | _Keys(run, wanted).targets     # absent keys: known to be absent
    out = Fragment(fragments[0].article_uid if fragments else "")
    for fragment in fragments:
        fragment = resolve(run, fragment, known)
        for label, rows in fragment.nodes.items():
            into = out.nodes.setdefault(label, {})
            for uid, row in rows.items():
                if label == KEY_LABEL:                   # the latest targets list stands
                    known[uid] = row["targets"]
                    into[uid] = row
                elif uid in into and label in ENTITY_LABELS:
                    into[uid] = fold_row(into[uid], row)
                else:
                    into.setdefault(uid, row)
        for key, pairs in fragment.rels.items():
            into = out.rels.setdefault(key, {})
            for pair, row in pairs.items():
                into.setdefault(pair, row)
    return out


def resolve(run, fragment: Fragment, known: dict[str, list[str]] | None = None) -> Fragment:
    """The fragment with its entities mapped onto the nodes the store already holds (and name keys to write
    in `fragment.nodes[KEY_LABEL]`). `known`: name keys (uid -> targets) already read or written in this
    transaction; they stand in for the store's."""
    rows = _entity_rows(fragment)
    if not rows:
        return fragment
    keys = _Keys(run, {key_uid(lab, k) for label, row in rows for lab, k in _all_keys(label, row)}, known)
    # full names first, so that a surname alone in the same batch finds its person
    rows.sort(key=lambda lr: (-len(lr[1]["name"].split()), lr[1]["name"]))
    ref: dict[str, tuple[str, str]] = {}
    out: dict[str, dict[str, dict]] = {}
    for label, row in rows:
        hit = _match(keys, label, row)
        new_label, uid = hit if hit else (label, row["uid"])
        ref[row["uid"]] = (new_label, uid)
        row = {**row, "uid": uid, "type": new_label}
        have = out.setdefault(new_label, {}).get(uid)
        if have is not None:
            row = fold_row(have, row)
        out[new_label][uid] = row
        _register(keys, new_label, row, uid, matched=hit is not None)
    nodes = {label: rows_ for label, rows_ in fragment.nodes.items() if label not in ENTITY_LABELS}
    nodes.update(out)
    if keys.dirty:
        nodes[KEY_LABEL] = {r["uid"]: r for r in keys.rows()}
    rels: dict = {}
    for (rel_type, a_label, b_label), pairs in fragment.rels.items():
        for row in pairs.values():
            a = ref.get(row["a"], (a_label, row["a"]))
            b = ref.get(row["b"], (b_label, row["b"]))
            if a[1] == b[1] or not allowed(rel_type, a[0], b[0]):
                continue
            rels.setdefault((rel_type, a[0], b[0]), {}).setdefault((a[1], b[1]), {**row, "a": a[1], "b": b[1]})
    return Fragment(fragment.article_uid, nodes, rels)
