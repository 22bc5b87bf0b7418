"""Date ranges named by what they filter: ``due_from``/``due_to`` (obligations: due dates) and
``period_from``/``period_to`` (compliance: the periods' first days).

Both operations once took ``from``/``to``, which meant due dates in one and period starts in
the other. Those names are still accepted, deprecated (``deprecated: true`` in the contract),
for the scripts written against them; a request gives each bound once, by either name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query

from app.domain.messages import _
from app.errors import ValidationProblem


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date


def _bounds(given: list[tuple[str, date | None, str, date | None]]) -> tuple[date, ...]:
    """Each bound by its name or its deprecated former name: a 422 naming it when neither or
    both are given."""
    errors: list[dict[str, Any]] = []
    values: list[date] = []
    for name, value, old_name, old_value in given:
        if value is not None and old_value is not None:
            errors.append(
                {
                    "loc": ["query", old_name],
                    "msg": _("the deprecated former name of {name}: give {name} alone", name=name),
                    "type": "value_error",
                }
            )
        chosen = value if value is not None else old_value
        if chosen is None:
            errors.append({"loc": ["query", name], "msg": _("Field required"), "type": "missing"})
        else:
            values.append(chosen)
    if errors:
        raise ValidationProblem(_("The date range is not given once and in full."), errors)
    return tuple(values)


def _due_range(
    due_from: Annotated[
        date | None, Query(description="First due date (inclusive). Required.")
    ] = None,
    due_to: Annotated[
        date | None, Query(description="Last due date (inclusive). Required.")
    ] = None,
    from_: Annotated[
        date | None,
        Query(
            alias="from", deprecated=True, description="Deprecated: the former name of due_from."
        ),
    ] = None,
    to: Annotated[
        date | None, Query(deprecated=True, description="Deprecated: the former name of due_to.")
    ] = None,
) -> DateRange:
    start, end = _bounds([("due_from", due_from, "from", from_), ("due_to", due_to, "to", to)])
    return DateRange(start, end)


def _period_range(
    period_from: Annotated[
        date | None, Query(description="Periods beginning on or after this day. Required.")
    ] = None,
    period_to: Annotated[
        date | None, Query(description="Periods beginning on or before this day. Required.")
    ] = None,
    from_: Annotated[
        date | None,
        Query(
            alias="from", deprecated=True, description="Deprecated: the former name of period_from."
        ),
    ] = None,
    to: Annotated[
        date | None,
        Query(deprecated=True, description="Deprecated: the former name of period_to."),
    ] = None,
) -> DateRange:
    start, end = _bounds(
        [("period_from", period_from, "from", from_), ("period_to", period_to, "to", to)]
    )
    return DateRange(start, end)


DueRange = Annotated[DateRange, Depends(_due_range)]
PeriodRange = Annotated[DateRange, Depends(_period_range)]
