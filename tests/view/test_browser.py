"""The HTML view in a real browser: headless Chromium driven by selenium, offline.

Skipped unless selenium, /usr/bin/chromium and /usr/bin/chromedriver are installed (.ci/run
installs Debian's chromium and chromium-driver). The driver is given explicitly and
SE_OFFLINE=true is set, so Selenium Manager never downloads a driver or sends statistics.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewminer import read
from reviewminer.view import write_html

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="needs Debian chromium and chromium-driver (apt-get install chromium chromium-driver)")
webdriver = pytest.importorskip("selenium.webdriver")


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        yield d
    finally:
        d.quit()


@pytest.fixture(scope="module")
def view(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    report = read(SAMPLE_DOCS / "cover_report_2022_adult_b_committee.pdf")
    out = tmp_path_factory.mktemp("view")
    write_html([report], out)
    copy = out / "copied"  # the folder works where it is copied to
    shutil.copytree(out / "html", copy)
    shutil.rmtree(out / "html")
    return report, copy / f"{report.document_id}.html"


def test_every_item_is_a_visible_box(driver: Any, view: tuple[Any, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    report, page = view
    driver.get(page.as_uri())
    ids = [f"{report.document_id}:{i}" for i in
           [r.id for r in report.recommendations] + [e.id for e in report.lines_of_enquiry]
           + [a.id for a in report.action_plan]]
    assert ids
    for ident in ids:
        boxes = driver.find_elements(By.CSS_SELECTOR, f'.box[data-item-id="{ident}"]')
        assert boxes, ident
        assert boxes[0].is_displayed(), ident
        size = boxes[0].size
        assert size["width"] > 0 and size["height"] > 0, ident
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    shot = tmp_path / "verification_view.png"
    driver.save_screenshot(str(shot))
    print(f"screenshot of the verification view: {shot}")
    assert shot.stat().st_size > 10_000


def test_clicking_an_item_scrolls_to_its_box(driver: Any, view: tuple[Any, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    report, page = view
    driver.get(page.as_uri())
    target = f"{report.document_id}:{report.action_plan[-1].id}"  # on the last page: far down
    driver.find_element(By.CSS_SELECTOR, f'[data-for="{target}"] a.go').click()
    box = driver.find_element(By.ID, f"box-{target}")
    top, bottom, height = driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, innerHeight];", box)
    assert top >= 0 and bottom <= height, (top, bottom, height)
    assert "current" in (box.get_attribute("class") or "")
    # and back: the box links to its entry in the side list
    driver.execute_script("arguments[0].click();", box)
    entry = driver.find_element(By.ID, f"item-{target}")
    assert driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
        entry)
    shot = tmp_path / "verification_view_clicked.png"
    driver.save_screenshot(str(shot))
    print(f"screenshot after clicking {target}: {shot}")
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
