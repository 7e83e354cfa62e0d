"""Word lists for the extraction steps, loaded from `lexicon.json` (data, not code): the one loader.

Every list in the file is bound here to one name, and every name is read by some extraction module
(`tests/extraction/test_lexicon.py` fails on a list nobody reads).
"""
from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads(Path(__file__).with_name("lexicon.json").read_text(encoding="utf-8"))

SPEECH_VERBS: dict[str, str] = _DATA["speech_verbs"]          # surface form (lowercase) -> lemma
OBJECT_INFINITIVE: frozenset[str] = frozenset(_DATA["object_infinitive_verbs"])
POINT_PARTICLE: dict[str, str] = _DATA["point_particle"]      # a cue only with its particle: "point out"
ROLE_HEADS: frozenset[str] = frozenset(_DATA["role_heads"])
TITLES: frozenset[str] = frozenset(_DATA["titles"])
LEAD_ROLES: frozenset[str] = frozenset(_DATA["lead_roles"])
PRONOUNS: dict[str, str] = _DATA["pronouns"]
PLURAL_PRONOUNS: frozenset[str] = frozenset(_DATA["plural_pronouns"])   # "they" is never a state
TITLE_ROLES: dict[str, list[str]] = _DATA["title_roles"]        # title/abbreviation -> role words it implies
DESCRIPTIONS: dict = _DATA["descriptions"]                       # head nouns of definite descriptions
GOVERNMENT_ROLES: frozenset[str] = frozenset(_DATA["government_roles"])   # role words of a state's officials
COUNTRY_NOUNS: frozenset[str] = frozenset(_DATA["country_nouns"])         # "the republic's" -> a state
MEDIUM_NOUNS: frozenset[str] = frozenset(_DATA["medium_nouns"])           # "said in a statement that ..."
PERSON_NOUNS: frozenset[str] = frozenset(_DATA["person_nouns"]["words"])   # "the retired nurse": a person
NOUN_OBJECT_VERBS: frozenset[str] = frozenset(_DATA["noun_object_verbs"])  # "announced the deal": its object
NAME_OBJECT_VERBS: frozenset[str] = frozenset(_DATA["name_object_verbs"])  # "condemned Russia": a lone name
RELAY_VERBS: frozenset[str] = frozenset(_DATA["relay_verbs"])  # "X said ..., Y reported": Y relays (relays.py)
RELAY_NOUNS: frozenset[str] = frozenset(_DATA["relay_nouns"])  # "..., state media reported": a relay (as written)
DESCRIBE_VERBS: frozenset[str] = frozenset(_DATA["describe_verbs"])  # "described X as Y": X and what names it
TOPIC_PREPOSITIONS: dict = {k: v for k, v in _DATA["topic_prepositions"].items() if not k.startswith("_")}
TOPIC_EXCLUDED_VERBS: frozenset[str] = frozenset(_DATA["topic_excluded_verbs"])  # "told about": no topic
ANONYMITY_WORDS: frozenset[str] = frozenset(_DATA["anonymity_words"])  # "asked not to be named": no statement
DECLINE_VERBS: frozenset[str] = frozenset(_DATA["decline_verbs"])         # "declined to say": no statement
SOURCE_KINDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["source_kinds"].items()
                                           if not k.startswith("_")}   # document | anonymous | group nouns
METONYMS: dict = _DATA["metonyms"]   # descriptions standing for a state or alliance (metonyms.py)
ADDRESSEES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["addressees"].items()
                                         if not k.startswith("_")}   # listener verbs, reply nouns (addressees.py)


def speech_lemma(word: str) -> str | None:
    """Lemma of a verb of saying ("told" -> "tell"), or None."""
    return SPEECH_VERBS.get(word.lower())
