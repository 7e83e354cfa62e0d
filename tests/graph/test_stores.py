"""Both stores behind one interface: the same fragment gives the same counts, writes are idempotent and
atomic per article, aliases merge across articles, user queries cannot write."""
from __future__ import annotations

import pytest

from graph.fragment import build_fragment
from graph.model import article_uid, entity_uid
from graph.readonly import QueryRejected
from graph.records import Article, Entity, Extraction, Relation, Statement
from graph.store import StoreError

TEXT = ("Tajik President Emomali Rahmonov said on Monday that the CSTO would hold drills. "
        "\"We are ready,\" Rahmonov told Caspian Wire.")


def sample(text: str = TEXT, alias: str = "Rahmonov") -> tuple[Article, Extraction]:
    article = Article(source="a.txt", text=text, title="Drills", published="2025-03-04",
                      outlet="Caspian Wire")
    ext = Extraction(
        source="a.txt", title="Drills", published="2025-03-04",
        entities=[Entity(name="Emomali Rahmonov", type="Person", aliases=[alias], roles=["President"],
                         affiliations=["Tajikistan"]),
                  Entity(name="Tajikistan", type="State", aliases=["Tajik"]),
                  Entity(name="Collective Security Treaty Organization", type="Alliance", aliases=["CSTO"]),
                  Entity(name="Caspian Wire", type="Media")],
        statements=[Statement(speaker="Emomali Rahmonov", text="the CSTO would hold drills", start=47,
                              end=73, kind="indirect", cue="said", about=["CSTO"]),
                    Statement(speaker="Rahmonov", addressee="Caspian Wire", text="We are ready", start=83,
                              end=95, kind="direct", cue="told")],
        relations=[Relation(source="Tajikistan", type="MEMBER_OF",
                            target="Collective Security Treaty Organization")])
    return article, ext


EXPECTED = {"Article": 1, "Person": 1, "State": 1, "Alliance": 1, "Media": 1, "Statement": 2,
            ":SAID": 2, ":TO": 1, ":ABOUT": 1, ":REPORTED_IN": 2, ":PUBLISHED_BY": 1, ":MENTIONS": 4,
            ":AFFILIATED_WITH": 1, ":MEMBER_OF": 1}


def test_fragment_written_once_gives_expected_counts(store):
    article, ext = sample()
    store.write(build_fragment(article, ext))
    counts = {k: v for k, v in store.counts().items() if v}
    assert counts == EXPECTED
    store.write(build_fragment(article, ext))
    assert {k: v for k, v in store.counts().items() if v} == EXPECTED
    assert store.has_article(article_uid(article.text))


def test_entity_keeps_aliases_and_roles_across_articles(store):
    a1, e1 = sample()
    a2, e2 = sample(TEXT + " More.", alias="President Rahmonov")
    e2.entities[0].roles = ["head of state"]
    store.write(build_fragment(a1, e1))
    store.write(build_fragment(a2, e2))
    rows = store.rows("MATCH (p:Person {uid: $uid}) RETURN p.name AS name, p.aliases AS aliases, "
                      "p.roles AS roles, p.search AS search", {"uid": entity_uid("Person", "Emomali Rahmonov")})
    assert len(rows) == 1
    assert rows[0]["aliases"] == ["Rahmonov", "President Rahmonov"]
    assert rows[0]["roles"] == ["President", "head of state"]
    assert "president rahmonov" in rows[0]["search"]
    assert store.counts()["Article"] == 2 and store.counts()["Person"] == 1


def test_failed_write_leaves_nothing_of_the_article(store):
    article, ext = sample()
    fragment = build_fragment(article, ext)
    bad = next(iter(fragment.nodes["Statement"].values()))
    bad["text"] = {"not": "a property value"}           # Neo4j rejects a map as a property value,
    bad["start_char"] = "not a number"                  # Ladybug a string in an INT64 column
    with pytest.raises(StoreError):
        store.write(fragment)
    assert sum(store.counts().values()) == 0


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Person {uid: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) SET n.name = 'x'",
    "merge (n:Person {uid: 'x'})",
    "MATCH (n:Person) REMOVE n.name",
    "MATCH (n) RETURN n; MATCH (m) DELETE m",
    "MATCH (n) /* harmless */ DeTaCh /* */ DELETE n",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL db.createLabel('X')",
])
def test_user_queries_cannot_write(store, cypher):
    article, ext = sample()
    store.write(build_fragment(article, ext))
    before = store.counts()
    with pytest.raises((QueryRejected, StoreError)):
        store.query(cypher, user=True)
    assert store.counts() == before


def test_user_query_row_cap_and_parameters(store):
    article, ext = sample()
    store.write(build_fragment(article, ext))
    result = store.query("MATCH (n:Statement) RETURN n.text AS text ORDER BY text", user=True, limit=1)
    assert result.truncated and len(result.rows) == 1
    hostile = "'); MATCH (n) DETACH DELETE n //"
    rows = store.rows("MATCH (p:Person) WHERE p.name = $name RETURN p.uid AS uid", {"name": hostile})
    assert rows == [] and store.counts()["Person"] == 1


def test_the_outlet_is_media_even_when_ner_typed_it_otherwise():
    article, ext = sample()
    ext.entities[3].type = "Organization"               # "Caspian Wire", the article's outlet
    fragment = build_fragment(article, ext)
    assert "Organization" not in fragment.nodes
    assert len(fragment.rels[("PUBLISHED_BY", "Article", "Media")]) == 1
