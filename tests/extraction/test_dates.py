"""Dates step: when a statement was made, resolved against the article's published date."""
from loaders.extraction.dates import resolve


def test_relative_dates_against_published():
    assert resolve("on April 13", "2015-04-16") == "2015-04-13"
    assert resolve("on Tuesday", "2015-04-16") == "2015-04-14"
    assert resolve("last month", "2015-04-16") == "2015-03"
    assert resolve("yesterday", "2015-01-01") == "2014-12-31"
    assert resolve("on Tuesday", None) is None


def test_statement_date(run):
    ex = run("Antonov said on Tuesday that the drills would start.", published="2015-04-16")
    assert ex.statements[0].date == "2015-04-14"
