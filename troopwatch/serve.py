"""`troopwatch serve`: the poll on a schedule on this machine, with nothing else to run."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from types import FrameType

from flows.config import Config
from troopwatch.prefect_server import PrefectServer


def serve(config: Config, cron: str) -> int:
    """Serve the poll-feeds flow on `cron` until Ctrl-C (or SIGTERM).

    Prefect only schedules on a real server, so without PREFECT_API_URL a local one is
    started (its state under PREFECT_HOME, default ~/.prefect) and stopped on exit.
    """
    os.environ.setdefault("PREFECT_HOME", str(Path.home() / ".prefect"))
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        server = PrefectServer(Path(os.environ["PREFECT_HOME"]) / "troopwatch-server")
    # Until Prefect's runner installs its own SIGTERM handler, SIGTERM stops like Ctrl-C,
    # so that the `finally` below always stops the server this process started.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        if server:
            server.start()
            os.environ["PREFECT_API_URL"] = server.url
            print(
                f"started a local Prefect server at {server.url.removesuffix('/api')}", flush=True
            )
        from flows.poll import poll_feeds

        poll_feeds.serve(
            name="poll-feeds",
            cron=cron,
            parameters={"config_path": str(config.path.resolve())},
            limit=1,
            pause_on_shutdown=False,
        )
    except KeyboardInterrupt:
        pass
    finally:
        if server:
            server.stop()
    print("stopped", flush=True)
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
