from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="ObligationOut")


@_attrs_define
class ObligationOut:
    """
    Attributes:
        due_date (datetime.date):
        period (PeriodOut): A month, quarter or year, named the same way in every answer.
        report_kind (str):
        report_name (str):
        rule (str):
        source (str):
        submitted_by (str): The role that submits it (liaison_officer …).
        unit_id (None | UUID): Null: the office submits it.
        unit_name (None | str):
    """

    due_date: datetime.date
    period: PeriodOut
    report_kind: str
    report_name: str
    rule: str
    source: str
    submitted_by: str
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        period = self.period.to_dict()

        report_kind = self.report_kind

        report_name = self.report_name

        rule = self.rule

        source = self.source

        submitted_by = self.submitted_by

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
                "due_date": due_date,
                "period": period,
                "report_kind": report_kind,
                "report_name": report_name,
                "rule": rule,
                "source": source,
                "submitted_by": submitted_by,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        period = PeriodOut.from_dict(d.pop("period"))

        report_kind = d.pop("report_kind")

        report_name = d.pop("report_name")

        rule = d.pop("rule")

        source = d.pop("source")

        submitted_by = d.pop("submitted_by")

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

        obligation_out = cls(
            due_date=due_date,
            period=period,
            report_kind=report_kind,
            report_name=report_name,
            rule=rule,
            source=source,
            submitted_by=submitted_by,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        obligation_out.additional_properties = d
        return obligation_out

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
