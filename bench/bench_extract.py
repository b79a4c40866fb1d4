"""Passages per second of `detect` on the shared dev set, on one core.

The baseline, timed in the same run over the same texts, is one `re.finditer` pass of a
plain number pattern: the ratio says how many such passes one `detect` call costs.
Writes bench/results_extract.json. Not a test.

usage: python bench/bench_extract.py [--rounds N]
"""

from __future__ import annotations

import json
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.detect import detect  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results_extract.json"
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _passages() -> list[tuple[str, str | None]]:
    with DEV.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["text"], r.get("title")) for r in rows]


def _detect_all(passages: list[tuple[str, str | None]]) -> None:
    for text, title in passages:
        detect(text, title)


def _baseline_all(passages: list[tuple[str, str | None]]) -> None:
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


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 20
    passages = _passages()
    _detect_all(passages)  # warm caches and compiled patterns, as a long-running worker would
    best, median = _best_seconds(lambda: _detect_all(passages), rounds)
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
