"""Support of wire news on welcomes and backing (stance_welcomes.welcomed_act, stance_rules, stance.own_bodies): the
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
    ("Kenyan Foreign Minister Lena Hart said Russia welcomed the agreement reached between Iran and Saudi Arabia.", "Iran",
     "neutral", None),
    ("Kenyan Foreign Minister Lena Hart said Russia announced its support for the agreement between Iran and Saudi Arabia.",
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
     "China", "support", "judged_deed"),
    # the welcomer or appreciator is not praised by its own words; "thank God" is relief
    ("Foreign Minister Lena Hart said that Peru highly appreciates the great efforts of the mediators.", "Peru",
     "neutral", None),
    ('"Thank God, there were no casualties," Minister Ana Soler said.', "God", "neutral", None),
    # backing is no praise: the side backed still judges the backer
    ("Turkish President Kemal Aras said that Stockholm supported armed militants.", "Sweden", "oppose",
     "subject_of_predicate"),
    # the praise of an office holder is not praise of the state it heads; a passive description is no call;
    # a joint action a ban forbids is no support
    ("Minister Ana Soler said Tom Vell is recognised as the legitimate president of Niger by the African Union.",
     "Niger", "neutral", None),
    ("Minister Ana Soler said Tom Vell is recognised as the legitimate president of Niger by the African Union.",
     "African Union", "neutral", None),
    ("Minister Ana Soler said the Chinese ships were equipped with machine guns.", "China", "neutral", None),
    ('"Ukraine must be supported," Minister Ana Soler said.', "Ukraine", "support", "object_of_verb"),
    ("Minister Ana Soler said the order allows all companies to make an agreement with Gazprom.", "Gazprom", "support",
     "joint_action_with"),
    ("Minister Ana Soler said the order prohibits all companies to make an agreement with Gazprom.", "Gazprom",
     "neutral", None),
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


def _second(run, text):
    st = run(text).statements
    assert len(st) >= 2, st
    return st[1]


def test_a_state_body_without_its_state_speaks_for_the_state_that_speaks_in_the_article(run):
    """"The Foreign Ministry said Kenya welcomed ...", in an article where Kenya speaks: Kenya is the speaker's
    side, so its welcome is the speaker's (and its own capability is description, not praise)."""
    st = _second(run, "Kenya welcomes the truce in the region. The Foreign Ministry said Kenya welcomed an agreement "
                      "reached between Ethiopia and Eritrea.")
    assert st.stance.get("Eritrea") == "support" and st.stance_rule.get("Eritrea") == "welcomed_act", st.stance
    st = _second(run, "Kenya welcomes the truce in the region. Foreign Ministry Spokesperson Lena Hart said Kenya is "
                      "fully capable of defending its borders.")
    assert st.stance.get("Kenya", "neutral") == "neutral", (st.stance, st.stance_rule)
    st = _second(run, "Kenya welcomes the truce in the region. Analyst Tom Brell said Kenya welcomed an agreement "
                      "reached between Ethiopia and Eritrea.")
    assert st.stance.get("Eritrea", "neutral") == "neutral", (st.stance, st.stance_rule)


def test_with_home_only_for_state_bodies_and_officials_without_a_state():
    from types import SimpleNamespace
    from loaders.extraction.stance import with_home
    body = SimpleNamespace(type="Organization", roles=[], affiliations=[])
    envoy = SimpleNamespace(type="Person", roles=["Foreign Office Spokesperson"], affiliations=[])
    analyst = SimpleNamespace(type="Person", roles=["analyst"], affiliations=[])
    secretary = SimpleNamespace(type="Person", roles=["Party Secretary"], affiliations=[])
    kenya = SimpleNamespace(type="State", roles=[], affiliations=[])
    ents = {"Expatriates Ministry": body, "Lena Hart": envoy, "Tom Brell": analyst, "Uganda": kenya}
    assert with_home(ents, "Expatriates Ministry", {"Expatriates Ministry"}, "Kenya") == {"Expatriates Ministry", "Kenya"}
    assert with_home(ents, "Lena Hart", {"Lena Hart"}, "Kenya") == {"Lena Hart", "Kenya"}
    assert with_home(ents, "Tom Brell", {"Tom Brell"}, "Kenya") == {"Tom Brell"}
    assert with_home({"Ada Pell": secretary}, "Ada Pell", {"Ada Pell"}, "Kenya") == {"Ada Pell"}
    assert with_home(ents, "Lena Hart", {"Lena Hart", "Uganda"}, "Kenya") == {"Lena Hart", "Uganda"}
    assert with_home(ents, "Lena Hart", {"Lena Hart"}, None) == {"Lena Hart"}


