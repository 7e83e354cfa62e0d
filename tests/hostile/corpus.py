"""Builds the bad-input corpus the hostile tests feed to whosaid: every kind of input analysts scrape by
accident or that an attacker plants. Generated at test time (no large files in the repo)."""
from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

XSS = "<img src=x onerror=alert(1)>"
CYPHER = "'); MATCH (n) DETACH DELETE n //"
LONG_NAME = "Abcdefghij " * 455           # ~5,000 characters


def _article(body: str, title: str = "Talks resume") -> str:
    return f"{title}\nPublished: 2025-05-02\nOutlet: Test Wire\n\n{body}\n"


PAYLOAD_BODY = (f'Ministry spokesman Omar Haddad said the talks would resume, "we are ready {XSS}". '
                f'Analyst Lina Park told Test Wire that "{CYPHER}" was a strange thing to write. '
                f'Haddad added that the envoy <script>alert("x")</script> would arrive on Monday.')

# name -> (content, expected outcome: "ok" or a fragment of the error reason)
def build(folder: Path) -> dict[str, str]:
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as zf:
        zf.writestr("a.txt", "hello")
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"  \n\n\t ", "empty file"),
        "report.pdf.txt": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)), "PDF"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)), "PNG"),
        "archive.txt": (zbuf.getvalue(), "zip"),
        "garbage.txt": (bytes(rng.randrange(128, 256) for _ in range(4000)), "UTF-8"),
        "latin1.txt": (_article("Le ministre fran\u00e7ais a d\u00e9clar\u00e9 que Minister Jean Dupr\u00e9 "
                                "said the caf\u00e9 talks were over.").encode("latin-1"), "ok"),
        "huge.txt": (_article(("Minister Anna Berg said the talks would go on. " * 12 + "\n\n") * 18000)
                     .encode(), "article too long"),
        "one-line.txt": (("Minister Anna Berg said the talks would go on and on " * 20000).encode(), "ok"),
        "scripts.html": (("<html><head><title>Talks <script>alert(1)</script></title>"
                          "<script src='http://evil.example/x.js'></script></head><body>"
                          "<iframe src='http://evil.example'></iframe><article><h1 onclick='alert(1)'>Talks"
                          "</h1><p onmouseover=\"alert('x')\">Foreign Minister Karin Holm said on Monday that "
                          "the talks in Geneva had been productive and would continue next week.</p>"
                          "<p>Holm told reporters that she expected an agreement before the summer.</p>"
                          "</article></body></html>").encode(), "ok"),
        "broken.jsonl": (b'{"text": "Minister Anna Berg said the talks would resume.", "title": "A"}\n'
                         b'{"text": "unterminated\n'
                         b'["not", "an", "object"]\n'
                         b'{"title": "no text field"}\n', "ok"),
        "notxml.rss": (b"this is not xml <rss <<<", "not an RSS"),
        "arabic.txt": (_article("\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631"
                                "\u062c\u064a\u0629 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f"
                                "\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0623\u0646\u0641 \u064a\u0648"
                                "\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646. " * 20,
                                "\u0645\u062d\u0627\u062f\u062b\u0627\u062a").encode(), "ok"),
        "russian.txt": (_article("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442"
                                 "\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u0437\u0430\u044f"
                                 "\u0432\u0438\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433"
                                 "\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e\u043b\u0436"
                                 "\u0430\u0442\u0441\u044f \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b"
                                 "\u044c\u043d\u0438\u043a. " * 20, "\u041f\u0435\u0440\u0435\u0433\u043e"
                                 "\u0432\u043e\u0440\u044b").encode(), "ok"),
        "chinese.txt": (_article("\u5916\u4ea4\u90e8\u957f\u8868\u793a\uff0c\u8c08\u5224\u5c06\u4e8e\u661f"
                                 "\u671f\u4e00\u6062\u590d\u3002" * 30, "\u8c08\u5224").encode(), "ok"),
        "payloads.txt": (_article(PAYLOAD_BODY, f"Talks {XSS}").encode(), "ok"),
        "long-name.txt": (_article(f"{LONG_NAME}said the talks would resume on Monday, officials said.")
                          .encode(), "ok"),
    }
    expected = {}
    for name, (content, outcome) in files.items():
        (folder / name).write_bytes(content)
        expected[name] = outcome
    (folder / "feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Test Feed</title>"
        "<item><title>Talks</title><description>&lt;p&gt;Minister Anna Berg said the talks would resume "
        "on Monday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>"
        "<item><title>Empty</title></item></channel></rss>", encoding="utf-8")
    expected["feed.rss"] = "ok"
    (folder / "meta.json").write_text(json.dumps(expected))
    return expected
