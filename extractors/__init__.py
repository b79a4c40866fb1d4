"""Pure transformations: feed bytes -> entries, HTML -> article, text -> relevance and figures.

Nothing in this package does I/O or imports Prefect.
"""
