"""Stance rules for wire news on states and alliances (stance_wire.py, and the wire-round additions to
stance_rules.py / stance_words.py): a state that casts the speaker's side as its enemy, the speaker's side
answering what a state did, strengthened relations and good meetings, "one of our partners", the victim of
a deed whose doer is named first, and an official who never opposes its own state. Invented people and
outlets; real states. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # hostile_view: the subject casts the speaker's side as an enemy; a plain negation cancels
    ('"Russia does not see us as a partner but as an adversary," Canadian Defence Minister Rolf Amsel said.',
     "Russia", "oppose", "hostile_view"),
    ('"Russia treats us as an enemy," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose", "hostile_view"),
    ('"Russia does not consider us an adversary," Canadian Defence Minister Rolf Amsel said.', "Russia", "neutral", None),
    # retaliation: the speaker's side answers what the target did; "in response to" is only a sequence
    ("Canada will respond to Russia's sanctions, Canadian Defence Minister Rolf Amsel said.", "Russia", "oppose",
     "retaliation"),
    ("Canadian Defence Minister Rolf Amsel warned of a firm response to further manoeuvres by Russia.", "Russia",
     "oppose", "retaliation"),
    ('"In response to a question from France, we explained our position," Canadian Defence Minister Rolf Amsel said.',
     "France", "neutral", None),
    ("Canadian Defence Minister Rolf Amsel said Mexico will respond to Russia's sanctions.", "Russia", "neutral", None),
    # relations strengthened, a good meeting, one of our partners
    ('"We want to strengthen relations with Japan," Canadian Defence Minister Rolf Amsel said.', "Japan", "support",
     "joint_action_with"),
    ('"We had a positive meeting with Japan," Canadian Defence Minister Rolf Amsel said.', "Japan", "support",
     "joint_action_with"),
    ('"We do not want to strengthen relations with Japan," Canadian Defence Minister Rolf Amsel said.', "Japan",
     "neutral", None),
    ('"Japan has been one of our most valued partners," Canadian Defence Minister Rolf Amsel said.', "Japan", "support",
     "subject_of_evaluation"),
    # the "of" after a deed whose doer is named first is its victim
    ('"Russian intimidation of Georgia must end," Canadian Defence Minister Rolf Amsel said.', "Georgia", "neutral", None),
    ('"Russian intimidation of Georgia must end," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose", None),
    ('"The threat of Russia is growing," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose", None),
    # a deed judged by the speaker's side, its doer hung on the verb or on a participle
    ('"We condemn the strike by Russia on the town," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose",
     "judged_deed"),
    ('"We applaud the step taken by Japan," Canadian Defence Minister Rolf Amsel said.', "Japan", "support", "judged_deed"),
    ("Canadian Defence Minister Rolf Amsel said Mexico applauded the step taken by Japan.", "Japan", "neutral", None),
    # harmful deeds named by a phrase or a plural; joint efforts "along with"; "strategic bombers" is no praise
    ('"The challenges posed by Russia are growing," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose",
     "owner_of_evaluation"),
    ('"Canada will exert further efforts along with Japan to promote peace," Canadian Defence Minister Rolf Amsel said.',
     "Japan", "support", "joint_action_with"),
    ('"We will track the Russian strategic bombers," Canadian Defence Minister Rolf Amsel said.', "Russia", "neutral",
     None),
    ('"Russia\'s declaration of war on Ukraine changed everything," Canadian Defence Minister Rolf Amsel said.', "Russia",
     "oppose", "owner_of_evaluation"),
    # counter-/anti- before the target on a campaign-like noun; not on any noun, not under a negation
    ('"Canada supports the counter-ISIS campaign," Canadian Defence Minister Rolf Amsel said.', "Islamic State",
     "oppose", "counter_compound"),
    ('"Canada does not support the counter-ISIS campaign," Canadian Defence Minister Rolf Amsel said.', "Islamic State",
     "neutral", None),
    ('"The anti-Iran statement was issued on Monday," Canadian Defence Minister Rolf Amsel said.', "Iran", "neutral", None),
    # what a claim holds is not the speaker's; the doer of a conjoined verb declaring war
    ('"Russia\'s false claims that Japan violated the truce are a pathetic excuse," Canadian Defence Minister Rolf Amsel said.',
     "Japan", "neutral", None),
    ("Canadian Defence Minister Rolf Amsel said Russia met the envoys and declared war on Ukraine.", "Russia", "oppose",
     "idiom"),
    # measures imposed on the target; help provided to it; a refusal to recognise keeps the deed against its doer
    ('"Canada will impose new sanctions on Russia," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose",
     "target_of_measures"),
    ("Canadian Defence Minister Rolf Amsel said Canada would provide Ukraine with air defence systems.", "Ukraine",
     "support", "object_of_verb"),
    ('"We will never recognise Russia\'s annexation of Crimea," Canadian Defence Minister Rolf Amsel said.', "Russia",
     "oppose", None),
    # the "of" of a deed is what suffers it; a demand on the target is no relief for it
    ("Canadian Defence Minister Rolf Amsel said the launch was a clear violation of UN resolutions.", "United Nations",
     "neutral", None),
    ("Canadian Defence Minister Rolf Amsel said the strikes by Israel on Gaza were disproportionate.", "Israel", "oppose",
     None),
    ('"The Taliban must release the detained journalists," Canadian Defence Minister Rolf Amsel said.', "Taliban",
     "neutral", None),
    # talks praised; shelling and occupying; "no right to"; fire at someone is the shooter's act, not the speaker's
    ("Turkish Foreign Ministry spokesman Emre Dalgic said talks with Greece were constructive.", "Greece", "support",
     "joint_action_with"),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said talks with Greece were not constructive.", "Greece", "neutral",
     None),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Syrian forces shelled the town overnight.", "Syria", "oppose",
     "subject_of_harm"),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Israel had no right to attack Lebanon.", "Israel", "oppose",
     "idiom"),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Hezbollah fighters fired rockets at Israel.", "Israel",
     "neutral", None),
    # an official's own state: what it does is description, an explicit evaluation still counts
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey supports Azerbaijan's sovereignty.", "Turkey", "neutral",
     None),
    ("Turkish Foreign Ministry spokesman Emre Dalgic said Turkey remained a reliable ally.", "Turkey", "support", None),
    # asked to refrain from, or not to do, something harmful; a harmless request stays neutral
    ("Chinese Foreign Ministry spokesperson Lan Mei urged the United States to refrain from stirring up trouble.",
     "United States", "oppose", "refrain_call"),
    ('"We advise the United States not to undermine peace and stability," Chinese Foreign Ministry spokesperson Lan Mei said.',
     "United States", "oppose", "refrain_call"),
    ('"We advise Japan not to delay the talks," Chinese Foreign Ministry spokesperson Lan Mei said.', "Japan", "neutral",
     None),
    # a state's leadership answers for it; a judge is not judged by what it condemns; where is not whose
    ("Canadian Defence Minister Rolf Amsel said the leadership of Russia bears full responsibility for the provocations.",
     "Russia", "oppose", None),
    ("Canadian Defence Minister Rolf Amsel said the Foreign Ministry of Japan condemned the provocations by Russia.",
     "Japan", "neutral", None),
    ('"Russia\'s firing of missiles into civilian areas of Ukraine is unacceptable," Canadian Defence Minister Rolf Amsel said.',
     "Ukraine", "neutral", None),
    ('"Russia must be recognised as a terrorist state," Canadian Defence Minister Rolf Amsel said.', "Russia", "oppose",
     "named_as"),
    ('"Russia was not designated a terrorist state," Canadian Defence Minister Rolf Amsel said.', "Russia", "neutral", None),
    # the speaker's side strikes X (own_attack); a third party's attack leaves X its victim; resolve is no negation
    ("Houthi spokesman Yahya Sarea said they had launched attacks on two U.S. warships.", "United States", "oppose",
     "own_attack"),
    ("Houthi spokesman Yahya Sarea said the Houthis condemned the attacks on Israel.", "Israel", "neutral", None),
    ('"The Yemeni Armed Forces will not hesitate to target all American warships," Houthi spokesman Yahya Sarea said.',
     "United States", "oppose", None),
    ('"We will not target American warships," Houthi spokesman Yahya Sarea said.', "United States", "neutral", None),
    ('Houthi spokesman Yahya Sarea said British ships had become "legitimate targets".', "United Kingdom", "oppose", None),
    # coordinated targets share the first one's role
    ("Houthi spokesman Yahya Sarea said they attacked three ships owned by the United States and Israel.", "Israel",
     "oppose", "judged_deed"),
    # "the action of X" is X's own action, not one against X; war not sought is no hostility
    ('"I understand the action of the United States," Dutch Foreign Minister Anne Vos said.', "United States", "neutral",
     None),
    ('"We do not seek war with Russia," Canadian Defence Minister Rolf Amsel said.', "Russia", "neutral", None),
    # a ministry's spokesman speaks for the ministry's state; protecting one's own state is description
    ("Chinese Foreign Ministry spokesperson Lan Mei said the measures were needed to protect China.", "China", "neutral",
     None),
    # what another side's statement states is its words, not the speaker's
    ("Army spokesman Omar Dafalla said the militia issued a statement stating that Egypt refused to receive the prisoners.",
     "Egypt", "neutral", None),
    # a judging verb of saying reports its object; praise of a harmful deed is praise of its doer
    ("Canadian Foreign Minister Lena Hart condemned the new Russian sanctions.", "Russia", "oppose", None),
    ("Canadian Foreign Minister Lena Hart commended the US strikes on the base.", "United States", "support", None),
    # an official does not oppose its own state
    ("Canadian Defence Minister Rolf Amsel warned that Canada would strike back if attacked.", "Canada", "neutral", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_wire_rules(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_wire_word_lists_are_lexicon_data():
    from loaders.extraction.stance_rules import L
    for key in ("bond_verbs", "view_verbs", "hostile_roles", "retaliation_words", "retaliation_objects"):
        assert L[key], key
