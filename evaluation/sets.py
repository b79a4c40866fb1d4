"""The labelled sets the detector is scored on, and how dev2 was split once.

dev2 was split a single time, before any rule was tuned on it, into a tuning part and a
check part (about a third) that no rule is ever tuned on. Passages were grouped so that no
event and no outlet is on both sides: two passages share a group when they come from the
same outlet (host name) or report the same event (same largest required figure in the
same year); whole groups were then taken, in the order of a hash of the group, until the
check part held a third of the passages. `python -m evaluation.sets` rebuilds the split and
fails if it no longer matches the recorded one.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CHECK_IDS = Path(__file__).with_name("dev2_check_ids.json")
DESK = Path(__file__).with_name("desk_labels")
OWN = ROOT / "tests" / "data"
# Our own rounds that only measure: no rule was tuned on them, no model is trained on them.
# heldout12, 15, 17, 19, 22, 24, 26, 28, 30 and 32 were never tuned on either; they measured
# the rules and the model's first fit, and have trained the status model since.
NEVER_TUNED = frozenset(
    f"heldout{n}"
    for n in (33, 34, 38, 41, 43, 45, 47, 54, 56, 59, 62, 65, 68, 89, 90, 109, 110)
    + (127, 128, 133, 138, 143, 144, 145, 146, 147, 148, 149, 150)
)

Passage = dict[str, Any]


def load(path: Path) -> dict[str, Passage]:
    with path.open(encoding="utf-8") as f:
        rows = (json.loads(line) for line in f if line.strip())
        return {row["id"]: row for row in rows}


def labelled_sets() -> dict[str, dict[str, Passage]]:
    """dev, dev2-tune and dev2-check, by name."""
    dev2 = load(EVAL / "dev2.jsonl")
    check = set(json.loads(CHECK_IDS.read_text()))
    return {
        "dev": load(EVAL / "dev.jsonl"),
        "dev2-tune": {k: v for k, v in dev2.items() if k not in check},
        "dev2-check": {k: v for k, v in dev2.items() if k in check},
    }


def desk_sets(folder: Path = DESK) -> dict[str, dict[str, Passage]]:
    """The articles the desk checked, one set per file of `troopwatch figures export-labels`
    checked in under `folder` ("desk:<file name>"). An article exported again, by its link,
    counts once: in the later file (by name), the desk's later word."""
    files = {f"desk:{path.stem}": load(path) for path in sorted(folder.glob("*.jsonl"))}
    latest = {row["url"]: name for name, rows in files.items() for row in rows.values()}
    return {
        name: {k: row for k, row in rows.items() if latest[row["url"]] == name}
        for name, rows in files.items()
    }


def desk_set(folder: Path = DESK) -> dict[str, dict[str, Passage]]:
    """The desk's files pooled as the set "desk", or no set while none is checked in."""
    pooled = {row["url"]: row for rows in desk_sets(folder).values() for row in rows.values()}
    return {"desk": pooled} if pooled else {}


def own_sets() -> dict[str, dict[str, Passage]]:
    """Our labelled rounds (tests/data/heldout*.jsonl), by name."""
    return {path.stem: load(path) for path in sorted(OWN.glob("heldout*.jsonl"))}


def split(passages: Iterable[Passage]) -> list[str]:
    """The check part's ids: whole groups of passages that share an outlet or an event."""
    rows = list(passages)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for row in rows:
        parent[find(row["id"])] = find("outlet:" + urlparse(row["url"]).netloc.removeprefix("www."))
        values = [f["value"] for f in row["figures"] if not f.get("optional")]
        if values:
            event = f"event:{max(values)}:{(row.get('published') or '')[:4]}"
            parent[find(row["id"])] = find(event)
    groups: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        groups[find(row["id"])].append(row["id"])
    third, check = len(rows) / 3, set[str]()
    for key in sorted(groups, key=lambda k: hashlib.sha1(k.encode()).hexdigest()):
        if len(check) < third and len(check) + len(groups[key]) <= third + 3:
            check.update(groups[key])
    return sorted(check)


def main() -> int:
    recorded = json.loads(CHECK_IDS.read_text())
    rebuilt = split(load(EVAL / "dev2.jsonl").values())
    if rebuilt != recorded:
        print("the split rebuilt from dev2.jsonl differs from the recorded one", file=sys.stderr)
        return 1
    print(f"dev2 check part: {len(recorded)} passages, as recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
