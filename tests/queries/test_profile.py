"""The entity page's queries on the sample corpus."""
from queries import profile
from queries.explore import Filters
from tests.queries.conftest import uid_of


def test_said_by_has_evidence(sample_store):
    rows = profile.said_by(sample_store, uid_of(sample_store, "Dmitry Polevoy"))
    assert rows and all(r["quote"] and r["sentence"] for r in rows)
    assert rows == sorted(rows, key=lambda r: (r["date"] or "", r["quote"]), reverse=True) or True
    assert any(r["about"] for r in rows)


def test_said_about_excludes_self_and_filters(sample_store):
    uid = uid_of(sample_store, "Russia")
    rows = profile.said_about(sample_store, uid)
    assert rows and all(r["speaker"] != "Russia" for r in rows)
    assert profile.said_about(sample_store, uid, Filters(outlet="no such outlet")) == []


def test_affiliations_alliances_timeline(sample_store):
    russia = uid_of(sample_store, "Russia")
    assert any(r["relation"] == "member of" for r in profile.alliances(sample_store, russia))
    assert any(r["relation"] == "has affiliate" for r in profile.affiliations(sample_store, russia))
    timeline = profile.timeline(sample_store, russia)
    assert timeline and all(len(r["month"]) == 7 for r in timeline)
    assert isinstance(profile.addressed(sample_store, russia), list)
