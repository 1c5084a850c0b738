"""import_articles end to end: layouts, bad files, identity, interrupts and concurrent runs."""

import json
import os
import shutil
import signal
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction

from articles.importing.run import ImportOptions, import_paths
from articles.models import Article, ImportRun, Organisation, Person, PersonAlias, RelatedHeadline, ReviewStatus
from tests.conftest import ROOT, subprocess_env

pytestmark = pytest.mark.django_db

ARTICLE = "December 17, 2025\n\n{title}\n\n{body}\n"


def run_import(*args) -> tuple[int, dict]:
    out = StringIO()
    try:
        call_command("import_articles", *map(str, args), "--json", stdout=out, stderr=StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, json.loads(out.getvalue())


def write(path: Path, title: str, body: str = "Some body text.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title, body=body))
    return path


# Layout variants -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, text, title, byline, paragraphs",
    [
        (
            "sample-layout.txt",
            "Wednesday, December 17, 2025\n\nSample layout\n\nDate:\n\nOne.\n\nTwo.\n\nShare post:\n\nPopular\n\nMore like this\nRelated\n\nTeaser headline\n\nTeaser lede cut off...",
            "Sample layout", "", ["One.", "Two."],
        ),
        (
            "front-matter.txt",
            "Title: Front matter\nDate: 17 December 2025\nURL: https://example.org/x\nSource: Example\nAuthor: Jane Doe\n\nOne.\n\nTwo.\n",
            "Front matter", "Jane Doe", ["One.", "Two."],
        ),
        ("2025-12-17-plain.txt", "Plain layout\nOne.\nTwo.\n", "Plain layout", "", ["One.", "Two."]),
        (
            "chrome.txt",
            "Home\nPolitics\nAdvertisement\nBy Jane Doe\nUpdated: Dec. 17, 2025 10:32 AM\n\nChrome layout\n\nOne.\n\nAdvertisement\n\nTwo.\n\nTags: a, b\nRead more\nSubscribe to our newsletter\n© 2025 Example News. All rights reserved.",
            "Chrome layout", "Jane Doe", ["One.", "Two."],
        ),
        ("release.txt", "2025-12-17\n\nPress release\n\nOne.\n\nTwo.\n\n###\n", "Press release", "", ["One.", "Two."]),
    ],
)
def test_each_layout_imports_title_byline_and_body(tmp_path, name, text, title, byline, paragraphs):
    path = tmp_path / name
    path.write_text(text)
    code, summary = run_import(path)
    assert (code, summary["imported"]) == (0, 1), summary
    article = Article.objects.get()
    assert (article.title, article.byline, article.paragraphs) == (title, byline, paragraphs)
    assert str(article.published_on) == "2025-12-17"


def test_cr_only_line_endings_and_latin1(tmp_path):
    path = tmp_path / "old-mac.txt"
    path.write_bytes("17 December 2025\r\rCaf\xe9 society in S\xe3o Paulo\r\rJos\xe9 Mar\xeda said so.\r".encode("latin-1"))
    code, summary = run_import(path)
    assert code == 0
    article = Article.objects.get()
    assert article.title == "Café society in São Paulo"
    assert article.paragraphs == ["José María said so."]


# Bad files --------------------------------------------------------------------


def failures(summary) -> dict[str, str]:
    return {Path(e["path"]).name: e["error"] for e in summary["errors"]}


def test_each_bad_file_fails_alone_with_its_reason(tmp_path, reference_file):
    shutil.copy(reference_file, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 500)
    (tmp_path / "no-title.txt").write_text("December 17, 2025\n\nShare post:\n")
    (tmp_path / "no-body.txt").write_text("December 17, 2025\n\nJust a title\n")
    (tmp_path / "large.txt").write_text("December 17, 2025\n\nLarge\n\n" + "word " * 5000)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    code, summary = run_import(tmp_path, "--max-bytes", 20_000)
    assert code == 1
    assert summary["imported"] == 1 and summary["failed"] == 7
    reasons = failures(summary)
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "binary" in reasons["controls.txt"] or "not text" in reasons["controls.txt"]
    assert "no title" in reasons["no-title.txt"]
    assert "no body" in reasons["no-body.txt"]
    assert "too large" in reasons["large.txt"] and "20,000" in reasons["large.txt"]
    assert "broken symlink" in reasons["broken.txt"]
    assert Article.objects.count() == 1


def test_an_unreadable_file_fails_with_a_permission_reason(tmp_path):
    path = write(tmp_path / "secret.txt", "Secret")
    path.chmod(0)
    euid = os.geteuid()
    try:
        if euid == 0:
            os.seteuid(65534)  # root reads anything; read as "nobody" for this one import
        from articles.importing.parse import ParseError, parse_file

        with pytest.raises(ParseError, match="permission denied"):
            parse_file(path, max_bytes=10_000)
    finally:
        if euid == 0:
            os.seteuid(0)


def test_device_files_and_symlinks_out_of_the_directory_are_not_read(tmp_path):
    outside = write(tmp_path / "outside" / "a.txt", "Outside")
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "escape.txt").symlink_to(outside)
    (inside / "null.txt").symlink_to("/dev/null")
    code, summary = run_import(inside)
    reasons = failures(summary)
    assert "outside the imported directory" in reasons["escape.txt"]
    assert "outside the imported directory" in reasons["null.txt"] or "not a regular file" in reasons["null.txt"]
    code, summary = run_import("/dev/null")
    assert "not a regular file" in failures(summary)["null"]
    assert not Article.objects.exists()


