"""Property-based tests (hypothesis): hostile files never crash the importer; hostile parameters never break a page."""

import datetime as dt
import json
import re
import unicodedata
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from articles.importing.parse import ParseError, parse_file, parse_text
from articles.importing.text import UnreadableText, decode
from tests.conftest import REFERENCE_FILE
from tests.counting import tried

REFERENCE = REFERENCE_FILE.read_bytes()
LIMIT = 200_000

# -- files -------------------------------------------------------------------------


@st.composite
def mutated_files(draw) -> bytes:
    """The reference file, damaged the ways real scrapes are."""
    data = REFERENCE
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "insert", "crlf", "blanks", "long_line", "chrome_only", "encode", "title"]))
        if kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif kind == "insert":
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(max_size=200)) + data[at:]
        elif kind == "crlf":
            data = data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\n"])))
        elif kind == "blanks":
            data = b"\n" * draw(st.integers(1000, 5000)) + data + b"\n" * draw(st.integers(0, 5000))
        elif kind == "long_line":
            data = data + b"x" * draw(st.integers(10_000, 150_000))
        elif kind == "chrome_only":
            data = b"Share post:\n\nPopular\n\nMore like this\nRelated\n\nHeadline\n\nLede..."
        elif kind == "encode":
            text = data.decode("utf-8", errors="replace")
            data = text.encode(draw(st.sampled_from(["cp1252", "latin-1", "utf-16", "utf-8-sig"])), errors="replace")
        elif kind == "title":
            data = b"December 17, 2025\n\n" + b"T" * 10_000 + b"\n\n" + data
    return data


def parse_bytes(tmp_path: Path, data: bytes):
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    return parse_file(path, max_bytes=LIMIT, default_date=None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=5000), mutated_files()))
def test_any_bytes_give_an_article_or_a_clear_reason(tmp_path, data):
    tried("test_any_bytes_give_an_article_or_a_clear_reason")
    try:
        article = parse_bytes(tmp_path, data)
    except ParseError as exc:
        assert str(exc) and len(str(exc)) < 300
        return
    assert article.title and article.paragraphs and article.published_on
    assert "\x00" not in article.body and "Share post:" not in article.paragraphs


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated_files())
def test_the_importer_imports_or_reports_every_mutated_file(tmp_path, data):
    tried("test_the_importer_imports_or_reports_every_mutated_file")
    path = tmp_path / "m.txt"
    path.write_bytes(data)
    out = StringIO()
    try:
        call_command("import_articles", str(path), "--json", "--max-bytes", str(LIMIT), stdout=out, stderr=StringIO())
    except SystemExit as exc:
        assert exc.code == 1
    summary = json.loads(out.getvalue())
    assert summary["imported"] + summary["updated"] + summary["unchanged"] + summary["duplicates"] + summary["failed"] == 1
    assert all(e["path"] == str(path) and e["error"] for e in summary["errors"])


# -- round trip -------------------------------------------------------------------------

# The importer stores text in NFC; canonically equivalent spellings are the same article.
WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=10).map(
    lambda w: unicodedata.normalize("NFC", w)
).filter(lambda w: len(w) >= 2)
SENTENCE = st.lists(WORD, min_size=3, max_size=15).map(lambda ws: " ".join(ws).capitalize() + ".")


@st.composite
def articles(draw):
    title = draw(st.lists(WORD, min_size=2, max_size=10).map(lambda ws: " ".join(w.capitalize() for w in ws)))
    paragraphs = draw(st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6))
    date = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    byline = draw(st.one_of(st.just(""), st.lists(WORD, min_size=2, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws))))
    return title, paragraphs, date, byline


def render(layout: str, title: str, paragraphs: list[str], date: dt.date, byline: str) -> str:
    body = "\n\n".join(paragraphs)
    human = f"{date:%A}, {date:%B} {date.day}, {date.year}"
    if layout == "sample":
        return f"{human}\n\n{title}\n\nDate:\n\n{body}\n\nShare post:\n\nPopular\n\nMore like this\nRelated\n\nA teaser\n\nIts lede cut off..."
    if layout == "front-matter":
        author = f"Author: {byline}\n" if byline else ""
        return f"Title: {title}\nDate: {date.isoformat()}\nURL: https://example.org/x\n{author}\n{body}\n"
    if layout == "chrome":
        by = f"By {byline}\n" if byline else ""
        return f"Home\nPolitics\n{by}Updated: {date:%b}. {date.day}, {date.year} 10:32 AM\n\n{title}\n\n{body}\n\nTags: news\n© {date.year} Example"
    return f"{title}\n" + "\n".join(paragraphs) + "\n"  # plain: date from the file name


@settings(max_examples=300, deadline=None)
@given(article=articles(), layout=st.sampled_from(["sample", "front-matter", "chrome", "plain"]))
def test_an_article_written_in_each_layout_parses_back_the_same(article, layout):
    tried("test_an_article_written_in_each_layout_parses_back_the_same")
    title, paragraphs, date, byline = article
    nfc = lambda text: unicodedata.normalize("NFC", text)  # noqa: E731
    title, paragraphs, byline = nfc(title), [nfc(p) for p in paragraphs], nfc(byline)
    # Words that are page furniture or dates on their own are not fair article text.
    assume(not re.search(r"(?i)\b(share|popular|related|tags|advertisement|subscribe|copyright|home|date|updated|by)\b", " ".join([title, *paragraphs])))
    text = render(layout, title, paragraphs, date, byline)
    parsed = parse_text(text, filename=f"{date.isoformat()}-x.txt")
    assert parsed.title == title
    assert parsed.paragraphs == paragraphs
    assert parsed.published_on == date
    if layout in {"front-matter", "chrome"}:
        assert parsed.byline == byline


# -- search parameters ----------------------------------------------------------------------

HOSTILE = st.sampled_from(
    ['"', "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "=HYPERLINK(\"x\")",
     "NEAR(", "*", ":", "^", "'; DROP TABLE articles_article; --", "\x00", "🙂", "-", "OR", "AND", "\\", "%", "_",
     "9" * 30, "2025-13-45", "tw", "TW", "tsai-ming-yen", "../../etc/passwd"]
)
VALUE = st.one_of(HOSTILE, st.text(max_size=60), st.integers(-10**12, 10**12).map(str))
PARAMS = st.lists(
    st.tuples(
        st.sampled_from(["q", "date_from", "date_to", "country", "official", "organisation", "source", "sort", "page", "more"]),
        VALUE,
    ),
    max_size=8,
)


@pytest.mark.django_db
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=PARAMS)
def test_no_parameters_break_a_search_output_or_leak_markup(client, params):
    tried("test_no_parameters_break_a_search_output_or_leak_markup")
    if not hasattr(test_no_parameters_break_a_search_output_or_leak_markup, "loaded"):
        call_command("import_articles", str(REFERENCE_FILE), verbosity=0)
        test_no_parameters_break_a_search_output_or_leak_markup.loaded = True
    params = [(k, v.replace("\x00", "")) if k != "q" else (k, v) for k, v in params]
    for url in ("/search/", "/api/search/", "/search/feed/", "/search/export.csv"):
        response = client.get(url, params)
        assert response.status_code in (200, 400), (url, params, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        assert "<script>alert" not in text and "<img src=x" not in text, (url, params)
