"""Child processes whose output is read as it comes, for tests that need two real processes."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from typing import Any

BOUND = 60.0  # no step takes near this long; it only stops a hung test


class Process:
    """A child process whose output lines are read as they come (bounded waits, no sleeps)."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.popen = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()  # None: a stream ended
        self.out: list[str] = []
        self.err: list[str] = []
        self.pumps = [
            threading.Thread(target=self._pump, args=(name, stream), daemon=True)
            for name, stream in (("out", self.popen.stdout), ("err", self.popen.stderr))
        ]
        for pump in self.pumps:
            pump.start()

    def _pump(self, name: str, stream: Any) -> None:
        for line in stream:
            (self.out if name == "out" else self.err).append(line.rstrip("\n"))
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str, timeout: float = BOUND) -> None:
        """Block until an output line contains `text`; fail if the process ends first."""
        deadline = time.monotonic() + timeout
        ended = 0
        while ended < 2:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {timeout:g} s: {self.err}") from None
            if line is None:
                ended += 1
            elif text in line:
                return
        raise AssertionError(f"ended without {text!r}: {self.err}")

    def say(self, line: str) -> None:
        assert self.popen.stdin is not None
        self.popen.stdin.write(line + "\n")
        self.popen.stdin.flush()

    def finish(self, timeout: float = BOUND) -> int:
        """The exit code, once the process has ended and all its output has been read."""
        code = self.popen.wait(timeout=timeout)
        for pump in self.pumps:
            pump.join(timeout=timeout)
        return code

    def stop(self) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGKILL)
        self.finish(timeout=10)
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream:
                stream.close()

    def messages(self) -> list[str]:
        """stderr without DuckDB's nanobind leak report, which some builds print at exit."""
        noise = ("nanobind:", " - leaked", " - ...", "See https://nanobind")
        return [line for line in self.err if line.strip() and not line.startswith(noise)]
