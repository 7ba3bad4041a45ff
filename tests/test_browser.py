"""The HTML report in a real headless Chromium, offline, at phone and desktop widths.

Run by `make test-browser`, which installs Chromium, chromedriver and Selenium first; plain
`pytest` deselects these tests (marker `browser`). Screenshots are kept in build/browser/
for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import DataDir, qnplan

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

pytestmark = pytest.mark.browser

TREND_DATA = Path(__file__).parent / "fixtures" / "trend"
SCREENSHOTS = Path(__file__).parent.parent / "build" / "browser"
# Without the background-networking flags Chromium phones home at start; on a closed network
# those connections are refused and slow it down. A fresh profile per run.
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US")
PHONE, TABLET, DESKTOP = (390, 844), (820, 1180), (1280, 900)


def _program(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError(f"none of {', '.join(names)} on PATH: run `make test-browser`, which "
                         "installs Debian's chromium and chromium-driver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """Headless Chromium driven through the system's chromedriver (never a downloaded one)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = _program("chromium", "chromium-browser", "google-chrome")
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=_program("chromedriver")),
                              options=options)
    yield driver
    driver.quit()


def _write_report(tmp_path: Path, data: Path, years: tuple[str, str], lang: str) -> Path:
    out = tmp_path / f"report-{lang}.html"
    run = qnplan("--lang", lang, "report", *years, "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    return out


def _open(browser: WebDriver, page: Path, size: tuple[int, int]) -> None:
    browser.set_window_size(*size)
    browser.get(page.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"


def _texts(browser: WebDriver, css: str) -> list[str]:
    from selenium.webdriver.common.by import By

    return [el.text for el in browser.find_elements(By.CSS_SELECTOR, css)]


STATUS_CELLS = {
    "en": ["✔ on track", "· no data", "", "✘ missed"],
    "vi": ["✔ đúng tiến độ", "· chưa có số liệu", "", "✘ không đạt"],
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_loads_offline_with_its_status_cells(browser: WebDriver, data: DataDir,
                                             tmp_path: Path, lang: str) -> None:
    """From file://, the page requests nothing, logs no error, and shows the statuses."""
    page = _write_report(tmp_path, data.root, ("2023", "2024"), lang)
    _open(browser, page, DESKTOP)
    assert browser.execute_script("return document.documentElement.lang") == lang
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert _texts(browser, "table.compare td.status") == STATUS_CELLS[lang]


CHART_LABELS = {
    "en": {"title": "GRDP growth (%): targets and results 2022–2025", "year": "2023 ✔",
           "verdict": "met", "legend": "target"},
    "vi": {"title": "Tăng trưởng GRDP (%): mục tiêu và kết quả 2022–2025", "year": "2023 ✔",
           "verdict": "đạt", "legend": "mục tiêu"},
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_chart_labels_are_drawn(browser: WebDriver, tmp_path: Path, lang: str) -> None:
    """The first trend chart is drawn with its title, year marks, verdicts and legend."""
    from selenium.webdriver.common.by import By

    page = _write_report(tmp_path, TREND_DATA, ("2024", "2025"), lang)
    _open(browser, page, DESKTOP)
    chart = browser.find_element(By.CSS_SELECTOR, "figure.trend svg")
    assert chart.size["width"] > 300 and chart.size["height"] > 150
    drawn = [t for t in chart.find_elements(By.CSS_SELECTOR, "text")
             if t.is_displayed() and t.size["width"] > 0]
    labels = {t.text for t in drawn}
    # a title too long for a phone's width is wrapped on lines of its own
    labels.add(" ".join(t.text for t in drawn if t.get_attribute("font-weight") == "bold"))
    want = CHART_LABELS[lang]
    assert {want["title"], want["year"], want["verdict"], want["legend"]} <= labels
    caption = browser.find_element(By.CSS_SELECTOR, "figure.trend figcaption").text
    assert caption.startswith("Progress 2022–2025" if lang == "en" else "Tiến độ 2022–2025")


def _screenshot(browser: WebDriver, name: str) -> bytes:
    png = browser.get_screenshot_as_png()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / name).write_bytes(png)
    return png


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("size", [PHONE, TABLET, DESKTOP], ids=["phone", "tablet", "desktop"])
def test_fits_the_screen_and_has_content(browser: WebDriver, tmp_path: Path, lang: str,
                                         size: tuple[int, int]) -> None:
    """The bundled report never scrolls sideways: below desktop width the comparison becomes
    one card per indicator, at 1280 px the whole table fits; a screenshot holds far more than
    a blank page's."""
    browser.set_window_size(*size)
    browser.get("about:blank")
    blank = len(browser.get_screenshot_as_png())
    run = qnplan("--lang", lang, "report", "2023", "2024", "-o", str(tmp_path / "r.html"))
    assert run.exit_code == 0, run.stderr
    _open(browser, tmp_path / "r.html", size)
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow == 0
    table_overflow = browser.execute_script(
        "const e = document.querySelector('#compared .wide'); return e.scrollWidth - e.clientWidth")
    assert table_overflow == 0
    display = browser.execute_script(
        "return getComputedStyle(document.querySelector('table.compare td')).display")
    assert display == ("table-cell" if size == DESKTOP else "flex")
    png = _screenshot(browser, f"report-{lang}-{size[0]}.png")
    assert png.startswith(b"\x89PNG") and len(png) > 5 * blank


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_phone_shows_progress_at_a_glance_and_readable_charts(
        browser: WebDriver, tmp_path: Path, lang: str) -> None:
    """At 390 px: the report opens with 'progress at a glance', one card per indicator with its
    verdict; and every word in every chart, scaled to the page, is at least 11 px tall."""
    from selenium.webdriver.common.by import By

    page = _write_report(tmp_path, TREND_DATA, ("2024", "2025"), lang)
    _open(browser, page, PHONE)
    glance = browser.find_element(By.CSS_SELECTOR, "#glance")
    heading = {"en": "Progress at a glance", "vi": "Tiến độ tổng quan"}[lang]
    assert glance.find_element(By.CSS_SELECTOR, "h2").text == heading
    cards = glance.find_elements(By.CSS_SELECTOR, "table.glance tbody tr")
    names = browser.execute_script(
        "return [...document.querySelectorAll('figure.trend')].length")
    assert len(cards) >= names > 0
    assert all(c.is_displayed() and c.size["width"] <= PHONE[0] for c in cards)
    first = browser.execute_script(
        "return document.querySelector('#glance').getBoundingClientRect().top "
        "< document.querySelector('#compared').getBoundingClientRect().top")
    assert first
    sizes = browser.execute_script("""
        return [...document.querySelectorAll('figure.trend svg text')]
          .filter(t => t.getBBox().width > 0)
          .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);""")
    assert sizes and min(sizes) >= 11, sorted(sizes)[:5]
    _screenshot(browser, f"glance-{lang}-390.png")
