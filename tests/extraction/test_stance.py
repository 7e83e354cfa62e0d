"""Stance per (statement, target) and tone: the cue, the dependency path from evaluative words to the target,
and negation / hedges / nested reported speech cancelling (never flipping) a stance."""
import json

import pytest

from loaders.extraction import stance


def _stances(run, text):
    ex = run(text)
    assert ex.statements, f"no statement found in {text!r}"
    return ex.statements[0].stance, ex.statements[0].tone


@pytest.mark.parametrize("text, target, expected", [
    # the issue's own examples
    ("Uzbekistan's security chief Rustam Aliyev said his country would focus on countering the threat of "
     "Islamic State.", "Islamic State", "oppose"),
    ("Foreign Minister Sergei Lavrov said joint action with Russia would be carried out next year.", "Russia", "support"),
    # evaluation of the subject
    ('"Russia is a reliable partner," the Kazakh president said.', "Russia", "support"),
    ('"The Taliban are liars," Kazakh president Kassym-Jomart Tokayev said.', "Taliban", "oppose"),
    ('"We support Uzbekistan in its talks with Tajikistan," Lavrov said.', "Uzbekistan", "support"),
    ('"We support Uzbekistan in its talks with Tajikistan," Lavrov said.', "Tajikistan", "neutral"),
    # a third party's backing is not the speaker's
    ("Lavrov said Kazakhstan supports Uzbekistan in its talks with Tajikistan.", "Uzbekistan", "neutral"),
    # the target's own epithet, and a pronoun standing for the only person targeted
    ('"Crooked Hillary Clinton was extremely careless," Donald Trump said.', "Hillary Clinton", "oppose"),
    ('"Jeb Bush spent a fortune on ads. He is a weak candidate," Donald Trump said.', "Jeb Bush", "oppose"),
    # the speaker's feeling about what the target did
    ('"I was disturbed that Hillary Clinton has backed out of the debate," Bernie Sanders said.', "Hillary Clinton", "oppose"),
    # negation cancels, never flips
    ("Lavrov said Islamic State is not a threat to Russia.", "Islamic State", "neutral"),
    ("Tokayev said Kazakhstan would never fight Russia.", "Russia", "neutral"),
    # the victim of a threat is not opposed
    ("Lavrov said Islamic State is a threat to Russia.", "Russia", "neutral"),
    # reported speech nested in the statement is not the speaker's stance
    ("Lavrov said some analysts claim that Russia is a threat to Kazakhstan.", "Russia", "neutral"),
    # hedged by a condition
    ("Lavrov said that if Islamic State became a threat, Russia would respond.", "Islamic State", "neutral"),
])
def test_stance_toward_target(run, text, target, expected):
    found, _ = _stances(run, text)
    assert found.get(target, "neutral") == expected, found


def test_every_about_target_gets_a_stance(run):
    ex = run("Foreign Minister Sergei Lavrov said joint action with Russia and Kazakhstan would be carried out.")
    st = ex.statements[0]
    assert set(st.about) <= set(st.stance)
    assert set(st.stance.values()) <= {"support", "oppose", "neutral"}


def test_tone(run):
    assert _stances(run, '"The Taliban are liars," Kazakh president Kassym-Jomart Tokayev said.')[1] == "negative"
    assert _stances(run, '"Russia is a reliable partner," the Kazakh president said.')[1] == "positive"
    assert _stances(run, "Lavrov said the meeting would take place in Astana on Monday.")[1] == "neutral"


def test_lexicon_names_its_source_and_licence():
    with open(stance.LEXICON, encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["_source"] and data["_licence"]
    assert all(isinstance(v, list) and v for k, v in data.items() if not k.startswith("_"))
