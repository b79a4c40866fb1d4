"""Errors of the shell: configuration and fetching."""

from extractors.errors import TroopwatchError


class ConfigError(TroopwatchError):
    """The configuration file is missing, malformed or has a wrong key or value."""


class FetchError(TroopwatchError):
    """A feed or page could not be fetched; `transient` says whether a later retry may help."""

    def __init__(self, message: str, *, transient: bool, retry_after: float | None = None):
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after
