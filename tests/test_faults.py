"""Faults: an import killed at random points, readers during an import, backup and restore."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, connections

from articles.models import Article, ImportRun, Organisation, Person
from tests.conftest import REFERENCE_FILE, ROOT, database_url, subprocess_env

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def make_files(directory, n: int):
    directory.mkdir(parents=True, exist_ok=True)
    text = REFERENCE_FILE.read_text()
    for i in range(n):
        title = f"Taiwan Expands Intelligence Sharing with {i} Countries in 2025"
        (directory / f"{i:03}.txt").write_text(text.replace("Taiwan Expands Intelligence Sharing with 45 Countries in 2025", title).replace("nearly 100", f"nearly {i}"))
    return directory


def import_process(directory, *options: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(directory), "--source", "Wire", "--json", *options],
        cwd=ROOT, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen,
    )


def snapshot() -> set:
    """The archive as a reader sees it: each article with its people, organisations and countries."""
    return {
        (
            a.content_hash, a.title, a.published_on, len(a.paragraphs),
            tuple(sorted(a.people.values_list("name", flat=True))),
            tuple(sorted(a.organisations.values_list("name", flat=True))),
            tuple(sorted(a.countries.values_list("code", flat=True))),
            tuple(a.related_headlines.values_list("headline", flat=True)),
        )
        for a in Article.objects.all()
    }


def test_an_import_killed_at_random_points_then_rerun_equals_a_clean_import(tmp_path):
    # Enough files, and small enough chunks, that every kill lands mid-import however
    # fast the importer gets: each kill waits until this run has committed something new.
    files = make_files(tmp_path / "files", 300)
    rng = random.Random(20251217)
    for _ in range(4):
        before = Article.objects.count()
        process = import_process(files, "--batch-size", str(rng.choice([1, 7, 20])))
        deadline = time.monotonic() + 120
        while Article.objects.count() == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finished = import_process(files)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    assert not ImportRun.objects.filter(status="running").exists()
    assert ImportRun.objects.filter(status="interrupted").exists()
    killed_and_rerun = snapshot()
    assert len(killed_and_rerun) == Article.objects.count() == 300

    Article.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    call_command("import_articles", str(files), "--source", "Wire", verbosity=0)
    assert snapshot() == killed_and_rerun


def _children(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and _state(int(entry)) not in (None, "Z"):
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _state(pid: int) -> str | None:
    """A process's state letter ("Z" for a zombie), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table from /proc")
def test_a_killed_import_leaves_no_worker_processes_behind(tmp_path):
    files = make_files(tmp_path / "files", 200)
    process = import_process(files, "--batch-size", "5", "--workers", "2")
    deadline = time.monotonic() + 120
    while not Article.objects.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = _children(process.pid)
    assert process.poll() is None and workers, "the import should be running, with its workers"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_state(pid) not in (None, "Z") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if _state(pid) not in (None, "Z")] == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table from /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_to_the_whole_group_interrupts_an_import_with_workers(tmp_path, signum):
    """As a terminal's Ctrl-C or systemd's stop does: every process of the group gets the signal."""
    files = make_files(tmp_path / "files", 200)
    process = import_process(files, "--batch-size", "5", "--workers", "2", start_new_session=True)
    deadline = time.monotonic() + 120
    while not Article.objects.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = _children(process.pid)
    assert process.poll() is None and workers, "the import should be running, with its workers"
    os.killpg(process.pid, signum)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Interrupted" in err and "Traceback" not in err
    run = ImportRun.objects.get()
    assert run.status == "interrupted" and run.imported == Article.objects.count() > 0
    deadline = time.monotonic() + 15  # multiprocessing's resource tracker ends when it reads its pipe's end
    while any(_state(pid) not in (None, "Z") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if _state(pid) not in (None, "Z")] == []


