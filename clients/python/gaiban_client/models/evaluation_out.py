from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.evaluation_inspection import EvaluationInspection
    from ..models.evaluation_totals import EvaluationTotals


T = TypeVar("T", bound="EvaluationOut")


@_attrs_define
class EvaluationOut:
    """
    Attributes:
        as_of (datetime.date): Today, the day statuses and overdue are judged on.
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        inspections (list[EvaluationInspection]):
        jurisdiction_id (UUID):
        period_from (datetime.date):
        period_to (datetime.date):
        totals (EvaluationTotals):
    """

    as_of: datetime.date
    calendar: CalendarUse
    inspections: list[EvaluationInspection]
    jurisdiction_id: UUID
    period_from: datetime.date
    period_to: datetime.date
    totals: EvaluationTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        calendar = self.calendar.to_dict()

        inspections = []
        for inspections_item_data in self.inspections:
            inspections_item = inspections_item_data.to_dict()
            inspections.append(inspections_item)

        jurisdiction_id = str(self.jurisdiction_id)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "calendar": calendar,
                "inspections": inspections,
                "jurisdiction_id": jurisdiction_id,
                "period_from": period_from,
                "period_to": period_to,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.evaluation_inspection import EvaluationInspection  # noqa: PLC0415
        from ..models.evaluation_totals import EvaluationTotals  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        calendar = CalendarUse.from_dict(d.pop("calendar"))

        inspections = []
        _inspections = d.pop("inspections")
        for inspections_item_data in _inspections:
            inspections_item = EvaluationInspection.from_dict(inspections_item_data)

            inspections.append(inspections_item)

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        totals = EvaluationTotals.from_dict(d.pop("totals"))

        evaluation_out = cls(
            as_of=as_of,
            calendar=calendar,
            inspections=inspections,
            jurisdiction_id=jurisdiction_id,
            period_from=period_from,
            period_to=period_to,
            totals=totals,
        )

        evaluation_out.additional_properties = d
        return evaluation_out

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
