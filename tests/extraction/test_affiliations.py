"""Affiliations from demonym titles, possessive descriptions, appositions and the dateline's state."""


def _affs(ex, person):
    return next(e for e in ex.entities if e.name == person).affiliations


def test_demonym_before_a_title(run):
    ex = run("Tajik Defence Minister Rustam Davlatzoda watched the opening phase of the drills.")
    assert "Tajikistan" in _affs(ex, "Rustam Davlatzoda")


def test_the_republics_service_is_the_last_named_state(run):
    ex = run("Armenia will not take part, Colonel Gevorg Sahakyan of the republic's National Security Service "
             "said on Wednesday.")
    assert "Armenia" in _affs(ex, "Gevorg Sahakyan")


def test_official_without_a_state_takes_the_datelines(run):
    ex = run("ASTANA, April 9 (Steppe Daily) - Kazakhstan will not send troops abroad, Foreign Minister "
             "Yerlan Temirbayev said on Wednesday.")
    assert "Kazakhstan" in _affs(ex, "Yerlan Temirbayev")


def test_no_dateline_no_guess(run):
    ex = run("Kazakhstan will not send troops abroad, Foreign Minister Yerlan Temirbayev said on Wednesday.")
    assert "Kazakhstan" not in _affs(ex, "Yerlan Temirbayev")


def test_name_in_apposition_through_a_prepositional_phrase(run):
    ex = run("Islamic State is stepping up recruitment, the United Nations special envoy for Central Asia, "
             "Clara Ventimiglia, told the Security Council.")
    assert "United Nations" in _affs(ex, "Clara Ventimiglia")


def test_first_name_makes_an_org_tagged_name_a_person(run):
    ex = run("EU spokeswoman Helena Marklund declined to comment on the Minsk meeting.")
    person = next(e for e in ex.entities if e.name == "Helena Marklund")
    assert person.type == "Person" and "European Union" in person.affiliations


def test_group_noun_parse_of_a_list_verb(run):
    ex = run("The CSTO groups Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.")
    members = {r.source for r in ex.relations if r.type == "MEMBER_OF"}
    assert {"Russia", "Armenia", "Tajikistan"} <= members
