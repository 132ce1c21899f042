"""The preview page in a real headless Chromium (Debian's), driven by Playwright through its
executable_path: pick an edition, see its pages, and watch them follow the file on disk."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers import replace_in
from test_serve import served

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("BROCHURE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
WAIT = 60_000  # milliseconds any one expectation may take


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True, timeout=WAIT)
        except sync_api.Error as exc:
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {exc}")
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


def test_pick_an_edition_and_follow_edits_on_disk_without_reloading(tmp_path, page):
    from playwright.sync_api import expect

    folder = tmp_path / "clinic"
    content = folder / "content.yaml"
    with served(folder) as running:
        loads = []
        page.on("load", lambda _: loads.append(1))
        page.goto(running.url)
        image, text, number = page.locator("#page-image"), page.locator("#page-text"), page.locator("#page-number")
        expect(image).to_have_attribute("src", _image_url("0/en/a4-leaflet", 1), timeout=WAIT)

        page.select_option("#pick-language", "es")
        page.select_option("#pick-layout", "letter-leaflet")
        expect(image).to_have_attribute("src", _image_url("0/es/letter-leaflet", 1), timeout=WAIT)
        expect(image).to_have_attribute("alt", _regex(r"Page 1 of \d+"))
        expect(text).to_contain_text("Vivir bien con su enfermedad")
        _wait_until(lambda: page.evaluate("document.getElementById('page-image').naturalWidth") > 600)  # loaded
        expect(page.locator("#findings-status")).not_to_contain_text("Checking", timeout=WAIT)

        page.click("#next")
        expect(number).to_have_text(_regex(r"Page 2 of \d+"))
        page.click("#previous")
        expect(number).to_have_text(_regex(r"Page 1 of \d+"))
        first_src = image.get_attribute("src")

        replace_in(content, "Vivir bien con su enfermedad", "Vivir mejor con su enfermedad")
        expect(text).to_contain_text("Vivir mejor con su enfermedad", timeout=WAIT)
        assert image.get_attribute("src") != first_src  # a new version of the image

        page.click("#next")
        expect(number).to_have_text(_regex(r"Page 2 of \d+"))
        replace_in(content, "title:", "title: [")  # a YAML syntax error
        expect(page.locator("#errors")).to_be_visible(timeout=WAIT)
        expect(page.locator("#error-list")).to_contain_text("content.yaml:")
        expect(page.locator("#error-list a").first).to_have_attribute("href", _regex(r"^/source/content\.yaml#L\d+$"))
        expect(page.locator("#status")).to_have_text("Build failed")
        expect(page.locator("#pages")).to_be_hidden()
        page.click("#show-last-good")  # the last good pages stay at hand
        expect(page.locator("#pages")).to_be_visible()

        replace_in(content, "title: [", "title:")
        expect(page.locator("#errors")).to_be_hidden(timeout=WAIT)
        expect(page.locator("#status")).to_have_text("Up to date", timeout=WAIT)
        expect(number).to_have_text(_regex(r"Page 2 of \d+"))  # still where the reader was
        assert len(loads) == 1, "the page reloaded"
        assert "#lang=es&layout=letter-leaflet" in page.url


def test_text_from_the_content_is_shown_as_text_never_as_markup(tmp_path, page):
    from playwright.sync_api import expect

    folder = tmp_path / "clinic"
    with served(folder) as running:
        replace_in(folder / "content.yaml", "en: Living well with your condition",
                   "en: \"Living <img src=x onerror=alert(1)> well\"")
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(running.url)
        expect(page.locator("#page-text")).to_contain_text("Living <img src=x onerror=alert(1)> well", timeout=WAIT)
        assert page.locator("main img").count() == 1 and not dialogs


def _wait_until(condition, seconds: float = WAIT / 1000) -> None:
    """Poll `condition` (the page's CSP rules out Playwright's wait_for_function, which evaluates strings)."""
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _image_url(edition: str, number: int):
    return _regex(rf"^/pages/{edition}/{number}\.png\?v=[0-9a-f]{{16}}$")


def _regex(pattern: str):
    import re

    return re.compile(pattern)
