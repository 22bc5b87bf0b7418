from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.task_summary_group import TaskSummaryGroup
    from ..models.task_tally import TaskTally


T = TypeVar("T", bound="TaskSummaryOut")


@_attrs_define
class TaskSummaryOut:
    """
    Attributes:
        as_of (datetime.date):
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        group_by (str):
        groups (list[TaskSummaryGroup]):
        totals (TaskTally):
    """

    as_of: datetime.date
    calendar: CalendarUse
    group_by: str
    groups: list[TaskSummaryGroup]
    totals: TaskTally
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        calendar = self.calendar.to_dict()

        group_by = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "calendar": calendar,
                "group_by": group_by,
                "groups": groups,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.task_summary_group import TaskSummaryGroup  # noqa: PLC0415
        from ..models.task_tally import TaskTally  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        calendar = CalendarUse.from_dict(d.pop("calendar"))

        group_by = d.pop("group_by")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = TaskSummaryGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        totals = TaskTally.from_dict(d.pop("totals"))

        task_summary_out = cls(
            as_of=as_of,
            calendar=calendar,
            group_by=group_by,
            groups=groups,
            totals=totals,
        )

        task_summary_out.additional_properties = d
        return task_summary_out

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