def test_an_empty_directory_warns(tmp_path):
    err = StringIO()
    call_command("import_articles", str(tmp_path), stdout=StringIO(), stderr=err)
    assert "No files matching '*.txt' were found" in err.getvalue()


# Identity ----------------------------------------------------------------------


def test_dry_run_reports_what_a_real_run_would_do(tmp_path, reference_file):
    run_import(reference_file)
    changed = write(tmp_path / "new.txt", "A new one")
    code, summary = run_import(reference_file, changed, "--dry-run")
    assert (summary["unchanged"], summary["imported"]) == (1, 1)
    assert Article.objects.count() == 1 and ImportRun.objects.count() == 1


def test_without_source_a_reimport_keeps_the_articles_source(reference_file):
    run_import(reference_file, "--source", "Taipei Wire")
    code, summary = run_import(reference_file)
    assert summary["unchanged"] == 1
    assert Article.objects.get().source.name == "Taipei Wire"


def test_update_in_place_keeps_the_id_and_relinks_entities(tmp_path):
    path = write(tmp_path / "a.txt", "Talks", "President Lai Ching-te met envoys.")
    run_import(path)
    first = Article.objects.get()
    write(path, "Talks", "Premier Cho Jung-tai met envoys.")
    code, summary = run_import(path)
    assert summary["updated"] == 1
    article = Article.objects.get()
    assert article.pk == first.pk
    assert list(article.people.values_list("name", flat=True)) == ["Cho Jung-tai"]


def test_rejected_names_are_not_created_again(tmp_path):
    path = write(tmp_path / "a.txt", "Talks", "President Lai Ching-te met envoys.")
    run_import(path)
    Person.objects.filter(name="Lai Ching-te").update(status=ReviewStatus.REJECTED)
    Article.objects.all().delete()
    run_import(path)
    assert Person.objects.filter(name="Lai Ching-te").count() == 1
    assert not Article.objects.get().people.exists()


def test_an_alias_added_later_is_found_by_reextraction(tmp_path):
    run_import(write(tmp_path / "old.txt", "Old news", "Bi-khim said the visit went well."))
    person = Person.objects.create(name="Hsiao Bi-khim", status=ReviewStatus.CONFIRMED, is_official=True)
    PersonAlias.objects.create(person=person, name="Bi-khim")
    out = StringIO()
    call_command("reextract_entities", stdout=out)
    assert "links changed in 1" in out.getvalue()
    assert list(Article.objects.get().people.all()) == [person]


# Interrupts and concurrency ----------------------------------------------------


