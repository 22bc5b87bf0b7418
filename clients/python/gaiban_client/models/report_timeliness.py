from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportTimeliness")


@_attrs_define
class ReportTimeliness:
    """
    Attributes:
        late (int):
        missing (int):
        name (str):
        on_time (int):
        period_from (datetime.date):
        period_to (datetime.date):
        report_kind (str):
        timeliness_rate (float | None): on_time / (on_time + late + missing); null when none was due.
    """

    late: int
    missing: int
    name: str
    on_time: int
    period_from: datetime.date
    period_to: datetime.date
    report_kind: str
    timeliness_rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        late = self.late

        missing = self.missing

        name = self.name

        on_time = self.on_time

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        report_kind = self.report_kind

        timeliness_rate: float | None
        timeliness_rate = self.timeliness_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "late": late,
                "missing": missing,
                "name": name,
                "on_time": on_time,
                "period_from": period_from,
                "period_to": period_to,
                "report_kind": report_kind,
                "timeliness_rate": timeliness_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        late = d.pop("late")

        missing = d.pop("missing")

        name = d.pop("name")

        on_time = d.pop("on_time")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        report_kind = d.pop("report_kind")

        def _parse_timeliness_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        timeliness_rate = _parse_timeliness_rate(d.pop("timeliness_rate"))

        report_timeliness = cls(
            late=late,
            missing=missing,
            name=name,
            on_time=on_time,
            period_from=period_from,
            period_to=period_to,
            report_kind=report_kind,
            timeliness_rate=timeliness_rate,
        )

        report_timeliness.additional_properties = d
        return report_timeliness

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
