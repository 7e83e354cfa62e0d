"""Relations step: roles, affiliations and leadership stated in the text."""
def test_membership_list(run):
    ex = run("The CSTO, comprising Tajikistan, Russia, Armenia, Belarus, Kazakhstan, and Kyrgyzstan, met on Monday.")
    members = {r.source for r in ex.relations if r.type == "MEMBER_OF"}
    assert members == {"Tajikistan", "Russia", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan"}


def test_roles_and_affiliations(run):
    ex = run("Tashkent-based political analyst Rafik Tashmurov spoke. "
             "Bakhtiyor Sharafov of the National Security Service agreed.")
    people = {e.name: e for e in ex.entities if e.type == "Person"}
    assert "political analyst" in people["Rafik Tashmurov"].roles
    # no state is named anywhere: the body stays this article's own, never a shared "National Security Service"
    assert people["Bakhtiyor Sharafov"].affiliations == ["National Security Service (in: test)"]
    assert any(r.type == "AFFILIATED_WITH" and r.source == "Bakhtiyor Sharafov" for r in ex.relations)


def test_a_role_keeps_its_of_phrase_unless_it_names_a_group(run):
    ex = run("Colonel General Ivan Dorn, the Harbor League chief of staff, said the drills would start. "
             "Admiral Lena Voss, chief of the Harbor League Naval Staff, agreed.")
    roles = {e.name: e.roles for e in ex.entities}
    assert "chief of staff" in roles["Ivan Dorn"] and "chief" not in roles["Ivan Dorn"]
