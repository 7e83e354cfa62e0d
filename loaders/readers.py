"""Where articles come from: files and folders (recursively), each format to its reader.

`read_paths(paths)` yields, in input order, an `Article` for every article read and a `Failure` (stage
"read": the source and a one-line reason) for every input or item that cannot be read; it never raises
for bad input, so one bad file never stops a batch.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Union

from graph.records import Article, Failure
from graph.settings import settings
from loaders.decode import NotText, decode_bytes
from loaders.read_formats import read_feed, read_html, read_jsonl, read_text, unreadable

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ARTICLE_CHARS = int(settings().max_article_mb * 1024 * 1024)

READERS = {
    ".txt": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
}
EXTENSIONS = tuple(READERS)       # the one list of accepted file types: folders, the upload panel, Spark


Read = Union[Article, Failure]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


def article_files(path: str) -> Iterator[str]:
    """`path` itself, or a folder's files with an accepted extension, recursively, in name order."""
    if os.path.isdir(path):
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and os.path.splitext(name)[1].lower() in EXTENSIONS:
                    yield os.path.join(root, name)
    else:
        yield path


def checked(item) -> Read:
    """A reader's item as the Article, or as a reading Failure when it is one, empty or too long."""
    if isinstance(item, Failure):
        return unreadable(item.source, _one_line(item.reason))
    if not item.text.strip():
        return unreadable(item.source, "no article text")
    if len(item.text) > MAX_ARTICLE_CHARS:
        return unreadable(item.source, f"article too long: {len(item.text) / 1048576:.1f} M characters "
                                      f"(the limit is {MAX_ARTICLE_CHARS / 1048576:g} M; split it, or "
                                      "raise WHOSAID_MAX_ARTICLE_MB)")
    return item


def read_file(path: str) -> Iterator[Read]:
    ext = os.path.splitext(path)[1].lower()
    reader = READERS.get(ext, read_text)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            yield unreadable(path, f"file too large ({size // (1024 * 1024)} MB; the limit is "
                                  f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
            return
        with open(path, "rb") as handle:
            data = handle.read()
        text = decode_bytes(data)
    except FileNotFoundError:
        yield unreadable(path, "no such file or folder")
        return
    except IsADirectoryError:
        yield unreadable(path, "is a folder")
        return
    except PermissionError:
        yield unreadable(path, "permission denied")
        return
    except NotText as exc:
        yield unreadable(path, str(exc))
        return
    except OSError as exc:
        yield unreadable(path, _one_line(exc.strerror or exc))
        return
    try:
        for item in reader(text, path):
            yield checked(item)
    except Exception as exc:  # a reader's library failing on hostile input must not stop the batch
        yield unreadable(path, f"cannot read as {ext or 'text'}: {_one_line(exc)}")


def read_paths(paths: Iterable[str]) -> Iterator[Read]:
    for path in paths:
        if not os.path.exists(path):
            yield unreadable(path, "no such file or folder")
            continue
        for file in article_files(path):
            yield from read_file(file)
