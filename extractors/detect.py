"""Text -> relevance and figures (placeholder: one pattern, to be replaced)."""

from __future__ import annotations

import re

from extractors.model import Detection, Figure

_FIGURE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w-]+\s+){0,3}?(troops|soldiers|Guard)")


def detect(text: str, title: str | None = None) -> Detection:
    """Decide whether a passage is about US-Mexico border deployments and list its figures."""
    about_border = "border" in text.lower()
    figures = (
        tuple(
            Figure(
                int(m.group(1).replace(",", "")),
                "military",
                "deployed",
                "exact",
                m.group(0),
                m.start(),
                m.end(),
            )
            for m in _FIGURE.finditer(text)
        )
        if about_border
        else ()
    )
    return Detection(relevant=about_border, score=1.0 if about_border else 0.0, figures=figures)
