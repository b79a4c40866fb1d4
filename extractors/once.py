"""A property computed on its first read and kept on the instance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

Owner = TypeVar("Owner")
Value = TypeVar("Value")


class cached_property(Generic[Owner, Value]):  # noqa: N801 (named as the one it stands for)
    """`functools.cached_property` without the lock that Python before 3.12 takes at each
    first read: a passage is read by one thread, and the lock costs more than most of the
    properties it guards."""

    def __init__(self, func: Callable[[Owner], Value]) -> None:
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, instance: Owner, owner: type[Any] | None = None) -> Value: ...

    def __get__(self, instance: Owner | None, owner: type[Any] | None = None) -> Self | Value:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
