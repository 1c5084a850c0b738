import datetime as dt

import pytest

from articles.importing.parse import ParseError, parse_file, parse_text
from articles.importing.text import UnreadableText, decode

MAX = 5 * 1024 * 1024


@pytest.fixture
def reference(reference_file):
    return parse_file(reference_file, max_bytes=MAX)


def test_it_reads_the_reference_title_and_date(reference):
    assert reference.title == "Taiwan Expands Intelligence Sharing with 45 Countries in 2025"
    assert reference.published_on == dt.date(2025, 12, 17)


def test_it_keeps_the_eight_body_paragraphs(reference):
    assert len(reference.paragraphs) == 8
    assert reference.paragraphs[0].startswith("Taiwan has strengthened")
    assert reference.paragraphs[-1].endswith("Indo-Pacific partnerships.")


def test_it_drops_the_share_footer_and_teasers_from_the_body(reference):
    for chrome in ["Share post:", "Popular", "More like this", "Related", "Seoul", "Mongolia", "Melody of Snow", "Date:"]:
        assert chrome not in reference.body


def test_it_keeps_the_teasers_as_related_headlines(reference):
    assert [t.headline for t in reference.related] == [
        "Seoul Launches Cash-Reward Program for Households That Cut Food Waste",
        "Melody of Snow Park Eun Bin Releases Heartwarming Year End Single",
        "Hong Kong Governance Gains Central Backing in Beijing",
        "White Gold Program Expands Mongolia Light Industry Capacity",
    ]
    assert reference.related[2].lede == "Hong Kong Governance took center stage as President Xi"


@pytest.mark.parametrize(
    "date_line",
    ["Wednesday, December 17, 2025", "17 December 2025", "Dec. 17, 2025", "2025-12-17", "December 17, 2025 10:32 AM"],
)
def test_it_reads_common_english_date_forms(date_line):
    article = parse_text(f"{date_line}\n\nA title\n\nBody text here.\n")
    assert article.published_on == dt.date(2025, 12, 17)
    assert article.title == "A title"


def test_a_date_label_with_a_value_gives_the_date():
    article = parse_text("A title\n\nDate: 17 December 2025\n\nBody text here.\n")
    assert article.published_on == dt.date(2025, 12, 17)
    assert article.paragraphs == ["Body text here."]


def test_the_file_name_gives_the_date_when_the_text_has_none():
    article = parse_text("A title\n\nBody.\n", filename="2024-03-05-a-title.txt")
    assert article.published_on == dt.date(2024, 3, 5)


def test_the_default_date_is_the_last_resort():
    article = parse_text("A title\n\nBody.\n", default_date=dt.date(2020, 1, 2))
    assert article.published_on == dt.date(2020, 1, 2)


def test_no_date_at_all_is_a_clear_failure():
    with pytest.raises(ParseError, match="no date found.*--date"):
        parse_text("A title\n\nBody.\n", filename="article.txt")


def test_header_chrome_and_byline_stay_out_of_the_title():
    text = "Home > Politics\nAdvertisement\nBy Jane Doe\nUpdated: Dec. 17, 2025 10:32 AM\n\nThe real title\n\nFirst paragraph.\n\nSecond paragraph.\n\nTags: politics, asia\n© 2025 Example News"
    article = parse_text(text)
    assert article.title == "The real title"
    assert article.byline == "Jane Doe"
    assert article.published_on == dt.date(2025, 12, 17)
    assert article.paragraphs == ["First paragraph.", "Second paragraph."]


def test_front_matter_variant():
    text = "Title: Front matter title\nDate: 2025-12-17\nURL: https://example.org/a\nSource: Example News\nAuthor: Jane Doe\n\nBody one.\n\nBody two.\n"
    article = parse_text(text)
    assert (article.title, article.url, article.source_name, article.byline) == (
        "Front matter title", "https://example.org/a", "Example News", "Jane Doe"
    )
    assert article.paragraphs == ["Body one.", "Body two."]


def test_plain_variant_with_one_paragraph_per_line():
    article = parse_text("Plain title\nFirst line is a paragraph.\nSecond line too.\n", default_date=dt.date(2025, 1, 1))
    assert article.title == "Plain title"
    assert article.paragraphs == ["First line is a paragraph.", "Second line too."]


def test_windows_line_endings_bom_and_non_breaking_spaces():
    data = "\ufeffDecember 17, 2025\r\n\r\nTitle\u00a0here\r\n\r\nBody\u00a0text.\r\n".encode("utf-8")
    text, encoding = decode(data)
    article = parse_text(text)
    assert encoding == "utf-8"
    assert article.title == "Title here"
    assert article.paragraphs == ["Body text."]


@pytest.mark.parametrize(
    "source, codec",
    [
        ("December 17, 2025\n\nCafé owners meet the “minister”\n\n" + "Zoë Müller said the cafés reopen. " * 20, "cp1252"),
        ("December 17, 2025\n\nПресс-релиз\n\n" + "Министр обороны встретился с коллегами. " * 10, "cp1251"),
    ],
)
def test_a_legacy_text_reads_as_written_when_several_code_pages_fit(source, codec):
    text, encoding = decode(source.encode(codec))
    assert text == source
    assert encoding == codec


