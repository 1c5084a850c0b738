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


@pytest.fixture
def reference_file() -> Path:
    return REFERENCE_FILE


@pytest.fixture
def vendor() -> str:
    return connection.vendor


def pytest_sessionfinish(session, exitstatus):
    from tests import counting

    counting.write()
