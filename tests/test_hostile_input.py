"""Whatever the internet sends: every broken feed or page is named, recorded, and survived."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.feed import parse_feed
from flows import pipeline, reading
from flows.config import FeedConfig, FetchConfig
from flows.errors import FetchError
from flows.fetch import check_address, new_client
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from warehouse.records import FeedState, PageRequest

FETCH = FetchConfig(allow_private_hosts=True, timeout=2.0, max_bytes=200_000)
WHEN = datetime(2025, 3, 3, tzinfo=UTC)
GOOD_FEED = rss("Desert Courier", [Item("http://127.0.0.1:9/a.html", "Border news", WHEN)])


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with new_client(FETCH) as http:
        yield http


def poll(client: httpx.Client, url: str, state: FeedState | None = None) -> pipeline.Polled:
    return pipeline.poll_feed(client, FeedConfig(url), state, FETCH)


def answer(status: int, body: bytes = b"", **headers: str):  # type: ignore[no-untyped-def]
    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(body)

    return handler


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">]>
<rss version="2.0"><channel><title>&lol8;</title>
<item><title>&lol8;</title><link>http://127.0.0.1:9/x.html</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>&secret;</title><link>http://127.0.0.1:9/x.html</link></item></channel></rss>"""


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        (
            "malformed",
            b"<rss><channel><title>x</title><item><link>http://a/b",
            "application/rss+xml",
        ),
        ("html", page("Home", "Courier", "2025-03-03", ["Welcome."]).encode(), "text/html"),
        ("empty", b"", "application/rss+xml"),
        ("binary", bytes(range(256)) * 40, "application/octet-stream"),
        ("billion-laughs", BILLION_LAUGHS, "application/rss+xml"),
    ],
)
def test_unusable_feeds_are_recorded_with_a_reason(
    web: LoopbackServer, client: httpx.Client, name: str, body: bytes, content_type: str
) -> None:
    url = web.set(f"/{name}.xml", body, content_type)
    polled = poll(client, url)
    titles = [entry.title or "" for entry in polled.entries]
    assert all(len(title) < 10_000 for title in titles)  # no entity expansion
    if not polled.entries:
        assert polled.outcome.status == "failed"
        assert polled.outcome.error


def test_external_entities_are_not_resolved(web: LoopbackServer, client: httpx.Client) -> None:
    polled = poll(client, web.set("/xxe.xml", EXTERNAL_ENTITY, "application/rss+xml"))
    assert all("root:" not in (entry.title or "") for entry in polled.entries)


def test_wrong_and_missing_encodings_still_yield_entries(
    web: LoopbackServer, client: httpx.Client
) -> None:
    latin = rss("Café Frontera", [Item("http://127.0.0.1:9/a.html", "Tropas en la frontera", WHEN)])
    declared_utf8 = latin.encode("latin-1")  # the document says utf-8; the bytes are latin-1
    undeclared = latin.replace('encoding="utf-8"', "").encode("utf-16")
    for path, body in (("/latin.xml", declared_utf8), ("/utf16.xml", undeclared)):
        polled = poll(client, web.set(path, body, "application/xml"))
        assert [e.link for e in polled.entries] == ["http://127.0.0.1:9/a.html"], path


