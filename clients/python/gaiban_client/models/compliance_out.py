from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.compliance_period import CompliancePeriod
    from ..models.compliance_row import ComplianceRow
    from ..models.compliance_totals import ComplianceTotals
    from ..models.descendant_compliance_out import DescendantComplianceOut
    from ..models.skipped_compliance_out import SkippedComplianceOut


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
            descendants (list[DescendantComplianceOut] | None | Unset): Only with `include_descendants=true`: the matrix of
                every jurisdiction below this one whose submissions the caller reads, nearest first, each by its own rulebook
                (never with descendants of its own: the list is flat).
            skipped (list[SkippedComplianceOut] | None | Unset): Only with `include_descendants=true`: the jurisdictions
                below whose matrix cannot be built (their rulebook does not define the kind, or none is in force).
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
    descendants: list[DescendantComplianceOut] | None | Unset = UNSET
    skipped: list[SkippedComplianceOut] | None | Unset = UNSET
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

        descendants: list[dict[str, Any]] | None | Unset
        if isinstance(self.descendants, Unset):
            descendants = UNSET
        elif isinstance(self.descendants, list):
            descendants = []
            for descendants_type_0_item_data in self.descendants:
                descendants_type_0_item = descendants_type_0_item_data.to_dict()
                descendants.append(descendants_type_0_item)

        else:
            descendants = self.descendants

        skipped: list[dict[str, Any]] | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        elif isinstance(self.skipped, list):
            skipped = []
            for skipped_type_0_item_data in self.skipped:
                skipped_type_0_item = skipped_type_0_item_data.to_dict()
                skipped.append(skipped_type_0_item)

        else:
            skipped = self.skipped

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
        if descendants is not UNSET:
            field_dict["descendants"] = descendants
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.compliance_period import CompliancePeriod  # noqa: PLC0415
        from ..models.compliance_row import ComplianceRow  # noqa: PLC0415
        from ..models.compliance_totals import ComplianceTotals  # noqa: PLC0415
        from ..models.descendant_compliance_out import DescendantComplianceOut  # noqa: PLC0415
        from ..models.skipped_compliance_out import SkippedComplianceOut  # noqa: PLC0415

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

        def _parse_descendants(data: object) -> list[DescendantComplianceOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                descendants_type_0 = []
                _descendants_type_0 = data
                for descendants_type_0_item_data in _descendants_type_0:
                    descendants_type_0_item = DescendantComplianceOut.from_dict(descendants_type_0_item_data)

                    descendants_type_0.append(descendants_type_0_item)

                return descendants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DescendantComplianceOut] | None | Unset, data)

        descendants = _parse_descendants(d.pop("descendants", UNSET))

        def _parse_skipped(data: object) -> list[SkippedComplianceOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skipped_type_0 = []
                _skipped_type_0 = data
                for skipped_type_0_item_data in _skipped_type_0:
                    skipped_type_0_item = SkippedComplianceOut.from_dict(skipped_type_0_item_data)

                    skipped_type_0.append(skipped_type_0_item)

                return skipped_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkippedComplianceOut] | None | Unset, data)

        skipped = _parse_skipped(d.pop("skipped", UNSET))

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
            descendants=descendants,
            skipped=skipped,
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
