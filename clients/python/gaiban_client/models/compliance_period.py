from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period_kind import PeriodKind

T = TypeVar("T", bound="CompliancePeriod")


@_attrs_define
class CompliancePeriod:
    """A period of the matrix: the shape of every period (PeriodOut), and its due date.

    Attributes:
        due_date (datetime.date | None): Null when it falls in a coming year past the provisional calendar (after 2100):
            certainly after today, so its cells are not yet due (or on time). A date in a year not published yet is
            provisional (`calendar.provisional_years`).
        end (datetime.date): The period's last day.
        index (int): 1–12 for a month, 1–4 for a quarter, 1 for a year.
        kind (PeriodKind):
        label (str): `2026-11` (a month), `2026-Q3` (a quarter) or `2026` (a year): the form a request gives a period
            in.
        start (datetime.date): The period's first day.
        year (int):
    """

    due_date: datetime.date | None
    end: datetime.date
    index: int
    kind: PeriodKind
    label: str
    start: datetime.date
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        end = self.end.isoformat()

        index = self.index

        kind = self.kind.value

        label = self.label

        start = self.start.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_date": due_date,
                "end": end,
                "index": index,
                "kind": kind,
                "label": label,
                "start": start,
                "year": year,
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

        index = d.pop("index")

        kind = PeriodKind(d.pop("kind"))

        label = d.pop("label")

        start = datetime.date.fromisoformat(d.pop("start"))

        year = d.pop("year")

        compliance_period = cls(
            due_date=due_date,
            end=end,
            index=index,
            kind=kind,
            label=label,
            start=start,
            year=year,
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