@pytest.mark.parametrize(
    ("status", "headers", "expected", "transient"),
    [
        (404, {}, "failed", False),
        (410, {}, "gone", False),
        (500, {}, "failed", True),
        (502, {}, "failed", True),
        (429, {"Retry-After": "120"}, "failed", True),
        (503, {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}, "failed", True),
    ],
)
def test_http_errors_are_recorded_and_retry_after_honoured(
    web: LoopbackServer,
    client: httpx.Client,
    status: int,
    headers: dict[str, str],
    expected: str,
    transient: bool,
) -> None:
    web.handlers["/feed.xml"] = answer(status, b"nope", **headers)
    polled = poll(client, web.url("/feed.xml"))
    assert polled.outcome.status == expected
    assert f"HTTP {status}" in (polled.outcome.error or "")
    assert polled.outcome.http_status == status
    if "Retry-After" in headers:
        not_before = polled.outcome.not_before
        assert not_before is not None and not_before > datetime.now(UTC)
        waiting = FeedState(web.url("/feed.xml"), None, None, not_before, gone=False)
        again = poll(client, web.url("/feed.xml"), waiting)
        assert web.hits("/feed.xml") == 1  # not asked again before Retry-After
        assert "wait until" in (again.outcome.error or "")
    if status == 410:
        gone = FeedState(web.url("/feed.xml"), None, None, None, gone=True)
        assert poll(client, web.url("/feed.xml"), gone).outcome.status == "gone"
        assert web.hits("/feed.xml") == 1
    quick_retry = transient and "Retry-After" not in headers
    try:
        pipeline.poll_feed(
            client, FeedConfig(web.url("/feed.xml")), None, FETCH, raise_transient=True
        )
    except FetchError:
        assert quick_retry, "only transient failures without Retry-After are retried at once"
    else:
        assert not quick_retry, "a transient failure must be raised for the task to retry"


def test_bodies_over_the_cap_and_gzip_bombs_are_cut_off(
    web: LoopbackServer, client: httpx.Client
) -> None:
    web.set("/big.xml", b"<rss>" + b" " * (FETCH.max_bytes + 1), "application/rss+xml")
    bomb = gzip.compress(b"\0" * 50_000_000)
    web.handlers["/bomb.xml"] = answer(
        200, bomb, **{"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    )
    for path in ("/big.xml", "/bomb.xml"):
        polled = poll(client, web.url(path))
        assert polled.outcome.status == "failed"
        assert "cap" in (polled.outcome.error or ""), polled.outcome.error


def test_a_stalled_server_times_out(web: LoopbackServer, client: httpx.Client) -> None:
    release = threading.Event()

    def stall(request: BaseHTTPRequestHandler) -> None:
        release.wait(10)

    web.handlers["/stall.xml"] = stall
    try:
        polled = poll(client, web.url("/stall.xml"))
    finally:
        release.set()
    assert polled.outcome.status == "failed"
    assert "no answer within" in (polled.outcome.error or "")


def test_redirects_are_followed_and_loops_stopped(
    web: LoopbackServer, client: httpx.Client
) -> None:
    web.set("/feed.xml", GOOD_FEED, "application/rss+xml")
    web.handlers["/moved.xml"] = answer(301, Location="/feed.xml")
    web.handlers["/loop-a.xml"] = answer(302, Location="/loop-b.xml")
    web.handlers["/loop-b.xml"] = answer(302, Location="/loop-a.xml")
    assert len(poll(client, web.url("/moved.xml")).entries) == 1
    looped = poll(client, web.url("/loop-a.xml"))
    assert looped.outcome.status == "failed"
    assert "redirects" in (looped.outcome.error or "")


def test_one_broken_feed_does_not_stop_the_others(
    web: LoopbackServer, client: httpx.Client
) -> None:
    good = web.set("/good.xml", GOOD_FEED, "application/rss+xml")
    outcomes = [poll(client, url) for url in (web.url("/missing.xml"), good)]
    assert [o.outcome.status for o in outcomes] == ["failed", "ok"]


def request(link: str) -> PageRequest:
    return PageRequest(
        feed_url="http://127.0.0.1:9/rss",
        outlet="Courier",
        link=link,
        guid=None,
        title="Border",
        published=WHEN,
    )


def test_non_html_pages_are_skipped_before_download(
    web: LoopbackServer, client: httpx.Client
) -> None:
    release = threading.Event()

    def endless_pdf(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(100_000_000))
        handler.end_headers()
        handler.wfile.write(b"%PDF-1.7 " * 1000)
        release.wait(10)  # the rest never comes: a client that reads on would time out

    web.handlers["/report.pdf"] = endless_pdf
    try:
        outcome = pipeline.fetch_page(client, request(web.url("/report.pdf")), FETCH)
    finally:
        release.set()
    assert not isinstance(outcome, reading.RawPage)
    assert outcome.status == "skipped" and "application/pdf" in (outcome.error or "")


def test_pages_over_the_cap_without_text_or_with_odd_charsets(
    web: LoopbackServer, client: httpx.Client
) -> None:
    huge = web.set("/huge.html", "<html><body>" + "<p>word</p>" * 50_000 + "</body></html>")
    empty = web.set(
        "/empty.html", "<html><body><img src='x.png'><script>var troops;</script></body></html>"
    )
    text = "El café de la frontera recibió a 2.100 soldados según las autoridades locales. " * 8
    cp1252 = web.set(
        "/cp1252.html",
        page("Café", "Diario", "2025-03-03", [text]).encode("cp1252"),
        "text/html; charset=windows-1252",
    )
    capped = pipeline.fetch_page(client, request(huge), FETCH)
    assert not isinstance(capped, reading.RawPage) and capped.status == "failed"
    assert "cap" in (capped.error or "")
    raw = pipeline.fetch_page(client, request(empty), FETCH)
    assert isinstance(raw, reading.RawPage)
    assert reading.read_page(raw).status == "no_text"
    raw = pipeline.fetch_page(client, request(cp1252), FETCH)
    assert isinstance(raw, reading.RawPage)
    read = reading.read_page(raw)
    assert read.status == "extracted" and read.article and "café" in read.article.text


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed",
        "gopher://example.org/",
        "http://127.0.0.1/feed",
        "http://localhost/feed",
        "http://10.1.2.3/feed",
        "http://192.168.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/feed",
        "http://[fe80::1]/feed",
    ],
)
def test_only_public_http_addresses_are_fetched(url: str) -> None:
    with pytest.raises(FetchError) as refused:
        check_address(url, allow_private=False)
    assert url in str(refused.value)
    assert not refused.value.transient


