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
from flows.reading import RawPage, read_page, ready
from warehouse.records import PageOutcome, PageRequest

FETCH_THREADS = 8
PER_HOST = 2  # politeness: at most this many requests to one host at a time
POOL_THRESHOLD = 4  # below this many pages, starting worker processes costs more than it saves
READS_IN_FLIGHT = 32  # pages being fetched or waiting to be read: bounds the HTML in memory

Reader = Callable[[RawPage], "concurrent.futures.Future[PageOutcome]"]


def fetch_and_read(
    requests: Sequence[PageRequest], config: FetchConfig, read: Reader | None = None
) -> list[PageOutcome]:
    """Every requested page fetched, extracted and scanned for figures, in request order.

    `read`: readers from `readers()`, when the caller started them early; else they are
    started here, for this batch.
    """
    if read is None:
        workers = config.extract_workers if len(requests) >= POOL_THRESHOLD else 1
        with readers(workers) as read:
            return fetch_and_read(requests, config, read)
    hosts: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(PER_HOST))
    for request in requests:  # create the semaphores before the threads race for them
        hosts[urlsplit(request.link).netloc]
    in_flight = threading.BoundedSemaphore(READS_IN_FLIGHT)
    with (
        new_client(config) as client,
        concurrent.futures.ThreadPoolExecutor(FETCH_THREADS) as fetchers,
    ):

        def fetch_then_read(request: PageRequest) -> concurrent.futures.Future[PageOutcome]:
            in_flight.acquire()  # released once the page is read, or found unreadable
            with hosts[urlsplit(request.link).netloc]:
                fetched = fetch_page(client, request, config)
            if not isinstance(fetched, RawPage):
                in_flight.release()
                return _done(fetched)
            future = read(fetched)
            future.add_done_callback(lambda _: in_flight.release())
            return future

        reads = list(fetchers.map(fetch_then_read, requests))
        return [future.result() for future in reads]


@contextmanager
def readers(workers: int) -> Iterator[Reader]:
    """Submit read_page to `workers` processes, or run it here when one worker is asked for.

    The processes start at once and load what reading needs in the background, so that
    a caller who starts them before polling feeds finds them ready for the first page.
    """
    if workers <= 1:
        yield lambda page: _done(read_page(page))
        return
    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=_start_method())
    try:
        pool.submit(ready)  # the first task starts every worker process
        yield lambda page: pool.submit(read_page, page)
    finally:
        # Not waiting: workers still starting up (a run with nothing new) wind down while
        # the run stores and delivers; the interpreter joins them at exit.
        pool.shutdown(wait=False, cancel_futures=True)


def _start_method() -> multiprocessing.context.BaseContext:
    """Workers fork from a server process that imported what reading needs once, for the
    life of this process; forking this process itself is unsafe beside Prefect's threads."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([read_page.__module__])
    return context


def _done(outcome: PageOutcome) -> concurrent.futures.Future[PageOutcome]:
    future: concurrent.futures.Future[PageOutcome] = concurrent.futures.Future()
    future.set_result(outcome)
    return future
