"""Held-out check: the demo corpus's own labels, which the detector was not tuned on.

Each article of troopwatch/demo_corpus/timeline.toml carries the figures a careful reader
labels by shared/eval/LABELING.md; the detector must find exactly those.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from extractors.article import read_article
from extractors.detect import detect

CORPUS = resources.files("troopwatch") / "demo_corpus"
ARTICLES: list[dict[str, Any]] = tomllib.loads(
    (CORPUS / "timeline.toml").read_text(encoding="utf-8")
)["articles"]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["page"])
def test_detector_agrees_with_the_labels(article: dict[str, Any]) -> None:
    page = read_article((CORPUS / "pages" / article["page"]).read_bytes())
    assert page is not None
    detection = detect(page.text, article["title"])
    found = sorted(f"{f.value} {f.force} {f.status} {f.qualifier}" for f in detection.figures)
    assert detection.relevant is article["relevant"]
    assert found == sorted(article["expect"])
