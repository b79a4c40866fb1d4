"""Benchmarks: `make bench` runs `python -m bench`; they are not tests."""
