"""The `troopwatch` command."""

from __future__ import annotations

import argparse
import atexit
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from extractors.errors import TroopwatchError
from flows.config import Config, config_path, load_config
from troopwatch import desk

Handler = Callable[[argparse.Namespace], int]
DEFAULT_REPORT = "troopwatch-report.html"


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path(args.config))


def _run(args: argparse.Namespace) -> int:
    from flows.deliver import channel_refs
    from warehouse.db import migrate

    config = _config(args)
    channel_refs(config)  # checked before Prefect starts, so that these fail in one line
    try:
        migrate(config.database, config.lock_timeout)
    except TroopwatchError as exc:
        from flows import monitor

        # The error below is the one line this command prints; the ops channels hear it too.
        monitor.run_failed(config, str(exc), log=lambda line: None)
        raise
    from flows.poll import poll_feeds
    from troopwatch.summary import print_run

    print_run(poll_feeds(str(config.path), migrated=True))
    return 0


def _backfill(args: argparse.Namespace) -> int:
    from flows.archives import check_sources
    from warehouse.db import migrate

    config = _config(args)
    sources = [Path(source) for source in args.sources]
    check_sources(sources)  # checked before Prefect starts, so that these fail in one line
    migrate(config.database, config.lock_timeout)
    from flows.backfill import run_backfill
    from troopwatch.summary import print_backfill

    print_backfill(run_backfill(config.path, sources, args.dask_address))
    return 0


def _sql(args: argparse.Namespace) -> int:
    from troopwatch.tables import show
    from warehouse.db import reading
    from warehouse.reports import query

    config = _config(args)
    with reading(config.analyst_copy, config.lock_timeout) as con:
        try:
            columns, rows = query(con, args.query)
        except Exception as exc:  # noqa: BLE001  DuckDB's message names the problem
            raise TroopwatchError(f"query failed: {str(exc).splitlines()[0]}") from exc
    if columns:
        show(columns, rows)
    return 0


def _export(args: argparse.Namespace) -> int:
    from warehouse.analytics import export_parquet

    config = _config(args)
    written = export_parquet(config.analyst_copy, Path(args.dir), config.lock_timeout)
    print(f"wrote {len(written)} Parquet files to {args.dir}")
    return 0


