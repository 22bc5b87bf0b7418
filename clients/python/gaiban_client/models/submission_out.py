from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeliness import Timeliness

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="SubmissionOut")


@_attrs_define
class SubmissionOut:
    """A unit's report of a kind for a period: the latest version, and timeliness judged on the
    first (a resubmission corrects a report; it does not change when it first arrived).

        Attributes:
            calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
            due_date (datetime.date | None): Null while the holiday arrangement of the year it falls in is not known.
            first_submitted_at (datetime.datetime):
            first_submitted_on (datetime.date):
            id (UUID):
            jurisdiction_id (UUID):
            latest_submitted_at (datetime.datetime):
            latest_version (int):
            period (PeriodOut): A month, quarter or year, named the same way in every answer.
            report_kind (str):
            report_name (None | str): In the rulebook in force now; null if that no longer defines the kind.
            rule (None | str):
            source (None | str):
            timeliness (None | Timeliness): Null when the due date is not known yet.
            unit_id (None | UUID): Null: the office's own report.
            unit_name (None | str):
            updated_at (datetime.datetime): When the report last changed (a resubmission): what `changed_since` compares.
            working_days_late (int | None): Working days after the due date up to the first working day on or after the
                first submission's day; 0 when on time.
    """

    calendar: CalendarUse
    due_date: datetime.date | None
    first_submitted_at: datetime.datetime
    first_submitted_on: datetime.date
    id: UUID
    jurisdiction_id: UUID
    latest_submitted_at: datetime.datetime
    latest_version: int
    period: PeriodOut
    report_kind: str
    report_name: None | str
    rule: None | str
    source: None | str
    timeliness: None | Timeliness
    unit_id: None | UUID
    unit_name: None | str
    updated_at: datetime.datetime
    working_days_late: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar = self.calendar.to_dict()

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        first_submitted_at = self.first_submitted_at.isoformat()

        first_submitted_on = self.first_submitted_on.isoformat()

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        latest_submitted_at = self.latest_submitted_at.isoformat()

        latest_version = self.latest_version

        period = self.period.to_dict()

        report_kind = self.report_kind

        report_name: None | str
        report_name = self.report_name

        rule: None | str
        rule = self.rule

        source: None | str
        source = self.source

        timeliness: None | str
        if isinstance(self.timeliness, Timeliness):
            timeliness = self.timeliness.value
        else:
            timeliness = self.timeliness

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        updated_at = self.updated_at.isoformat()

        working_days_late: int | None
        working_days_late = self.working_days_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar": calendar,
                "due_date": due_date,
                "first_submitted_at": first_submitted_at,
                "first_submitted_on": first_submitted_on,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "latest_submitted_at": latest_submitted_at,
                "latest_version": latest_version,
                "period": period,
                "report_kind": report_kind,
                "report_name": report_name,
                "rule": rule,
                "source": source,
                "timeliness": timeliness,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "updated_at": updated_at,
                "working_days_late": working_days_late,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        calendar = CalendarUse.from_dict(d.pop("calendar"))

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

        first_submitted_at = datetime.datetime.fromisoformat(d.pop("first_submitted_at"))

        first_submitted_on = datetime.date.fromisoformat(d.pop("first_submitted_on"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        latest_submitted_at = datetime.datetime.fromisoformat(d.pop("latest_submitted_at"))

        latest_version = d.pop("latest_version")

        period = PeriodOut.from_dict(d.pop("period"))

        report_kind = d.pop("report_kind")

        def _parse_report_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        report_name = _parse_report_name(d.pop("report_name"))

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_timeliness(data: object) -> None | Timeliness:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeliness_type_0 = Timeliness(data)

                return timeliness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timeliness, data)

        timeliness = _parse_timeliness(d.pop("timeliness"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_working_days_late(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        working_days_late = _parse_working_days_late(d.pop("working_days_late"))

        submission_out = cls(
            calendar=calendar,
            due_date=due_date,
            first_submitted_at=first_submitted_at,
            first_submitted_on=first_submitted_on,
            id=id,
            jurisdiction_id=jurisdiction_id,
            latest_submitted_at=latest_submitted_at,
            latest_version=latest_version,
            period=period,
            report_kind=report_kind,
            report_name=report_name,
            rule=rule,
            source=source,
            timeliness=timeliness,
            unit_id=unit_id,
            unit_name=unit_name,
            updated_at=updated_at,
            working_days_late=working_days_late,
        )

        submission_out.additional_properties = d
        return submission_out

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
