"""Errors of the shell: configuration and fetching."""

from extractors.errors import TroopwatchError


class ConfigError(TroopwatchError):
    """The configuration file is missing, malformed or has a wrong key or value."""


class FetchError(TroopwatchError):
    """A feed or page could not be fetched; `transient` says whether a later retry may help."""

    def __init__(
        self,
        message: str,
        *,
        transient: bool,
        http_status: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.transient = transient
        self.http_status = http_status
        self.retry_after = retry_after


class NotAPage(FetchError):
    """The URL serves something other than a web page (a PDF, an image, a video)."""

    def __init__(self, message: str):
        super().__init__(message, transient=False)
