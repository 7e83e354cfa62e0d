"""Entities step: NER, gazetteer and the per-document person registry give typed, canonical entities."""
def test_surname_resolves_to_full_name_over_ner_label(run):
    ex = run("Political analyst Rafik Tashmurov spoke in Tashkent. Tashmurov said the CSTO is weak. "
             "According to Tashmurov, Uzbekistan will not join.")
    people = {e.name: e for e in ex.entities if e.type == "Person"}
    assert "Rafik Tashmurov" in people and "Tashmurov" in people["Rafik Tashmurov"].aliases
    assert not any(e.name == "Tashmurov" for e in ex.entities)


def test_title_word_is_not_an_organisation(run):
    ex = run("Russia's Deputy Defense Minister Anatoly Antonov said the drills were over.")
    assert not any(e.name == "Defense" for e in ex.entities)
    assert {e.name: e.type for e in ex.entities}["Russia"] == "State"
