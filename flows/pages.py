"""Fetch pages on threads and read them on processes at the same time, with bounded memory."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit

from flows.config import FetchConfig
from flows.fetch import new_client
from flows.pipeline import fetch_page
from flows.reading import RawPage, read_page
from warehouse.records import PageOutcome, PageRequest

FETCH_THREADS = 8
PER_HOST = 2  # politeness: at most this many requests to one host at a time
POOL_THRESHOLD = 4  # below this many pages, starting worker processes costs more than it saves
READS_IN_FLIGHT = 32  # pages fetched but not yet read; bounds the raw HTML held in memory

Reader = Callable[[RawPage], "concurrent.futures.Future[PageOutcome]"]


def fetch_and_read(requests: Sequence[PageRequest], config: FetchConfig) -> list[PageOutcome]:
    """Every requested page fetched, extracted and scanned for figures, in request order."""
    hosts: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(PER_HOST))
    for request in requests:  # create the semaphores before the threads race for them
        hosts[urlsplit(request.link).netloc]
    workers = config.extract_workers if len(requests) >= POOL_THRESHOLD else 1
    with (
        new_client(config) as client,
        concurrent.futures.ThreadPoolExecutor(FETCH_THREADS) as fetchers,
        _readers(workers) as read,
    ):

        def fetch(request: PageRequest) -> RawPage | PageOutcome:
            with hosts[urlsplit(request.link).netloc]:
                return fetch_page(client, request, config)

        reads: list[concurrent.futures.Future[PageOutcome]] = []
        for fetched in fetchers.map(fetch, requests):
            reads.append(read(fetched) if isinstance(fetched, RawPage) else _done(fetched))
            _wait_below(reads, READS_IN_FLIGHT)
        return [future.result() for future in reads]


@contextmanager
def _readers(workers: int) -> Iterator[Reader]:
    """Submit read_page to worker processes, or run it here when one worker is asked for."""
    if workers <= 1:
        yield lambda page: _done(read_page(page))
        return
    context = multiprocessing.get_context("spawn")  # fork is unsafe beside Prefect's threads
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield lambda page: pool.submit(read_page, page)


def _done(outcome: PageOutcome) -> concurrent.futures.Future[PageOutcome]:
    future: concurrent.futures.Future[PageOutcome] = concurrent.futures.Future()
    future.set_result(outcome)
    return future


def _wait_below(futures: list[concurrent.futures.Future[PageOutcome]], limit: int) -> None:
    pending = [f for f in futures[-limit * 2 :] if not f.done()]
    if len(pending) >= limit:
        concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
