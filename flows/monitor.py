"""Monitoring messages: a feed down for N polls in a row, its recovery, a run that failed.

One message per change of state, to the channels tagged `ops` (every channel when none
is). What has been announced is kept in `<database>.monitor.json` beside the database,
so that a run which cannot open the database can still tell whether its failure is news.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from flows.config import Channel, Config
from flows.deliver import ChannelUnavailable, channel_url, send_notice
from warehouse.db import reading
from warehouse.health import failure_streaks

Log = Callable[[str], None]
OPS_TAG = "ops"


@dataclass(frozen=True)
class State:
    """What the desk has been told: feeds announced as down, and whether runs are failing."""

    down: frozenset[str] = frozenset()
    run_failed: bool = False


def state_path(config: Config) -> Path:
    return config.database.with_name(config.database.name + ".monitor.json")


def load_state(config: Config) -> State:
    try:
        data = json.loads(state_path(config).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State()
    return State(frozenset(data.get("down", [])), bool(data.get("run_failed", False)))


def save_state(config: Config, state: State) -> None:
    """Written whole to a temporary file, then renamed over the old one."""
    path = state_path(config)
    temporary = path.with_name(path.name + ".tmp")
    data = {"down": sorted(state.down), "run_failed": state.run_failed}
    temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def feed_notices(
    state: State, streaks: dict[str, tuple[int, str | None]], threshold: int
) -> tuple[list[str], State]:
    """The messages this run's feed health calls for, and the state after them."""
    notices = []
    down = set(state.down)
    for url, (streak, error) in sorted(streaks.items()):
        if streak >= threshold and url not in down:
            down.add(url)
            reason = f" (last error: {error})" if error else ""
            notices.append(f"feed down: {url} has failed {streak} polls in a row{reason}")
        elif streak == 0 and url in down:
            down.discard(url)
            notices.append(f"feed recovered: {url} was polled successfully again")
    down &= set(streaks)  # a feed removed from the config is no longer watched
    return notices, State(frozenset(down), state.run_failed)


def after_run(config: Config, log: Log) -> int:
    """After a completed run: feed changes, and the end of a run of failures; messages sent."""
    state = load_state(config)
    with reading(config.database, config.lock_timeout) as con:
        streaks = failure_streaks(con)
    notices, state = feed_notices(state, streaks, config.feed_down_after)
    if state.run_failed:
        notices.append("runs complete again")
        state = State(state.down, run_failed=False)
    save_state(config, state)
    return announce(config, notices, log)


def run_failed(config: Config, reason: str, log: Log) -> int:
    """A run failed outright; the desk hears about it when the previous run had not."""
    state = load_state(config)
    if state.run_failed:
        return 0
    try:
        save_state(config, State(state.down, run_failed=True))
    except OSError as exc:  # the database's folder itself may be what is broken
        log(f"monitoring state not saved beside {config.database}: {exc}")
    return announce(config, [f"a run failed: {reason}"], log)


def ops_channels(channels: Iterable[Channel]) -> list[Channel]:
    channels = list(channels)
    tagged = [c for c in channels if OPS_TAG in c.tags]
    return tagged or channels


def announce(config: Config, notices: list[str], log: Log) -> int:
    """Send each notice to the ops channels; a failure is logged (masked), never raised."""
    sent = 0
    for notice in notices:
        log(f"monitoring: {notice}")
        for channel in ops_channels(config.channels):
            try:
                error = send_notice(channel_url(channel), "troopwatch monitoring", notice)
            except ChannelUnavailable as exc:
                error = f"monitoring message not delivered: {exc}"
            if error:
                log(error)
            else:
                sent += 1
    return sent
