"""Scraped article text → ParsedArticle. Plain Python, no Django, no database.

The layout this understands (see the reference file in shared/samples/):

    [page chrome: breadcrumbs, "Advertisement", "By Jane Doe", "Updated: …"]
    [a date line, or front matter: "Title: …", "Date: …", "URL: …", "Source: …", "Author: …"]
    title
    ["Date:" label, empty or with a value; byline]
    body paragraphs, separated by blank lines (or one per line when the file has no blank lines)
    [footer chrome: "Share post:", "Popular", "More like this", "Related", "Tags:", copyright …
     and related teasers: a headline line, then a lede cut off with "..."]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from articles.importing import dates
from articles.importing.text import UnreadableText, decode, normalise

MAX_TITLE_CHARS = 500
MAX_BYLINE_CHARS = 300


class ParseError(ValueError):
    """The file cannot become an article; the message says why, for the import report."""


@dataclass(frozen=True)
class RelatedTeaser:
    headline: str
    lede: str = ""


@dataclass
class ParsedArticle:
    title: str
    published_on: dt.date
    paragraphs: list[str]
    byline: str = ""
    url: str = ""
    source_name: str = ""
    related: list[RelatedTeaser] = field(default_factory=list)
    encoding: str = "utf-8"

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def content_hash(parsed: ParsedArticle) -> str:
    """SHA-256 of the title and body with whitespace collapsed: the same text is the same article."""
    text = parsed.title + "\n" + "\n".join(parsed.paragraphs)
    # " ".join(str.split()) is re.sub(r"\s+", " ", text).strip() (the same whitespace), ten times faster.
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


_FRONT_MATTER = re.compile(r"^(title|date|published|url|link|source|author|byline|by)\s*:\s*(.*)$", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:date|published(?: on)?|posted(?: on)?|updated|last updated|modified)\s*:?\s*(.*)$", re.I)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s*:?\s+(?P<name>[^\W\d_][^\n]{1,%d})$" % MAX_BYLINE_CHARS, re.I)
# A "By" line that is no byline (_names_someone): a heading's label and colon ("By the Numbers:"), or a sentence's end.
_HEADING_LABEL = re.compile(r"(?:the\s+)?[^\W\d_]+:", re.I)
_SENTENCE_END = re.compile(r"[^\W_]{2}[.!?:,]$")  # "restored power.", "had risen to 41.", "hereby ordered:", "Code,"
_NAME_ENDS = frozenset(["Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "II", "III", "IV"])  # "By John Smith and Jane Doe Jr."
_BREADCRUMB_SEPARATORS = re.compile(r"\s(?:>|»|›|/|\|)\s")
# Short lines that are navigation or layout, never the title or body.
_HEADER_CHROME = re.compile(
    r"^(?:home|news|latest|politics|world|business|economy|opinion|sports?|tech(?:nology)?|culture|society|"
    r"asia|europe|americas|africa|middle east|local|national|international|advertisement|advertising|"
    r"sponsored|menu|search|skip to (?:main )?content|breaking(?: news)?|share|print|listen|"
    r"(?:\d+\s+)?min(?:ute)?s?\s+read|photo:?.*|image:?.*)$",
    re.I,
)
# Lines at which the article ends and the site's furniture begins.
_FOOTER_START = re.compile(
    r"^(?:share(?: this)?(?: post| article| story)?:?|share on .*|popular(?: posts| stories)?|"
    r"more like this|more from .*|related(?: posts| articles| stories| news)?:?|you may also like|"
    # "Read more »", "Read more stories from ...": a link to other stories; not "Read more about the Partnership here:",
    # the article's own words (12 corpus files lost their tail at such a line)
    r"recommended(?: for you)?|tags?:.*|topics?:.*|read more(?:\s*[:»›>…]+)?|read more (?:stories|articles|news)\b.*|"
    r"read next:?|subscribe\b.*|sign up for .*|(?:©|\(c\)|copyright\b).*|all rights reserved\.?|comments?|"
    r"leave a (?:reply|comment).*|"
    r"#{3,}|-{3,}\s*end\s*-{3,})$",
    re.I,
)
# Lines dropped wherever they appear inside the body.
# Lines of page chrome inside the body: an ad's label, "continue reading", and a file's download button ("Download",
# "Download PDF", "eo-14419Download": the file's name and the button's label run together).
_BODY_CHROME = re.compile(
    r"^(?:advertisement|advertising|sponsored content|continue reading.*|story continues below.*"
    r"|[\w.-]*download(?: pdf)?)$",
    re.I,
)
# "(a)  ...", "(b)  ...": lettered subsections; after them "(c)  This order is not intended ..." is the third, not a
# copyright line (411 corpus orders and memoranda lost everything after their "(c)").
_LETTERED = re.compile(r"^\((?:a|b)\)[\s(]", re.I)  # "(b)  ...", "(b)(i)  ...", "(B)  ..."
# "(c) 2025 Example News", not "(c) 2026 and later fiscal years."
_COPYRIGHT_YEAR = re.compile(r"^\(c\)\s*(?:19|20)\d\d\b[^.]*$", re.I)
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")


def parse_file(path: Path, *, default_date: dt.date | None = None, max_bytes: int) -> ParsedArticle:
    """Read, decode and parse one file. Raises ParseError with a reader-facing reason."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ParseError(f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ParseError("the file cannot be read (permission denied)") from None
    except FileNotFoundError:
        raise ParseError("the file does not exist (a broken symlink?)") from None
    except IsADirectoryError:
        raise ParseError("the path is a directory, not a file") from None
    except OSError as exc:
        raise ParseError(f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ParseError(f"the file is too large (over {max_bytes:,} bytes)")
    try:
        text, encoding = decode(data)
    except UnreadableText as exc:
        raise ParseError(str(exc)) from None
    article = parse_text(text, filename=path.name, default_date=default_date)
    article.encoding = encoding
    return article


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def parse_text(text: str, *, filename: str = "", default_date: dt.date | None = None) -> ParsedArticle:
    lines = normalise(text).split("\n")
    meta: dict[str, str] = {}
    published: dt.date | None = None
    title = ""
    byline = ""
    index = 0

    # Header: chrome, front matter and date lines until the title; then labels until the body.
    while index < len(lines):
        line = lines[index]
        if not line:
            index += 1
            continue
        front = _FRONT_MATTER.match(line)
        if front and (front.group(1).lower() != "by"):
            key, value = front.group(1).lower(), front.group(2).strip()
            if key == "title" and value and not title:
                title = value
            elif key in {"date", "published"}:
                published = published or dates.date_in(value)
            elif key in {"url", "link"}:
                # Only web addresses: a "javascript:" or "data:" URL must never become a link.
                if re.match(r"(?i)^https?://[^\s<>\"']+$", value):
                    meta["url"] = value[:1000]
            elif key == "source":
                meta["source"] = value
            elif key in {"author", "byline"}:
                byline = byline or _clean_byline(value)
            index += 1
            continue
        if (found := dates.date_line(line)) is not None:
            published = published or found
            index += 1
            continue
        if (label := _DATE_LABEL.match(line)) and (not label.group(1) or dates.date_in(label.group(1))):
            if label.group(1):
                published = published or dates.date_in(label.group(1))
            index += 1
            continue
        if (by := _BYLINE.match(line)) and len(line) <= MAX_BYLINE_CHARS and _names_someone(by.group("name")):
            byline = byline or _clean_byline(by.group("name"))
            index += 1
            continue
        if _is_header_chrome(line):
            index += 1
            continue
        if title or _FOOTER_START.match(line):
            break
        title = line
        index += 1

    # Body and footer.
    body_lines: list[str] = []
    footer_lines: list[str] = []
    teaser_tail = _teaser_tail_start(lines, index)
    lettered = False  # a lettered list has begun: its "(c)" is an item
    for position in range(index, len(lines)):
        line = lines[position]
        lettered = lettered or bool(_LETTERED.match(line))
        if _ends_body(line, lettered) or (body_lines and position == teaser_tail):
            footer_lines = lines[position:]
            break
        if _BODY_CHROME.match(line):
            continue
        body_lines.append(line)

    if any(not line for line in body_lines[1:-1]):
        paragraphs = [p for block in _blocks(body_lines) for p in _paragraphs(block)]
    else:  # no blank lines at all: the plain layout, one paragraph per line
        paragraphs = [line for line in body_lines if line]

    if not title:
        raise ParseError("no title found")
    if len(title) > MAX_TITLE_CHARS:
        raise ParseError(f"the title is {len(title):,} characters long (the limit is {MAX_TITLE_CHARS}); is this a title?")
    if not paragraphs:
        raise ParseError("no body text found after the title")
    published = published or dates.date_in_filename(filename) or default_date
    if published is None:
        raise ParseError("no date found in the text or the file name; give one with --date YYYY-MM-DD")

    return ParsedArticle(
        title=title,
        published_on=published,
        paragraphs=paragraphs,
        byline=byline,
        url=meta.get("url", ""),
        source_name=meta.get("source", ""),
        related=_teasers(footer_lines),
    )


_LIST_ITEM = re.compile(r"^(?:[-•*▪–]\s+|\d{1,3}[.)]\s+)")
_WRAP_WIDTH = 100
_LIST_LINE_WIDTH = 60
_LIST_LINE = re.compile(r"[A-Z0-9“\"][^\n]*[^,;\-–—]\Z")


def _ends_body(line: str, lettered: bool) -> bool:
    """Does the site's furniture start at `line`? A "(c)" after "(a)" or "(b)" is a list's third item, unless it reads as
    a copyright line ("(c) 2025 Example News")."""
    if not _FOOTER_START.match(line):
        return False
    return not (lettered and line[:3].lower() == "(c)") or bool(_COPYRIGHT_YEAR.match(line))


def _paragraphs(block: list[str]) -> list[str]:
    """Lines of one block: joined when the text is hard-wrapped, kept apart when each line is a paragraph.

    A block whose lines run long was written one paragraph per line; list items
    always stand alone.
    """
    if len(block) == 1 or max(len(line) for line in block) > _WRAP_WIDTH:
        return block
    if all(line.endswith((".", "!", "?", "”", '"', ":")) for line in block):
        return block
    if len(block) >= 3 and all(len(line) <= _LIST_LINE_WIDTH and _LIST_LINE.match(line) for line in block):
        # "Arnold Ventures" / "Ballmer Group" / "The California Endowment": a list of names, one per line; hard-wrapped
        # prose has lines of about one width that start with lower-case words as often as not
        return block
    paragraphs: list[str] = []
    for line in block:
        if paragraphs and not _LIST_ITEM.match(line):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _names_someone(value: str) -> bool:
    """Is what follows "By" a byline and not the article's first sentence? Bylines: "Jane Doe", "the Associated
    Press", "JOSH BOAK and ZEKE MILLER Updated 5:06 PM EDT, March 7, 2024", "our special correspondent in Kyiv".
    Sentences: "By the authority vested in me as President ..., it is hereby ordered:" (every executive order), "By
    every honest metric, the economy is growing.", "By Monday afternoon, crews had restored power." (more than five
    words ending like a sentence); headings: "By the Numbers: ..." (a label and a colon)."""
    if _HEADING_LABEL.match(value):
        return False
    words = value.split()
    return not (len(words) > 5 and _SENTENCE_END.search(value) and words[-1][:-1] not in _NAME_ENDS)


def _clean_byline(value: str) -> str:
    value = re.sub(r"^(?:by|written by)\s+", "", value.strip(), flags=re.I)
    return value[:MAX_BYLINE_CHARS]


def _is_header_chrome(line: str) -> bool:
    if _HEADER_CHROME.match(line):
        return True
    # "Home > World > Asia", "News / Politics": short segments joined by separators.
    parts = _BREADCRUMB_SEPARATORS.split(line)
    return len(parts) > 1 and all(0 < len(p.split()) <= 3 for p in parts)


def _teaser_tail_start(lines: list[str], start: int) -> int | None:
    """Where a closing run of teaser pairs (a headline, then a lede ending in '...') begins, if any.

    Catches teasers printed with no "Related" heading above them; one pass from the end.
    """
    filled = [i for i in range(start, len(lines)) if lines[i]]
    tail = None
    while len(filled) >= 2:
        head, lede = lines[filled[-2]], lines[filled[-1]]
        if not _TRUNCATED.search(lede) or _TRUNCATED.search(head):
            break
        tail = filled[-2]
        del filled[-2:]
    return tail


def _teasers(footer: list[str]) -> list[RelatedTeaser]:
    content = [line for line in footer if line and not _FOOTER_START.match(line) and not _BODY_CHROME.match(line)]
    teasers = []
    for position, line in enumerate(content[:-1]):
        following = content[position + 1]
        if _TRUNCATED.search(following) and not _TRUNCATED.search(line) and len(line) <= MAX_TITLE_CHARS:
            teasers.append(RelatedTeaser(headline=line, lede=_TRUNCATED.sub("", following).strip()))
    return teasers