def test_legacy_encoding_is_detected_and_diacritics_survive():
    source = "17 December 2025\n\nPrésident Macron’s visit\n\nÉmilie Dupont said the café was “très” busy, naïvely.\n"
    text, encoding = decode(source.encode("cp1252"))
    assert encoding != "utf-8"
    article = parse_text(text)
    assert article.title == "Président Macron’s visit"
    assert "Émilie Dupont" in article.paragraphs[0]


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"   \n\n ", "empty"), (b"\x00\x01\x02binary\x00data" * 20, "binary")],
)
def test_unreadable_bytes_are_refused(data, reason):
    with pytest.raises(UnreadableText, match=reason):
        decode(data)


def test_a_title_without_body_is_refused():
    with pytest.raises(ParseError, match="no body"):
        parse_text("December 17, 2025\n\nOnly a title\n\nShare post:\n")


def test_an_absurdly_long_title_is_refused():
    with pytest.raises(ParseError, match="title"):
        parse_text("December 17, 2025\n\n" + "word " * 2000 + "\n\nBody.\n")


def test_too_large_files_are_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("December 17, 2025\n\nTitle\n\n" + "x" * 2000)
    with pytest.raises(ParseError, match="too large"):
        parse_file(path, max_bytes=1000)


def test_directories_are_walked_in_the_order_of_sorted_paths_one_level_at_a_time(tmp_path):
    """The importer's streaming walk gives what sorted(rglob()) gave, without holding every path."""
    import os

    from articles.importing.files import _walk, find_files

    for name in ["a/x.txt", "a.txt", "a-b/y.txt", "a/b/c.txt", ".hidden.txt", "B.txt", "b.TXT", "dir.txt/z.txt",
                 "a/ä.txt", "a/Z.txt", "a/b/d/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "a", tmp_path / "link-dir")  # a symlinked directory is not entered
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")  # a symlinked file is listed, and read once
    for pattern in ("*.txt", "*", "a*", "?.txt"):
        assert list(_walk(tmp_path, pattern)) == sorted(tmp_path.rglob(pattern))
    found = [c.path.relative_to(tmp_path).as_posix() for c in find_files([tmp_path, tmp_path / "a"]) if not c.problem]
    # a/ before a-b/ before a.txt, as sorted paths go; link.txt is a.txt again, and a/ was already walked.
    assert found == [".hidden.txt", "B.txt", "a/Z.txt", "a/b/c.txt", "a/b/d/e.txt", "a/x.txt", "a/ä.txt",
                     "a-b/y.txt", "a.txt", "dir.txt/z.txt"]


def test_a_file_reached_twice_is_read_once_in_its_first_turn(tmp_path):
    """Named twice, named and listed, hard-linked, symlinked, or under two directories given: one candidate each."""
    import os

    from articles.importing.files import find_files

    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("a")
    (d / "sub" / "b.txt").write_text("b")
    (d / "other.dat").write_text("o")
    (d / "link.txt").symlink_to(d / "sub" / "b.txt")  # the listing reaches b.txt itself
    (d / "alias.txt").symlink_to(d / "other.dat")  # the only way to other.dat
    (d / "alias2.txt").symlink_to(d / "other.dat")  # ... and a second one to it
    os.link(d / "a.txt", d / "sub" / "hard.txt")  # a.txt under another name

    def found(*paths):
        return [c.path.relative_to(tmp_path).as_posix() for c in find_files(list(paths)) if not c.problem]

    assert found(d) == ["d/a.txt", "d/alias.txt", "d/sub/b.txt"]
    # A file named later is read in its own turn; a directory inside another one given, or given again, adds nothing.
    assert found(d, d / "sub", d / "sub" / "b.txt", d) == ["d/a.txt", "d/alias.txt", "d/sub/b.txt"]
    assert found(d / "sub" / "b.txt", d) == ["d/sub/b.txt", "d/a.txt", "d/alias.txt"]
    assert found(d / "sub", d) == ["d/a.txt", "d/alias.txt", "d/sub/b.txt"]
    assert found(d / "a.txt", d / "a.txt") == ["d/a.txt"]


def test_a_list_of_short_names_one_per_line_keeps_its_lines():
    # A release's list of supporting bodies, one per line: joined, "Ballmer Group The California Endowment" read as
    # one name.
    names = ["Arnold Ventures", "Ballmer Group", "The California Endowment", "Ford Foundation"]
    article = parse_text("December 9, 2022\n\nA title\n\nPhilanthropies supporting it include:\n\n" + "\n".join(names) + "\n")
    assert article.paragraphs == ["Philanthropies supporting it include:", *names]


def test_hard_wrapped_prose_is_still_joined():
    lines = ["The meeting was held on Tuesday in the", "Roosevelt Room, where officials from", "several agencies spoke."]
    article = parse_text("December 9, 2022\n\nA title\n\n" + "\n".join(lines) + "\n\nThey met again.\n")
    assert article.paragraphs == [" ".join(lines), "They met again."]


def test_a_list_item_lettered_c_is_body_and_a_copyright_c_is_chrome():
    # Executive orders letter their subsections; "(c)" there is no copyright sign, and the body goes on after it
    # (411 corpus files lost their tail, the President's signature with it, when it was read as one).
    text = ("Wednesday, December 17, 2025\n\nAn Order\n\n(b)  The Secretary shall report.\n\n"
            "(c)  This order is not intended to create any right.\n\n(d)  It takes effect today.\n\n"
            "DONALD J. TRUMP\n\n(c) 2025 Example News")
    parsed = parse_text(text)
    assert parsed.paragraphs[1:] == ["(c) This order is not intended to create any right.", "(d) It takes effect today.",
                                     "DONALD J. TRUMP"]
    assert "Example News" not in parsed.body
    upper = text.replace("(b)  The Secretary", "(B)(i)  The Secretary").replace("(c)  This", "(C)  This")
    assert parse_text(upper).paragraphs[-2:] == ["(d) It takes effect today.", "DONALD J. TRUMP"]
    # a copyright "(c)" with no year, where no lettered list came before, still ends the body
    assert parse_text("Wednesday, December 17, 2025\n\nA Story\n\nThe text.\n\n(c) The Associated Press").paragraphs == [
        "The text."]


def test_a_read_more_line_of_the_article_keeps_the_rest_of_the_body():
    text = ("Wednesday, December 17, 2025\n\nA Partnership\n\nThe partners met today.\n\n"
            "Read more about the new Partnership and the commitments made today:\n\nThe first commitment.\n\n"
            "The second commitment.\n\nRead more »\n\nA teaser")
    parsed = parse_text(text)
    assert parsed.paragraphs == ["The partners met today.", "Read more about the new Partnership and the commitments made today:",
                                 "The first commitment.", "The second commitment."]
    assert parse_text(text.replace("Read more »", "Read more stories from Example News")).paragraphs == parsed.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "By the authority vested in me as President by the Constitution and the laws of the United States of America, "
        "it is hereby ordered:",
        "By every honest metric, the economy is growing.",
        "By the Numbers: Impacts of the law in every state",
        "By Monday afternoon, crews had restored power to most homes.",
        "By Friday the death toll had risen to 41.",
    ],
)
def test_a_first_sentence_that_opens_with_by_is_body_not_byline(line):
    """328 corpus executive orders lost their opening sentence to the byline, and with it the cue that their
    signature is the President's."""
    article = parse_text(f"Wednesday, December 17, 2025\n\nAn Order\n\n{line}\n\nSection 1. Purpose.\n")
    assert article.byline == ""
    assert article.paragraphs[0] == line


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By the Associated Press", "the Associated Press"),
        ("By staff reports", "staff reports"),
        ("By our special correspondent in Kyiv", "our special correspondent in Kyiv"),
        ("By JOSH BOAK and ZEKE MILLER Updated 5:06 PM EDT, March 7, 2024", "JOSH BOAK and ZEKE MILLER Updated 5:06 PM EDT, March 7, 2024"),
        ("By Jane Doe | Updated: 3:45 p.m. ET", "Jane Doe | Updated: 3:45 p.m. ET"),
        ("By John Smith and Jane Doe Jr.", "John Smith and Jane Doe Jr."),
        ("BY THE PRESIDENT OF THE UNITED STATES OF AMERICA", "THE PRESIDENT OF THE UNITED STATES OF AMERICA"),
    ],
)
def test_a_byline_after_the_title_is_still_a_byline(line, byline):
    article = parse_text(f"Wednesday, December 17, 2025\n\nA title\n\n{line}\n\nThe body.\n")
    assert (article.byline, article.paragraphs) == (byline, ["The body."])


def test_zero_width_spaces_at_a_lines_ends_are_dropped_and_word_joiners_everywhere():
    article = parse_text(
        "A title\n\nDate: 17 December 2025\n\nBiden-\u2060Harris \u200bplan\n\n\u200b\u200bDONALD J. TRUMP\n\n"
        "สวัสดี\u200bครับ, می\u200cخواهم 👩\u200d💻\n"
    )
    # A zero-width space between two words separates them (Thai); the joiners spell a word and an emoji.
    assert article.paragraphs == ["Biden-Harris plan", "DONALD J. TRUMP", "สวัสดี\u200bครับ, می\u200cخواهم 👩\u200d💻"]


def test_a_download_button_is_chrome():
    article = parse_text("Ending Birth Tourism\n\nDate: 6 August 2026\n\nSec. 1. Purpose.\n\nDONALD J. TRUMP\n\neo-14419Download\n\nDownload PDF\n")
    assert article.paragraphs == ["Sec. 1. Purpose.", "DONALD J. TRUMP"]
