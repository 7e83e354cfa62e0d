"""Pronoun speakers: gender agreement, subjects over objects, bylines for first person."""
from loaders.extraction.pronouns import byline_author


def test_she_skips_the_previous_male_speaker(run):
    ex = run("Donald Trump said the wall would be built. Hillary Clinton spoke in Iowa on Monday. "
             "“We will not build walls,” she said.")
    assert ex.statements[-1].speaker == "Hillary Clinton"


def test_honorific_decides_gender_and_subject_beats_object(run):
    ex = run("Mrs. Novak met Peter Grant on Monday. Novak criticised Grant over the budget. "
             "She said that the plan would fail.")
    assert ex.statements[-1].speaker == "Novak"


def test_first_person_goes_to_byline_author_only():
    assert byline_author("Opinion\nBy Jane Doe\n\nI have said it before.") == "Jane Doe"
    assert byline_author("I have said it before, and nobody listened.") is None
