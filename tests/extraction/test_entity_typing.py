"""Nodes you can trust, per article: places are never organisations, title+name is a person with a role,
names are clean, outlets are Media, and a state body carries the state the text gives it."""
from __future__ import annotations

from loaders.extraction.institutions import bare_institution
from loaders.extraction.namecheck import clean
from loaders.extraction.places import load as load_places


def _types(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities}


def test_names_are_cleaned_or_refused():
    assert clean("Crisis Group (ICG") == "Crisis Group"
    assert clean("International\nCrisis  Group") == "International Crisis Group"
    assert clean("Donald Trump‘s") == "Donald Trump"
    for junk in ("State", "state", "n’t", "201st", "Trump’s “Look at my", "Luciana Lopez: Saying", "West"):
        assert clean(junk) is None, junk


def test_place_data_and_institution_patterns():
    places = load_places()
    assert places.lookup("KABUL") == "Kabul" and places.lookup("Panj") == "Panj"
    assert places.lookup("Kunduz province") == "Kunduz" and places.lookup("Manas") == "Manas"
    assert places.lookup("Goldman Sachs") is None
    assert bare_institution("Foreign Ministry") and bare_institution("Ministry of Foreign Affairs")
    assert not bare_institution("Republican Party") and not bare_institution("Foreign Ministry Spokesman")


def test_datelines_rivers_and_bases_are_places(run):
    ex = run("KABUL, March 7 (Pamir Post) - Fighters crossed the Panj near Khatlon, and jets flew from Manas. "
             "Officials in Termez said the border was calm.")
    types = _types(ex)
    assert not any(t == "Organization" for t in types.values()), types
    for place in ("Panj", "Khatlon", "Termez"):
        assert types.get(place) in ("Place", None), (place, types)


def test_title_and_name_is_a_person_and_acronyms_are_aliases(run):
    ex = run("Foreign Ministry Spokesman Hami Aksoy said the talks went well. The International Crisis "
             "Group (ICG) said in a report that the border was tense. ICG analysts agreed.")
    types = _types(ex)
    assert not any("Spokesman" in n or n == "Aksoy" and t == "Organization" for n, t in types.items()), types
    icg = [e for e in ex.entities if e.name == "International Crisis Group"]
    assert icg and "ICG" in icg[0].aliases and icg[0].type == "Organization"
    assert not any("(" in e.name and e.name.count("(") != e.name.count(")") for e in ex.entities)
    assert not any("\n" in e.name for e in ex.entities)


def test_outlets_are_media(run):
    ex = run("CNBC and PBS aired the debate. Mediaite reported that Univision was not invited.")
    types = _types(ex)
    for outlet in ("CNBC", "PBS", "Mediaite", "Univision"):
        assert types.get(outlet) == "Media", (outlet, types)


def test_each_state_keeps_its_own_ministry(run):
    ex = run("Turkey's Foreign Ministry said the pact was not directed at anyone. The Russian Foreign "
             "Ministry said it was watching closely. The Foreign Ministry in Ankara added that talks continue.")
    names = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Foreign Ministry (Turkey)", "Foreign Ministry (Russia)"} <= names, names
    assert "Foreign Ministry" not in names
    parts = {(r.source, r.target) for r in ex.relations if r.type == "PART_OF"}
    assert ("Foreign Ministry (Turkey)", "Turkey") in parts and ("Foreign Ministry (Russia)", "Russia") in parts


def test_a_ministry_takes_the_dateline_state_else_stays_with_the_article(run):
    ex = run("ASTANA, April 9 (Steppe Daily) - The Foreign Ministry said on Tuesday that no troops would go.")
    assert "Foreign Ministry (Kazakhstan)" in _types(ex)
    ex = run("The Foreign Ministry said on Tuesday that no troops would go.")
    names = [n for n in _types(ex) if n.startswith("Foreign Ministry")]
    assert names and all("(in: " in n for n in names), names


def test_possessive_names_split_and_non_names_dropped(run):
    ex = run("Green Party’s Jill Stein said the race was rigged. Brown v. Board of Education was cited, "
             "and the Death in Custody Reporting Act passed.")
    types = _types(ex)
    assert types.get("Jill Stein") == "Person" and types.get("Green Party") == "Organization", types
    assert not any(" v. " in n or n.endswith(" Act") for n in types), types
