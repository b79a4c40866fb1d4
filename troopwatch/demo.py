"""`troopwatch demo`: the real pipeline over the bundled sample corpus, offline, in three polls."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from troopwatch.demo_site import DemoSite, Outlet, load_timeline

if TYPE_CHECKING:
    from flows.poll import RunReport

CONFIG = """# Written by `troopwatch demo`; its feeds are served on loopback while the demo runs.
[storage]
database = "troopwatch.duckdb"

{feeds}
[notify]
urls = ["json://127.0.0.1:{port}/alerts"]

[fetch]
allow_private_hosts = true

[report]
path = "report.html"
"""


def run_demo(folder: Path) -> int:
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(folder / "prefect-home"))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.poll import poll_feeds
    from troopwatch.tables import console

    outlets, stories = load_timeline()
    for leftover in (folder / "troopwatch.duckdb", folder / "troopwatch.duckdb.wal"):
        leftover.unlink(missing_ok=True)
    site = DemoSite(folder / "site")
    site.reset()
    with site:
        config = _write_config(folder, site, outlets)
        steps = sorted({s.step for s in stories})
        console().print(
            f"[bold]troopwatch demo[/]: {len(stories)} articles from {len(outlets)} "
            f"outlets on {site.base}, published in {len(steps)} steps"
        )
        for step in steps:
            site.publish(outlets, stories, step)
            console().rule(f"Poll {step} of {len(steps)}")
            with console().status("polling feeds, reading pages, detecting figures…"):
                report = poll_feeds(str(config))
            _print_step(report)
        _print_summary(folder, config, len(site.alerts))
    _print_report(report.page)
    return 0


def _write_config(folder: Path, site: DemoSite, outlets: list[Outlet]) -> Path:
    feeds = "".join(
        f'[[feeds]]\nurl = "{site.feed_url(o)}"\nname = "{o.name}"\n\n' for o in outlets
    )
    port = site.base.rsplit(":", 1)[1]
    path = folder / "troopwatch.toml"
    path.write_text(CONFIG.format(feeds=feeds, port=port), encoding="utf-8")
    return path


def _print_step(report: RunReport) -> None:
    from troopwatch.tables import console, show

    figures = [
        (page.outlet, page.title or "", f"{f.value:,}", f.force, f.status, f.qualifier)
        for page in report.pages
        if page.detection and page.detection.relevant
        for f in page.detection.figures
    ]
    irrelevant = [
        p.title or p.link for p in report.pages if p.detection and not p.detection.relevant
    ]
    console().print(f"{len(report.pages)} new articles; {len(figures)} figures")
    if figures:
        show(["outlet", "headline", "value", "force", "status", "qualifier"], figures)
    for title in irrelevant:
        console().print(f"  not about the border: {title}")
    console().print(
        f"  alerts raised: {len(report.stored.alert_ids)}, corroborations: "
        f"{report.stored.corroborations}, delivered: {report.delivery.sent}"
    )


def _print_summary(folder: Path, config: Path, received: int) -> None:
    from troopwatch.tables import console, show
    from warehouse.db import reading
    from warehouse.reports import alert_list, query

    with reading(folder / "troopwatch.duckdb", 30) as con:
        latest = query(
            con,
            'SELECT "by", force, status, qualifier, value, outlet, published_at'
            ' FROM latest_figures ORDER BY "by", force, status',
        )
        alerts = alert_list(con)
    console().rule("Result")
    show(*latest, title="Current value of each series (view latest_figures)")
    show(alerts[0][:7], [row[:7] for row in alerts[1]], title="Alerts (troopwatch alerts)")
    console().print(f"The webhook on 127.0.0.1 received {received} alert messages.")
    hint = "SELECT * FROM figure_history"
    console().print(f"\nThe database is {folder / 'troopwatch.duckdb'}. Query it with:")
    console().print(f'  .venv/bin/troopwatch sql --config {config} "{hint}"')


def _print_report(page: Path | None) -> None:
    from troopwatch.tables import console

    if page is None:
        console().print("\nThe report was not written (the warning above says why).")
        return
    console().print("\nThe report, a timeline per series that opens offline in any browser:")
    console().print(f"  {page}", soft_wrap=True)
