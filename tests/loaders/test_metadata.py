"""Outlets from the head of a plain-text article: datelines in both wire styles, bylines, else the URL's site."""
from loaders.metadata import text_metadata, url_outlet


def test_outlets_from_datelines_bylines_and_urls():
    assert text_metadata("Headline\nMOSCOW, May 4. /TASS/. Russia said so.")["outlet"] == "TASS"
    assert text_metadata("Headline\nDUSHANBE, March 4 (Asia-Plus) - A minister said.")["outlet"] == "Asia-Plus"
    assert text_metadata("Headline\nBy Ann Lee, Reuters\nBody.")["outlet"] == "Reuters"
    assert text_metadata("URL: https://www.asiaplustj.info/en/news/1\nHeadline\nBody.")["outlet"] == "asiaplustj.info"
    assert text_metadata("Outlet: Steppe Daily\nURL: https://x.example/a\nBody.")["outlet"] == "Steppe Daily"


def test_url_outlet_refuses_what_is_not_a_web_address():
    assert url_outlet("javascript:alert(1)") == "" and url_outlet("ftp://host.example/x") == ""
