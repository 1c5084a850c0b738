import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsarchive.env import database_config, env_bool, env_int, env_list
from tests.conftest import ROOT

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k" * 10 + "production-like-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "news.example.org",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "SECURE_SSL_REDIRECT"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("raw, expected", [("1", True), ("true", True), ("YES", True), ("on", True), ("0", False), ("false", False), ("", False)])
def test_env_bool_reads_the_usual_spellings(raw, expected):
    assert env_bool("X", default=not expected, environ={"X": raw}) is expected


def test_env_bool_uses_the_default_when_unset():
    assert env_bool("X", default=True, environ={}) is True


@pytest.mark.parametrize("raw", ["maybe", "2", "tru"])
def test_env_bool_refuses_anything_else(raw):
    with pytest.raises(ImproperlyConfigured, match="X="):
        env_bool("X", default=False, environ={"X": raw})


def test_env_int_refuses_words_and_values_below_the_minimum():
    assert env_int("N", default=3, environ={"N": " 42 "}) == 42
    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env_int("N", default=3, environ={"N": "forty"})
    with pytest.raises(ImproperlyConfigured, match="minimum"):
        env_int("N", default=3, environ={"N": "-1"}, minimum=0)


def test_env_list_splits_on_commas_and_drops_blanks():
    assert env_list("H", default=[], environ={"H": "a.example, b.example,,"}) == ["a.example", "b.example"]


def test_database_url_unset_means_sqlite_file(tmp_path):
    config = database_config(None, tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_database_url_postgres_is_parsed():
    config = database_config("postgres://news:pw@db.internal:5433/archive", "unused")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == ("db.internal", 5433, "archive", "news")


@pytest.mark.parametrize("url", ["mysql://u@h/db", "redis://localhost", "nonsense"])
def test_database_url_with_another_scheme_is_refused(url):
    with pytest.raises(ImproperlyConfigured, match="unsupported scheme"):
        database_config(url, "unused")


def test_postgres_url_without_a_database_name_is_refused():
    with pytest.raises(ImproperlyConfigured, match="names no database"):
        database_config("postgres://u@localhost", "unused")


def test_production_settings_pass_the_deploy_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_outside_debug_stops_start_up():
    env = {**PRODUCTION_ENV}
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_bad_debug_value_stops_start_up():
    result = manage("check", env={**PRODUCTION_ENV, "DEBUG": "sometimes"})
    assert result.returncode != 0
    assert "DEBUG='sometimes' is not a boolean" in result.stderr


def test_sqlite_default_file_is_created_under_the_var_directory(tmp_path):
    var = tmp_path / "var"
    result = manage("migrate", "--noinput", "-v", "0", env={"DEBUG": "1", "NEWSARCHIVE_VAR_DIR": str(var), "DATABASE_URL": ""})
    assert result.returncode == 0, result.stderr
    assert (var / "newsarchive.sqlite3").stat().st_size > 0


def test_static_files_get_compressed_hashed_names():
    from django.conf import settings
    from django.templatetags.static import static

    url = static("css/site.css")
    assert url.startswith("/static/css/site.") and url.endswith(".css") and url != "/static/css/site.css"
    hashed = settings.STATIC_ROOT / url.removeprefix("/static/")
    assert hashed.exists()
    assert hashed.with_name(hashed.name + ".gz").exists()
