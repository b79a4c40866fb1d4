"""The desk's commands: `troopwatch figures` to list, dismiss, fix, confirm, set aside, add
and export figures, `troopwatch stories` to list stories and judge whether each is about the
border, and the open conflicts under `troopwatch series`."""

from __future__ import annotations

import argparse
import getpass
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.errors import TroopwatchError
from extractors.model import FORCES, QUALIFIERS, STATUSES
from flows.config import Config, config_path, load_config

if TYPE_CHECKING:
    from warehouse.corrections import Corrected, Fix, Missed
    from warehouse.db import Connection
    from warehouse.records import ChannelRef

ACTIONS = ("dismiss", "fix", "confirm", "aside", "add", "export-labels")
VERBS = {"dismiss": "dismissed", "fix": "corrected", "confirm": "confirmed", "aside": "set aside"}
VERDICTS = ("relevant", "not-relevant")
_BY = re.compile(r"us_federal|mexico|unclear|state:[A-Z]{2}")


def add_arguments(figures: argparse.ArgumentParser) -> None:
    figures.add_argument("action", nargs="?", choices=ACTIONS, help="what to do (default: list)")
    figures.add_argument(
        "target",
        nargs="?",
        help="a figure id (dismiss, fix, confirm, aside), a story's link (add) or a file (export)",
    )
    figures.add_argument("--limit", type=int, default=50, help="figures listed (default 50)")
    figures.add_argument(
        "--least-sure",
        action="store_true",
        help="list the figures whose status the detector is least sure of first: the ones to check",
    )
    figures.add_argument("--reason", help="why, in the desk's words (required to dismiss)")
    figures.add_argument(
        "--story",
        action="store_true",
        help="dismiss: the figure's whole story is not about the border",
    )
    figures.add_argument("--who", help="who corrects (default: the login name)")
    figures.add_argument("--value", type=int, help="fix, add: the right number of people")
    figures.add_argument("--force", choices=FORCES, help="fix, add: the right force")
    figures.add_argument("--status", choices=STATUSES, help="fix, add: the right status")
    figures.add_argument(
        "--by", help="fix, add: who deploys (us_federal, state:XX, mexico, unclear)"
    )
    figures.add_argument(
        "--qualifier",
        choices=QUALIFIERS,
        help="fix, add: exact, approx (about), upper (up to), lower (at least); add's default"
        " is exact",
    )
    figures.add_argument("--evidence", help="add: the story's own words for the figure")


def add_story_arguments(stories: argparse.ArgumentParser) -> None:
    stories.add_argument(
        "verdict",
        nargs="?",
        choices=VERDICTS,
        help="the story at LINK is about the border, or not, whatever was read (default: list)",
    )
    stories.add_argument("link", nargs="?", help="the story's link (see the list)")
    stories.add_argument("--limit", type=int, default=50, help="stories listed (default 50)")
    stories.add_argument(
        "--not-relevant",
        action="store_true",
        help="list only the stories read as not about the border, the closest calls first:"
        " where a missed one hides",
    )
    stories.add_argument("--reason", help="why, in the desk's words (required)")
    stories.add_argument("--who", help="who judges (default: the login name)")


def stories(args: argparse.Namespace) -> int:
    """List the stories read, or judge one by its link."""
    config = load_config(config_path(args.config))
    if args.verdict is None:
        from troopwatch.tables import show
        from warehouse import reports
        from warehouse.db import reading

        with reading(config.database, config.lock_timeout) as con:
            show(*reports.story_list(con, args.limit, args.not_relevant))
        return 0
    if args.link is None:
        raise TroopwatchError(f"stories {args.verdict} needs a story's link")
    if not args.reason:
        raise TroopwatchError(f"stories {args.verdict} needs --reason: say why, for the record")
    return _judge(config, args.link, args.verdict == "relevant", args)


def _judge(config: Config, link: str, about: bool, args: argparse.Namespace) -> int:
    from warehouse import corrections

    return _as_the_desk(
        config,
        args,
        lambda con, who, channels: corrections.judge_story(
            con, link, about, args.reason, who, channels
        ),
        f"the story at {link} judged {'about' if about else 'not about'} the border",
    )


def figures(args: argparse.Namespace) -> int:
    config = load_config(config_path(args.config))
    if args.action is None:
        return _list(config, args.limit, args.least_sure)
    if args.target is None:
        what = {"export-labels": "a file", "add": "a story's link"}.get(args.action, "a figure id")
        raise TroopwatchError(f"figures {args.action} needs {what}")
    if args.action == "export-labels":
        return _export(config, Path(args.target))
    if args.action == "add":
        return _add(config, args)
    return _correct(config, args)


def series(args: argparse.Namespace) -> int:
    """Every series' history, then the conflicts still open."""
    from troopwatch.tables import show
    from warehouse import reports
    from warehouse.db import reading

    config = load_config(config_path(args.config))
    with reading(config.database, config.lock_timeout) as con:
        history = reports.series_history(con)
        conflicts = reports.open_conflicts(con)
    show(*history)
    if conflicts[1]:
        show(*conflicts, title="Open conflicts: outlets disagree")
    return 0


