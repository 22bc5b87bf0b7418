"""The current request's id, readable anywhere (logs, problems, the audit trail), the
provisional calendar years its answers used (for the response header), and the stored version
of the resource it read, when the resource's own query read it (for the ETag)."""

from __future__ import annotations

from contextvars import ContextVar

_request_id: ContextVar[str] = ContextVar("request_id", default="-")


def current_request_id() -> str:
    return _request_id.get()


def set_request_id(value: str) -> object:
    return _request_id.set(value)


def reset_request_id(token: object) -> None:
    _request_id.reset(token)  # type: ignore[arg-type]


_provisional_years: ContextVar[set[int] | None] = ContextVar("provisional_years", default=None)


def start_provisional_record() -> tuple[set[int], object]:
    """A fresh record of the provisional calendar years this request's answers use."""
    record: set[int] = set()
    return record, _provisional_years.set(record)


def provisional_record() -> set[int] | None:
    """The current request's record (None outside a request: the command line, tests)."""
    return _provisional_years.get()


def reset_provisional_record(token: object) -> None:
    _provisional_years.reset(token)  # type: ignore[arg-type]


_resource_version: ContextVar[str | None] = ContextVar("resource_version", default=None)


def start_resource_version() -> object:
    return _resource_version.set(None)


def note_resource_version(version: int) -> None:
    """The ``row_version`` the resource's own query read (app/routers/conditional.py then
    spares the statement that would read it again)."""
    _resource_version.set(str(version))


def noted_resource_version() -> str | None:
    return _resource_version.get()


def reset_resource_version(token: object) -> None:
    _resource_version.reset(token)  # type: ignore[arg-type]
