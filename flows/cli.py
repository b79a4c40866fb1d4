"""The `troopwatch` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]


def _extract(args: argparse.Namespace) -> int:
    from flows import extract_jsonl

    if args.file in (None, "-"):
        extract_jsonl.run(sys.stdin, sys.stdout)
    else:
        with Path(args.file).open(encoding="utf-8") as source:
            extract_jsonl.run(source, sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="troopwatch",
        description="Track reported troop deployments to the US-Mexico border in news feeds.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="detect figures in JSONL passages")
    extract.add_argument("file", nargs="?", help="JSONL file (default: stdin)")
    extract.set_defaults(handler=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
