"""A reader in a real browser: search, narrow, page through, read, follow an official, use only the keyboard.

Screenshots of the main pages go to test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.usefixtures("sample_archive")  # the live server makes each test transactional


def facets(page: Page):
    return page.get_by_role("complementary", name="Narrow the results")


def result_count(page: Page) -> int:
    return int(re.match(r"(\d+) article", page.locator("#results-heading").inner_text()).group(1))


def test_home_to_wellington_koo_through_search_and_an_official_facet(page: Page):
    page.goto("/")
    expect(page).to_have_title(re.compile("News archive"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search the news archive")
    expect(page.get_by_role("heading", name="Most mentioned officials")).to_be_visible()
    # The stylesheet is served (collected, hashed, through whitenoise) and applied.
    assert page.locator(".site-header").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(18, 53, 91)"
    screenshot(page, "home")

    page.get_by_label(re.compile("Words")).fill("intelligence")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=intelligence"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Results for “intelligence”")
    expect(page.locator(".timeline svg[role=img]")).to_be_visible()
    screenshot(page, "search")

    facets(page).get_by_role("link", name="Tsai Ming-yen").click()
    expect(page).to_have_url(re.compile(r"official=tsai-ming-yen"))
    expect(page.get_by_role("list", name="Active filters")).to_contain_text("Tsai Ming-yen")
    assert result_count(page) == 1

    page.get_by_role("link", name="Taiwan Expands Intelligence Sharing with 45 Countries in 2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Taiwan Expands Intelligence Sharing with 45 Countries in 2025")
    expect(page.locator("time").first).to_have_text("17 December 2025")
    officials = page.get_by_role("complementary", name="Who and what this article is about")
    expect(officials).to_contain_text("Minister of National Defense")
    screenshot(page, "article")

    officials.get_by_role("link", name="Wellington Koo").click()
    expect(page).to_have_url(re.compile(r"/people/wellington-koo/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wellington Koo")
    titles = page.locator("table.titles")
    expect(titles).to_contain_text("Minister of National Defense")
    expect(titles).to_contain_text("17 December 2025")
    chart = page.get_by_role("img", name="Articles per month")
    expect(chart).to_be_visible()
    assert chart.locator("a").count() == 1
    screenshot(page, "person")


def test_narrowing_by_a_country_and_removing_it_with_the_back_button_working(page: Page):
    page.goto("/search/?q=president")
    everything = result_count(page)
    facets(page).get_by_role("link", name="China").click()
    expect(page).to_have_url(re.compile(r"country=CN"))
    narrowed = result_count(page)
    assert 0 < narrowed < everything

    page.get_by_role("link", name="Remove filter China").click()
    expect(page).not_to_have_url(re.compile("country="))
    assert result_count(page) == everything

    page.go_back()
    expect(page).to_have_url(re.compile(r"country=CN"))
    assert result_count(page) == narrowed
    page.go_back()
    expect(page).to_have_url(re.compile(r"q=president$"))


def test_paging_through_results(page: Page, settings):
    settings.SEARCH_PAGE_SIZE = 4  # the live server runs in this process, so it sees the setting
    page.goto("/search/")
    total = result_count(page)
    pages = -(-total // 4)
    assert pages >= 3
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text(f"Page 1 of {pages}")
    first = page.locator(".result h3").first.inner_text()

    page.get_by_role("link", name="Next page").click()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text(f"Page 2 of {pages}")
    assert page.locator(".result h3").first.inner_text() != first

    page.get_by_role("link", name="Previous page").click()
    expect(page.locator(".result h3").first).to_have_text(first)
    page.go_back()
    expect(page).to_have_url(re.compile(r"page=2"))


def focus_on(page: Page, text: str, inside: str = "body", limit: int = 150) -> None:
    """Press Tab until the focused element reads `text` (within `inside`); every stop must show a focus ring."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """inside => { const e = document.activeElement; const s = getComputedStyle(e);
              return {text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim(),
                      outline: s.outlineStyle, width: s.outlineWidth, tag: e.tagName, id: e.id,
                      inside: e.closest(inside) !== null}; }""",
            inside,
        )
        if focused["tag"] != "BODY":
            assert focused["outline"] != "none" and focused["width"] != "0px", repr(focused)
        if focused["text"] == text and focused["inside"]:
            return
    raise AssertionError(f"{text!r} never got the keyboard focus")


def test_a_whole_journey_with_the_keyboard_only(page: Page):
    page.goto("/")
    focus_on(page, "Skip to content")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    page.keyboard.press("Tab")  # the first stop in <main>: the big search box
    assert page.evaluate("document.activeElement.id") == "home-q"
    page.keyboard.type("intelligence")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results for “intelligence”")

    focus_on(page, "Tsai Ming-yen", inside="aside.facets")  # the facet, not the result's tag
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"official=tsai-ming-yen"))

    focus_on(page, "Taiwan Expands Intelligence Sharing with 45 Countries in 2025")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Taiwan Expands Intelligence Sharing with 45 Countries in 2025")

    focus_on(page, "Wellington Koo")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wellington Koo")
    # The timeline's numbers are reachable from the keyboard through its table.
    focus_on(page, "The same numbers as a table")
    page.keyboard.press("Enter")
    focus_on(page, "December 2025")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"official=wellington-koo&date_from=2025-12-01&date_to=2025-12-31"))
    assert result_count(page) == 1


def test_a_country_page_and_its_timeline_bars(page: Page):
    page.goto("/countries/us/")
    expect(page.get_by_role("heading", level=1)).to_have_text("United States")
    chart = page.get_by_role("img", name="Coverage per month")
    expect(chart).to_be_visible()
    screenshot(page, "country")
    bar = chart.locator("a").last
    label = bar.locator("title").text_content()  # "July 2026: 2 articles"
    month, count = re.match(r"(\w+ \d{4}): (\d+) article", label).groups()
    bar.click()
    expect(page).to_have_url(re.compile(r"/search/\?country=US&date_from=\d{4}-\d\d-01&date_to="))
    assert result_count(page) == int(count)
    expect(page.get_by_role("list", name="Active filters")).to_contain_text("United States")


def test_indexes_the_date_archive_and_a_missing_page(page: Page):
    page.goto("/people/")
    expect(page.get_by_role("heading", name="Officials")).to_be_visible()
    page.get_by_label("Name").fill("koo")
    page.get_by_role("button", name="Find").click()
    expect(page.locator(".card")).to_have_count(1)
    page.get_by_role("link", name="Wellington Koo").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wellington Koo")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="By date").click()
    expect(page).to_have_url(re.compile(r"/archive/$"))
    page.locator(".month-list").get_by_role("link", name="December", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"December \d{4}"))

    response = page.goto("/people/no-such-person/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("There is no page at this address")
    screenshot(page, "not-found")


def test_the_article_page_fits_a_phone(page: Page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/search/?q=intelligence")
    page.get_by_role("link", name="Taiwan Expands Intelligence Sharing with 45 Countries in 2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Taiwan Expands Intelligence Sharing with 45 Countries in 2025")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "article-phone", full_page=False)
    page.get_by_role("heading", name="Officials").scroll_into_view_if_needed()
    screenshot(page, "article-phone-officials", full_page=False)
