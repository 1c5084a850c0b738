"""`make serve`: the archive under gunicorn in production mode, as readers would reach it on loopback."""

import http.client
import os
import re
import signal
import socket
import stat
import subprocess
import time

import pytest
from django.core.management import call_command

from tests.conftest import REFERENCE_FILE, ROOT, subprocess_env

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """scripts/serve.sh on a free loopback port, against the test database; stopped with SIGTERM."""
    call_command("import_articles", str(REFERENCE_FILE), "--source", "Reference", verbosity=0)
    port = free_port()
    env = subprocess_env(HOST="127.0.0.1", PORT=str(port), NEWSARCHIVE_VAR_DIR=str(tmp_path), WEB_CONCURRENCY="2")
    for key in ("SECRET_KEY", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT"):
        env.pop(key, None)  # as a fresh shell would have it: serve.sh supplies them
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(["scripts/serve.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("serve.sh did not start:\n" + (tmp_path / "serve.log").read_text())
            time.sleep(0.2)
    yield port, tmp_path
    process.send_signal(signal.SIGTERM)
    try:
        assert process.wait(timeout=30) == 0, (tmp_path / "serve.log").read_text()
    finally:
        process.kill()
        log.close()


def get(port: int, path: str, method: str = "GET", body: str | None = None, headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response, response.read().decode("utf-8", "replace")


def test_serve_runs_gunicorn_in_production_mode_on_loopback(served):
    port, var_dir = served
    response, html = get(port, "/search/?q=Wellington+Koo")
    assert response.status == 200
    assert response.getheader("Server", "").startswith("gunicorn")
    assert "Taiwan Expands Intelligence Sharing" in html
    # Production pages: the strict CSP, no framing, no debug toolbar or tracebacks.
    assert "script-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("X-Frame-Options") == "DENY"
    # Plain HTTP on loopback: no redirect to HTTPS, no HSTS promise over HTTP.
    assert response.getheader("Strict-Transport-Security") is None

    # Static files are the collected, content-hashed ones, cached for ever by whitenoise.
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    static, _ = get(port, css)
    assert static.status == 200 and "immutable" in static.getheader("Cache-Control", "")

    # DEBUG is off: an unknown page is the plain 404 page, not Django's technical one.
    missing, body = get(port, "/no-such-page/")
    assert missing.status == 404 and "URLconf" not in body

    # The admin asks for a log-in, and a write without a CSRF token is refused.
    admin, _ = get(port, "/admin/")
    assert admin.status == 302 and "/admin/login/" in admin.getheader("Location")
    post, _ = get(port, "/admin/login/", method="POST", body="username=x&password=y",
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert post.status == 403

    # With no SECRET_KEY in the environment, a random one was made once, readable by its owner only.
    key_file = var_dir / "secret-key"
    assert len(key_file.read_text().strip()) >= 50
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600


def test_serve_keeps_https_settings_when_bound_beyond_loopback(tmp_path):
    """Bound to a public address, serve.sh does not relax SSL redirect, secure cookies or HSTS."""
    env = subprocess_env(HOST="0.0.0.0", PORT=str(free_port()), NEWSARCHIVE_VAR_DIR=str(tmp_path), ALLOWED_HOSTS="news.example.org")
    for key in ("SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS"):
        env.pop(key, None)
    # Ask the settings as serve.sh would leave them, without starting a server.
    script = (ROOT / "scripts" / "serve.sh").read_text().replace(
        "exec .venv/bin/gunicorn -c python:newsarchive.gunicorn",
        ".venv/bin/python -c 'import django, os; os.environ[\"DJANGO_SETTINGS_MODULE\"]=\"newsarchive.settings\"; "
        "django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0)'",
    )
    assert "exec .venv/bin/gunicorn" not in script
    out = subprocess.run(["bash", "-c", script, "scripts/serve.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "True True True True"