def test_an_interrupted_run_keeps_finished_files_and_says_it_was_interrupted(tmp_path):
    for n in range(3):
        write(tmp_path / f"{n}.txt", f"Article {n}")

    def stop_after_first(path, outcome):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths([str(tmp_path)], ImportOptions(batch_size=1), progress=stop_after_first)
    run = ImportRun.objects.get()
    assert (run.status, run.imported) == ("interrupted", 1)
    assert Article.objects.count() == 1


def test_an_interrupt_mid_chunk_rolls_the_chunk_back_and_keeps_the_chunks_before(tmp_path, monkeypatch):
    for n in range(5):
        write(tmp_path / f"{n}.txt", f"Article {n}", f"Minister of Finance Jane Roe{n} spoke.")
    from articles.importing import prepare as prepare_module

    real_extract, calls = prepare_module.extract, []

    def extract_then_ctrl_c(title, paragraphs, gazetteer, byline=""):
        calls.append(title)
        if len(calls) == 4:  # the second file of the second chunk
            raise KeyboardInterrupt
        return real_extract(title, paragraphs, gazetteer, byline)

    monkeypatch.setattr(prepare_module, "extract", extract_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        import_paths([str(tmp_path)], ImportOptions(batch_size=2))
    run = ImportRun.objects.get()
    assert (run.status, run.imported, run.failed) == ("interrupted", 2, 0)
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Article 0", "Article 1"]
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Jane Roe0", "Jane Roe1"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ctrl_c_just_after_a_chunk_commits_still_counts_that_chunk(tmp_path):
    """The signal lands between the COMMIT and the counting: it waits, so the run's counts match the archive."""
    for n in range(4):
        write(tmp_path / f"{n}.txt", f"Article {n}")

    def ctrl_c_once_committed(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and "articles_article" in sql:
            transaction.on_commit(lambda: os.kill(os.getpid(), signal.SIGINT))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(ctrl_c_once_committed), pytest.raises(KeyboardInterrupt):
        import_paths([str(tmp_path)], ImportOptions(batch_size=2))
    run = ImportRun.objects.get()
    assert (run.status, run.imported) == ("interrupted", 2)
    assert Article.objects.count() == 2
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_held_interrupt_keeps_an_ignored_sigint_ignored_and_a_second_ctrl_c_is_not_held():
    from articles.importing.interrupts import HeldInterrupts

    held = HeldInterrupts()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a background job started by a script has it
    try:
        held.hold()
        os.kill(os.getpid(), signal.SIGINT)
        held.release()  # nothing raised: the signal was never ours to hold
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)

    held.hold()
    os.kill(os.getpid(), signal.SIGINT)  # noted
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGINT)  # the second: at once
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    held.release()  # nothing left to hand on


def test_an_error_while_an_interrupt_is_held_is_the_error_the_run_reports(tmp_path, monkeypatch):
    from articles.importing import run as run_module

    write(tmp_path / "a.txt", "Article")

    def store_then_fail(work, options, run, lookups, held):
        held.hold()
        os.kill(os.getpid(), signal.SIGINT)
        raise ValueError("the storing broke")

    monkeypatch.setattr(run_module, "_store_chunk", store_then_fail)
    with pytest.raises(ValueError, match="the storing broke"):
        import_paths([str(tmp_path)], ImportOptions())
    assert ImportRun.objects.get().status == "crashed"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_interrupt_between_a_transactions_begin_and_django_noting_it_still_records_the_run(tmp_path, monkeypatch):
    """A signal can land just after BEGIN ran and before Django marked the block as open: the connection is then
    inside a transaction Django does not know of, and the run's last save cannot start its own. It starts again on
    a fresh connection, so the run is recorded as interrupted, with no traceback."""
    from articles.importing import run as run_module

    write(tmp_path / "a.txt", "Article")

    def begin_then_interrupt(work, options, run, lookups, held):
        connection.ensure_connection()
        raw = connection.connection.cursor()  # under Django, as a half-entered atomic block leaves it
        raw.execute("BEGIN")
        raw.close()
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "_store_chunk", begin_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        import_paths([str(tmp_path)], ImportOptions())
    assert ImportRun.objects.get().status == "interrupted"


