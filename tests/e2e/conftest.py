"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

The browser is /usr/bin/chromium from Debian (`make test` installs it when it
is missing); Playwright never downloads one. Pages are served as in
production: DEBUG off, static files from STATIC_ROOT (after `collectstatic`)
through whitenoise's middleware — see `live_server` below.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
SAMPLES = ROOT / "samples"
# The reference article and a handful of White House files: enough for facets,
# several pages of results and timelines over years, quick to import per test.
SAMPLE_PATHS = [
    SAMPLES / "reference",
    *(SAMPLES / "whitehouse-briefing-room" / part for part in (
        "articles", "fact-sheets", "releases", "presidential-actions", "statements-releases/2024-07",
        "speeches-remarks/2024-05", "speeches-remarks/2022-05",
    )),
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last (their live server flushes the tables after each test, seeded countries
    included), and on SQLite only."""
    from django.conf import settings

    e2e = Path(__file__).parent
    items.sort(key=lambda item: Path(str(item.path)).is_relative_to(e2e))
    if not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        skip = pytest.mark.skip(
            reason="browser journeys run once, on SQLite, to keep `make test` fast; "
            "the same pages' queries run on PostgreSQL in tests/test_pages.py"
        )
        for item in items:
            if Path(str(item.path)).is_relative_to(e2e):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but serving /static/ the way production does.

    pytest-django wraps its server in staticfiles' StaticFilesHandler, which
    looks files up with the finders under their source names and so cannot
    find the content-hashed names that manifest storage (DEBUG off) puts in
    the pages. Passing requests straight through lets whitenoise's middleware
    serve the collected, hashed files from STATIC_ROOT, as in production.
    """
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        pytest.fail("Run `python manage.py collectstatic` first (`make test` does): the browser tests need the collected static files.")
    server = LiveServer("localhost", start=False)
    server.thread.static_handler = lambda application: application
    server.start()
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (as root), or run `make test`, which does.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread, so Django would refuse
    # the tests' own (plain synchronous) ORM calls as coming from an "async context".
    # Allowed while the browser runs only: the variable must never reach a deployment
    # check (`manage.py check --deploy` rejects it), and browser tests run last.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server, _live_server_helper):
    """A fresh browser tab on the live server; fails the test on a broken asset, a script error
    or a console error (a Content-Security-Policy violation is one)."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on(
        "response",
        lambda response: problems.append(f"{response.status} {response.url}")
        if response.status >= 400 and "/static/" in response.url
        else None,
    )
    # A request cut short by the next navigation (net::ERR_ABORTED) is the browser's doing, not the site's.
    tab.on(
        "requestfailed",
        lambda request: problems.append(f"failed {request.url}: {request.failure}")
        if request.failure != "net::ERR_ABORTED"
        else None,
    )
    tab.on(
        "console",
        lambda message: problems.append(f"console: {message.text}")
        if message.type == "error" and "404 (Not Found)" not in message.text  # the 404 test asks for one
        else None,
    )
    yield tab
    context.close()
    assert not problems, problems


@pytest.fixture
def sample_archive(live_server):
    """The sample articles, imported as `make run` does.

    The live server sees only committed data, so these tests run outside a
    transaction and each ends with a flush of every table, seeded countries
    included; they are seeded again here. (Django's serialized rollback cannot
    do it: a flush by an earlier transactional test re-creates content types
    that the restore then collides with.)
    """
    from django.core.management import call_command

    from articles.countries import seed_countries
    from articles.models import Country

    if not Country.objects.exists():
        seed_countries(Country)

    call_command("import_articles", *map(str, SAMPLE_PATHS[:1]), "--source", "Reference sample", verbosity=0)
    call_command("import_articles", *map(str, SAMPLE_PATHS[1:]), "--source", "White House Briefing Room", verbosity=0)


def screenshot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
