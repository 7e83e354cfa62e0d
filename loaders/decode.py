"""Bytes to text, refusing what is not text: empty files, binaries (PDF, images, archives) whatever their
extension, and bytes that no text encoding fits. UTF-8 first; a legacy single-byte encoding (Latin-1,
Windows-1252 ...) only when the detector is confident the result reads as text."""
from __future__ import annotations

from charset_normalizer import from_bytes

MAGIC = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive",
         b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
         b"\x7fELF": "an executable", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
         b"\xd0\xcf\x11\xe0": "an Office document"}


class NotText(ValueError):
    """The bytes are not a text we can read; the message is the one-line reason."""


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise NotText("empty file")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise NotText(f"binary file ({what}), not text")
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data[:65536]:
        raise NotText("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.15 or best.encoding.startswith("utf"):
        raise NotText(f"{utf8_error}, and no other text encoding fits")
    text = data.decode(best.encoding, errors="strict")
    if sum(c.isprintable() or c.isspace() for c in text[:100_000]) < 0.97 * min(len(text), 100_000):
        raise NotText(f"{utf8_error}, and no other text encoding fits")
    return text
