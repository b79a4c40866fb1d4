"""`troopwatch extract`: JSONL passages in, JSONL detections out."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from extractors.detect import detect


def detection_record(passage: dict[str, Any]) -> dict[str, Any]:
    """The output line for one input passage."""
    text = passage.get("text")
    title = passage.get("title")
    detection = detect(
        text if isinstance(text, str) else "",
        title if isinstance(title, str) else None,
        _date(passage.get("published")),
    )
    return {
        "id": passage.get("id"),
        "lang": detection.lang,
        "relevant": detection.relevant,
        "score": round(detection.score, 4),
        "figures": [dataclasses.asdict(f) for f in detection.figures] if detection.relevant else [],
    }


def _date(value: Any) -> date | None:
    """The passage's publication date (ISO 8601), or None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def detect_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One record per non-blank line; a line that is not a JSON object is named and skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            passage = json.loads(line)
        except json.JSONDecodeError as exc:
            print(
                f"troopwatch extract: line {number} is not JSON ({exc.msg}); skipped",
                file=sys.stderr,
            )
            continue
        if not isinstance(passage, dict):
            print(
                f"troopwatch extract: line {number} is not a JSON object; skipped", file=sys.stderr
            )
            continue
        yield detection_record(passage)


def run(source: IO[str], sink: IO[str]) -> None:
    for record in detect_lines(source):
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
