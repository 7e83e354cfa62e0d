"""Support rules of the support-precision round (stance_rules.py, stance_words.py, stance_clause.py): pledges to a
target's security, acts "in support of" it, the speaker's feeling about statements the target made; and the
false support they must not give: readiness of armed forces, a generic "a wise <demonym>", a third party's act.
Invented people; real states. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # pledged_to: what the pledge protects is supported; a negated pledge cancels
    ("Envoy Rita Calder said the United States remained committed to the security of Japan.", "Japan", "support",
     "pledged_to"),
    ("Envoy Rita Calder said the United States was not committed to the security of Japan.", "Japan", "neutral", None),
    ("Envoy Rita Calder said Washington spoke about the security of Japan.", "Japan", "neutral", None),
    # in_support_of: the speaker's act in support of X; a third party's act is its own
    ("Spokesman Tomas Relk said the blockade was declared in support of Armenia.", "Armenia", "support", "in_support_of"),
    ("Spokesman Tomas Relk said Iran fired the missiles in support of Armenia.", "Armenia", "neutral", None),
    ("Spokesman Tomas Relk said the rallies are in solidarity with Ukraine.", "Ukraine", "support", None),
    # a third party's joint action is reported, not joined; a relation between others is no praise
    ("US envoy Mark Tolan said Iran is expanding its military cooperation with Russia.", "Russia", "neutral", None),
    ("US envoy Mark Tolan said Iran wants joint exercises with Russia.", "Russia", "neutral", None),
    ("US envoy Mark Tolan said Iran's cooperation with Russia had grown.", "Iran", "neutral", None),
    ("US envoy Mark Tolan said Washington will deepen its partnership with Kenya.", "Kenya", "support",
     "joint_action_with"),
    # "the one responsible for ..." answers for something: no praise; bad deeds oppose
    ('"Doris Quell is the only one responsible for these changes," Senator Hal Brisbane said.', "Doris Quell", "neutral",
     None),
    ('"Doris Quell is the only one responsible for the massacre," Senator Hal Brisbane said.', "Doris Quell", "oppose",
     None),
    # welcomed_act: the parties of an act the speaker welcomes; not someone else's welcome, not a welcomed arrest
    ("Foreign Minister Lena Hart welcomed the agreement between Iran and Saudi Arabia.", "Saudi Arabia", "support",
     "welcomed_act"),
    ("Foreign Minister Lena Hart welcomed the resumption of relations between Iran and Saudi Arabia.", "Iran", "support",
     "welcomed_act"),
    ("Foreign Minister Lena Hart said Russia welcomed the agreement between Iran and Saudi Arabia.", "Iran", "neutral",
     None),
    ('"We welcome the arrest of Omar Vasko," Foreign Minister Lena Hart said.', "Omar Vasko", "neutral", None),
    # committed to a harm is no praise; help given to another is not the speaker's praise; a partner in the bad
    ("Venezuelan Foreign Minister Tomas Orvel said the United States was committed to destroying the revolution.",
     "United States", "oppose", None),
    ("ECOWAS Commissioner Ade Bello said the junta had received help from Wagner fighters.", "Wagner", "neutral", None),
    ("Hezbollah leader Karim Dakhil said Washington is a partner in the aggression.", "United States", "oppose",
     "subject_of_evaluation"),
    ("EU foreign policy chief Marta Solen said Hungary expressed support for Russia at the meeting.", "Russia",
     "neutral", None),
    ("EU foreign policy chief Marta Solen said the EU expressed full support for Armenia.", "Armenia", "support",
     "beneficiary_of_support"),
    # a third party's deepened cooperation, the victim of strikes, a feeling of gratitude
    ("Pakistani spokesperson Asma Qadri said India and Israel have deepened their military cooperation.", "Israel",
     "neutral", None),
    ("Hezbollah leader Karim Dakhil said the Israeli strikes on Lebanon would not go unanswered.", "Lebanon", "neutral",
     None),
    ("Armenian Prime Minister Aram Sarkis said Armenia is grateful to France for its position.", "Armenia", "neutral",
     None),
    # the target of measures the speaker condemns is their victim; measures the speaker wants still oppose it
    ("Nigerien junta spokesman Amadou Sow said the sanctions on Niger are illegal.", "Niger", "neutral", None),
    ("EU foreign policy chief Marta Solen said the sanctions on Russia are necessary.", "Russia", "oppose",
     "target_of_measures"),
    ("EU foreign policy chief Marta Solen said Armenia deserves our support.", "Armenia", "support",
     "subject_of_predicate"),
    # praise in a third party's words is not the speaker's
    ("Russian Foreign Minister Pavel Orlov said the West calls Moldova a partner but treats it as a colony.", "Moldova",
     "neutral", None),
    # the speaker's feeling about statements the target made
    ('Defence Minister Ivo Karamanlis said, "We are very happy with the statements made by Italian Prime Minister '
     'Renzo Falcetti on the dispute."', "Renzo Falcetti", "support", "speaker_feeling"),
    ('Defence Minister Ivo Karamanlis said, "We are very upset with the statements made by Italian Prime Minister '
     'Renzo Falcetti on the dispute."', "Renzo Falcetti", "oppose", "speaker_feeling"),
    ('Senator Hal Brisbane said she was impressed with Doris Quell\'s grandchildren.', "Doris Quell", "neutral", None),
    # readiness to act is no praise of the one ready (a prepared candidate still is)
    ("Minister Lars Oberg said Sweden's navy is prepared to respond to any incursion.", "Sweden", "neutral", None),
    ('"Sweden is ready to defend the islands," Minister Lars Oberg said.', "Sweden", "neutral", None),
    ('"Doris Quell is the most prepared candidate in this race," Senator Hal Brisbane said.', "Doris Quell", "support",
     None),
    # a generic member of a group named with "a" is not the target; "a strong NATO" is NATO
    ('Officer Jo Pell said, "I hope that a wise Mexican will reach a better decision."', "Mexico", "neutral", None),
    ('"That is why we need a strong NATO," Minister Ana Soler said.', "North Atlantic Treaty Organization", "support",
     "own_modifier"),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_support_rules(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_support_word_lists_are_lexicon_data():
    from loaders.extraction.stance_rules import L
    for key in ("readiness_adj", "protected_goods", "pledge_words", "authoring_verbs"):
        assert L[key], key


def test_a_state_body_speaks_for_its_state():
    from types import SimpleNamespace
    from loaders.extraction.stance import sides_of
    body = SimpleNamespace(type="Organization", roles=(), affiliations=())
    assert sides_of({"Foreign Office (Pakistan)": body}, "Foreign Office (Pakistan)") == {"Foreign Office (Pakistan)", "Pakistan"}
    assert sides_of({"Foreign Ministry (in: a.txt)": body}, "Foreign Ministry (in: a.txt)") == {"Foreign Ministry (in: a.txt)"}
