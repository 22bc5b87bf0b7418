from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskSummaryGroup")


@_attrs_define
class TaskSummaryGroup:
    """
    Attributes:
        cancelled (int):
        category (None | str): When grouped by category.
        done (int):
        done_late (int): Completed after the deadline (by the day).
        done_on_time (int): Of those due, completed by the deadline.
        due (int): Not cancelled, deadline on or before the day.
        in_progress (int):
        not_started (int):
        on_time_rate (float | None): done_on_time / due, rounded to 4 places; null when nothing is due.
        overdue (int): Open on the day, and past the deadline by working days.
        overdue_working_days_max (int): Of the overdue tasks, the largest `overdue_working_days`; 0 when none is.
        overdue_working_days_sum (int): Of the overdue tasks, the sum of each one's `overdue_working_days` on the day
            (mainland-China working days begun since its deadline); 0 when none is overdue.
        total (int):
        unit_id (None | UUID): When grouped by unit: the lead unit.
        unit_name (None | str):
    """

    cancelled: int
    category: None | str
    done: int
    done_late: int
    done_on_time: int
    due: int
    in_progress: int
    not_started: int
    on_time_rate: float | None
    overdue: int
    overdue_working_days_max: int
    overdue_working_days_sum: int
    total: int
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        category: None | str
        category = self.category

        done = self.done

        done_late = self.done_late

        done_on_time = self.done_on_time

        due = self.due

        in_progress = self.in_progress

        not_started = self.not_started

        on_time_rate: float | None
        on_time_rate = self.on_time_rate

        overdue = self.overdue

        overdue_working_days_max = self.overdue_working_days_max

        overdue_working_days_sum = self.overdue_working_days_sum

        total = self.total

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled": cancelled,
                "category": category,
                "done": done,
                "done_late": done_late,
                "done_on_time": done_on_time,
                "due": due,
                "in_progress": in_progress,
                "not_started": not_started,
                "on_time_rate": on_time_rate,
                "overdue": overdue,
                "overdue_working_days_max": overdue_working_days_max,
                "overdue_working_days_sum": overdue_working_days_sum,
                "total": total,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelled = d.pop("cancelled")

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))

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

        overdue_working_days_max = d.pop("overdue_working_days_max")

        overdue_working_days_sum = d.pop("overdue_working_days_sum")

        total = d.pop("total")

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        task_summary_group = cls(
            cancelled=cancelled,
            category=category,
            done=done,
            done_late=done_late,
            done_on_time=done_on_time,
            due=due,
            in_progress=in_progress,
            not_started=not_started,
            on_time_rate=on_time_rate,
            overdue=overdue,
            overdue_working_days_max=overdue_working_days_max,
            overdue_working_days_sum=overdue_working_days_sum,
            total=total,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        task_summary_group.additional_properties = d
        return task_summary_group

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
