"""Scoring the detector on the labelled passages in ../shared/eval (not part of the product)."""
