"""Bytes to clean text: encoding detection and normalisation. Plain Python, no Django."""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer


class UnreadableText(ValueError):
    """The bytes are not text we can read."""


# Control characters other than tab and newline, and the private-use range the
# search highlighter reserves for its marks: none of them belongs in an article.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, then a detected legacy encoding."""
    if not data.strip():
        raise UnreadableText("the file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableText("the file is binary (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise UnreadableText("the file is binary (mostly control characters)")
        return text, "utf-8"
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UnreadableText("the file is not text in any encoding we can detect")
    best = matches[0]
    # Short texts often fit several code pages equally well; on a tie take
    # windows-1252, the legacy encoding the web (WHATWG) defaults to.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    best = next((m for m in tied if m.encoding == "cp1252"), best)
    text = str(best)
    if _looks_binary(text):
        raise UnreadableText("the file is binary (mostly control characters)")
    return text.lstrip("\ufeff"), best.encoding


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROLS.findall(sample)) > len(sample) * 0.05


def normalise(text: str) -> str:
    """NFC, Unix line endings, ordinary spaces, no control characters, no trailing blanks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _JUNK.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
