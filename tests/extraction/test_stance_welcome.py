"""Support of wire news on welcomes and backing (stance_wire.welcomed_act, stance_rules, stance.own_bodies): the
parties of an act reached, issued or announced that the speaker's side welcomes or backs; "our country" and, said
by an official, "the government" as the speaker's side; the welcomer is not the welcomed; "thank God" thanks no
one. Invented people; real states. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # welcomed_act through the act's participle: "reached between", "issued by", an announcement of an agreement
    ("Foreign Minister Lena Hart welcomed an agreement reached between Iran and Saudi Arabia to resume relations.",
     "Saudi Arabia", "support", "welcomed_act"),
    ("Foreign Minister Lena Hart welcomed the accord on border measures reached between Peru and Chile.",
     "Chile", "support", "welcomed_act"),
    ("Foreign Minister Lena Hart welcomed the announcement that Iran and Saudi Arabia have reached an agreement.",
     "Iran", "support", "welcomed_act"),
    ("Foreign Minister Lena Hart welcomed that Peru and Chile signed an agreement on fishing.", "Peru", "support",
     "welcomed_act"),
    ("Foreign Minister Lena Hart welcomed the joint statement issued by Peru and Chile on the border.", "Chile",
     "support", None),
    # what the speaker's side backs: "its support for the deal", "our full support to the efforts of X"
    ("Foreign Minister Lena Hart announced her support for the interim agreement between the United States and Iran.",
     "Iran", "support", "welcomed_act"),
    ('"We underlined our full support to the United Nations efforts in the talks," Foreign Minister Lena Hart said.',
     "United Nations", "support", "welcomed_act"),
    # a third party's welcome or backing is reported, not the speaker's; a condemned act supports no one
    ("Foreign Minister Lena Hart said Russia welcomed the agreement reached between Iran and Saudi Arabia.", "Iran",
     "neutral", None),
    ("Foreign Minister Lena Hart said Russia announced its support for the agreement between Iran and Saudi Arabia.",
     "Saudi Arabia", "neutral", None),
    ("Foreign Minister Lena Hart condemned the agreement reached between Iran and Saudi Arabia.", "Iran", "neutral",
     None),
    ('"We do not welcome the agreement reached between Iran and Saudi Arabia," Foreign Minister Lena Hart said.',
     "Iran", "neutral", None),
    # the speaker's side named as "our country" / "the government" (said by an official) / "the ministry"
    ('"Our country expressed its support for the agreement between Peru and Chile," Foreign Minister Lena Hart said.',
     "Peru", "support", "welcomed_act"),
    ("Kenyan Foreign Minister Lena Hart said the government welcomes Ethiopia's decision to resume talks.",
     "Ethiopia", "support", None),
    ("Kenya's foreign ministry said the ministry expressed its appreciation for Ethiopia's efforts.", "Ethiopia",
     "support", "beneficiary_of_support"),
    ("Kenyan Foreign Minister Lena Hart said Hungary voiced its support for Russia.", "Russia", "neutral", None),
    ("Kenyan Foreign Minister Lena Hart said the government of Uganda welcomed Ethiopia's decision.", "Ethiopia",
     "neutral", None),
    # the efforts of a state's leadership that the speaker's side appreciates
    ('"We highly appreciate the great efforts exerted by the Chinese leadership," Foreign Minister Lena Hart said.',
     "China", "support", "deed_by"),
    # the welcomer or appreciator is not praised by its own words; "thank God" is relief
    ("Foreign Minister Lena Hart said that Peru highly appreciates the great efforts of the mediators.", "Peru",
     "neutral", None),
    ('"Thank God, there were no casualties," Minister Ana Soler said.', "God", "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_welcome_and_backing(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_an_affiliation_given_later_in_the_article_counts(run):
    """The stance step reads the speaker's side once the whole article is read: the affiliation comes from a
    later sentence, and the speaker's own body is not supported by its own welcome."""
    ex = run('"The EU welcomes the joint statement by Peru and Chile on the border," Marta Solen said. '
             'EU foreign policy chief Marta Solen spoke in Brussels.')
    st = ex.statements[0]
    assert st.stance.get("Peru") == "support", (st.stance, st.stance_rule)
    assert st.stance.get("European Union", "neutral") == "neutral", st.stance
