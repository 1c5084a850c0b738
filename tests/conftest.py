from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_FILE = ROOT / "samples" / "reference" / "000_a79be87c1babf873.txt"
SHARED = ROOT.parent / "shared"


def pytest_report_header(config):
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"database: {db['ENGINE'].rsplit('.', 1)[-1]} {db.get('HOST') or ''} {db['NAME']}"


@pytest.fixture(scope="session")
def gazetteer():
    """What the extractor knows from the seed data alone: the countries, no editor-curated entities."""
    from django_countries import countries

    from articles.extraction.gazetteer import Gazetteer

    return Gazetteer.from_seed({code: str(name) for code, name in countries.countries.items()})


@pytest.fixture
def reference_file() -> Path:
    return REFERENCE_FILE


@pytest.fixture
def vendor() -> str:
    return connection.vendor


def pytest_sessionfinish(session, exitstatus):
    from tests import counting

    counting.write()


def database_url(alias: str = "default", name: str | None = None) -> str:
    """A DATABASE_URL for the test database, so another process (an import, a restore) can use it."""
    from django.db import connections

    settings = connections[alias].settings_dict
    if connections[alias].vendor == "sqlite":
        return f"sqlite:///{name or settings['NAME']}"
    password = settings.get("PASSWORD") or ""
    return f"postgres://{settings['USER']}:{password}@{settings['HOST']}:{settings['PORT']}/{name or settings['NAME']}"


def subprocess_env(**overrides: str) -> dict[str, str]:
    import os

    return {**os.environ, "DATABASE_URL": database_url(), "DEBUG": "0", **overrides}
