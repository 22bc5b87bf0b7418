from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompliancePeriod")


@_attrs_define
class CompliancePeriod:
    """
    Attributes:
        due_date (datetime.date | None): Null when it falls in a coming year past the provisional calendar (after 2100):
            certainly after today, so its cells are not yet due (or on time). A date in a year not published yet is
            provisional (`calendar.provisional_years`).
        end (datetime.date):
        label (str):
        start (datetime.date):
    """

    due_date: datetime.date | None
    end: datetime.date
    label: str
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        end = self.end.isoformat()

        label = self.label

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_date": due_date,
                "end": end,
                "label": label,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        end = datetime.date.fromisoformat(d.pop("end"))

        label = d.pop("label")

        start = datetime.date.fromisoformat(d.pop("start"))

        compliance_period = cls(
            due_date=due_date,
            end=end,
            label=label,
            start=start,
        )

        compliance_period.additional_properties = d
        return compliance_period

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
