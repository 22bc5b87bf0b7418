from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_timeliness import ReportTimeliness
    from ..models.task_tally import TaskTally
    from ..models.unit_task_figures import UnitTaskFigures


T = TypeVar("T", bound="ProgressFigures")


@_attrs_define
class ProgressFigures:
    """
    Attributes:
        as_of (datetime.date):
        reports (list[ReportTimeliness]):
        tasks (TaskTally):
        units (list[UnitTaskFigures]):
        provisional_calendar_years (list[int] | Unset): Years whose working days came from the provisional calendar when
            computed.
    """

    as_of: datetime.date
    reports: list[ReportTimeliness]
    tasks: TaskTally
    units: list[UnitTaskFigures]
    provisional_calendar_years: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        tasks = self.tasks.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        provisional_calendar_years: list[int] | Unset = UNSET
        if not isinstance(self.provisional_calendar_years, Unset):
            provisional_calendar_years = self.provisional_calendar_years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "reports": reports,
                "tasks": tasks,
                "units": units,
            }
        )
        if provisional_calendar_years is not UNSET:
            field_dict["provisional_calendar_years"] = provisional_calendar_years

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_timeliness import ReportTimeliness  # noqa: PLC0415
        from ..models.task_tally import TaskTally  # noqa: PLC0415
        from ..models.unit_task_figures import UnitTaskFigures  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = ReportTimeliness.from_dict(reports_item_data)

            reports.append(reports_item)

        tasks = TaskTally.from_dict(d.pop("tasks"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitTaskFigures.from_dict(units_item_data)

            units.append(units_item)

        provisional_calendar_years = cast(list[int], d.pop("provisional_calendar_years", UNSET))

        progress_figures = cls(
            as_of=as_of,
            reports=reports,
            tasks=tasks,
            units=units,
            provisional_calendar_years=provisional_calendar_years,
        )

        progress_figures.additional_properties = d
        return progress_figures

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
