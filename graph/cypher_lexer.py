"""A strict Cypher tokenizer for user queries: strings, comments, backticks, numbers, parameters.

It reads text the way the engines do where that is certain and refuses everything where two readers could
disagree, so the allow-list parser in `graph.readonly` never sees a token stream that differs from the
engine's: a number glued to a word (`LIMIT 100000SET`), a string escape other than the standard ones, a
line separator or control character inside a `//` comment, an unterminated string, comment or backtick
name, and any character outside strings, comments and backtick names that is not plain ASCII Cypher.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

WORD, NAME, STRING, NUMBER, PARAM, PUNCT, EOF = "word", "name", "string", "number", "param", "punct", "eof"
MAX_QUERY_CHARS = 20_000

_SPACE = " \t\n\r"
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"0[xX][0-9A-Fa-f]+|0[oO][0-7]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_ESCAPES = set("\\bfnrt")   # no \' or \": readers disagree on them; use the other quote or a $param
_PUNCT2 = ("<>", "<=", ">=", "=~", "..", "!=")
_PUNCT1 = set("()[]{},.:;|=<>+-*/%^")


class LexError(ValueError):
    """Text that is not a token stream every engine reads the same way."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str          # the token as written (for WORD: as written; compare with .upper())
    start: int
    end: int
    value: object = None   # decoded value: str for STRING/NAME/PARAM, int/float for NUMBER

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == WORD else ""


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def _string(text: str, pos: int) -> tuple[int, str]:
    quote, i, out = text[pos], pos + 1, []
    while i < len(text):
        ch = text[i]
        if ch == quote:
            return i + 1, "".join(out)
        if ch == "\\":
            nxt = text[i + 1:i + 2]
            if nxt in _ESCAPES and nxt:
                out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(nxt, nxt))
                i += 2
                continue
            if nxt in ("u", "U"):
                width = 4 if nxt == "u" else 8
                digits = text[i + 2:i + 2 + width]
                if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                    out.append(chr(min(int(digits, 16), 0x10FFFF)))
                    i += 2 + width
                    continue
            raise LexError(f"unclear escape {text[i:i + 2]!r} in a string at {_where(text, i)}: "
                           "use a $parameter for such values")
        out.append(ch)
        i += 1
    raise LexError(f"a string opened at {_where(text, pos)} is never closed")


def _backtick(text: str, pos: int) -> tuple[int, str]:
    i, out = pos + 1, []
    while i < len(text):
        if text[i] == "`":
            if text[i + 1:i + 2] == "`":
                out.append("`")
                i += 2
                continue
            if not out:
                raise LexError(f"an empty `` name at {_where(text, pos)}")
            return i + 1, "".join(out)
        out.append(text[i])
        i += 1
    raise LexError(f"a `name` opened at {_where(text, pos)} is never closed")


def _comment(text: str, pos: int) -> int:
    if text.startswith("//", pos):
        end = len(text)
        for stop in ("\n", "\r"):
            found = text.find(stop, pos)
            if found != -1:
                end = min(end, found)
        body = text[pos:end]
    else:
        end = text.find("*/", pos + 2)
        if end == -1:
            raise LexError(f"a /* comment opened at {_where(text, pos)} is never closed")
        body, end = text[pos:end], end + 2
    for ch in body:
        if (ord(ch) < 32 and ch not in "\t\n\r") or ch in "\x7f\x85\u2028\u2029" or 0x80 <= ord(ch) < 0xA0:
            raise LexError(f"a control or line-separator character (U+{ord(ch):04X}) in a comment at "
                           f"{_where(text, pos)}")
    return end


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, ending with an EOF token; raises LexError naming the place."""
    if len(text) > MAX_QUERY_CHARS:
        raise LexError(f"the query is {len(text):,} characters long (the limit is {MAX_QUERY_CHARS:,})")
    tokens, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _SPACE:
            i += 1
        elif text.startswith("//", i) or text.startswith("/*", i):
            i = _comment(text, i)
        elif ch in "'\"":
            end, value = _string(text, i)
            tokens.append(Token(STRING, text[i:end], i, end, value))
            i = end
        elif ch == "`":
            end, value = _backtick(text, i)
            tokens.append(Token(NAME, text[i:end], i, end, value))
            i = end
        elif ch == "$":
            m = _WORD.match(text, i + 1)
            if m:
                end, value = m.end(), m.group(0)
            elif text[i + 1:i + 2] == "`":
                end, value = _backtick(text, i + 1)
            else:
                raise LexError(f"a '$' without a parameter name at {_where(text, i)}")
            tokens.append(Token(PARAM, text[i:end], i, end, value))
            i = end
        elif ch.isascii() and ch.isdigit():
            m = _NUMBER.match(text, i)
            end = m.end()
            glued = text[end:end + 1]
            if glued and (glued.isalnum() or glued in "_`$'\"" or not glued.isascii()):
                raise LexError(f"the number {m.group(0)} is glued to {glued!r} at {_where(text, i)}: "
                               "put a space after numbers")
            raw = m.group(0).lower()
            value = (int(raw, 16) if raw.startswith("0x") else int(raw, 8) if raw.startswith("0o")
                     else float(raw) if ("." in raw or "e" in raw) else int(raw))
            tokens.append(Token(NUMBER, m.group(0), i, end, value))
            i = end
        elif _WORD.match(text, i):
            m = _WORD.match(text, i)
            glued = text[m.end():m.end() + 1]
            if glued and (not glued.isascii() or glued in "`'\""):
                raise LexError(f"the word {m.group(0)} is glued to {glued!r} at {_where(text, i)}")
            tokens.append(Token(WORD, m.group(0), i, m.end(), m.group(0)))
            i = m.end()
        elif text[i:i + 2] in _PUNCT2:
            tokens.append(Token(PUNCT, text[i:i + 2], i, i + 2))
            i += 2
        elif ch in _PUNCT1:
            tokens.append(Token(PUNCT, ch, i, i + 1))
            i += 1
        else:
            raise LexError(f"unexpected character {ch!r} (U+{ord(ch):04X}) at {_where(text, i)}: outside "
                           "strings and `names`, a query is plain ASCII")
    tokens.append(Token(EOF, "", n, n))
    return tokens