def _list(config: Config, limit: int, least_sure: bool) -> int:
    from troopwatch.tables import show
    from warehouse import reports
    from warehouse.db import reading

    with reading(config.database, config.lock_timeout) as con:
        show(*reports.figure_list(con, limit, least_sure))
    return 0


def _correct(config: Config, args: argparse.Namespace) -> int:
    from warehouse import corrections

    figure_id = _figure_id(args.target)
    if args.story and args.action != "dismiss":
        raise TroopwatchError("--story goes with dismiss: the story is not about the border")
    fix = None
    if args.action == "dismiss":
        if not args.reason:
            raise TroopwatchError("figures dismiss needs --reason: say why, for the record")
    elif args.action in ("confirm", "aside"):
        # a fix that changes nothing: right as read, in the news or beside it
        fix = corrections.Fix(aside=args.action == "aside")
        if _fix_options(args).changes():
            raise TroopwatchError(
                f"figures {args.action} changes nothing else; to correct it, use fix"
            )
    else:
        fix = _fix(args)
    if args.story and fix is None:
        return _as_the_desk(
            config,
            args,
            lambda con, who, channels: corrections.dismiss_story(
                con, figure_id, args.reason, who, channels
            ),
            f"the story of figure {figure_id} dismissed as not about the border",
        )
    return _as_the_desk(
        config,
        args,
        lambda con, who, channels: corrections.correct(
            con, figure_id, fix, args.reason, who, channels
        ),
        f"figure {figure_id} {VERBS[args.action]}",
    )


def _add(config: Config, args: argparse.Namespace) -> int:
    from warehouse import corrections

    missed = _missed(args)
    return _as_the_desk(
        config,
        args,
        lambda con, who, channels: corrections.add(
            con, args.target, missed, args.reason, who, channels
        ),
        f"figure added to {args.target}",
    )


def _as_the_desk(
    config: Config,
    args: argparse.Namespace,
    act: Callable[[Connection, str, Sequence[ChannelRef]], Corrected],
    what: str,
) -> int:
    """Do one correction in the database (`what` says what it did), then send the
    correction alerts it queued."""
    from flows.deliver import channel_refs
    from warehouse.db import migrate, writing

    channels = channel_refs(config)
    who = args.who or getpass.getuser()
    migrate(config.database, config.lock_timeout)
    with writing(config.database, config.lock_timeout) as con:
        done = act(con, who, channels)
    return _delivered(config, done, what)


def _delivered(config: Config, done: Corrected, what: str) -> int:
    """Send the corrections queued, and say what was done."""
    from flows.deliver import deliver_pending

    if not done.alert_ids:
        print(f"{what}; its series' current value did not change")
        return 0
    report = deliver_pending(config, log=lambda line: print(f"warning: {line}"))
    print(
        f"{what}; {len(done.alert_ids)} correction(s) queued,"
        f" {report.sent} message(s) delivered, {report.failed} failed"
    )
    return 0


def _figure_id(text: str) -> int:
    try:
        return int(text.lstrip("#"))
    except ValueError as exc:
        raise TroopwatchError(f"{text!r} is not a figure id (see `troopwatch figures`)") from exc


def _fix(args: argparse.Namespace) -> Fix:
    fix = _fix_options(args)
    if not fix.changes():
        raise TroopwatchError("figures fix needs --value, --force, --status, --by or --qualifier")
    return fix


def _missed(args: argparse.Namespace) -> Missed:
    from warehouse.corrections import Missed

    fix = _fix_options(args)
    if None in (fix.value, fix.force, fix.status, fix.by) or not args.evidence:
        raise TroopwatchError(
            "figures add needs --value, --force, --status, --by and --evidence (the story's"
            " own words for the figure)"
        )
    qualifier = args.qualifier or "exact"
    return Missed(args.value, args.force, args.status, args.by, qualifier, args.evidence)


def _fix_options(args: argparse.Namespace) -> Fix:
    from warehouse.corrections import Fix

    if args.by is not None and not _BY.fullmatch(args.by):
        raise TroopwatchError(
            f"--by {args.by!r}: use us_federal, state:XX (two capital letters), mexico or unclear"
        )
    if args.value is not None and args.value <= 0:
        raise TroopwatchError(f"--value {args.value}: a number of people is positive")
    return Fix(args.value, args.force, args.status, args.by, args.qualifier)


def _export(config: Config, path: Path) -> int:
    from warehouse.db import reading
    from warehouse.reports import label_records

    with reading(config.database, config.lock_timeout) as con:
        records = label_records(con)
    try:
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise TroopwatchError(f"{path}: cannot write: {exc}") from exc
    print(f"{len(records)} article(s) the desk checked written to {path}")
    return 0
