"""Errors the domain raises. They carry no HTTP status: app/errors.py maps them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field.

    ``location`` is a path such as ("body", "holidays", 0, "date"): list positions are ints,
    as in pydantic's own validation errors."""

    location: tuple[str | int, ...]
    message: str


class DomainError(Exception):
    """Base class: the input contradicts a rule of the domain."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidInput(DomainError):
    """The input is malformed or inconsistent in itself (answered as a validation problem)."""

    def __init__(self, detail: str, errors: tuple[FieldError, ...] = ()) -> None:
        super().__init__(detail)
        self.errors = errors


class RuleViolation(DomainError):
    """A governance rule forbids the act; it names the rule and its source article."""

    def __init__(self, detail: str, *, rule: str, source: str) -> None:
        super().__init__(detail)
        self.rule = rule
        self.source = source


class StateConflict(DomainError):
    """The act does not fit the object's current state (a meeting already archived …)."""


class IncompleteRecord(InvalidInput):
    """A record lacks what a rule requires (minutes without a decision, C-MTG-3): every missing
    field is named, and so is the rule."""

    def __init__(
        self, detail: str, errors: tuple[FieldError, ...], *, rule: str | None, source: str | None
    ) -> None:
        super().__init__(detail, errors)
        self.rule = rule
        self.source = source


class RuledConflict(StateConflict):
    """The act does not fit the object's state, and a rule says so (a final assessment never
    changes, C-ASM-1): answered as a conflict that names the rule and its source."""

    def __init__(self, detail: str, *, rule: str, source: str) -> None:
        super().__init__(detail)
        self.rule = rule
        self.source = source
