"""`make eval`: the detector's scores on dev, dev2-tune and dev2-check, and on the desk's
labels checked in under evaluation/desk_labels/ (the set "desk"), then the alert replay of
each (evaluation/replay.py): how many of the alerts a desk would get are right.

usage: python -m evaluation
"""

from __future__ import annotations

import sys

from evaluation.replay import CAUSES, named_sets, replay
from evaluation.score import scores
from evaluation.sets import EVAL, desk_set, labelled_sets

COLUMNS = (
    ("relevance", "relevance"),
    ("value_f1", "value F1"),
    ("tuple_f1", "tuple F1"),
    ("force_acc", "force"),
    ("status_acc", "status"),
    ("by_acc", "by"),
    ("series_f1", "series F1"),
    ("spanish_recognised", "Spanish recognised"),
)


def main() -> int:
    if not EVAL.exists():
        print(f"the labelled sets are not at {EVAL}", file=sys.stderr)
        return 2
    print("| set | passages | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for name, gold in {**labelled_sets(), **desk_set()}.items():
        row = scores(gold)
        cells = " | ".join(f"{row[key]:.3f}" for key, _ in COLUMNS)
        print(f"| {name} | {len(gold)} | {cells} |")
    print()
    print_replays()
    return 0


def print_replays() -> None:
    print(
        "| replay | passages replayed (dated) | alerts | gold alerts | precision | recall"
        " | figure-right precision | " + " | ".join(CAUSES) + " |"
    )
    print("|---|---|---|---|---|---|---|" + "---|" * len(CAUSES))
    for name, gold in named_sets().items():
        r = replay(gold.values())
        causes = " | ".join(str(r.causes[cause]) for cause in CAUSES)
        print(
            f"| {name} | {r.passages - r.undated} of {r.passages} | {r.sent} | {r.gold_sent}"
            f" | {r.precision:.3f}"
            f" | {r.recall:.3f} | {r.figure_precision:.3f} | {causes} |"
        )


if __name__ == "__main__":
    sys.exit(main())
