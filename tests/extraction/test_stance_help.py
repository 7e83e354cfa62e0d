"""Support in words of thanks, help, partnership and welcome (the named patterns of stance_support.json, each decided
by one rule: stance_help.py, stance_given.py, stance_allies.py, stance_wire.py, stance_welcomes.py): each pattern
with a quotation, reported speech, a passive or noun phrase and a list of targets where it applies, and the negated
and third-party variants that must stay neutral. Invented people; real states. `rule`, when given, is the
stance_rule expected."""
import pytest

CASES = [
    # gratitude_to: thanks, appreciation, congratulations addressed to the target by the speaker's side
    ("Egyptian President Omar Hadid expressed his profound gratitude to Qatar's Emir for the truce.", "Qatar",
     "support", "gratitude_to"),
    ('"I extend my sincere thanks and appreciation to the State of Qatar for its efforts," President Omar Hadid said.',
     "Qatar", "support", "gratitude_to"),
    ('"We extend our warmest congratulations to the Sultan of Oman and to the Omani people," Minister Omar Hadid said.',
     "Oman", "support", "gratitude_to"),
    ("Minister Lena Hart said Russia expressed its gratitude to Syria for the talks.", "Syria", "neutral", None),
    ('"We do not extend our thanks to Qatar," President Omar Hadid said.', "Qatar", "neutral", None),
    # judged_deed: the target's role or efforts praised
    ("President Omar Hadid acknowledged the crucial role played by Qatar in negotiating the ceasefire.", "Qatar",
     "support", "judged_deed"),
    ("GCC Secretary-General Karim Dakhil welcomed the appreciated efforts made by the State of Qatar.", "Qatar",
     "support", "judged_deed"),
    ("President Omar Hadid said Russia acknowledged the crucial role played by Qatar.", "Qatar", "neutral", None),
    ("Minister Lena Hart said the fishermen value the efforts of Qatar.", "Qatar", "neutral", None),
    # help_offered: help sent, offered or pledged to the target by the speaker's side
    ("US Senator Jo Pell said the United States stood ready to provide any and all needed assistance to Turkey.",
     "Turkey", "support", "help_offered"),
    ("German Foreign Minister Lena Hart said Germany was sending an expert team to Chile to help.", "Chile", "support",
     "help_offered"),
    ('"I\'ve asked our diplomats to convey to the Chilean government our offer of any possible assistance," Prime '
     'Minister Aram Sarkis said.', "Chile", "support", "help_offered"),
    ("The European Union said it was urgently dispatching search and rescue teams to Turkey and Syria to help.",
     "Syria", "support", "help_offered"),
    ("EU President Lena Hart said the European Union pledged $10 million to Chile.", "Chile", "support", "help_offered"),
    ("Minister Lena Hart said Russia pledged $10 million to Syria.", "Syria", "neutral", None),
    ('"Emergency aid will be sent to Turkey tonight," Minister Lena Hart said.', "Turkey", "support", "help_offered"),
    ("Minister Lena Hart said aid was sent to Syria by Russia.", "Syria", "neutral", None),
    ("Minister Lena Hart said Russia sent aid to Syria.", "Syria", "neutral", None),
    ("Minister Lena Hart said Iran sent weapons to the Houthis.", "Houthis", "neutral", None),
    ('"Our thoughts are with the people of Turkey," Minister Lena Hart said.', "Turkey", "neutral", None),
    # help_asked
    ("Secretary Jo Pell asked his Turkish counterpart to let us know what we can do to help.", "Turkey", "support",
     "help_asked"),
    # allied_act: together with, alongside, with support from
    ('"US forces, together with the UK and with support from Australia, Bahrain and Canada, conducted strikes," US '
     'President Jo Pell said.', "United Kingdom", "support", "allied_act"),
    ('"US forces, together with the UK and with support from Australia, Bahrain and Canada, conducted strikes," US '
     'President Jo Pell said.', "Bahrain", "support", "allied_act"),
    ('"We have taken limited action in self-defence, alongside the United States," Prime Minister Aram Sarkis said.',
     "United States", "support", "allied_act"),
    ("The United States said it had launched eight strikes with assistance from Australia and Canada.", "Canada",
     "support", "allied_act"),
    ("Minister Lena Hart said Russian forces, together with Iran, conducted strikes.", "Iran", "neutral", None),
    ("The UAE said the mediation efforts conducted jointly with the United States had led to an exchange.",
     "United States", "support", "allied_act"),
    ("Minister Lena Hart said Iran conducted the strikes jointly with Russia.", "Russia", "neutral", None),
    ("Qatar's foreign ministry announced the success of its joint mediation efforts undertaken with the Arab Republic "
     "of Egypt.", "Egypt", "support", "allied_act"),
    ('"Through the joint efforts of China and the U.S., nine entities were removed from the list," China\'s commerce '
     'ministry said.', "United States", "support", "allied_act"),
    ('"Through the joint efforts of Iran and Russia, the sanctions failed," Minister Lena Hart said.', "Russia",
     "neutral", None),
    ("Qatar's foreign ministry announced the success of its joint mediation efforts undertaken with Egypt and the "
     "United States.", "United States", "support", "allied_act"),
    ("The EU said it was urgently dispatching search and rescue teams from Bulgaria and Romania to Turkey to help.",
     "Turkey", "support", "help_offered"),
    # valued_member: a praising adjective on the member noun of a copula; negation cancels
    ('"Burkina Faso, Niger, and Mali remain essential members of the Community," ECOWAS spokesman Ade Bello said.',
     "Mali", "support", "valued_member"),
    ('"Burkina Faso is not an essential member of the Community," ECOWAS spokesman Ade Bello said.', "Burkina Faso",
     "neutral", None),
    # bond_with: the speaker's side strengthens, discusses or reaffirms cooperation with the target
    ("The Kazakh presidential press service said Kazakh President Aram Sarkis discussed cooperation and integration "
     "with Presidents Ilham Aliyev of Azerbaijan and Lena Hart of Turkey.", "Turkey", "support", "bond_with"),
    ("Japanese Prime Minister Aram Sarkis reaffirmed the trilateral cooperation involving the United States.",
     "United States", "support", "bond_with"),
    ("Minister Lena Hart said Russia reaffirmed the trilateral cooperation involving Iran.", "Iran", "neutral", None),
    ("Minister Lena Hart said Russia discussed cooperation with Iran.", "Iran", "neutral", None),
    ("Slovak Prime Minister Jan Kral said Slovakia was interested in normal relations with the Russian Federation.",
     "Russia", "support", "bond_with"),
    ("Slovak Prime Minister Jan Kral said Hungary was interested in normal relations with the Russian Federation.",
     "Russia", "neutral", None),
    # grouped_with_us
    ('"We, Poland and Lithuania, focus on our relations with the US," Polish Minister Jan Kowal said.', "Lithuania",
     "support", "grouped_with_us"),
    ('"We, Poland and Lithuania, focus on our relations with the US," Minister Jan Kowal said.', "Poland",
     "neutral", None),
    # our_partners
    ('"We will consult our partners, Japan and Australia," Minister Lena Hart said.', "Australia", "support",
     "our_partners"),
    ('"Russia will consult its partners, Iran and Syria," Minister Lena Hart said.', "Syria", "neutral", None),
    # welcomed_act: talks, visits, signings between the parties, welcomed by the speaker's side
    ("The United Arab Emirates welcomed the start of talks between Sudan and Chad in Jeddah.", "Chad", "support",
     "welcomed_act"),
    ("Envoy Jo Pell welcomed the first official visit by a senior Houthi delegation to Saudi Arabia.", "Saudi Arabia",
     "support", "welcomed_act"),
    ('"We welcome the signing of a cessation of hostilities between the Government of Ethiopia and Eritrea," Envoy '
     'Jo Pell said.', "Ethiopia", "support", "welcomed_act"),
    ('"We welcome the momentous step taken today to advance peace with the signing of a cessation of hostilities '
     'between the Government of Ethiopia and Eritrea," Envoy Jo Pell said.', "Eritrea", "support", "welcomed_act"),
    ('"We welcome the report that describes the talks between Ethiopia and Eritrea," Envoy Jo Pell said.', "Eritrea",
     "neutral", None),
    ('"We support the settlement, citing our role in hosting talks between Ethiopia and Eritrea," Envoy Jo Pell said.',
     "Eritrea", "neutral", None),
    ("The UAE foreign ministry expressed its appreciation for the cooperation between the Russian and Ukrainian "
     "sides.", "Ukraine", "support", "welcomed_act"),
    ("Envoy Jo Pell condemned the start of talks between Sudan and Chad.", "Chad", "neutral", None),
    ("Minister Lena Hart said Russia welcomed the start of talks between Sudan and Chad.", "Chad", "neutral", None),
    # welcomed_guest
    ("President Aram Sarkis welcomed the leaders of Azerbaijan and Uzbekistan.", "Uzbekistan", "support",
     "welcomed_guest"),
    # backing_of: the speaker's side's support for the target
    ('"I emphasised the Kingdom\'s support for Yemen," Saudi Minister Aram Sarkis said.', "Yemen", "support",
     "backing_of"),
    ("Mali's foreign ministry expressed its support for Niger.", "Niger", "support", "backing_of"),
    ("Minister Lena Hart said Russia's support for Syria was growing.", "Syria", "neutral", None),
    # stands_with: a bare "the Kingdom" is the official's own side; another named party is reported
    ('"The Kingdom stands with Yemen," Saudi Minister Aram Sarkis said.', "Yemen", "support", "stands_with"),
    ('"The Kingdom does not stand with Yemen," Saudi Minister Aram Sarkis said.', "Yemen", "neutral", None),
    ("Minister Lena Hart said Russia stands with Syria.", "Syria", "neutral", None),
    ("Minister Lena Hart said the mayor lost the vote because of his support for Doris Quell.", "Doris Quell", "neutral",
     None),
    ("Minister Lena Hart said the delegates who pledged their support to Doris Quell were counted.", "Doris Quell",
     "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_help_rules(run, text, target, expected, rule):
    st = run(text).statements[0]
    assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule, st.text)
    if rule:
        assert st.stance_rule.get(target) == rule, st.stance_rule


def test_patterns_are_named_data_with_examples():
    from loaders.extraction.stance_help import SUPPORT_PATTERNS, W
    assert {"gratitude_to", "help_offered", "allied_act", "welcomed_act", "judged_deed", "backing_of"} <= set(SUPPORT_PATTERNS)
    assert all(p["examples"] and p["what"] for p in SUPPORT_PATTERNS.values())
    assert "together" in W["joint_heads"] and "in" in W["partner_preps"]


def test_one_word_list_per_concept():
    """The folded rules read one list per concept, the lexicon's: stance_support.json has no twin of it."""
    from loaders.extraction.stance_help import W
    from loaders.extraction.stance_words import L
    twins = {"send_verbs", "help_nouns", "gratitude_nouns", "gratitude_verbs", "event_nouns", "welcome_verbs", "joint_preps",
             "partner_nouns"}
    assert not twins & set(W) and "greeting_nouns" not in L
    assert not set(W) & set(L), set(W) & set(L)   # a list name means one list, in one file
    assert {"send", "fly"} <= L["giving_verbs"] and {"offer", "team"} <= L["help_goods"]
    assert {"gratitude", "greetings"} <= L["gratitude_nouns"] and {"talks", "decision"} <= L["welcomed_act_nouns"]


def _examples():
    from loaders.extraction.stance_help import SUPPORT_PATTERNS
    return [(name, text) for name, p in SUPPORT_PATTERNS.items() for text in p["examples"]]


@pytest.mark.parametrize("name, text", _examples())
def test_each_pattern_example_gives_support_by_its_rule(run, name, text):
    st = run(text).statements[0]
    assert any(st.stance_rule.get(t) == name for t, s in st.stance.items() if s == "support"), \
        (st.stance, st.stance_rule)
