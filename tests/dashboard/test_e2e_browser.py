"""The dashboard in a real headless Chromium against a real `launch()` subprocess.

Needs Debian's `chromium` (/usr/bin/chromium, or DIPLOMEET_CHROMIUM) and the `playwright`
Python package (its own browser downloads are never used). Skips with the reason when either
is missing; CI installs both. The warehouse is the `published_warehouse` fixture of
conftest.py: swap that for one built by the pipeline and this test runs unchanged.
Leaves a full-page screenshot in <repo>/test-artifacts/dashboard.png.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

CHROMIUM = Path(os.environ.get("DIPLOMEET_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
XSS_TEXT = "<script>alert(1)</script>"

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is not installed")
if not CHROMIUM.is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
expect = sync_api.expect


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def meetings_metric(page):
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_text("Meetings", exact=True))
    return metric.get_by_test_id("stMetricValue")


def db_count(home: Path, where: str = "true") -> int:
    with duckdb.connect(str(home / "diplomeet.duckdb"), read_only=True) as con:
        return con.execute(f"select count(*) from fct_meetings where {where}").fetchone()[0]


def test_dashboard_in_a_browser(browser, dashboard, published_warehouse):
    server = dashboard(published_warehouse)
    page = browser.new_page(viewport={"width": 1440, "height": 2600})
    dialogs, off_host = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith(server.url) or
            r.url.startswith("data:") else off_host.append(r.url))
    page.goto(server.url)

    # Renders with data: the headline count, three charts, the meeting table.
    expect(meetings_metric(page)).to_have_text(f"{db_count(published_warehouse):,}",
                                               timeout=60_000)
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(3, timeout=30_000)
    expect(page.get_by_test_id("stVegaLiteChart").first.locator("canvas, svg").first
           ).to_be_visible()
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()

    # The release title holding markup is shown as text and nothing in it ran. Picked in
    # the details box (typing filters its options) so it need not be the newest meeting.
    details = page.get_by_test_id("stSelectbox").filter(has_text="Meeting details")
    details.click()
    page.keyboard.type("alert(1)")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stMarkdown").filter(has_text=XSS_TEXT).first).to_be_visible(
        timeout=30_000)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="<b>markup</b>").first
           ).to_be_visible()
    page.wait_for_timeout(1000)  # let any injected handler (onerror) have its chance
    assert dialogs == []
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("""() => [...document.querySelectorAll('script')]
        .every(s => !s.textContent.includes('alert(1)'))""")
    assert page.locator("b", has_text="markup").count() == 0
    assert page.locator("img[src='x']").count() == 0

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # A filter changes the numbers: only video meetings.
    mode = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(
        has_text="Mode")
    mode.click()
    page.get_by_role("option", name="Video", exact=True).click()
    page.keyboard.press("Escape")
    videos = db_count(published_warehouse, "mode = 'video'")
    expect(meetings_metric(page)).to_have_text(f"{videos:,}", timeout=30_000)

    # Every page opens without an error in the browser.
    for name, title in (("People", "People"), ("Countries", "Countries")):
        page.get_by_test_id("stSidebarNav").get_by_text(name, exact=True).click()
        expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible(
            timeout=30_000)
        expect(page.get_by_test_id("stVegaLiteChart").first).to_be_visible(timeout=30_000)
    assert page.get_by_test_id("stException").count() == 0
    assert off_host == [], "the dashboard must work offline"
    assert dialogs == []
