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


def test_participant_list_after_the_alliances_drills(run):
    ex = run("The CSTO drills began on Monday near the border. Contingents from Russia, Belarus, Kazakhstan and "
             "Tajikistan are taking part.")
    members = {r.source for r in ex.relations if r.type == "MEMBER_OF"}
    assert {"Russia", "Belarus", "Kazakhstan", "Tajikistan"} <= members


def test_two_participants_are_no_membership_list(run):
    ex = run("The CSTO met on Monday. Troops from Russia and Tajikistan patrolled the border.")
    assert not [r for r in ex.relations if r.type == "MEMBER_OF"]


def test_belongs_to_a_multiword_organisation_alongside(run):
    ex = run("Turkey also belongs to the Organization of Turkic States alongside Kazakhstan, Kyrgyzstan and Uzbekistan.")
    pairs = {(r.source, r.target) for r in ex.relations if r.type == "MEMBER_OF"}
    assert ("Turkey", "Organization of Turkic States") in pairs
    assert ("Uzbekistan", "Organization of Turkic States") in pairs


def test_alliance_named_in_a_quote_is_no_antecedent(run):
    ex = run('MINSK - "We see NATO activity near our borders every day," she said. The CSTO will meet in June. '
             "Invitations went to all six member states, including Armenia.")
    pairs = {(r.source, r.target) for r in ex.relations if r.type == "MEMBER_OF"}
    assert ("Armenia", "North Atlantic Treaty Organization") not in pairs


def _entity(ex, name):
    return {e.name: e for e in ex.entities}[name]


def test_city_based_analyst_is_affiliated_with_the_citys_state(run):
    ex = run("Istanbul-based security analyst Murat Ekinci said the pact was a surprise.")
    assert "Turkey" in _entity(ex, "Murat Ekinci").affiliations
    assert _entity(ex, "Turkey").type == "State"


def test_government_body_brings_its_state(run):
    ex = run("State Department spokesman Daniel Whitcombe said on Tuesday that ties were good.")
    person = _entity(ex, "Daniel Whitcombe")
    assert {"Department of State", "United States"} <= set(person.affiliations)
    assert ("Daniel Whitcombe", "United States") in {(r.source, r.target) for r in ex.relations}


def test_description_of_the_previous_speaker_adds_role_and_affiliation(run):
    ex = run('Colonel General Anatoly Verkhovtsev said the drills were "purely defensive." '
             '"We have said from the start that this is about terrorism," the CSTO chief of staff said.')
    person = _entity(ex, "Anatoly Verkhovtsev")
    assert "chief of staff" in person.roles
    assert "Collective Security Treaty Organization" in person.affiliations


def test_an_honorific_alone_is_not_a_role(run):
    ex = run("Ms. Clara Ventimiglia said the threat was growing.")
    assert _entity(ex, "Clara Ventimiglia").roles == []
