"""HTTP for feeds and pages: timeouts, size caps, redirects re-checked, private hosts refused."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from flows.config import FetchConfig
from flows.errors import FetchError, NotAPage

MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A response that arrived whole: final URL, status (200 or 304), headers and body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes


def new_client(config: FetchConfig) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(config.timeout),
        headers={"User-Agent": config.user_agent},
        follow_redirects=False,
        trust_env=False,
    )


def fetch(
    client: httpx.Client,
    url: str,
    config: FetchConfig,
    *,
    headers: dict[str, str] | None = None,
    accept: tuple[str, ...] = (),
) -> Fetched:
    """GET `url`, following redirects by hand so that every hop passes the address check.

    `accept` lists content-type prefixes worth downloading; anything else is refused
    before its body is read.
    """
    for _ in range(MAX_REDIRECTS + 1):
        check_address(url, config.allow_private_hosts)
        try:
            with client.stream("GET", url, headers=headers or {}) as response:
                if response.status_code in REDIRECTS:
                    url = _next_hop(url, response)
                    continue
                _raise_for_status(url, response)
                _check_type(url, response, accept)
                body = _read_capped(url, response, config)
                return Fetched(url, response.status_code, dict(response.headers), body)
        except httpx.TimeoutException as exc:
            message = f"{url}: no answer within {config.timeout:g} s"
            raise FetchError(message, transient=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}", transient=True) from exc
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", transient=False)


def check_address(url: str, allow_private: bool) -> None:
    """Refuse non-HTTP schemes, and hosts that resolve to non-public addresses unless allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched", transient=False)
    if not parts.hostname:
        raise FetchError(f"{url}: no host in URL", transient=False)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname}: {exc}", transient=True) from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise FetchError(
                f"{url}: refused: {parts.hostname} resolves to non-public address {address}"
                " (set fetch.allow_private_hosts to allow)",
                transient=False,
            )


def _next_hop(url: str, response: httpx.Response) -> str:
    location = response.headers.get("location")
    if not location:
        raise FetchError(f"{url}: redirect without a Location header", transient=False)
    return urljoin(url, str(location))


def _raise_for_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status == 304 or (200 <= status < 300 and status != 204):
        return
    reason = f"{url}: HTTP {status} {response.reason_phrase}".rstrip()
    if status in TRANSIENT_STATUSES or status >= 500:
        retry_after = _retry_after(response.headers.get("retry-after"))
        raise FetchError(reason, transient=True, http_status=status, retry_after=retry_after)
    raise FetchError(reason, transient=False, http_status=status)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from a Retry-After header given as seconds or as an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _check_type(url: str, response: httpx.Response, accept: tuple[str, ...]) -> None:
    if not accept or response.status_code == 304:
        return
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(accept):
        raise NotAPage(f"{url}: not a web page ({content_type}); skipped")


def _read_capped(url: str, response: httpx.Response, config: FetchConfig) -> bytes:
    """The decoded body, cut off at the size cap and at a whole-transfer deadline."""
    deadline = time.monotonic() + config.timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > config.max_bytes:
            raise FetchError(
                f"{url}: larger than the {config.max_bytes:,}-byte cap", transient=False
            )
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: transfer took over {config.timeout:g} s", transient=True)
        chunks.append(chunk)
    return b"".join(chunks)