def test_with_debug_on_the_import_does_not_keep_every_statement_it_ran(tmp_path, settings):
    """DEBUG keeps each statement's text, bodies included; the importer lets it go after every chunk."""
    settings.DEBUG = True
    for n in range(6):
        write(tmp_path / f"{n}.txt", f"Article {n}", "A long body. " * 2000)
    import_paths([str(tmp_path)], ImportOptions(batch_size=2))
    assert Article.objects.count() == 6
    assert sum(len(q["sql"]) for q in connection.queries) < 26_000  # one body's worth; three chunks kept it all


def test_a_mention_row_the_database_refuses_is_an_integrity_error_the_importer_catches(tmp_path):
    """Mentions go in as plain rows (COPY on PostgreSQL); a refused row must still be Django's IntegrityError."""
    from articles.importing.entities import _MENTION_COLUMNS, _insert_rows
    from articles.models import CountryMention

    write(tmp_path / "a.txt", "Article", "Minister of Finance Jane Roe spoke in Japan.")
    import_paths([str(tmp_path)], ImportOptions())
    mention = CountryMention.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        _insert_rows(CountryMention, _MENTION_COLUMNS[CountryMention], [(mention.article_id, mention.country_id, 1, False)])
    assert CountryMention.objects.count() == 1


@pytest.mark.parametrize("batch_size", [1, 3, 50])
def test_a_bad_file_in_the_middle_of_a_chunk_fails_alone_and_leaves_nothing_half_written(tmp_path, batch_size):
    for n in range(5):
        write(tmp_path / f"{n}.txt", f"Article {n}", f"Minister of Finance Jane Roe{n} spoke in Japan.")
    # A file that parses but that the database refuses (a trigger stands in for any
    # constraint); it names a person no other file does.
    bad = write(tmp_path / "2.txt", "Refused article", "Minister of Defence Bad Egg spoke in Japan.")
    refuse_on_insert(connection)
    code, summary = run_import(tmp_path, "--batch-size", batch_size)
    assert code == 1
    assert (summary["imported"], summary["failed"]) == (4, 1), summary
    assert [Path(e["path"]).name for e in summary["errors"]] == ["2.txt"]
    assert "database refused" in summary["errors"][0]["error"]
    assert "refused for the test" in summary["errors"][0]["error"]
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Article 0", "Article 1", "Article 3", "Article 4"]
    # Nothing of the bad file: no person, no mention, no half an article.
    assert not Person.objects.filter(name="Bad Egg").exists()
    assert sorted(Person.objects.values_list("name", flat=True)) == [f"Jane Roe{n}" for n in (0, 1, 3, 4)]
    assert all(a.countries.count() == 1 and a.people.count() == 1 for a in Article.objects.all())
    run = ImportRun.objects.get()
    assert (run.imported, run.failed, run.failures.get().path) == (4, 1, str(bad))


def refuse_on_insert(connection, title: str = "Refused article") -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"CREATE TRIGGER refuse_for_test BEFORE INSERT ON articles_article WHEN new.title = '{title}' "
                "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
            )
        else:
            cursor.execute(
                "CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF NEW.title = '{title}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$"
            )
            cursor.execute(
                "CREATE TRIGGER refuse_for_test BEFORE INSERT ON articles_article FOR EACH ROW EXECUTE FUNCTION refuse_for_test()"
            )


def test_a_chunk_sees_its_own_earlier_files(tmp_path, reference_file):
    """Duplicates, related headlines and entities across files of one chunk, as file-by-file loading has them."""
    shutil.copy(reference_file, tmp_path / "a.txt")
    shutil.copy(reference_file, tmp_path / "b.txt")  # the same text: a duplicate of a.txt
    write(tmp_path / "c.txt", "Hong Kong Governance Gains Central Backing in Beijing", "Director-General Tsai Ming-yen of the National Security Bureau spoke.")
    code, one_chunk = run_import(tmp_path, "--batch-size", 50)
    assert (one_chunk["imported"], one_chunk["duplicates"]) == (2, 1)
    teaser = RelatedHeadline.objects.get(headline="Hong Kong Governance Gains Central Backing in Beijing")
    assert teaser.target.source_path.endswith("c.txt")
    assert Person.objects.filter(name="Tsai Ming-yen").count() == 1
    chunked = snapshot()

    Article.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    code, file_by_file = run_import(tmp_path, "--batch-size", 1)
    assert file_by_file == one_chunk
    assert snapshot() == chunked