BONDS = [
    # joint_between: a bond between the speaker's side and the target; relations between others, or not a bond
    ('"We aim to strengthen cooperation between the armed forces of Russia and China," Russian President Ivan Petrov '
     'told reporters.', "China", "support", "joint_between"),
    ("Russian President Ivan Petrov said the visit would show the world the closeness of Russian-Chinese relations.",
     "China", "support", "joint_between"),
    ("Iranian Foreign Minister Reza Kamali hailed the expansion of cooperation between Tehran and Riyadh.",
     "Saudi Arabia", "support", "joint_between"),
    ("Iranian Foreign Minister Reza Kamali said relations between China and India were tense.", "India", "neutral",
     None),
    ("Iranian Foreign Minister Reza Kamali said relations between Iran and Iraq have deteriorated.", "Iraq",
     "neutral", None),
    ("NATO chief Lars Brenn said the partnership between NATO and Russia no longer existed.", "Russia", "neutral",
     None),
    ("NATO chief Lars Brenn said the partnership between NATO and Russia did not exist.", "Russia", "neutral", None),
    # partner_of: the speaker's side is the target's partner or ally; not when denied, not a third party's
    ("Kazakh President Aru Tokay said Kazakhstan has been and remains a reliable partner of China.", "China",
     "support", "partner_of"),
    ('"We are the closest ally of Japan," Minister Ana Soler said.', "Japan", "support", "partner_of"),
    ('"We are not a partner of Japan," Minister Ana Soler said.', "Japan", "neutral", None),
    ("Kazakh President Aru Tokay said Iran is a partner of China.", "China", "neutral", None),
    # "with X" hung on the first of "dialogue and cooperation": the cooperation is still with X
    ('"We seek dialogue and cooperation with Japan," Minister Ana Soler said.', "Japan", "support", "joint_action_with"),
    ("Minister Ana Soler said Iran wants dialogue and cooperation with Japan.", "Japan", "neutral", None),
    # friendly_view: the speaker's side sees the target as a friend; not denied, not a third party's view
    ('"We regard Japan as a close partner," Minister Ana Soler said.', "Japan", "support", "friendly_view"),
    ('"We consider Japan our closest friend," Minister Ana Soler said.', "Japan", "support", "friendly_view"),
    ("US envoy Ted Marr said the US looks upon India as one of the most important partners in the region.", "India",
     "support", "friendly_view"),
    ('"We do not regard Japan as a partner," Minister Ana Soler said.', "Japan", "neutral", None),
    ("Minister Ana Soler said Iran regards Japan as a partner.", "Japan", "neutral", None),
    # a call or discussions with X count as joint action only when praised ("a good call", "fruitful discussions")
    ("Prime Minister Ulf Berg said he had a good call with President Aldo Ferrante ahead of the summit.",
     "Aldo Ferrante", "support",
     "joint_action_with"),
    ("Prime Minister Ulf Berg said he had a call with President Aldo Ferrante ahead of the summit.",
     "Aldo Ferrante", "neutral", None),
    # credited with a public good (contribute_verbs, public_goods); not through a harmful verb, not negated
    ("Minister Ana Soler said the Mexican plan will help bring peace to the region.", "Mexico", "support",
     "subject_of_predicate"),
    ("Minister Ana Soler said Mexican initiatives contribute to maintaining international peace.", "Mexico",
     "support", "subject_of_predicate"),
    ("Minister Ana Soler said the Mexican plan will help destroy peace in the region.", "Mexico", "neutral", None),
    ("Minister Ana Soler said the Mexican plan will not contribute to stability.", "Mexico", "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", BONDS)
def test_bonds_with_the_speakers_side(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