def test_an_import_with_workers_stores_what_one_without_stores(tmp_path):
    files = make_files(tmp_path / "files", 40)
    (files / "empty.txt").write_text("")
    with_workers = import_process(files, "--batch-size", "7", "--workers", "2")
    out, err = with_workers.communicate(timeout=300)
    assert with_workers.returncode == 1, err  # the empty file fails, alone
    assert json.loads(out)["imported"] == 40 and json.loads(out)["failed"] == 1
    stored = snapshot()
    Article.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    with pytest.raises(SystemExit):  # exit status 1: the empty file failed
        call_command("import_articles", str(files), "--source", "Wire", "--workers", "0", verbosity=0)
    assert snapshot() == stored


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite's single-writer locking is what this tests")
def test_readers_never_see_database_is_locked_during_an_import(tmp_path):
    call_command("import_articles", str(REFERENCE_FILE), verbosity=0)
    files = make_files(tmp_path / "files", 50)
    errors: list[str] = []
    reads = [0]
    stop = threading.Event()

    def reader():
        try:
            while not stop.is_set():
                try:
                    list(Article.objects.search("intelligence")[:20])
                    Article.objects.count()
                    reads[0] += 1
                except OperationalError as exc:
                    errors.append(str(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    process = import_process(files)
    out, err = process.communicate(timeout=300)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert process.returncode == 0, err
    assert errors == []
    assert reads[0] > 10
    assert Article.objects.count() == 51


def test_backup_and_restore_keep_search_results_and_curation(tmp_path):
    call_command("import_articles", str(REFERENCE_FILE), verbosity=0)
    tsai = Person.objects.get(name="Tsai Ming-yen")
    tsai.status = "confirmed"
    tsai.save()
    tsai.aliases.create(name="NSB chief Tsai")

    if connection.vendor == "sqlite":
        backup = tmp_path / "backup.sqlite3"
        with sqlite3.connect(connection.settings_dict["NAME"]) as source, sqlite3.connect(backup) as target:
            source.backup(target)
        restored_url = f"sqlite:///{backup}"
    else:
        pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
        assert pg_dump and pg_restore, "pg_dump and pg_restore come with PostgreSQL's client package"
        dump = tmp_path / "archive.dump"
        subprocess.run([pg_dump, "-Fc", "-f", str(dump), database_url()], check=True)
        restored = connection.settings_dict["NAME"] + "_restored"
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{restored}"')
            cursor.execute(f'CREATE DATABASE "{restored}"')
        subprocess.run([pg_restore, "--no-owner", "-d", database_url(name=restored), str(dump)], check=True)
        restored_url = database_url(name=restored)

    def export(url: str, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", "export_articles", *args], cwd=ROOT,
            env=subprocess_env(DATABASE_URL=url), capture_output=True, text=True, check=True,
        )
        return result.stdout

    for args in (["--q", "intelligence"], ["--q", "NSB chief Tsai"], ["--country", "TW"], ["--official", "tsai-ming-yen"]):
        original = export(database_url(), *args)
        assert original.strip() and export(restored_url, *args) == original
    check = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from articles.models import Person; "
         "p = Person.objects.get(slug='tsai-ming-yen'); print(p.status, list(p.aliases.values_list('name', flat=True)))"],
        cwd=ROOT, env=subprocess_env(DATABASE_URL=restored_url, DJANGO_SETTINGS_MODULE="newsarchive.settings"),
        capture_output=True, text=True, check=True,
    )
    assert check.stdout.strip() == "confirmed ['NSB chief Tsai']"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{connection.settings_dict["NAME"]}_restored"')


PGDATA = os.environ.get("NEWSARCHIVE_TEST_PGDATA")
PGBIN = os.environ.get("NEWSARCHIVE_TEST_PGBIN")


@pytest.mark.skipif(
    "connection.vendor != 'postgresql' or not PGDATA",
    reason="restarts the throwaway PostgreSQL that make test started; a server named by DATABASE_URL is not ours to restart",
)
def test_a_postgresql_restart_mid_import_fails_only_the_files_in_flight(tmp_path):
    # Enough files that the import is still running when the server restarts, however fast it is.
    files = make_files(tmp_path / "files", 600)
    process = import_process(files, "--batch-size", "10")
    deadline = time.monotonic() + 120
    while Article.objects.count() < 10 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    assert process.poll() is None, "the import finished before the restart; the test proves nothing"
    log = os.path.join(os.path.dirname(PGDATA), "restart.log")
    restart = [f"{PGBIN}/pg_ctl", "-D", PGDATA, "-l", log, "restart", "-m", "fast", "-w", "-t", "60"]
    if os.geteuid() == 0:
        restart = ["runuser", "-u", "postgres", "--", *restart]
    # No captured pipes: the restarted server would inherit them and hold them open.
    subprocess.run(restart, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    connection.close()
    out, err = process.communicate(timeout=300)
    summary = json.loads(out)
    assert process.returncode in (0, 1), err
    assert summary["imported"] + summary["failed"] == 600
    assert all("database" in e["error"] for e in summary["errors"]), summary["errors"]
    assert summary["imported"] > 10  # it went on after the restart

    rerun = import_process(files)
    out, err = rerun.communicate(timeout=300)
    again = json.loads(out)
    assert rerun.returncode == 0 and again["failed"] == 0, err
    assert again["imported"] == summary["failed"]
    assert Article.objects.count() == 600