def _listing(name: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        from troopwatch.tables import show
        from warehouse import reports
        from warehouse.db import reading

        config = _config(args)
        with reading(config.database, config.lock_timeout) as con:
            columns, rows = getattr(reports, name)(con)
        show(columns, rows)
        return 0

    return handler


def _alerts(args: argparse.Namespace) -> int:
    if args.retry or args.reroute:
        from flows.deliver import channel_refs, deliver_pending

        config = _config(args)
        channel_refs(config)
        if args.reroute:
            from flows.deliver import reroute

            print(f"rerouted: {reroute(config)} deliveries queued for the channels configured now")
        report = deliver_pending(
            config, force=True, log=lambda line: print(f"warning: {line}", file=sys.stderr)
        )
        print(f"delivered {report.sent}, failed {report.failed}")
        return 0 if report.failed == 0 else 1
    return _listing("alert_list")(args)


def _feeds(args: argparse.Namespace) -> int:
    if args.opml:
        from troopwatch.opml import import_opml

        print(import_opml(Path(args.opml)), end="")
        return 0
    return _listing("feed_health")(args)


def _extract(args: argparse.Namespace) -> int:
    from troopwatch import extract_jsonl

    if args.file in (None, "-"):
        extract_jsonl.run(sys.stdin, sys.stdout)
    else:
        with Path(args.file).open(encoding="utf-8") as source:
            extract_jsonl.run(source, sys.stdout)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from troopwatch.demo import run_demo

    return run_demo(Path(args.dir))


def _report(args: argparse.Namespace) -> int:
    from troopwatch.report import write_report
    from warehouse.db import migrate

    config = _config(args)
    if config.database.exists():  # a database an older version wrote is brought up to date
        migrate(config.database, config.lock_timeout)
    out = Path(args.out) if args.out else config.report or Path(DEFAULT_REPORT)
    print(write_report(config.database, out, config.lock_timeout))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from troopwatch.serve import serve

    config = _config(args)
    return serve(config, cron=args.cron)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="troopwatch",
        description="Track reported troop deployments to the US-Mexico border in news feeds.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, handler: Handler, help_: str, config: bool = True
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_, description=help_)
        if config:
            sub.add_argument(
                "--config",
                help="TOML configuration (default: $TROOPWATCH_CONFIG, else ./troopwatch.toml)",
            )
        sub.set_defaults(handler=handler)
        return sub

    command("run", _run, "poll every feed once, store figures, deliver alerts")
    backfill = command(
        "backfill", _backfill, "store the figures of news archives (WARC files, saved pages)"
    )
    backfill.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a .warc or .warc.gz file, or a folder"
    )
    backfill.add_argument(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        help="read pages on this Dask cluster's workers (its scheduler's address)",
    )
    sql = command("sql", _sql, "run a read-only SQL query on the analyst copy of the database")
    sql.add_argument("query")
    export = command("export", _export, "write every table and view of the analyst copy")
    export.add_argument("--format", choices=["parquet"], default="parquet", help="parquet")
    export.add_argument("dir", help="folder for the files (one per table or view)")
    feeds = command("feeds", _feeds, "show feed health, or convert an OPML list to [[feeds]]")
    feeds.add_argument("action", nargs="?", choices=["import"], help="import an OPML file")
    feeds.add_argument("opml", nargs="?", help="OPML file to import")
    alerts = command("alerts", _alerts, "list alerts and their delivery")
    alerts.add_argument("--retry", action="store_true", help="deliver every pending alert now")
    alerts.add_argument(
        "--reroute",
        action="store_true",
        help="with --retry: hand alerts waiting for a channel no longer configured to the"
        " channels configured now (by their tags)",
    )
    command("series", desk.series, "show each series' history of figures and open conflicts")
    desk.add_arguments(
        command("figures", desk.figures, "list recent figures; check, correct, add or export them")
    )
    desk.add_story_arguments(
        command("stories", desk.stories, "list stories read; judge one about the border or not")
    )
    report = command("report", _report, "write the HTML report: a timeline per series")
    report.add_argument(
        "--out", help=f"HTML file (default: [report] path, else ./{DEFAULT_REPORT})"
    )
    serve = command("serve", _serve, "run the poll on a schedule on this machine (Ctrl-C stops)")
    serve.add_argument("--cron", default="*/15 * * * *", help="schedule (default: every 15 min)")
    demo = command("demo", _demo, "run the offline demo over the bundled sample corpus", False)
    demo.add_argument("--dir", default="demo-data", help="where the demo's database goes")
    extract = command("extract", _extract, "detect figures in JSONL passages", False)
    extract.add_argument("file", nargs="?", help="JSONL file (default: stdin)")
    return parser


def stop_prefect_loops(timeout: float = 5.0) -> None:
    """Stop Prefect's two event-loop threads and wait for them.

    They are daemon threads that Prefect leaves running at exit. The interpreter's
    teardown then runs beside two live event loops, and DuckDB's bindings (nanobind)
    find objects of theirs still alive at the end and print a "leaked instances"
    report that reads like a crash. Registered first, this runs after Prefect's own exit
    handlers (which flush logs and events through these loops) and before teardown.
    """
    threads = sys.modules.get("prefect._internal.concurrency.threads")
    if threads is None:  # Prefect never started: nothing to stop
        return
    for loop in (threads._global_loop, threads._run_sync_loop):
        if loop is not None and loop.thread.is_alive():
            loop.shutdown()
            loop.thread.join(timeout)


@functools.cache  # once per process, before Prefect registers its own exit handlers
def _stop_prefect_loops_at_exit() -> None:
    atexit.register(stop_prefect_loops)


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    _stop_prefect_loops_at_exit()
    args = build_parser().parse_args(argv)
    if args.command == "feeds" and args.action == "import" and not args.opml:
        print("troopwatch: feeds import needs an OPML file", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    try:
        return handler(args)
    except TroopwatchError as exc:
        print(f"troopwatch: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