def test_refusal_reaches_the_feed_record_and_sends_nothing(web: LoopbackServer) -> None:
    url = web.set("/feed.xml", GOOD_FEED, "application/rss+xml")
    strict = FetchConfig(allow_private_hosts=False, timeout=2.0)
    with new_client(strict) as http:
        polled = pipeline.poll_feed(http, FeedConfig(url), None, strict)
    assert polled.outcome.status == "failed"
    assert "non-public address 127.0.0.1" in (polled.outcome.error or "")
    assert web.hits("/feed.xml") == 0


def test_redirect_to_another_scheme_is_refused(web: LoopbackServer, client: httpx.Client) -> None:
    web.handlers["/sneaky.xml"] = answer(302, Location="file:///etc/passwd")
    polled = poll(client, web.url("/sneaky.xml"))
    assert polled.outcome.status == "failed"
    assert "only http and https" in (polled.outcome.error or "")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_the_feed_parser_never_raises_on_arbitrary_bytes(body: bytes) -> None:
    parsed = parse_feed(body, "http://127.0.0.1/feed.xml", {"content-type": "application/xml"})
    assert parsed.entries == () or all(e.link.startswith("http") for e in parsed.entries)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000))
def test_the_feed_parser_never_raises_on_arbitrary_markup(text: str) -> None:
    parse_feed(
        f"<rss><channel><item><link>{text}</link><title>{text}</title></item>".encode(
            "utf-8", "surrogatepass"
        ),
        "http://127.0.0.1/feed.xml",
    )


def test_peer_corpus_of_feedparser_feeds_passes_the_feed_stage(
    web: LoopbackServer, client: httpx.Client
) -> None:
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "feedparser"
    if not corpus.is_dir():
        pytest.fail(f"feedparser's test corpus is not at {corpus} (shared corpora folder)")
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf"))
    for index, path in enumerate(files):
        web.set(f"/corpus/{index}", path.read_bytes(), "application/xml", conditional=False)
    with_entries = 0
    for index, path in enumerate(files):
        polled = poll(client, web.url(f"/corpus/{index}"))
        assert polled.outcome.status in ("ok", "failed"), path
        with_entries += bool(polled.entries)
    print(f"feedparser corpus: {len(files)} files, {with_entries} yield entries")
    assert len(files) > 1000 and with_entries > 50
