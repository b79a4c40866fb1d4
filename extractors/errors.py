"""The project's one root exception; every layer's errors derive from it."""


class TroopwatchError(Exception):
    """Root of every error troopwatch raises on purpose."""
