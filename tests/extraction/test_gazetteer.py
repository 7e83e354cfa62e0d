"""Gazetteer data: aliases, demonyms and alliance names resolve to canonical entities."""
from loaders.extraction.gazetteer import load


def test_aliases_demonyms_capitals(nlp):
    doc = nlp.make_doc("Uzbek authorities, the CSTO and Moscow fought ISIL and Daesh, the Russian Federation said.")
    found = {m.text: m.known.name for m in load().match(doc)}
    assert found["Uzbek"] == "Uzbekistan"
    assert found["CSTO"] == "Collective Security Treaty Organization"
    assert found["Moscow"] == "Russia" and found["Russian Federation"] == "Russia"
    assert found["ISIL"] == found["Daesh"] == "Islamic State"


def test_case_sensitive():
    doc_words = load().lookup("turkey")
    assert doc_words is None and load().lookup("Turkey").name == "Turkey"
