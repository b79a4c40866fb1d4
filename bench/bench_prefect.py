"""What Prefect costs per poll: `troopwatch run` against the same steps without Prefect.

10 feeds x 5 articles served on loopback; every repetition uses a fresh database, so
every run fetches, extracts and stores all 50 articles. Timed in one run:

- plain:        flows/pipeline.py steps called directly, in the flow's order, with the
                flow's concurrency (threads for feeds and pages, processes for extraction)
- flow:         `troopwatch run` (troopwatch.cli.main) in this process, against a local
                `prefect server` (the steady state of a worker or `troopwatch serve`)
- plain, cold:  the plain steps in a fresh Python process (start-up and imports included)
- run, cold:    `troopwatch run` as a fresh process against the same server
- run, ephemeral: `troopwatch run` as a fresh process with no server (Prefect starts a
                temporary one), once

Budget: Prefect may add at most 1.5 s per run plus 10 % of the plain time (which is
proportional to the number of articles). Writes bench/results_prefect.json. Not a test.

usage: python bench/bench_prefect.py [--reps N] [--feeds N] [--articles N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from flows import pipeline  # noqa: E402
from flows.config import load_config  # noqa: E402
from flows.deliver import channel_refs, deliver_pending  # noqa: E402
from flows.pages import fetch_and_read  # noqa: E402

RESULTS = ROOT / "bench" / "results_prefect.json"
TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))
BUDGET_FIXED, BUDGET_SHARE = 1.5, 0.10


def plain_poll(config_path: Path) -> None:
    """One poll with the pipeline's functions and no Prefect, in the flow's order."""
    config = load_config(config_path)
    channel_refs(config)
    prepared = pipeline.prepare(config)
    polled = pipeline.poll_all(config, prepared.states, log=lambda line: None)
    requests = pipeline.new_requests(config, polled, config.feeds) + list(prepared.retries)
    pages = fetch_and_read(requests, config.fetch)
    stored = pipeline.store_results(
        config, prepared.run_id, [p.outcome for p in polled], pages, channel_refs(config)
    )
    delivery = deliver_pending(config, log=lambda line: None)
    counts = {
        "feeds_polled": len(polled),
        "feeds_failed": sum(1 for p in polled if p.outcome.status in ("failed", "gone")),
        "articles_new": stored.articles,
        "figures_new": stored.figures,
        "alerts_new": len(stored.alert_ids),
        "deliveries_sent": delivery.sent,
        "deliveries_failed": delivery.failed,
    }
    pipeline.finish(config, counts, prepared.run_id)
    assert stored.articles == sum(len(p.entries) for p in polled), "not every article stored"


def serve_feeds(n_feeds: int, n_articles: int) -> tuple[object, list[str]]:
    from tests.support.feeds import Item, page, rss
    from tests.support.server import LoopbackServer

    web = LoopbackServer().start()
    start = datetime(2025, 3, 3, tzinfo=UTC)
    feeds = []
    for f in range(n_feeds):
        items = []
        for a in range(n_articles):
            when = start + timedelta(hours=f * n_articles + a)
            value = 1000 + 100 * (f * n_articles + a)
            text = (
                f"About {value:,} National Guard troops are deployed along the US-Mexico "
                "border, state officials said on Monday."
            )
            title = f"Guard troops at the border, report {f}-{a}"
            link = web.set(f"/{f}/{a}.html", page(title, f"Outlet {f}", when.isoformat(), [text]))
            items.append(Item(link, title, when))
        feeds.append(web.set(f"/{f}/rss.xml", rss(f"Outlet {f}", items), "application/rss+xml"))
    return web, feeds


def write_config(folder: Path, feeds: list[str]) -> Path:
    folder.mkdir(parents=True)
    lines = ['[storage]\ndatabase = "tw.duckdb"\n']
    lines += [f'[[feeds]]\nurl = "{url}"\n' for url in feeds]
    lines.append("[fetch]\nallow_private_hosts = true\nretries = 0\n")
    path = folder / "troopwatch.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def timed(
    reps: int, work: Path, feeds: list[str], name: str, step: Callable[[Path], None]
) -> list[float]:
    times = []
    for rep in range(reps):
        config = write_config(work / f"{name}-{rep}", feeds)  # a fresh database each time
        began = time.perf_counter()
        step(config)
        times.append(time.perf_counter() - began)
    return times


def run_process(args: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{args[1:3]} failed:\n{done.stdout}\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--plain-once", help=argparse.SUPPRESS)  # the cold plain run
    args = parser.parse_args()
    if args.plain_once:
        plain_poll(Path(args.plain_once))
        return

    from troopwatch.prefect_server import PrefectServer

    with tempfile.TemporaryDirectory(prefix="bench-prefect-") as tmp:
        work = Path(tmp)
        os.environ["PREFECT_HOME"] = str(work / "prefect-home")
        os.environ["TMPDIR"] = str(work)
        web, feeds = serve_feeds(args.feeds, args.articles)
        server = PrefectServer(work / "prefect-home").start()
        try:
            os.environ["PREFECT_API_URL"] = server.url
            env = {**os.environ, "COLUMNS": "200"}
            no_server = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
            from troopwatch.cli import main as troopwatch

            def flow(config: Path) -> None:
                with open(os.devnull, "w") as sink:
                    stdout, sys.stdout = sys.stdout, sink
                    try:
                        assert troopwatch(["run", "--config", str(config)]) == 0
                    finally:
                        sys.stdout = stdout

            plain_poll(write_config(work / "warm-up", feeds))  # imports, caches
            flow(write_config(work / "warm-up-flow", feeds))
            plain_cmd = [sys.executable, __file__, "--plain-once"]
            run_cmd = [TROOPWATCH, "run", "--config"]
            rows = {
                "plain": timed(args.reps, work, feeds, "plain", plain_poll),
                "flow": timed(args.reps, work, feeds, "flow", flow),
                "plain, cold": timed(
                    args.reps,
                    work,
                    feeds,
                    "plain-cold",
                    lambda c: run_process([*plain_cmd, str(c)], env),
                ),
                "run, cold": timed(
                    args.reps,
                    work,
                    feeds,
                    "run-cold",
                    lambda c: run_process([*run_cmd, str(c)], env),
                ),
                "run, ephemeral": timed(
                    1,
                    work,
                    feeds,
                    "ephemeral",
                    lambda c: run_process([*run_cmd, str(c)], no_server),
                ),
            }
        finally:
            server.stop()
            web.stop()  # type: ignore[attr-defined]
    report(args, rows)


def report(args: argparse.Namespace, rows: dict[str, list[float]]) -> None:
    articles = args.feeds * args.articles
    median = {name: statistics.median(times) for name, times in rows.items()}
    pairs = [("flow", "plain"), ("run, cold", "plain, cold"), ("run, ephemeral", "plain, cold")]
    comparisons = []
    for prefect, plain in pairs:
        overhead = median[prefect] - median[plain]
        budget = BUDGET_FIXED + BUDGET_SHARE * median[plain]
        comparisons.append(
            {
                "prefect": prefect,
                "plain": plain,
                "ratio": round(median[prefect] / median[plain], 2),
                "overhead_s": round(overhead, 3),
                "budget_s": round(budget, 3),
                "within_budget": overhead <= budget,
            }
        )
    print(f"{args.feeds} feeds x {args.articles} articles = {articles} articles per poll")
    print(f"{'variant':<16}{'median s':>10}{'s/article':>11}   runs")
    for name, times in rows.items():
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"{name:<16}{median[name]:>10.2f}{median[name] / articles:>11.3f}   {runs}")
    print()
    print(f"{'prefect vs plain':<32}{'ratio':>7}{'overhead s':>12}{'budget s':>10}  ok")
    for c in comparisons:
        label = f"{c['prefect']} / {c['plain']}"
        print(
            f"{label:<32}{c['ratio']:>7.2f}{c['overhead_s']:>12.2f}{c['budget_s']:>10.2f}"
            f"  {'yes' if c['within_budget'] else 'NO'}"
        )
    RESULTS.write_text(
        json.dumps(
            {
                "feeds": args.feeds,
                "articles_per_feed": args.articles,
                "repetitions": args.reps,
                "budget": f"{BUDGET_FIXED} s + {BUDGET_SHARE:.0%} of the plain time per run",
                "seconds": {name: [round(t, 3) for t in times] for name, times in rows.items()},
                "median_s": {name: round(m, 3) for name, m in median.items()},
                "comparisons": comparisons,
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
