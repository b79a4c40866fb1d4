"""Open a report in headless Chromium (Debian's package) through Playwright, recording every
request and console error; also `python -m tests.support.browser REPORT PNG` for a screenshot."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium from reaching out on its own (updates, sync, field trials),
# so that every request the page records is one the report made.
ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]
VIEWPORT = {"width": 1100, "height": 900}


class BrowserMissing(RuntimeError):
    pass


@dataclass
class OpenedReport:
    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def open_report(path: Path) -> Iterator[OpenedReport]:
    """The report loaded from file:// with its charts drawn."""
    if not CHROMIUM.exists():
        raise BrowserMissing(
            f"{CHROMIUM} is missing: install Debian's chromium "
            "(apt-get update && apt-get install -y chromium; .ci/run does this)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
            opened = OpenedReport(page, path.resolve().as_uri())
            page.on("request", lambda request: opened.requests.append(request.url))
            page.on(
                "console",
                lambda message: (
                    opened.errors.append(message.text) if message.type == "error" else None
                ),
            )
            page.on("pageerror", lambda error: opened.errors.append(str(error)))
            page.goto(opened.url)
            page.wait_for_selector("body[data-charts=ready]", timeout=30_000)
            yield opened
        finally:
            browser.close()


def screenshot(report: Path, png: Path, height: int | None = None) -> Path:
    """A picture of the report as a reader sees it: the whole page, or its top `height` px."""
    with open_report(report) as opened:
        if height is None:
            opened.page.screenshot(path=str(png), full_page=True)
        else:
            opened.page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
            opened.page.screenshot(path=str(png))
    return png


if __name__ == "__main__":
    # python -m tests.support.browser REPORT.html OUT.png [HEIGHT]
    height = int(sys.argv[3]) if len(sys.argv) > 3 else None
    print(screenshot(Path(sys.argv[1]), Path(sys.argv[2]), height))
