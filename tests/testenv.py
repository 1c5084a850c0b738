"""Environment for the test run, set before Django reads its settings.

Loaded as a plugin (`-p tests.testenv` in pytest.ini) because pytest-django
imports the settings before any conftest.py is read. Tests run with DEBUG off,
as production does; only what a test client cannot do (HTTPS) is relaxed.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ["DEBUG"] = "0"
os.environ["SECURE_SSL_REDIRECT"] = "0"
# The test client's host, plus loopback for in-process WSGI callers (schemathesis, the live server).
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
