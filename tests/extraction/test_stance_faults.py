"""Stance rules of the third recall round (stance_faults.py, and the creator of an evaluated thing in
stance_clause.py): faults the speaker finds in a target without an evaluative word on its parse path, each
beside a sentence where the rule must not fire (negated, hedged, someone else's words, a third party's act).
Fictional people, places and groups only. `rule`, when given, is the stance_rule expected."""
import pytest

CASES = [
    # what the target ought to have done: the negation is part of the reproach
    ("Ada Kuznetsova said Peter Marlow should have known that the server was no place for secrets.",
     "Peter Marlow", "oppose", "counterfactual_reproach"),
    ('"Peter Marlow should not have signed the deal," Ada Kuznetsova said.', "Peter Marlow", "oppose",
     "counterfactual_reproach"),
    ('"Peter Marlow could have won the vote," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    ("Ada Kuznetsova said critics claim Peter Marlow should have known about the server.", "Peter Marlow",
     "neutral", None),
    # competence denied
    ('"Peter Marlow doesn\'t understand the first thing about farming," Ada Kuznetsova said.', "Peter Marlow",
     "oppose", "denied_competence"),
    ('"Peter Marlow has no plan for the farmers," Ada Kuznetsova said.', "Peter Marlow", "oppose", "denied_competence"),
    ('"Peter Marlow has no plans to resume the talks," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    ('"Peter Marlow does not know the way to the hall," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    # the speaker's side at war with the target, not a third party's feud
    ('"We are already at war with the Crimson Front," Ada Kuznetsova said.', "Crimson Front", "oppose", "hostile_with"),
    ("Ada Kuznetsova said the Kellen Gazette's feud with Peter Marlow had lasted a year.", "Peter Marlow",
     "neutral", None),
    # the foil of a favourable contrast
    ('"Unlike Peter Marlow, I have actually run a business," Ada Kuznetsova said.', "Peter Marlow", "oppose",
     "unlike_contrast"),
    ('"Unlike Peter Marlow, the mayor lives in Kellen," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    # an investigation the speaker calls for, not one reported
    ("Ada Kuznetsova said the prosecutors should investigate Peter Marlow.", "Peter Marlow", "oppose",
     "call_for_investigation"),
    ("Ada Kuznetsova urged the prosecutors to investigate Peter Marlow.", "Peter Marlow", "oppose",
     "call_for_investigation"),
    ("Ada Kuznetsova said the prosecutors investigated Peter Marlow last year.", "Peter Marlow", "neutral", None),
    ("Ada Kuznetsova said the prosecutors should not investigate Peter Marlow.", "Peter Marlow", "neutral", None),
    # "that/this" judging what the target did
    ('"Peter Marlow was doing his best to talk down the farmers, and I think that\'s shameful," Ada Kuznetsova said.',
     "Peter Marlow", "oppose", "anaphoric_evaluation"),
    ('"Peter Marlow visited the farmers, and I don\'t think that\'s wrong," Ada Kuznetsova said.', "Peter Marlow",
     "neutral", None),
    # the creator of what the clause evaluates: an agent of a participle, a free relative, "make ... worse"
    ('"The simplistic approach put forward by Peter Marlow is insufficient," Ada Kuznetsova said.', "Peter Marlow",
     "oppose", "clause_evaluation"),
    ('"What Peter Marlow is saying is dangerous," Ada Kuznetsova said.', "Peter Marlow", "oppose", "clause_evaluation"),
    ('"What Peter Marlow is saying is not dangerous," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    ('"Peter Marlow\'s plan could make the deficit worse," Ada Kuznetsova said.', "Peter Marlow", "oppose",
     "clause_evaluation"),
    # what the target answers for: bad -> oppose; anything else is no praise
    ("Ada Kuznetsova said the Crimson Front was responsible for the attack on the convoy.", "Crimson Front",
     "oppose", "subject_of_evaluation"),
    ("Ada Kuznetsova said Karvania bore full responsibility for the escalation.", "Karvania", "oppose", None),
    ("Ada Kuznetsova said Karvania was responsible for security at the border.", "Karvania", "neutral", None),
    ("Ada Kuznetsova said Veldoria would hold Karvania accountable for the crimes.", "Karvania", "oppose", "must_answer"),
    # refusing to tolerate a bad thing keeps it bad; the one who refuses is not judged by it
    ("Ada Kuznetsova said Veldoria would never accept interference by Karvania in its affairs.", "Karvania", "oppose", None),
    ("Ada Kuznetsova said Veldoria would never accept interference by Karvania in its affairs.", "Veldoria", "neutral", None),
    # help the speaker thanks for or values; a third party's appreciation is not the speaker's
    ('"We highly appreciate the support of Ostrava in these difficult times," Ada Kuznetsova said.', "Ostrava",
     "support", "welcomed_help"),
    ("Ada Kuznetsova said the farmers appreciate the support of Ostrava.", "Ostrava", "neutral", None),
    # measures imposed on the target; a sham by the target; the target's people are not praise of it
    ("Ada Kuznetsova said the sanctions imposed on Karvania would remain in place.", "Karvania", "oppose",
     "target_of_measures"),
    ("Ada Kuznetsova said the so-called elections organised by Karvania were a farce.", "Karvania", "oppose", None),
    ("Ada Kuznetsova said Karvania's leadership had met in Kellen.", "Karvania", "neutral", None),
    # rhetorical questions denying the target trust or votes; a real question is none
    ('"How can anyone trust Peter Marlow after this?" Ada Kuznetsova said.', "Peter Marlow", "oppose",
     "rhetorical_question"),
    ('"Who in their right mind would vote for Peter Marlow?" Ada Kuznetsova said.', "Peter Marlow", "oppose",
     "rhetorical_question"),
    ('"When will Peter Marlow visit the farm?" Ada Kuznetsova asked.', "Peter Marlow", "neutral", None),
    # "deserve better than X", "time for X to go", "thanks to X"
    ("Ada Kuznetsova said the farmers deserve better than Peter Marlow.", "Peter Marlow", "oppose", "deserve_better"),
    ("Ada Kuznetsova said it was time for Peter Marlow to go.", "Peter Marlow", "oppose", "time_to_go"),
    ('"Thanks to Peter Marlow, the factory stayed open," Ada Kuznetsova said.', "Peter Marlow", "support", "thanks_to"),
    # idioms of harm and praise said of the target; negated, they say nothing
    ("Ada Kuznetsova said Peter Marlow had turned his back on the farmers.", "Peter Marlow", "oppose", "idiom"),
    ('"Peter Marlow is in the pocket of the banks," Ada Kuznetsova said.', "Peter Marlow", "oppose", "idiom"),
    ('"Peter Marlow has no business being mayor," Ada Kuznetsova said.', "Peter Marlow", "oppose", "idiom"),
    ('"Peter Marlow stood up for the workers when nobody else would," Ada Kuznetsova said.', "Peter Marlow",
     "support", "idiom"),
    ('"Peter Marlow is a man of his word," Ada Kuznetsova said.', "Peter Marlow", "support", "idiom"),
    ('"Peter Marlow never turned his back on the farmers," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    ("Ada Kuznetsova said Peter Marlow has backing from a third of the voters.", "Peter Marlow", "neutral", None),
    # an official speaks for the state it is affiliated with; an analyst or another state's official does not
    ("Kyrgyzstan and Tajikistan began joint demarcation work on Wednesday, Kyrgyz Deputy Foreign Minister Almaz "
     "Beshimov said.", "Tajikistan", "support", "joint_action_with_speaker"),
    ("Kyrgyzstan and Tajikistan began joint demarcation work on Wednesday, Kyrgyz political analyst Almaz Beshimov "
     "said.", "Tajikistan", "neutral", None),
    ("Kyrgyzstan and Tajikistan began joint demarcation work on Wednesday, Kazakh Deputy Foreign Minister Almaz "
     "Beshimov said.", "Tajikistan", "neutral", None),
    # a violent act against the target is the speaker's stance only when the speaker is its agent, also
    # through the verb it completes ("going to destroy")
    ('"We are going to destroy the Crimson Front," Ada Kuznetsova said.', "Crimson Front", "oppose", "object_of_verb"),
    ('"This crisis is going to destroy Ostrava," Ada Kuznetsova said.', "Ostrava", "neutral", None),
    # what a clause says of its subject is not said of the one the subject is addressed to; a third party's
    # support for the target is not the speaker's
    ("Ada Kuznetsova said Peter Marlow's comments to the Kellen Gazette were truthful.", "Kellen Gazette",
     "neutral", None),
    ("Ada Kuznetsova said the senator had lost touch with voters because of his support for Peter Marlow.",
     "Peter Marlow", "neutral", None),
    ('"Our support for Peter Marlow is unwavering," Ada Kuznetsova said.', "Peter Marlow", "support",
     "beneficiary_of_support"),
    # praise denied under a negated copula opposes; a bare relation noun denied only cancels
    ('"Peter Marlow is not a reliable partner," Ada Kuznetsova said.', "Peter Marlow", "oppose", "negated_praise"),
    ('"Peter Marlow is not our partner," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    # siding the speaker asks of someone else; a relief the speaker asks for the target; a feeling about "that"
    ("Ada Kuznetsova said Veldoria should stand with Ostrava.", "Ostrava", "support", "sides_with"),
    ("Ada Kuznetsova said Veldoria stands with Ostrava.", "Ostrava", "neutral", None),
    ("Ada Kuznetsova said Peter Marlow had been detained without trial and should be freed.", "Peter Marlow",
     "support", "call_for_relief"),
    ("Ada Kuznetsova said Peter Marlow had been detained and would be freed in May.", "Peter Marlow", "neutral", None),
    ('"Peter Marlow is back in charge, and I\'m so happy to see that," Ada Kuznetsova said.', "Peter Marlow",
     "support", "anaphoric_evaluation"),
    # an expletive "it" evaluating what the target does; a refusal to back the target (not a past fact)
    ('"It\'s also bizarre for the Kellen Union to claim they will release the files," Ada Kuznetsova said.',
     "Kellen Union", "oppose", "extraposed_evaluation"),
    ('"It is not bizarre for the Kellen Union to release the files," Ada Kuznetsova said.', "Kellen Union",
     "neutral", None),
    ('"We will never vote for Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "oppose", "refused_support"),
    ('"We did not vote for Peter Marlow," Ada Kuznetsova said.', "Peter Marlow", "neutral", None),
    ('"Peter Marlow\'s remarks spread widely, thus aggravating the anger," Ada Kuznetsova said.', "Peter Marlow",
     "oppose", "clause_evaluation"),
    # a warning about what the target would do; the victim of a third party's act is not opposed
    ("Ada Kuznetsova warned that Peter Marlow would close the schools.", "Peter Marlow", "oppose", "warned_about"),
]


@pytest.mark.parametrize("text, target, expected, rule", CASES)
def test_fault_rules(check_stance, text, target, expected, rule):
    check_stance(text, target, expected, rule)


def test_warning_cue_is_lexicon_data():
    from loaders.extraction.stance_rules import L
    assert "warn" in L["warning_cues"]
    import inspect
    from loaders.extraction import stance
    assert '"warn"' not in inspect.getsource(stance), "the warning cue is read from stance_lexicon.json"