def snapshot() -> set:
    return {
        (
            a.title, a.source_path, tuple(a.related_headlines.values_list("headline", "target__title")),
            tuple(sorted(a.person_mentions.values_list("person__name", "person__slug", "title", "organisation__name", "count"))),
            tuple(sorted(a.organisation_mentions.values_list("organisation__name", "organisation__slug", "count"))),
            tuple(sorted(a.country_mentions.values_list("country_id", "count"))),
        )
        for a in Article.objects.all()
    }


@pytest.mark.parametrize("option", [("--batch-size", "0"), ("--workers", "-1")])
def test_a_bad_batch_size_or_worker_count_is_a_usage_error(reference_file, option):
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", str(reference_file), *option)
    assert excinfo.value.returncode == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_run_is_marked_interrupted_by_the_next_one(tmp_path):
    write(tmp_path / "a.txt", "First")
    run = ImportRun.objects.create(hostname=os.uname().nodename, pid=2**22 + 12345)  # no such process
    run_import(tmp_path)
    run.refresh_from_db()
    assert run.status == "interrupted"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_imports_of_the_same_files_create_no_duplicates(tmp_path, reference_file):
    for n in range(12):
        write(tmp_path / f"{n:02}.txt", f"Concurrent article {n}", f"Minister of Finance Jane Roe{n} spoke.")
    shutil.copy(reference_file, tmp_path / "reference.txt")
    command = [sys.executable, "manage.py", "import_articles", str(tmp_path), "--json", "--source", "Wire"]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    summaries = [json.loads(out) for out, err in results]
    assert all(p.returncode == 0 for p in processes), [err for out, err in results]
    assert Article.objects.count() == 13
    assert sum(s["imported"] for s in summaries) == 13
    assert sum(s["unchanged"] + s["imported"] for s in summaries) == 26, summaries
    assert Person.objects.filter(name="Tsai Ming-yen").count() == 1


def test_the_report_names_each_file_read_in_a_legacy_encoding(tmp_path):
    text = ARTICLE.format(title="Café owners meet the “minister”", body="Zoë Müller said the cafés reopen. " * 20)
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    write(tmp_path / "plain.txt", "A plain article")
    out = StringIO()
    call_command("import_articles", str(tmp_path), "--workers", "0", stdout=out, stderr=StringIO())
    notes = [line for line in out.getvalue().splitlines() if line.strip().startswith("note:")]
    assert len(notes) == 1 and "legacy.txt" in notes[0] and "decoded as" in notes[0]
    assert Article.objects.get(title__startswith="Café").title == "Café owners meet the “minister”"


def test_a_rerun_finds_no_entities_again_for_the_texts_it_holds_and_a_changed_text_gets_them(tmp_path, monkeypatch, reference_file):
    from articles.importing import prepare as prepare_module

    first = tmp_path / "a.txt"
    shutil.copy(reference_file, first)
    assert run_import(str(tmp_path))[0] == 0

    def no_extraction(*args, **kwargs):
        raise AssertionError("an unchanged file was extracted again")

    real_extract = prepare_module.extract
    monkeypatch.setattr(prepare_module, "extract", no_extraction)
    code, summary = run_import(str(tmp_path))
    assert (code, summary["unchanged"], summary["failed"]) == (0, 1, 0), summary

    # A changed text at the same path is extracted again and its links follow it.
    monkeypatch.setattr(prepare_module, "extract", real_extract)
    first.write_text(first.read_text(encoding="utf-8").replace("Wellington Koo", "Chiu Chui-cheng"), encoding="utf-8")
    code, summary = run_import(str(tmp_path))
    assert (code, summary["updated"]) == (0, 1), summary
    officials = set(Article.objects.get().people.values_list("name", flat=True))
    assert "Chiu Chui-cheng" in officials and "Wellington Koo" not in officials


