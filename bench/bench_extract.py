"""Passages per second of `detect` on the shared dev set, on one core.

The baseline, timed in the same run over the same texts, is one `re.finditer` pass of a
plain number pattern: the ratio says how many such passes one `detect` call costs.
Writes bench/results_extract.json. Not a test.

With `--against DIR`, compares this checkout's detection with another checkout's (say
`git worktree add /tmp/main main`) instead: each pair times the other checkout, then this
one, in fresh processes back to back (the load of a shared machine drifts over minutes), and
the ratio this / other of each pair is printed with their median. Writes nothing.

usage: python bench/bench_extract.py [--rounds N] [--against DIR [--pairs N]]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results_extract.json"
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")

Passages = list[tuple[str, str | None]]


def _passages() -> Passages:
    with DEV.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["text"], r.get("title")) for r in rows]


def _detector(root: Path) -> Callable[[Passages], None]:
    """`detect` over every passage, as the checkout at `root` reads them."""
    sys.path.insert(0, str(root))
    from extractors.detect import detect

    def run(passages: Passages) -> None:
        for text, title in passages:
            detect(text, title)

    return run


def _baseline_all(passages: Passages) -> None:
    for text, _ in passages:
        for _m in _NUMBER.finditer(text):
            pass


def _best_seconds(run: Callable[[], None], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def _measure(root: Path, rounds: int) -> tuple[float, float]:
    """Best and median seconds of one pass of `detect` over the passages."""
    passages, detect_all = _passages(), _detector(root)
    detect_all(passages)  # warm caches and compiled patterns, as a long-running worker would
    return _best_seconds(lambda: detect_all(passages), rounds)


def _report(rounds: int) -> None:
    passages = _passages()
    best, median = _measure(ROOT, rounds)
    base_best, base_median = _best_seconds(lambda: _baseline_all(passages), rounds)
    n, chars = len(passages), sum(len(t) for t, _ in passages)
    results = {
        "passages": n,
        "characters": chars,
        "rounds": rounds,
        "detect_passages_per_s": round(n / median, 1),
        "detect_passages_per_s_best": round(n / best, 1),
        "detect_chars_per_s": round(chars / median),
        "baseline_passages_per_s": round(n / base_median, 1),
        "detect_vs_baseline_slowdown": round(median / base_median, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(f"{'measure':<34}{'value':>14}")
    for key, value in results.items():
        print(f"{key:<34}{value!s:>14}")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _passages_per_s(root: Path, rounds: int) -> float:
    """Median passages per second of the checkout at `root`, timed in a fresh process."""
    command = [sys.executable, __file__, "--rounds", str(rounds), "--measure", str(root)]
    out = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout
    return float(out)


def _compare(other: Path, pairs: int, rounds: int) -> None:
    ratios = []
    for pair in range(1, pairs + 1):
        theirs, ours = _passages_per_s(other, rounds), _passages_per_s(ROOT, rounds)
        ratios.append(ours / theirs)
        print(f"pair {pair}: {other} {theirs:.1f}/s, this {ours:.1f}/s, ratio {ratios[-1]:.3f}")
    print(f"median ratio this / {other}: {statistics.median(ratios):.3f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Passages per second of detection.")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one side of a pair
    args = parser.parse_args(argv)
    if args.measure:
        _best, median = _measure(args.measure, args.rounds)
        print(len(_passages()) / median)
    elif args.against:
        _compare(args.against.resolve(), args.pairs, args.rounds)
    else:
        _report(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
