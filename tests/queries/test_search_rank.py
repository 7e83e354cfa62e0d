"""Search ranking (queries.explore.rank): an exact name or alias first, then prefixes, word starts,
substrings and letters in order; case and accents ignored; mentions only break ties within a tier."""
from queries.explore import rank

OPTIONS = [{"uid": "person:1", "name": "Anatoly Antonov", "type": "Person", "mentions": 40, "aliases": []},
           {"uid": "person:2", "name": "Tolonov", "type": "Person", "mentions": 1, "aliases": []},
           {"uid": "state:3", "name": "Russian Federation", "type": "State", "mentions": 90, "aliases": ["Russia"]},
           {"uid": "state:4", "name": "Russian Orthodox Church", "type": "Organization", "mentions": 99,
            "aliases": []},
           {"uid": "person:5", "name": "Ersin Tatar", "type": "Person", "mentions": 3, "aliases": []}]


def names(query):
    return [o["name"] for o in rank(OPTIONS, query)]


def test_an_exact_match_ranks_first_even_when_rarely_mentioned():
    assert names("Tolonov")[0] == "Tolonov"
    assert names("tolonov") == ["Tolonov", "Anatoly Antonov"]          # the loose match still listed, last


def test_an_alias_counts_as_an_exact_name():
    assert names("russia")[0] == "Russian Federation"


def test_word_starts_beat_substrings_and_accents_are_ignored():
    assert names("tatar") == ["Ersin Tatar"]
    assert names("ÉRSIN")[0] == "Ersin Tatar"
    assert names("") == [] and names("zzz") == []
