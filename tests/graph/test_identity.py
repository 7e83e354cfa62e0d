"""One node per real-world thing across articles, on both engines (graph/identity.py): fuller and shorter
names, transliterations and patronymics meet; people sharing only a surname, and two states' ministries,
never do; the fuller name becomes the name; writing everything again changes nothing."""
from __future__ import annotations

from graph.fragment import build_fragment
from graph.identity import first_last, fold
from graph.records import Article, Entity, Extraction, Statement


def _write(store, n: int, *entities: tuple[str, str]) -> None:
    text = f"Article {n}: " + "; ".join(name for name, _ in entities) + " spoke."
    article = Article(source=f"a{n}.txt", text=text, title=f"Article {n}")
    ex = Extraction(source=article.source, title=article.title,
                    entities=[Entity(name=name, type=label) for name, label in entities],
                    statements=[Statement(speaker=name, text=f"statement {n} by {name}", start=0, end=5)
                                for name, label in entities if label != "State"])
    store.write(build_fragment(article, ex))


def _names(store, label: str) -> list[str]:
    return sorted(r["name"] for r in store.rows(f"MATCH (n:{label}) RETURN n.name AS name"))


def test_folding_and_first_last():
    assert fold("Rakhmon") == fold("Rahmon") and fold("Sergey") == fold("Sergei")
    assert first_last("Sergei Viktorovich Lavrov") == first_last("Sergey Lavrov") == ("sergei", "lavrov")
    assert first_last("Lavrov") is None


def test_people_meet_across_articles_and_the_fuller_name_wins(store):
    _write(store, 1, ("Lavrov", "Person"))
    _write(store, 2, ("Sergei Lavrov", "Person"))
    _write(store, 3, ("Sergey Viktorovich Lavrov", "Person"))
    _write(store, 4, ("Emomali Rahmon", "Person"))
    _write(store, 5, ("Emomali Rakhmon", "Person"), ("Rahmon", "Person"))
    assert _names(store, "Person") == ["Emomali Rakhmon", "Sergey Viktorovich Lavrov"] or \
        _names(store, "Person") == ["Emomali Rahmon", "Sergey Viktorovich Lavrov"]
    row = store.rows("MATCH (p:Person) WHERE p.name STARTS WITH 'Sergey' RETURN p.aliases AS aliases")[0]
    assert {"Lavrov", "Sergei Lavrov"} <= set(row["aliases"])
    said = store.rows("MATCH (p:Person)-[:SAID]->(s:Statement) WHERE p.name STARTS WITH 'Sergey' "
                      "RETURN count(s) AS c")[0]["c"]
    assert said == 3


def test_a_shared_surname_alone_merges_nobody(store):
    _write(store, 1, ("Hillary Clinton", "Person"))
    _write(store, 2, ("Bill Clinton", "Person"))
    _write(store, 3, ("Clinton", "Person"))
    assert _names(store, "Person") == ["Bill Clinton", "Clinton", "Hillary Clinton"]
    _write(store, 4, ("Hillary Rodham Clinton", "Person"))
    assert _names(store, "Person") == ["Bill Clinton", "Clinton", "Hillary Rodham Clinton"]


def test_state_bodies_stay_apart_and_media_stay_media(store):
    _write(store, 1, ("Foreign Ministry (Turkey)", "Organization"), ("Caspian Wire", "Media"))
    _write(store, 2, ("Foreign Ministry (Russia)", "Organization"), ("Caspian Wire", "Organization"))
    _write(store, 3, ("Foreign Ministry (in: Article 3)", "Organization"))
    _write(store, 4, ("Foreign Ministry (Turkey)", "Organization"))
    assert _names(store, "Organization") == ["Foreign Ministry (Russia)", "Foreign Ministry (Turkey)",
                                             "Foreign Ministry (in: Article 3)"]
    assert _names(store, "Media") == ["Caspian Wire"]


def test_writing_again_changes_nothing(store):
    batches = [(1, ("Lavrov", "Person")), (2, ("Sergei Lavrov", "Person")), (3, ("Clinton", "Person")),
               (4, ("Hillary Clinton", "Person")), (5, ("Bill Clinton", "Person"))]
    for n, ent in batches:
        _write(store, n, ent)
    before = (store.counts(), _names(store, "Person"))
    for n, ent in batches:
        _write(store, n, ent)
    assert (store.counts(), _names(store, "Person")) == before


def test_a_surname_tagged_organisation_is_the_one_person_of_that_name(store):
    _write(store, 1, ("Donald Trump", "Person"))
    _write(store, 2, ("Trump", "Organization"))
    assert _names(store, "Person") == ["Donald Trump"] and _names(store, "Organization") == []
