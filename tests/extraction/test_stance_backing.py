"""Backing judged by the speaker (stance_backing.py, stance_ruptures.py): support the speaker criticises or blocks
is no support for its beneficiary, and its named backer is opposed; a third party arming a group is accused;
the speaker's side thanking, protecting or breaking with a target, read from the content's own verb. Each rule is
tried on several wordings (quotation, nested clause, passive, possessive) and on the variants that must not fire
(negation, a third party, a privation). Invented people; real states."""
import pytest

CASES = [
    # criticised support: no support for the beneficiary, the named backer opposed
    ("Moroccan Foreign Minister Karim Bensaid expressed regret over U.S. support for the Polisario Front.",
     "Polisario Front", "neutral", None),
    ("Moroccan Foreign Minister Karim Bensaid expressed regret over U.S. support for the Polisario Front.",
     "United States", "oppose", "criticised_backer"),
    ("Hungarian Prime Minister Lajos Farkas said it was totally wrong to continue supporting Ukraine.",
     "Ukraine", "neutral", None),
    ("Polish minister Jan Nowak said the support for Belarus was a mistake.", "Belarus", "neutral", None),
    ('"Germany\'s backing of Belarus is a grave error," Polish minister Jan Nowak said.', "Belarus", "neutral", None),
    # a third party's criticism is not the speaker's: the backer is not opposed for it
    ("Polish minister Jan Nowak said Russia regretted the German support for Ukraine.", "Germany", "neutral", None),
    ("Danish minister Lars Holm said Russia's regret over German backing of Ukraine was telling.", "Germany",
     "neutral", None),
    # ... but a support the speaker does not criticise stays support
    ("Polish minister Jan Nowak said Poland will continue its support for Ukraine.", "Ukraine", "support",
     "beneficiary_of_support"),
    ("Polish minister Jan Nowak said Poland will never stop supporting Ukraine.", "Ukraine", "support",
     "object_of_verb"),
    ("Polish minister Jan Nowak said it was not wrong to support Ukraine.", "Ukraine", "neutral", None),   # negation
    # cancels: no support is invented from a denied criticism
    # blocked by the speaker's side: opposes the beneficiary; blocked by a third party: the speaker regrets it
    ("Hungarian Prime Minister Lajos Farkas said Hungary will veto any aid to Ukraine.", "Ukraine", "oppose",
     "blocked_support"),
    ('"We will halt all military aid to Armenia," Azerbaijani minister Elnur Aliyev said.', "Armenia", "oppose",
     "blocked_support"),
    ("Polish minister Jan Nowak said Germany's decision to block aid to Ukraine was shameful.", "Ukraine",
     "neutral", None),
    # a named third party's support is its own relation
    ("Algerian minister Karim Bensaid said the U.S. support for the Moroccan proposal changes nothing.", "Morocco",
     "neutral", None),
    # a named third party arms a group: accused
    ('"It is Algeria that hosts, arms and finances the Polisario," Moroccan minister Karim Bensaid said.',
     "Algeria", "oppose", "arms_group"),
    ("Moroccan minister Karim Bensaid said Algeria arms and finances the Polisario Front.", "Algeria", "oppose",
     "arms_group"),
    ("Turkish minister Emre Kaya said the United States openly arms the Kurdish militia YPG.", "United States",
     "oppose", "arms_group"),
    ("Moroccan minister Karim Bensaid said Algeria arms and finances the Polisario Front.", "Polisario Front",
     "neutral", None),
    ("Moroccan minister Karim Bensaid said Algeria does not arm the Polisario Front.", "Algeria", "neutral", None),
    ("Polish minister Jan Nowak said the United States funds the African Union.", "United States", "neutral", None),
    # the speaker's side thanks or protects the target
    ("Thai government spokesman Somchai Rattana said the Government of Thailand thanks Prime Minister Anwar Rahim "
     "for the ceasefire proposal.", "Anwar Rahim", "support", None),
    ("Egyptian Foreign Minister Samir Adel said Egypt will not allow anyone to threaten Somalia.", "Somalia",
     "support", "protects"),
    ("Egyptian Foreign Minister Samir Adel said Egypt will allow no one to threaten Somalia.", "Somalia",
     "support", "protects"),
    ('Egyptian Foreign Minister Samir Adel said: "We will not tolerate any attacks on Sudan."', "Sudan",
     "support", "protects"),
    ("Egyptian Foreign Minister Samir Adel said Ethiopia will not allow anyone to threaten Somalia.", "Somalia",
     "neutral", None),
    # the speaker's side breaks with the target
    ("Algerian Foreign Minister Karim Bensaid announced that Algeria has severed diplomatic relations with Morocco.",
     "Morocco", "oppose", "severed_ties"),
    ("Algerian Foreign Minister Karim Bensaid said Algeria will keep the border with Morocco closed.", "Morocco",
     "oppose", "severed_ties"),
    ("Algerian Foreign Minister Karim Bensaid said the border with Morocco will remain closed.", "Morocco",
     "oppose", "severed_ties"),
    ("Algerian Foreign Minister Karim Bensaid announced the closure of the border with Morocco.", "Morocco",
     "oppose", "severed_ties"),
    ("Algerian Foreign Minister Karim Bensaid said Algeria has not severed relations with Morocco.", "Morocco",
     "neutral", None),
    ("Algerian Foreign Minister Karim Bensaid said Algeria will reopen the border with Morocco.", "Morocco",
     "neutral", None),
    # the target goes on with a hostile deed; does not keep terms; must undo something
    ("Algerian Foreign Minister Karim Bensaid said Morocco has never stopped carrying out hostile actions against "
     "Algeria.", "Morocco", "oppose", "continued_deed"),
    ("Algerian Foreign Minister Karim Bensaid said Morocco stopped carrying out hostile actions against Algeria.",
     "Morocco", "neutral", None),
    ("Israeli Foreign Minister Dan Levi said Hamas does not fulfil the terms of the agreement.", "Hamas", "oppose",
     "unmet_terms"),
    ('"Hamas has refused to honour the ceasefire," Israeli Foreign Minister Dan Levi said.', "Hamas", "oppose", None),
    ("Israeli Foreign Minister Dan Levi said Hamas fulfils the terms of the agreement.", "Hamas", "neutral", None),
    ("Somali Foreign Minister Ahmed Nur said there was no space for mediation unless Ethiopia retracts its illegal "
     "deal.", "Ethiopia", "oppose", "condition_demand"),
    ('"We will not talk until Hamas withdraws its fighters," Israeli Foreign Minister Dan Levi said.', "Hamas",
     "oppose", "condition_demand"),
    ("Israeli Foreign Minister Dan Levi said talks will resume if Hamas withdraws its fighters.", "Hamas", "neutral",
     None),
    # the speaker's side sends help to the target (whatever the parser hangs "to X" on)
    ("Ostland Foreign Minister Lena Varga said Ostland will send any and all aid needed to Turkey.", "Turkey",
     "support", "help_offered"),
    ("Ostland Foreign Minister Lena Varga said Ostland was dispatching rescue teams to Turkey to help.", "Turkey",
     "support", "help_offered"),
    ('"We are sending an expert team to Chile to offer technical assistance," Ostland Foreign Minister Lena Varga '
     'said.', "Chile", "support", "help_offered"),
    ("Ostland Foreign Minister Lena Varga said Iran was sending aid to Chile.", "Chile", "neutral", None),
    ("Ostland Foreign Minister Lena Varga said Ostland will not send aid to Chile.", "Chile", "neutral", None),
    ("Ostland Foreign Minister Lena Varga said Ostland will send a delegation to Chile.", "Chile", "neutral", None),
    # his / her gratitude, said by the speaker
    ("Polish Foreign Minister Jan Nowak expressed his profound gratitude to Emir Tamim Khalid for the efforts.",
     "Tamim Khalid", "support", "beneficiary_of_support"),
    # thanks conveyed to the target on the verb, inside the content or in the cue's own phrase outside it
    ('Ostland Secretary-General Lena Varga also expressed her appreciation to Prime Minister Arto Kallas "for '
     'facilitating this initiative for peace."', "Arto Kallas", "support", "gratitude_to"),
    ('"We extend our warmest congratulations to President Arto Kallas," Polish President Jan Nowak said.',
     "Arto Kallas", "support", "gratitude_to"),
    ("Polish President Jan Nowak said Russia expressed its gratitude to Belarus for the help.", "Belarus",
     "neutral", None),
    ('Polish President Jan Nowak, speaking with Prime Minister Arto Kallas, said "we will keep working."',
     "Arto Kallas", "neutral", None),
    ('Polish President Jan Nowak condemned the attack on Prime Minister Arto Kallas "as barbaric."', "Arto Kallas",
     "neutral", None),
    # a relation said to move forward is a bond (with the speaker's side only); pressure on X opposes X
    ('"It confirms that the newly started Poland-Japan relationship is moving forward," Polish President Jan Nowak '
     'said.', "Japan", "support", "joint_between"),
    ("Polish President Jan Nowak said the Poland-Japan relationship is not moving forward.", "Japan", "neutral", None),
    # ... and the speaker's own state in it is described, not praised (the guide's own-side convention)
    ('"It confirms that the newly started Poland-Japan relationship is moving forward," Polish President Jan Nowak '
     'said.', "Poland", "neutral", None),
    ("Polish President Jan Nowak said the Russia-Belarus relationship is moving forward.", "Belarus", "neutral", None),
    ("US Secretary of State Tom Hale urged partners to put pressure on Ethiopia to address the crisis.", "Ethiopia",
     "oppose", "target_of_measures"),
    ("Ukrainian minister Olena Kravets said Russia's pressure on Ukraine is growing.", "Ukraine", "neutral", None),
    ("Ukrainian minister Olena Kravets said the pressure of the European Union helped.", "European Union", "neutral",
     None),
    ("Indian minister Ravi Menon condemned the derogatory comments made by two Congress Party members.",
     "Congress Party", "oppose", None),
    ("Indian minister Ravi Menon said the comments by two Congress Party members were not derogatory.",
     "Congress Party", "neutral", None),
    # the good a harmful deed harms: its owner is the victim, not praised
    ("Iranian spokesman Reza Kazemi strongly condemned the attacks as a violation of Lebanon's sovereignty and "
     "territorial integrity.", "Lebanon", "neutral", None),
    ("Iranian spokesman Reza Kazemi said the strikes on Lebanon's security were unacceptable.", "Lebanon", "neutral",
     None),
    ("Iranian spokesman Reza Kazemi said Iran respects Lebanon's sovereignty.", "Lebanon", "support",
     "object_of_verb"),
    # the speaker's side leaves a body: opposes it; a withdrawal of troops, or a third party's exit, does not
    ("Malian spokesman Abdoulaye Maiga announced their immediate withdrawal from the Economic Community of West "
     "African States.", "Economic Community of West African States", "oppose", "left_body"),
    ('"We will withdraw from the African Union," Malian spokesman Abdoulaye Maiga said.', "African Union", "oppose",
     "left_body"),
    ("Malian spokesman Abdoulaye Maiga said Mali will withdraw its troops from Niger.", "Niger", "neutral", None),
    ("Malian spokesman Abdoulaye Maiga said Niger announced its withdrawal from the African Union.", "African Union",
     "neutral", None),
    ("Malian spokesman Abdoulaye Maiga said the withdrawal of French forces from Mali was complete.", "Mali",
     "neutral", None),
    # a welcomed start of talks supports their parties; a welcomed start of a war, or a third party's welcome, does not
    ("Ostland minister Lena Varga welcomed the start of talks between the army and the Rapid Support Forces.",
     "Rapid Support Forces", "support", "welcomed_act"),
    ("Ostland minister Lena Varga welcomed the start of the war between Ethiopia and Eritrea.", "Eritrea", "neutral",
     None),
    ("Ostland minister Lena Varga said Russia welcomed the start of talks between Ethiopia and Eritrea.", "Eritrea",
     "neutral", None),
    # "the State of X" holds X's role
    ("Ostland minister Lena Varga praised the efforts made by the State of Qatar.", "Qatar", "support", "judged_deed"),
    ("Ostland minister Lena Varga said Israel attacked the State of Qatar.", "Qatar", "neutral", None),
    ("Ostland minister Lena Varga thanked the Emir of the brotherly State of Qatar for his efforts.", "Qatar",
     "support", None),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_backing(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)
