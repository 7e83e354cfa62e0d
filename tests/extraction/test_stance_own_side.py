"""The speaker's own side (tests/gold/stance_guide.md): an official praising or backing its own state is support
like any other praise ("Egypt acted wisely", said by Egypt's ministry); a plain factual mention, what the own side
owns or shares, and what it promises to do stay neutral (stance.py _OWN_STATE_DESCRIPTION, stance_sides.promised);
an official still never opposes its own state. Invented people; real states."""
import pytest

CASES = [
    # praise of the own state: an evaluation of what it is or did
    ("Egyptian Foreign Ministry spokesman Karim Nabil said Egypt had acted wisely and responsibly in the talks.",
     "Egypt", "support", "subject_of_predicate"),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey maintained its constructive stance on the issue.",
     "Turkey", "support", "subject_of_predicate"),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Athens ignores the fact that Turkey has legitimate rights "
     "in the region.", "Turkey", "support", None),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey remained a reliable ally.", "Turkey", "support", None),
    # plain mention, what it owns or receives, its relations: description
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey held talks with Sweden in Ankara.", "Turkey", "neutral",
     None),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey supports Azerbaijan's sovereignty.", "Turkey", "neutral",
     None),
    ("Pakistani spokesperson Asma Qadri said China reaffirmed its firm support for Pakistan's economic progress.",
     "Pakistan", "neutral", None),
    # a promise of the own side is intent, not praise (the partner it backs is still supported)
    ("Chinese Foreign Ministry spokesperson Lan Mei said China will stand firmly with Pakistan.", "China", "neutral",
     None),
    ("Chinese Foreign Ministry spokesperson Lan Mei said China will stand firmly with Pakistan.", "Pakistan", "support",
     None),
    ("Egyptian Foreign Ministry spokesman Karim Nabil said Egypt would act wisely in the talks.", "Egypt", "neutral",
     None),
    # negation cancels the praise
    ("Egyptian Foreign Ministry spokesman Karim Nabil said Egypt had not acted wisely in the talks.", "Egypt", "neutral",
     None),
    # the own side is never opposed by its official
    ("Egyptian Foreign Ministry spokesman Karim Nabil said Egypt had acted recklessly in the talks.", "Egypt", "neutral",
     None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_own_side(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
