"""Deliver the outbox with apprise: mark sent only on success, back off on failure."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import apprise
from apprise.plugins.custom_json import NotifyJSON

from flows import messages
from flows.config import Channel, Config
from flows.errors import ConfigError
from warehouse import outbox
from warehouse.db import writing
from warehouse.records import AlertView, ChannelRef, Delivery

Log = Callable[[str], None]
SECRET_PREFIX = "prefect-secret:"
_BLOCK_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")  # what Prefect accepts as a block name


@dataclass(frozen=True)
class DeliveryReport:
    sent: int
    failed: int
    problems: tuple[str, ...]


def channel_refs(config: Config) -> list[ChannelRef]:
    """What the warehouse may store about each channel; an unusable URL is a config error."""
    refs = []
    for index, channel in enumerate(config.channels):
        name = secret_name(channel.url)
        if name is not None:
            if not _BLOCK_NAME.fullmatch(name):
                raise ConfigError(
                    f"{config.path}: alert channel {index + 1}: {name!r} is not a Prefect block"
                    " name (lower-case letters, digits and dashes)"
                )
            # The URL is read at delivery time; the block's name is no secret.
            refs.append(ChannelRef(channel_key(channel.url), channel.url, channel.tags))
            continue
        plugin = _instantiate(channel.url)
        if plugin is None:
            scheme = channel.url.split(":", 1)[0]
            raise ConfigError(
                f"{config.path}: alert channel {index + 1} ({scheme}://…) is not a URL apprise"
                " understands (see notify.urls and TROOPWATCH_NOTIFY_URLS)"
            )
        refs.append(
            ChannelRef(key=channel_key(channel.url), label=_mask(plugin), tags=channel.tags)
        )
    return refs


def secret_name(url: str) -> str | None:
    """NAME for a `prefect-secret:NAME` channel: its URL lives in a Prefect Secret block."""
    return url.removeprefix(SECRET_PREFIX).strip() if url.startswith(SECRET_PREFIX) else None


class ChannelUnavailable(Exception):
    """The channel's URL cannot be had now; its deliveries stay pending, untouched."""


def channel_url(channel: Channel) -> str:
    """The channel's apprise URL; for `prefect-secret:NAME`, read from the block now."""
    name = secret_name(channel.url)
    if name is None:
        return channel.url
    from prefect.blocks.system import Secret

    try:
        value = Secret.load(name).get()  # type: ignore[union-attr]
    except ValueError as exc:
        raise ChannelUnavailable(f"Prefect Secret block {name!r} not found") from exc
    except Exception as exc:  # the API is down, or refused: the message never holds the value
        raise ChannelUnavailable(
            f"Prefect Secret block {name!r} cannot be read ({type(exc).__name__})"
        ) from exc
    if not isinstance(value, str) or _instantiate(value.strip()) is None:
        raise ChannelUnavailable(
            f"Prefect Secret block {name!r} does not hold a URL apprise understands"
        )
    return value.strip()


def _instantiate(url: str) -> apprise.NotifyBase | None:
    """apprise's plugin for a URL. apprise's own log records quote channel URLs, which are
    secrets; troopwatch reports delivery problems itself, masked, so those records stop at
    apprise's logger (set on every use: logging configuration elsewhere may reset it)."""
    logging.getLogger("apprise").propagate = False
    return apprise.Apprise.instantiate(url)


def channel_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _mask(plugin: apprise.NotifyBase) -> str:
    """Scheme and host as apprise prints them with secrets hidden; path and query dropped."""
    masked = str(plugin.url(privacy=True)).split("?", 1)[0]
    scheme, _, rest = masked.partition("://")
    host, slash, _ = rest.partition("/")
    return f"{scheme}://{host}{'/…' if slash else ''}"


def reroute(config: Config) -> int:
    """Queue every orphaned delivery's alert for the channels configured now (by tags)."""
    channels = channel_refs(config)
    with writing(config.database, config.lock_timeout) as con:
        outbox.orphan(con, [c.key for c in channels])  # a rotation no run has noticed yet
        return outbox.reroute(con, channels)


