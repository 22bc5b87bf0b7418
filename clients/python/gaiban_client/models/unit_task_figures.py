from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitTaskFigures")


@_attrs_define
class UnitTaskFigures:
    """
    Attributes:
        cancelled (int):
        done (int):
        done_late (int): Completed after the deadline (by the day).
        done_on_time (int): Of those due, completed by the deadline.
        due (int): Not cancelled, deadline on or before the day.
        in_progress (int):
        not_started (int):
        on_time_rate (float | None): done_on_time / due, rounded to 4 places; null when nothing is due.
        overdue (int): Open on the day, and past the deadline by working days.
        total (int):
        unit_name (str): The lead unit (a public body).
    """

    cancelled: int
    done: int
    done_late: int
    done_on_time: int
    due: int
    in_progress: int
    not_started: int
    on_time_rate: float | None
    overdue: int
    total: int
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        done = self.done

        done_late = self.done_late

        done_on_time = self.done_on_time

        due = self.due

        in_progress = self.in_progress

        not_started = self.not_started

        on_time_rate: float | None
        on_time_rate = self.on_time_rate

        overdue = self.overdue

        total = self.total

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled": cancelled,
                "done": done,
                "done_late": done_late,
                "done_on_time": done_on_time,
                "due": due,
                "in_progress": in_progress,
                "not_started": not_started,
                "on_time_rate": on_time_rate,
                "overdue": overdue,
                "total": total,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelled = d.pop("cancelled")

        done = d.pop("done")

        done_late = d.pop("done_late")

        done_on_time = d.pop("done_on_time")

        due = d.pop("due")

        in_progress = d.pop("in_progress")

        not_started = d.pop("not_started")

        def _parse_on_time_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        on_time_rate = _parse_on_time_rate(d.pop("on_time_rate"))

        overdue = d.pop("overdue")

        total = d.pop("total")

        unit_name = d.pop("unit_name")

        unit_task_figures = cls(
            cancelled=cancelled,
            done=done,
            done_late=done_late,
            done_on_time=done_on_time,
            due=due,
            in_progress=in_progress,
            not_started=not_started,
            on_time_rate=on_time_rate,
            overdue=overdue,
            total=total,
            unit_name=unit_name,
        )

        unit_task_figures.additional_properties = d
        return unit_task_figures

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
