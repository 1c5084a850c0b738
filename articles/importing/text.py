"""Bytes to clean text: encoding detection and normalisation. Plain Python, no Django."""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer


class UnreadableText(ValueError):
    """The bytes are not text we can read."""


# Control characters other than tab and newline, and the private-use range the
# search highlighter reserves for its marks: none of them belongs in an article.
# Nor do a stray BOM and the invisible word joiner ("Biden-\u2060Harris"), pasted in from web pages. The zero-width
# joiner and non-joiner stay (they spell emoji and Persian words), and so does a zero-width space between two words
# (Thai and Khmer separate words with it); one at either end of a line or beside a space only hides what follows
# ("\u200b\u200bDONALD J. TRUMP", a signature): _ZERO_WIDTH_EDGE drops those.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff\ufeff\u2060]")
_ZERO_WIDTH_EDGE = re.compile(r"^\u200b+|\u200b+$|(?<=\s)\u200b+|\u200b+(?=\s)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE_RUNS = re.compile("  +")  # a literal prefix: the regex engine skips ahead to each run
# Bytes that can only be C0 controls (never part of a multi-byte UTF-8 sequence), and
# the lead byte of U+0080–U+00BF, which holds the C1 controls: a cheap upper bound.
_C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, then a detected legacy encoding."""
    if not data.strip():
        raise UnreadableText("the file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableText("the file is binary (it contains NUL bytes)")
    # Strict UTF-8 first: almost every file is, and it costs one pass in C.
    # Only when that fails is the (slow) charset detection asked for a guess.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if _may_have_controls(data, len(text)) and _looks_binary(text):
            raise UnreadableText("the file is binary (mostly control characters)")
        return text, "utf-8"
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UnreadableText("the file is not text in any encoding we can detect")
    best = matches[0]
    # Several code pages often read a text with no oddity at all; the detector then
    # ranks them by how much the words look like some language, a weak hint for news
    # (it took "Café … Zoë Müller" for Baltic cp775: "Cafķ … Zoļ M³ller"). Windows-1252,
    # the legacy encoding the web (WHATWG) defaults to, wins whenever it reads the bytes
    # as cleanly as the best guess. The detector groups code pages that give the same
    # text under one match, so it is looked for among each match's alternatives.
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset and m.chaos <= best.chaos), None)
    if western is not None:
        best, encoding = western, "cp1252"
    else:
        encoding = best.encoding
    text = str(best)
    if _looks_binary(text):
        raise UnreadableText("the file is binary (mostly control characters)")
    return text.lstrip("\ufeff"), encoding


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAMPLE_CHARS = 8192


def _may_have_controls(data: bytes, length: int) -> bool:
    """False when the UTF-8 bytes cannot hold enough control characters to look binary."""
    head = data[: _SAMPLE_CHARS * 4 + 3]  # 8192 characters (after a BOM) are at most 32 KiB of UTF-8
    bound = len(head) - len(head.translate(None, _C0_CONTROL_BYTES)) + head.count(b"\xc2")
    return bound > min(length, _SAMPLE_CHARS) * 0.05


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    return len(_CONTROLS.findall(sample)) > len(sample) * 0.05


def normalise(text: str) -> str:
    """NFC, Unix line endings, ordinary spaces, no control characters, no trailing blanks."""
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if text.replace("\n", " ").isprintable():
        # Control, private-use and exotic space characters are all non-printable, so
        # here the only whitespace left is single plain spaces: trimming each line is
        # dropping a space beside a newline. (The common case, and three passes in C.)
        return text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    lines = text.split("\n")
    for number, line in enumerate(lines):
        # The regular expressions, which cost more than the rest of parsing, run only
        # on the rare lines that need them.
        if not line.isprintable():
            lines[number] = _SPACES.sub(" ", _ZERO_WIDTH_EDGE.sub("", _JUNK.sub("", line)).strip()).strip()
        elif line[:1] == " " or line[-1:] == " ":
            lines[number] = line.strip()
    return "\n".join(lines)
