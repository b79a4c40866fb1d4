"""Backfill from a WARC archive against the floor it wraps, on one machine and on Dask.

The archive: the 400 corpus pages five times under new URLs (as a news crawl holds many
pages about other things), plus 40 border stories written here, each with a figure:
2,040 records. Every number is measured in this run, as a ratio against a baseline:

1. floor       bare trafilatura.extract with metadata over the same 2,040 pages, one core
2. backfill    `troopwatch backfill ARCHIVE` on a fresh database: its work beyond the
               fixed start-up of a backfill (one over an empty folder), in pages/s,
               against the floor; the pre-check skips the pages that name no personnel
3. Dask        the same backfill with `--dask-address` on a two-worker LocalCluster,
               against the single process (beyond each one's own start-up)
4. memory      peak RSS of the largest process, a backfill of one fifth of the archive
               against the whole archive: flat when records are streamed

usage: python -m bench.bench_backfill [--quick]   (writes bench/results_backfill.json)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import trafilatura  # noqa: E402
from distributed import LocalCluster  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from extractors.precheck import might_matter  # noqa: E402
from tests.support.feeds import page  # noqa: E402
from tests.support.warc import Capture, write_warc  # noqa: E402
from troopwatch.prefect_server import PrefectServer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "html"
RESULTS = ROOT / "bench" / "results_backfill.json"
TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))
COPIES = 5
OWN_STORIES = 40
WHEN = datetime(2019, 1, 7, tzinfo=UTC)

FORCES = ("National Guard troops", "active-duty troops", "Border Patrol agents", "soldiers")
VERBS = (
    "are now deployed along the US-Mexico border",
    "have been ordered to the southern border",
    "will be sent to the border with Mexico",
)
BACKGROUND = (
    "Residents in the border towns said they had noticed more convoys on the highway in "
    "recent weeks. Local businesses reported a rise in customers near the staging areas. "
    "A county commissioner said the arrangement would be reviewed at the end of the month, "
    "and community groups asked for a public meeting to discuss the plans in detail. "
)


def corpus_pages(quick: bool) -> list[bytes]:
    if not CORPUS.is_dir():
        raise SystemExit(f"the page corpus is not at {CORPUS} (shared corpora folder)")
    pages = [path.read_bytes() for path in sorted(CORPUS.glob("*.html"))]
    return pages[:100] if quick else pages


def own_stories() -> list[bytes]:
    """Border stories of our own words, each reporting one figure."""
    stories = []
    for n in range(OWN_STORIES):
        when = WHEN + timedelta(days=3 * n)
        sentence = (
            f"About {1200 + 50 * n:,} {FORCES[n % len(FORCES)]} {VERBS[n % len(VERBS)]}, "
            f"officials said on {when:%A}."
        )
        title = f"Border deployment update {n + 1}"
        html = page(title, "Frontier Dispatch", when.isoformat(), [sentence, *[BACKGROUND] * 6])
        stories.append(html.encode())
    return stories


def archive(folder: Path, corpus: list[bytes], stories: list[bytes], copies: int) -> Path:
    captures = [
        Capture(f"http://crawl.example/{copy}/{n}.html", body)
        for copy in range(copies)
        for n, body in enumerate(corpus)
    ]
    captures += [Capture(f"http://dispatch.example/{n}.html", b) for n, b in enumerate(stories)]
    return write_warc(folder / f"news-{copies}.warc.gz", captures, requests=False)


def floor_seconds(corpus: list[bytes], stories: list[bytes], copies: int) -> float:
    """Seconds of bare trafilatura.extract with metadata over the archive's pages: each
    distinct page once, its time counted as many times as the archive holds it."""
    began = time.perf_counter()
    for html in corpus:
        trafilatura.extract(html, with_metadata=True)
    corpus_s = time.perf_counter() - began
    began = time.perf_counter()
    for html in stories:
        trafilatura.extract(html, with_metadata=True)
    return copies * corpus_s + (time.perf_counter() - began)


def backfill(
    folder: Path, source: Path, env: dict[str, str], dask: str | None = None
) -> tuple[float, int]:
    """Wall seconds of one `troopwatch backfill` on a fresh database, and the peak RSS (KB)
    of its largest process."""
    folder.mkdir(parents=True)
    config = folder / "troopwatch.toml"
    config.write_text('[storage]\ndatabase = "tw.duckdb"\n', encoding="utf-8")
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.stderr.write(done.stderr[-3000:] if done.returncode else '')\n"
        "sys.exit(done.returncode)\n"
    )
    command = [TROOPWATCH, "backfill", "--config", str(config), str(source)]
    command += ["--dask-address", dask] if dask else []
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - began
    if done.returncode:
        raise SystemExit(f"troopwatch backfill failed:\n{done.stderr}")
    return seconds, int(done.stdout.split()[-1])


def measure(quick: bool, work: Path, env: dict[str, str]) -> dict[str, float]:
    corpus, stories = corpus_pages(quick), own_stories()
    whole = archive(work, corpus, stories, COPIES)
    fifth = archive(work, corpus, stories, 1)
    empty = work / "empty"
    empty.mkdir()
    records = COPIES * len(corpus) + len(stories)
    results: dict[str, float] = {"records": records, "archive_mb": whole.stat().st_size / 1e6}
    results["prechecked_out"] = sum(1 for html in corpus if not might_matter(html)) * COPIES
    floor_s = floor_seconds(corpus, stories, COPIES)
    results["floor_pages_per_s"] = records / floor_s
    # Start-up is taken twice around the run and the shorter kept (the conservative side:
    # the run's own work is then counted longer).
    startup, _ = backfill(work / "startup", empty, env)
    seconds, peak_kb = backfill(work / "whole", whole, env)
    startup = min(startup, backfill(work / "startup-2", empty, env)[0])
    _, fifth_kb = backfill(work / "fifth", fifth, env)
    results |= {
        "startup_s": startup,
        "backfill_s": seconds,
        "backfill_pages_per_s": records / (seconds - startup),
        "memory_whole_mb": peak_kb / 1024,
        "memory_fifth_mb": fifth_kb / 1024,
        "fifth_records": len(corpus) + len(stories),
    }
    results["backfill_vs_floor"] = results["backfill_pages_per_s"] / results["floor_pages_per_s"]
    results["memory_whole_vs_fifth"] = peak_kb / fifth_kb
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        address = cluster.scheduler_address
        # A cluster is long-lived: its workers' first Prefect task run (their client, their
        # imports) is paid once, by an untimed backfill of the 40 stories alone.
        backfill(work / "dask-warm-up", archive(work, [], stories, 0), env, address)
        dask_startup, _ = backfill(work / "dask-startup", empty, env, address)
        dask_s, _ = backfill(work / "dask-whole", whole, env, address)
        dask_startup = min(dask_startup, backfill(work / "dask-startup-2", empty, env, address)[0])
    results |= {
        "dask_startup_s": dask_startup,
        "dask_s": dask_s,
        "dask_pages_per_s": records / (dask_s - dask_startup),
    }
    results["dask_vs_single"] = results["dask_pages_per_s"] / results["backfill_pages_per_s"]
    return results


def run_all(quick: bool) -> dict[str, float]:
    """Every measure, with a Prefect server of its own (as a deployment has)."""
    with tempfile.TemporaryDirectory(prefix="troopwatch-bench-backfill-") as tmp:
        work = Path(tmp)
        server = PrefectServer(work / "prefect-home").start()
        # The Dask workers start from this process's environment and report to the server.
        os.environ["PREFECT_HOME"] = str(work / "prefect-home")
        os.environ["PREFECT_API_URL"] = server.url
        try:
            return measure(quick, work, dict(os.environ))
        finally:
            server.stop()


def report(results: dict[str, float]) -> None:
    table = Table("measure", "value", "target", "met", title="troopwatch backfill bench")
    ratio = results["backfill_vs_floor"]
    rows = [
        (
            f"floor: trafilatura.extract with metadata, 1 core, {results['records']:,.0f} pages",
            f"{results['floor_pages_per_s']:.1f} pages/s",
            "",
            "",
        ),
        (
            f"backfill of a {results['archive_mb']:.0f} MB WARC, {results['records']:,.0f} "
            f"records ({results['prechecked_out']:,.0f} screened out), beyond start-up",
            f"{results['backfill_pages_per_s']:.1f} pages/s = {ratio:.2f}× floor",
            "≥ 5×",
            "yes" if ratio >= 5 else "NO",
        ),
        ("fixed start-up of a backfill, Prefect server running", f"{results['startup_s']:.2f} s"),
        (
            "the same on a two-worker Dask LocalCluster, beyond its start-up",
            f"{results['dask_pages_per_s']:.1f} pages/s = "
            f"{results['dask_vs_single']:.2f}× the single process",
            "parity on 2 cores",
            "",
        ),
        (
            f"peak RSS: {results['records']:,.0f} records vs {results['fifth_records']:,.0f}",
            f"{results['memory_whole_mb']:.0f} MB vs {results['memory_fifth_mb']:.0f} MB "
            f"= {results['memory_whole_vs_fifth']:.2f}×",
            "flat (≤ 1.2×)",
            "yes" if results["memory_whole_vs_fifth"] <= 1.2 else "NO",
        ),
    ]
    for row in rows:
        table.add_row(*row, *[""] * (4 - len(row)))
    Console(width=140).print(table)


def bench(quick: bool) -> None:
    """Measure, print the table, and keep the results of a full run."""
    results = run_all(quick)
    out = {"quick": quick, "measured_at": datetime.now(UTC).isoformat(), **results}
    if not quick:
        RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    report(results)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 corpus pages instead of 400")
    bench(parser.parse_args().quick)


if __name__ == "__main__":
    main()
