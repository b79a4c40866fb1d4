"""Builders for test WARC archives, written with warcio as a crawler would write them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Capture:
    url: str
    body: bytes
    date: str = "2019-01-02T03:04:05Z"  # WARC-Date: when the crawler fetched it
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"


def write_warc(path: Path, captures: list[Capture], *, requests: bool = True) -> Path:
    """A WARC file (gzipped when the name ends in .gz): per capture a request record, as
    crawlers write them, then the response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for capture in captures:
            headers = {"WARC-Date": capture.date}
            if requests:
                request = StatusAndHeaders(
                    f"GET {capture.url} HTTP/1.1", [("Host", "x")], is_http_request=True
                )
                writer.write_record(
                    writer.create_warc_record(
                        capture.url,
                        "request",
                        http_headers=request,
                        warc_headers_dict=headers,
                    )
                )
            http = StatusAndHeaders(
                capture.status, [("Content-Type", capture.content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    capture.url,
                    "response",
                    payload=io.BytesIO(capture.body),
                    http_headers=http,
                    warc_headers_dict=headers,
                )
            )
    return path