def deliver_pending(config: Config, *, force: bool = False, log: Log = print) -> DeliveryReport:
    """Send every due delivery; one message per alert, or one per channel in digest mode."""
    now = datetime.now(UTC)
    channels = {channel_key(c.url): c for c in config.channels}
    with writing(config.database, config.lock_timeout) as con:
        orphaned = outbox.orphan(con, list(channels))
        pending = outbox.due(con, now, force)
    problems = [
        f"{count} alert(s) wait for {label}, a channel no longer configured; "
        "`troopwatch alerts --retry --reroute` hands them to the channels configured now"
        for label, count in orphaned
    ]
    for problem in problems:  # said by the run that notices: the rows are marked now
        log(problem)
    by_channel: dict[str, list[Delivery]] = defaultdict(list)
    for delivery in pending:
        by_channel[delivery.channel_key].append(delivery)
    results: list[tuple[Delivery, str | None]] = []
    for key, deliveries in by_channel.items():
        channel = channels[key]  # every pending delivery left is for a configured channel
        try:
            url = channel_url(channel)
        except ChannelUnavailable as exc:
            problem = f"{exc}: {len(deliveries)} alert(s) for it stay pending"
            problems.append(problem)
            log(problem)
            continue
        batches = [deliveries] if config.digest else [[d] for d in deliveries]
        for batch in batches:
            error = send(url, [d.alert for d in batch])
            results += [(d, error) for d in batch]
            if error:
                problems.append(error)
                log(error)
    _record(config, results)
    failed = sum(1 for _, error in results if error)
    return DeliveryReport(len(results) - failed, failed, tuple(problems))


def _record(config: Config, results: Sequence[tuple[Delivery, str | None]]) -> None:
    if not results:
        return
    at = datetime.now(UTC)
    with writing(config.database, config.lock_timeout) as con:
        for delivery, error in results:
            if error is None:
                outbox.mark_sent(con, delivery, at)
            else:
                outbox.mark_failed(con, delivery, at, error)


def send(url: str, alerts: list[AlertView]) -> str | None:
    """Send one message; None on success, else why it failed (with the URL masked)."""
    plugin = _instantiate(url)  # a fresh one: reused email objects stall
    if plugin is None:
        return "alert channel is not a URL apprise understands"
    title, body, body_format = _render(plugin, alerts)
    if isinstance(plugin, NotifyJSON):
        plugin.payload_extras["alerts"] = [messages.fields(a) for a in alerts]
    notifier = apprise.Apprise()
    notifier.add(plugin)
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        ok = notifier.notify(body=body, title=title, body_format=body_format)
    if ok:
        return None
    reason = " ".join(captured.getvalue().split()) or "the channel refused the message"
    return f"alert not delivered to {_mask(plugin)}: {reason.replace(url, _mask(plugin))}"


def send_notice(url: str, title: str, body: str) -> str | None:
    """Send one plain-text message; None on success, else why not (the URL masked)."""
    plugin = _instantiate(url)
    if plugin is None:
        return "alert channel is not a URL apprise understands"
    notifier = apprise.Apprise()
    notifier.add(plugin)
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        ok = notifier.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT)
    if ok:
        return None
    reason = " ".join(captured.getvalue().split()) or "the channel refused the message"
    return f"message not delivered to {_mask(plugin)}: {reason.replace(url, _mask(plugin))}"


def _render(
    plugin: apprise.NotifyBase, alerts: list[AlertView]
) -> tuple[str, str, apprise.NotifyFormat]:
    kind = {
        apprise.NotifyFormat.MARKDOWN: "markdown",
        apprise.NotifyFormat.HTML: "html",
    }.get(plugin.notify_format, "text")
    body_format = {"markdown": apprise.NotifyFormat.MARKDOWN, "html": apprise.NotifyFormat.HTML}
    if len(alerts) > 1:
        title, body = messages.digest(alerts, kind)
    else:
        title = messages.subject(alerts[0])
        render = {"markdown": messages.markdown, "html": messages.html_body}
        body = render.get(kind, messages.plain_text)(alerts[0])
    return title, body, body_format.get(kind, apprise.NotifyFormat.TEXT)
