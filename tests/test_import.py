import datetime as dt
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, ImportRun, RelatedHeadline

pytestmark = pytest.mark.django_db


def run_import(*args, expect_exit: int = 0) -> dict:
    from io import StringIO

    out = StringIO()
    if expect_exit:
        with pytest.raises(SystemExit) as excinfo:
            call_command("import_articles", *args, "--json", stdout=out)
        assert excinfo.value.code == expect_exit
    else:
        call_command("import_articles", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_reference_file_imports_faithfully(reference_file):
    summary = run_import(str(reference_file), "--source", "Reference")
    assert summary == {"imported": 1, "updated": 0, "unchanged": 0, "duplicates": 0, "failed": 0, "errors": []}
    article = Article.objects.get()
    assert article.title == "Taiwan Expands Intelligence Sharing with 45 Countries in 2025"
    assert article.published_on == dt.date(2025, 12, 17)
    assert len(article.paragraphs) == 8
    assert "Share post" not in article.body and "Mongolia" not in article.body
    assert article.source.name == "Reference"
    assert article.related_headlines.count() == 4


def test_importing_again_changes_nothing(reference_file):
    run_import(str(reference_file))
    before = Article.objects.values("id", "updated_at").get()
    summary = run_import(str(reference_file))
    assert summary["unchanged"] == 1 and summary["imported"] == 0
    assert Article.objects.values("id", "updated_at").get() == before


def test_the_same_text_under_another_path_is_a_duplicate(reference_file, tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(reference_file, copy)
    run_import(str(reference_file))
    summary = run_import(str(copy))
    assert summary["duplicates"] == 1
    assert Article.objects.count() == 1


def test_changed_text_at_the_same_path_updates_in_place(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("December 17, 2025\n\nA title\n\nFirst version.\n")
    run_import(str(path))
    article_id = Article.objects.get().pk
    path.write_text("December 17, 2025\n\nA title\n\nSecond version, corrected.\n")
    summary = run_import(str(path))
    assert summary["updated"] == 1
    article = Article.objects.get()
    assert article.pk == article_id
    assert article.body == "Second version, corrected."


def test_a_bad_file_fails_alone_and_the_run_goes_on(reference_file, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nodate.txt").write_text("A title\n\nBody.\n")
    shutil.copy(reference_file, tmp_path / "good.txt")
    summary = run_import(str(tmp_path), expect_exit=1)
    assert summary["imported"] == 1 and summary["failed"] == 2
    reasons = {e["path"].rsplit("/", 1)[-1]: e["error"] for e in summary["errors"]}
    assert "empty" in reasons["empty.txt"]
    assert "no date" in reasons["nodate.txt"]
    run = ImportRun.objects.get()
    assert (run.status, run.imported, run.failed) == ("completed", 1, 2)
    assert run.failures.count() == 2


def test_dry_run_writes_nothing(reference_file):
    summary = run_import(str(reference_file), "--dry-run")
    assert summary["imported"] == 1
    assert not Article.objects.exists() and not ImportRun.objects.exists()


def test_a_bad_date_option_is_a_usage_error(reference_file):
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", str(reference_file), "--date", "17/12/2025")
    assert excinfo.value.returncode == 2


def test_a_related_headline_links_to_an_article_imported_later(tmp_path, reference_file):
    run_import(str(reference_file))
    assert not RelatedHeadline.objects.filter(target__isnull=False).exists()
    later = tmp_path / "later.txt"
    later.write_text(
        "December 18, 2025\n\nHong Kong Governance Gains Central Backing in Beijing\n\nHong Kong Governance took center stage.\n"
    )
    run_import(str(later))
    teaser = RelatedHeadline.objects.get(headline="Hong Kong Governance Gains Central Backing in Beijing")
    assert teaser.target.title == teaser.headline


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_import_leaves_no_pending_entries_in_the_full_text_index(reference_file, vendor):
    """PostgreSQL's GIN pending list is merged at the end of a run, so the next searches need not scan it."""
    if vendor != "postgresql":
        pytest.skip("the GIN pending list is PostgreSQL's; FTS5 merges its own segments")
    from django.db import connection

    from articles.models import Source

    call_command("import_articles", str(reference_file), "--source", "Wire", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('articles_article_search_vector'::regclass)")
        assert cursor.fetchone()[0] == 0  # nothing was left to merge
    # Without the importer's merge a fresh row's entries would still be pending:
    Article.objects.create(
        title="Budget talks", slug="budget-talks", published_on="2024-01-01", body="Budget talks continued.",
        source=Source.objects.get(), source_path="/x", content_hash="h-pending",
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('articles_article_search_vector'::regclass)")
        assert cursor.fetchone()[0] >= 1


def test_an_official_who_signs_the_byline_is_linked_and_found_again_by_reextract(tmp_path):
    from articles.models import PersonMention

    path = tmp_path / "2023-12-22-agenda.txt"
    path.write_text(
        "December 22, 2023\n\nIn 2023, the Agenda Grew\n\n"
        "By Natalie Quillian, Assistant to the President and Deputy Chief of Staff\n\n"
        "During his first two years in office President Biden worked with Congress to pass his agenda.\n"
    )
    run_import(str(path))
    article = Article.objects.get()
    assert article.byline == "Natalie Quillian, Assistant to the President and Deputy Chief of Staff"
    signed = PersonMention.objects.get(article=article, person__name="Natalie Quillian")
    assert signed.person.is_official and signed.title == "Assistant to the President"
    PersonMention.objects.filter(article=article).delete()
    call_command("reextract_entities", verbosity=0)
    assert PersonMention.objects.filter(article=article, person__name="Natalie Quillian").exists()
