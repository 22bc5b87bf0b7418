from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.compliance_period import CompliancePeriod
    from ..models.compliance_row import ComplianceRow
    from ..models.compliance_totals import ComplianceTotals


T = TypeVar("T", bound="ComplianceOut")


@_attrs_define
class ComplianceOut:
    """Unit × period for one report kind. `Accept: text/csv` gives the same as CSV, one line
    per unit and period.

        Attributes:
            as_of (datetime.date): Today in the jurisdiction: what is not yet due is judged so.
            calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
            jurisdiction_id (UUID):
            periods (list[CompliancePeriod]):
            report_kind (str):
            report_name (str):
            rows (list[ComplianceRow]):
            rule (str):
            source (str):
            totals (list[ComplianceTotals]): Per period, in the periods' order.
    """

    as_of: datetime.date
    calendar: CalendarUse
    jurisdiction_id: UUID
    periods: list[CompliancePeriod]
    report_kind: str
    report_name: str
    rows: list[ComplianceRow]
    rule: str
    source: str
    totals: list[ComplianceTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        calendar = self.calendar.to_dict()

        jurisdiction_id = str(self.jurisdiction_id)

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        report_kind = self.report_kind

        report_name = self.report_name

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        rule = self.rule

        source = self.source

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "calendar": calendar,
                "jurisdiction_id": jurisdiction_id,
                "periods": periods,
                "report_kind": report_kind,
                "report_name": report_name,
                "rows": rows,
                "rule": rule,
                "source": source,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.compliance_period import CompliancePeriod  # noqa: PLC0415
        from ..models.compliance_row import ComplianceRow  # noqa: PLC0415
        from ..models.compliance_totals import ComplianceTotals  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        calendar = CalendarUse.from_dict(d.pop("calendar"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = CompliancePeriod.from_dict(periods_item_data)

            periods.append(periods_item)

        report_kind = d.pop("report_kind")

        report_name = d.pop("report_name")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ComplianceRow.from_dict(rows_item_data)

            rows.append(rows_item)

        rule = d.pop("rule")

        source = d.pop("source")

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = ComplianceTotals.from_dict(totals_item_data)

            totals.append(totals_item)

        compliance_out = cls(
            as_of=as_of,
            calendar=calendar,
            jurisdiction_id=jurisdiction_id,
            periods=periods,
            report_kind=report_kind,
            report_name=report_name,
            rows=rows,
            rule=rule,
            source=source,
            totals=totals,
        )

        compliance_out.additional_properties = d
        return compliance_out

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
