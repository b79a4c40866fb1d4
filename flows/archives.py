"""News archives as a stream of pages: WARC files and folders of saved HTML pages.

Nothing is read whole: a WARC file is decompressed and parsed record by record, and only
one record's body is in memory at a time. What cannot be read becomes an `Unreadable`
that names the file and the record, and the stream goes on with the next one.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from extractors.errors import TroopwatchError

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_SUFFIXES = (".html", ".htm")
HTML_TYPES = ("text/html", "application/xhtml")


class SourceError(TroopwatchError):
    """A backfill source that does not exist or is neither a WARC file nor a folder."""


@dataclass(frozen=True)
class ArchivedPage:
    """One HTML page from an archive: its URL, bytes and, for WARC, when it was captured."""

    source: str
    link: str
    body: bytes
    captured: datetime | None
    done_bytes: int  # bytes of all sources consumed so far, for progress


@dataclass(frozen=True)
class Unreadable:
    """A record or file that is not a readable HTML page, and why."""

    source: str
    record: str
    reason: str
    done_bytes: int

    def line(self) -> str:
        return f"{self.source}: {self.record}: {self.reason}"


Item = ArchivedPage | Unreadable


def check_sources(sources: Sequence[Path]) -> None:
    """Every source exists and is a WARC file or a folder; raised before anything is read."""
    for source in sources:
        if source.is_dir():
            continue
        if not source.exists():
            raise SourceError(f"{source}: no such file or folder")
        if not source.name.endswith(WARC_SUFFIXES):
            raise SourceError(f"{source}: not a WARC file (.warc, .warc.gz) or a folder")


def total_bytes(sources: Sequence[Path]) -> int:
    """The size of every source: what progress is measured against."""
    return sum(
        path.stat().st_size
        for source in sources
        for path in (_files(source) if source.is_dir() else [source])
    )


def archived_pages(sources: Sequence[Path], max_bytes: int) -> Iterator[Item]:
    """Every page of every source, in order; a body over `max_bytes` is Unreadable."""
    done = 0
    for source in sources:
        if source.is_dir():
            yield from _folder(source, max_bytes, done)
        else:
            yield from _warc(source, max_bytes, done)
        done += total_bytes([source])


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def _folder(folder: Path, max_bytes: int, done: int) -> Iterator[Item]:
    """Saved pages: every .html/.htm file, its URL the file's own; other files are named."""
    for path in _files(folder):
        done += path.stat().st_size
        name = str(path.relative_to(folder))
        if not path.name.lower().endswith(HTML_SUFFIXES):
            yield Unreadable(str(folder), name, "not an HTML file", done)
            continue
        if path.stat().st_size > max_bytes:
            yield Unreadable(str(folder), name, f"larger than {max_bytes} bytes", done)
            continue
        try:
            body = path.read_bytes()
        except OSError as exc:
            yield Unreadable(str(folder), name, f"cannot read: {exc.strerror}", done)
            continue
        yield ArchivedPage(str(folder), path.resolve().as_uri(), body, None, done)


def _warc(path: Path, max_bytes: int, done: int) -> Iterator[Item]:
    """Every HTTP response of a WARC file with an HTML body; decompressed with gzip (which
    notices a truncated file, where a WARC reader would stop silently)."""
    with path.open("rb") as raw:
        stream = _Decompressed(gzip.GzipFile(fileobj=raw)) if path.name.endswith(".gz") else raw
        where = "start of file"
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                where = f"record {number}"
                if record.format != "warc":
                    raise ArchiveLoadFailed(f"not a WARC record ({record.format})")
                if record.rec_type == "response":
                    item = _response(str(path), number, record, max_bytes, done + raw.tell())
                    where = f"after record {number}"
                    yield item
                where = f"after record {number}"
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            yield Unreadable(str(path), where, f"damaged or truncated archive: {exc}", done)


class _Decompressed:
    """A gzip stream read one chunk at a time: what was decompressed before a cut is handed
    over, and the cut is raised (EOFError) by the read after it."""

    def __init__(self, file: gzip.GzipFile) -> None:
        self._file = file

    def read(self, size: int = -1) -> bytes:
        return self._file.read1(size if size > 0 else io.DEFAULT_BUFFER_SIZE)


def _response(source: str, number: int, record: ArcWarcRecord, max_bytes: int, done: int) -> Item:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    name = f"record {number} ({url or 'no URL'})"
    http = record.http_headers
    status = http.get_statuscode() if http else None
    kind = (http.get_header("Content-Type") or "") if http else ""
    if not url:
        return Unreadable(source, name, "no WARC-Target-URI", done)
    if status is None or not status.startswith("2"):
        return Unreadable(source, name, f"not a page (HTTP {status or 'status missing'})", done)
    if not kind.lower().startswith(HTML_TYPES):
        return Unreadable(source, name, f"not HTML ({kind or 'no Content-Type'})", done)
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Unreadable(source, name, f"larger than {max_bytes} bytes", done)
    if getattr(record.raw_stream, "limit", 0):
        return Unreadable(source, name, "record cut short: the archive is truncated", done)
    return ArchivedPage(source, url, body, _warc_date(record), done)


def _warc_date(record: ArcWarcRecord) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
