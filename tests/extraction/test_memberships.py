"""Membership patterns: lists, appositions and "members of" phrasings give MEMBER_OF relations."""
import pytest


def _members(run, text):
    return {(r.source, r.target) for r in run(text).relations if r.type == "MEMBER_OF"}


NATO = "North Atlantic Treaty Organization"
CSTO = "Collective Security Treaty Organization"


@pytest.mark.parametrize("text, expected", [
    ("Turkey, a NATO member, sells drones.", {("Turkey", NATO)}),
    ("Poland and Romania are members of NATO.", {("Poland", NATO), ("Romania", NATO)}),
    ("Kazakhstan, a member of the Russian-led CSTO, balances its ties.", {("Kazakhstan", CSTO)}),
    ("The CSTO met in Minsk. Armenia, the bloc's sixth member, stayed away.", {("Armenia", CSTO)}),
    ("The CSTO met in Minsk. The alliance's other members - Russia, Belarus and Tajikistan - attended.",
     {("Russia", CSTO), ("Belarus", CSTO), ("Tajikistan", CSTO)}),
    ("Finland joined NATO in 2023.", {("Finland", NATO)}),
])
def test_membership_phrasings(run, text, expected):
    assert expected <= _members(run, text)


def test_no_membership_without_a_member_phrase(run):
    assert _members(run, "Turkey criticised NATO and Russia on Monday.") == set()