def test_a_file_prepared_without_entities_whose_stored_text_changed_meanwhile_gets_them_when_stored(tmp_path, monkeypatch):
    """Between the look-up of a path's stored text and the chunk's transaction another import can change it: the
    file, prepared without its entities, is then extracted by the importer itself rather than stored without them."""
    from dataclasses import replace

    from articles.importing import run as run_module
    from articles.importing.parse import content_hash, parse_file

    path = write(tmp_path / "a.txt", "Minister of Defense Jane Roe visits Japan", "Minister of Defense Jane Roe flew to Japan.")

    def stale(chunks):  # as if the archive had held this very text at this path when the chunk was looked up
        for chunk in chunks:
            yield [replace(c, stored_hash=content_hash(parse_file(c.path, max_bytes=10**6))) for c in chunk]

    monkeypatch.setattr(run_module, "_with_stored_hashes", stale)
    code, summary = run_import(str(path))
    assert (code, summary["imported"]) == (0, 1), summary
    article = Article.objects.get()
    assert "Jane Roe" in set(article.people.values_list("name", flat=True))
    assert "JP" in set(article.countries.values_list("code", flat=True))


def _links(article) -> tuple[set[str], set[str]]:
    return set(article.people.values_list("name", flat=True)), set(article.countries.values_list("code", flat=True))


def test_a_rerun_that_updates_one_article_twice_in_a_chunk_links_the_text_it_stores(tmp_path):
    """Two files of one story (same title and date, no source) are one article, last written by b.txt. Re-run, a.txt
    rewrites it and b.txt, whose text the archive held from its path, writes it back: b.txt's links with b.txt's text
    (found again, since a.txt changed the article in between)."""
    write(tmp_path / "a.txt", "Press Briefing", "Minister of Defense Jane Roe flew to Japan.")
    write(tmp_path / "b.txt", "Press Briefing", "Prime Minister John Doe flew to France.")
    for _ in range(2):
        code, summary = run_import(tmp_path, "--workers", "0")
        assert code == 0, summary
        article = Article.objects.get()
        assert article.source_path.endswith("b.txt") and _links(article) == ({"John Doe"}, {"FR"}), _links(article)


def test_the_same_text_with_new_metadata_is_linked_as_curated_now(tmp_path):
    write(tmp_path / "a.txt", "Defense visit", "Minister of Defense Jane Roe flew to Japan.")
    assert run_import(tmp_path, "--workers", "0")[0] == 0
    Person.objects.filter(name="Jane Roe").update(status=ReviewStatus.REJECTED)
    code, summary = run_import(tmp_path, "--workers", "0", "--source", "Other wire")
    assert (code, summary["updated"]) == (0, 1), summary
    assert _links(Article.objects.get()) == (set(), {"JP"})


def test_a_rerun_prepares_files_the_archive_holds_without_starting_workers_and_changed_ones_with_them(
    tmp_path, monkeypatch
):
    from articles.importing import prepare as prepare_module

    for i in range(6):
        write(tmp_path / f"{i}.txt", f"Title {i}", f"Minister of Defense Jane Roe{i} flew to Japan.")
    assert import_paths([str(tmp_path)], ImportOptions(batch_size=2)).imported == 6

    started = []
    real_pool = prepare_module.ProcessPoolExecutor

    def recorded_pool(*args, **kwargs):
        started.append(args)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(prepare_module, "ProcessPoolExecutor", recorded_pool)
    summary = import_paths([str(tmp_path)], ImportOptions(batch_size=2, workers=2))
    assert (summary.unchanged, started) == (6, [])  # parsing alone: no worker started

    for i in range(6):
        write(tmp_path / f"{i}.txt", f"Title {i}", f"Minister of Defense Jane Roe{i} flew to France.")
    summary = import_paths([str(tmp_path)], ImportOptions(batch_size=2, workers=2))
    assert summary.updated == 6 and len(started) == 1  # changed texts: the workers' turn after the first chunk
    assert set(Article.objects.values_list("countries__code", flat=True)) == {"FR"}
