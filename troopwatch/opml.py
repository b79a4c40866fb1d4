"""`troopwatch feeds import`: an OPML list -> [[feeds]] tables to paste into the config."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import listparser

from flows.errors import ConfigError


def import_opml(path: Path) -> str:
    """The TOML for every http(s) feed in the OPML file; other entries are named on stderr."""
    try:
        parsed = listparser.parse(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    blocks = []
    seen = set()
    for feed in parsed.feeds:
        url = str(feed.get("url", "")).strip()
        if not url.lower().startswith(("http://", "https://")):
            print(f"troopwatch: {path}: skipped {url!r}: not an http(s) URL", file=sys.stderr)
            continue
        if url in seen:
            continue
        seen.add(url)
        block = f"[[feeds]]\nurl = {_toml(url)}\n"
        if feed.get("title"):
            block += f"name = {_toml(str(feed['title']))}\n"
        blocks.append(block)
    if not blocks:
        raise ConfigError(f"{path}: no feeds found (is it an OPML subscription list?)")
    return "\n".join(blocks)


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string
