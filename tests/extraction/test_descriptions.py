"""Descriptions as speakers: "the analyst", "the newspaper", "the campaign" resolve to the entity they describe."""
def test_definite_description_takes_the_role_seen_earlier(run):
    ex = run("Billionaire businessman Donald Trump toured Iowa. Sen. Bernie Sanders toured Nevada. "
             "The businessman said that the polls were wrong. The senator said that he would win.")
    assert [s.speaker for s in ex.statements] == ["Donald Trump", "Bernie Sanders"]


def test_newspaper_is_the_media_named_before(run):
    ex = run("The New York Times published a poll on Monday. The newspaper said that turnout would be low.")
    assert ex.statements[0].speaker == "The New York Times"


def test_anonymous_sources_stay_unnamed(run):
    ex = run("Donald Trump spoke in Iowa. A source said that the campaign was short of money. "
             "Officials said that the roads were closed.")
    assert [s.speaker for s in ex.statements] == [None, None]
