"""Oppose rules for how wire news blames states and groups (stance_blame.py, and refrain_call's authorities in
stance_wire.py): diplomatic protests, abetting wrongdoers, being listed among them, dismissed claims (their
claimant opposed, the accused not), and what negation or a third party's act leaves neutral. Invented people,
outlets and groups; real states. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # diplomatic_protest: the speaker's side protests to the target; a third party's protest or a denial is not ours
    ("The Foreign Ministry of Morland said it had lodged a strong protest with China after its ships entered the bay.",
     "China", "oppose", "diplomatic_protest"),
    ('"We made a strong protest with Russia through diplomatic channels," Foreign Minister Ana Belic said.',
     "Russia", "oppose", "diplomatic_protest"),
    ("Ana Belic said the ministry summoned the Chinese ambassador and protested to China over the incident.",
     "China", "oppose", "diplomatic_protest"),
    ('"We have not lodged any protest with China," Foreign Minister Ana Belic said.', "China", "neutral", None),
    ('"Brazil lodged a protest with Japan over the incident," Foreign Minister Ana Belic said.', "Japan", "neutral",
     None),
    ("The Morland Foreign Ministry said it summoned the deputy chief of the Afghan Embassy to deliver a demarche.",
     "Afghanistan", "oppose", "diplomatic_protest"),
    ('"We have conveyed our serious concerns to Afghanistan over the attacks," Ana Belic said.', "Afghanistan",
     "oppose", "diplomatic_protest"),
    ('"We share the concerns of Japan over the attacks," Ana Belic said.', "Japan", "neutral", None),
    ('"We summoned our ambassador to China for consultations," Ana Belic said.', "China", "neutral", None),
    # abets_wrongdoers: the subject harbours, funds or glorifies wrongdoers
    ('"Ostland is a country that glorifies killers and shelters terrorists," said Ana Belic, a Morland official.',
     "Ostland", "oppose", "abets_wrongdoers"),
    ('"Pakistan does not shelter terrorists," said Ana Belic, a Morland official.', "Pakistan", "neutral", None),
    # named_among: listed as one of a bad kind
    ('"Pakistan shelters terrorists such as Omar Vask and Lev Dorin," said Ana Belic.', "Lev Dorin", "oppose",
     "named_among"),
    ('"We met ministers such as Omar Vask," said Ana Belic.', "Omar Vask", "neutral", None),
    ('"Ostland arms Kurdish militants, namely the Orsk Brigade," Ana Belic said.', "Orsk Brigade", "oppose",
     "named_among"),
    ('"Sweden must stop protests by supporters of the outlawed Orsk Brigade," Ana Belic said.', "Orsk Brigade",
     "oppose", "named_among"),
    ("Ana Belic said the gunmen were allies of the terrorist group Tehrik-i-Taliban Pakistan.", "Pakistan", "neutral",
     None),   # the tail of the group's name, not the state
    ('"No other country can boast of having 126 UN-designated terrorists," Ana Belic said.', "United Nations",
     "neutral", None),
    # the target's side must apologise, or has to; a deed of the target named by a deed verb
    ('"I believe that Milei has to apologize to Brazil," Ana Belic said.', "Milei", "oppose", "must_answer"),
    ('"Milei does not have to apologize to Brazil," Ana Belic said.', "Milei", "neutral", None),
    ('"First, the Russian side must apologise to Morland," Ana Belic said.', "Russia", "oppose", "must_answer"),
    ('"The genocide unleashed by the regime of Ostland will never be forgotten," Ana Belic said.', "Ostland",
     "oppose", "owner_of_evaluation"),
    ('"The genocide of Armenians must be recognised," Ana Belic said.', "Armenia", "neutral", None),
    ('"The deal is a betrayal of Palestine," Ana Belic said.', "Palestine", "neutral", None),
    # dismissed_claim: the claimant of a dismissed claim is opposed, the accused is not
    ('"The groundless and farfetched claims made by Ostland are an attempt to mislead the world," Ana Belic said.',
     "Ostland", "oppose", "dismissed_claim"),
    ("Ana Belic said the accusations of the Greek government against Turkey are made up.", "Turkey", "neutral", None),
    ('"The accusations against Ostland are serious and must be investigated," Ana Belic said.', "Ostland", "oppose",
     None),
    ('"Accusing Rwanda of backing the rebels is wrong," Ana Belic said.', "Rwanda", "neutral", None),
    ('"We accuse Rwanda of backing the rebels," Ana Belic said.', "Rwanda", "oppose", "object_of_verb"),
    # refrain_call: the target's authorities are asked to put an end to something harmful
    ("The Foreign Ministry of Morland urged Greek authorities to put an end to policies that escalate tensions.",
     "Greece", "oppose", "refrain_call"),
    ('"We call on the Ostland government to stop its provocations," Ana Belic said.', "Ostland", "oppose",
     "refrain_call"),
    ('"We urged Greek authorities to put an end to the drought," Ana Belic said.', "Greece", "neutral", None),
    ("Ana Belic urged Rwanda to cease any support for the rebels and withdraw its troops from the region.", "Rwanda",
     "oppose", "refrain_call"),
    ("Ana Belic urged Rwanda not to withdraw its troops from the region.", "Rwanda", "neutral", None),
    # answers_for: a relative clause holds the target responsible for something bad
    ('"The target was the Orsk Brigade, which is responsible for multiple terrorist attacks," Ana Belic said.',
     "Orsk Brigade", "oppose", "answers_for"),
    ('"The target was the Orsk Brigade, which is not responsible for the attacks," Ana Belic said.', "Orsk Brigade",
     "neutral", None),
    # who rejects claims or names a group a terrorist one is not opposed for it
    ('"Greece once again rejects the unilateral claims in total," the Foreign Ministry of Morland said.', "Greece",
     "neutral", None),
    ("Ana Belic said Ostland armed the Orsk Brigade, which Ankara deems a terrorist organisation.", "Turkey", "neutral",
     None),
    # strong words in the clause of the speaker's own body are no blame; of another's they are
    ('"Some would like the Orsk Brigade to engage in an all-out war, but this is not the end," said Ana Belic, the '
     'leader of the Orsk Brigade.', "Orsk Brigade", "neutral", None),
    ('"The Orsk Brigade will destroy every village," said Ana Belic, a Morland official.', "Orsk Brigade", "oppose",
     "hostile_deed"),   # a violent act of the subject (stance_deeds)
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_blame_rules(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_blame_word_lists_are_lexicon_data():
    from loaders.extraction.stance_words import L
    for key in ("protest_nouns", "protest_verbs", "envoy_nouns", "abet_verbs", "dismissal_words", "dismissal_verbs",
                "authority_nouns"):
        assert L[key], key
