"""Oppose frames of the wire long tail (stance_acts.must_answer, stance_acts.unneeded, lexicon harm_verbs and
emotion_neg, stance_words.feeling_noun, stance_deeds.against_norm): a norm the target is told to respect ("X must respect Iraq's sovereignty"), help from the target
the speaker's side does not need, disregard of the law, the speaker's concern that X ..., scepticism of what the target will do; with their
negated, hedged and third-party forms. Invented people; real states."""
import pytest

CASES = [
    # told to respect a norm: presented as breaking it; a plain request or a negation is no stance
    ("Iraqi Foreign Minister Ali Hadi said that Turkey must respect Iraq's sovereignty.", "Turkey", "oppose",
     "must_answer"),
    ("Iraqi Foreign Minister Ali Hadi said that Turkey must respect the ceasefire.", "Turkey", "oppose", "must_answer"),
    ("Iraqi Foreign Minister Ali Hadi said that Turkey respects Iraq's sovereignty.", "Turkey", "neutral", None),
    ("Iraqi Foreign Minister Ali Hadi said that Turkey must send a delegation to Baghdad.", "Turkey", "neutral", None),
    # help not needed from the target opposes it; needing it, or its help to a third party, does not
    ("Iraqi Foreign Minister Ali Hadi said Iraq does not need Ankara's help dealing with the rebels.", "Turkey",
     "oppose", "unneeded"),
    ("Iraqi Foreign Minister Ali Hadi said Baghdad does not need assistance from Turkey to expel the rebels.", "Turkey",
     "oppose", "unneeded"),
    ('"It does not need Turkey at all," Iraqi Foreign Minister Ali Hadi said.', "Turkey", "oppose", "unneeded"),
    ("Iraqi Foreign Minister Ali Hadi said Iraq needs help from Turkey.", "Turkey", "neutral", None),
    ("Iraqi Foreign Minister Ali Hadi said Iraq needs help from Turkey.", "Iraq", "neutral", None),
    # disregard of the law; a hedge cancels it
    ("Venezuelan Foreign Minister Rosa Pinto said the government of Guyana once again disregards international law.",
     "Guyana", "oppose", "subject_of_harm"),
    ("Venezuelan Foreign Minister Rosa Pinto said critics claim that Guyana disregards international law.",
     "Guyana", "neutral", None),
    # the speaker's feeling, as a noun, about what the target did; another's feeling, or none, is not the speaker's
    ("Danish Foreign Minister Lars Holm expressed concern that Russia continues to mass troops.", "Russia", "oppose",
     "speaker_feeling"),
    ("Danish Foreign Minister Lars Holm expressed satisfaction that Norway joined the mission.", "Norway", "support",
     "speaker_feeling"),
    ("Danish Foreign Minister Lars Holm said there was no concern that Norway would leave.", "Norway", "neutral", None),
    ("Danish Foreign Minister Lars Holm said Russia's concern that Poland armed itself was groundless.", "Poland",
     "neutral", None),
    # the target's deed against a norm (against_norm); negation cancels; fighting against a harm is no breach
    ("Greek Foreign Minister Eleni Markou said Turkey acted in violation of the treaty.", "Turkey", "oppose",
     "against_norm"),
    ('"Ankara has absolutely no respect for international law," Greek Foreign Minister Eleni Markou said.', "Turkey",
     "oppose", "against_norm"),
    ("Greek Foreign Minister Eleni Markou said that Ivo Stanek acted against the spirit of the treaty.", "Ivo Stanek",
     "oppose", "against_norm"),
    ("Greek Foreign Minister Eleni Markou said Turkey did not act against international law.", "Turkey", "neutral",
     None),
    # idioms of the lexicon's harm_phrases: "X has no say in", "X has no courage to"; the plain form is no stance
    ('Venezuelan Foreign Minister Rosa Pinto said, "Canada has no say in matters concerning the region."', "Canada",
     "oppose", "idiom"),
    ("Venezuelan Foreign Minister Rosa Pinto said Canada had a say in the talks.", "Canada", "neutral", None),
    # the speaker's side sceptical of what the target will do
    ('State Department spokesman Tom Reyes said the United States remained "skeptical of Assad\'s willingness to '
     'take the steps necessary".', "Assad", "oppose", "speaker_feeling"),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_demands(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
