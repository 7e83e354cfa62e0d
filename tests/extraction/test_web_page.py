"""A web page pasted as text: page furniture is neither title nor content, a sub-heading that repeats the
lead is one statement, the dateline is no content, and dates and the relaying agency are kept."""
from __future__ import annotations

from graph.records import Article
from loaders.read_formats import read_text

PAGE = """Skip to main content
Home | News | World | Business | Sport | Opinion | Contact
Accessibility links
Breaking news: Storm warning for the eastern coast
Veldoria to expand northern port, minister says
14 April 2023
By Ana Morel
Veldoria will expand its northern port by 2030, Transport Minister Karl Brandt said on Thursday.
VELDOR, April 14 (Harbor News Agency) - Veldoria will expand its northern port by 2030, Transport Minister Karl Brandt said on Thursday, adding that the work would begin next spring.
"We need the capacity, and we need it soon," Brandt told the news agency on April 13.
The opposition leader, Mira Holt, said yesterday that the plan was too expensive.
Share this article
Latest posts
Ports in the region brace for record traffic
Storm closes three ferry lines
"""


def test_a_pasted_page(extractor):
    (art,) = list(read_text(PAGE, "page.txt"))
    assert (art.title, art.published) == ("Veldoria to expand northern port, minister says", "2023-04-14")
    ex = extractor.extract(art)
    port = [s for s in ex.statements if "northern port" in s.text]
    assert len(port) == 1, [s.text for s in port]            # headline, sub-heading and lead: one statement
    assert port[0].text.startswith("Veldoria will expand") and port[0].speaker == "Karl Brandt"
    assert port[0].date == "2023-04-13"                     # "on Thursday", the article of Friday 14 April
    (told,) = [s for s in ex.statements if "capacity" in s.text]
    assert (told.addressee, told.date) == ("Harbor News Agency", "2023-04-13")
    (holt,) = [s for s in ex.statements if s.speaker == "Mira Holt"]
    assert holt.date == "2023-04-13"                        # "yesterday"
    texts = " ".join(s.text for s in ex.statements)
    assert "Skip to" not in texts and "Home |" not in texts and "record traffic" not in texts


def test_navigation_and_listing_lines_are_blanked_in_place():
    from loaders.extraction.clean import clean
    text = "Home › World › Europe\nThe talks ended.\nRelated stories\nFerry strike ends\nShare on X\n"
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text.split("\n")[1] == "The talks ended."
    assert not cleaned.text.replace("\n", "").replace("The talks ended.", "").strip()
