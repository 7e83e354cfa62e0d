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


def test_an_untagged_first_name_before_a_speaking_surname_is_a_person(nlp):
    """"Adel Morvan said ..." with NER seeing only "Morvan" (as a place): the pair is a person, so later
    "Morvan" and "he" find him (the first name is in no list)."""
    from spacy.tokens import Doc

    from loaders.extraction.untagged import missed_people
    words = ["Adel", "Morvan", "said", "the", "hall", "was", "full", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
              heads=[1, 2, 2, 4, 5, 2, 5, 2], deps=["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp",
                                                     "punct"],
              ents=["O", "B-GPE", "O", "O", "O", "O", "O", "O"])
    assert [s.text for s in missed_people(doc)] == ["Adel Morvan"]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
              heads=[1, 4, 2, 4, 5, 2, 5, 2], deps=["compound", "pobj", "ROOT", "det", "nsubj", "ccomp", "acomp",
                                                   "punct"],
              ents=["O", "B-GPE", "O", "O", "O", "O", "O", "O"])
    assert missed_people(doc) == []      # not the subject of a verb of saying: no guess
