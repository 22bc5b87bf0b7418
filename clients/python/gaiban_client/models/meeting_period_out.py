from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cadence import Cadence
from ..models.period_status import PeriodStatus

if TYPE_CHECKING:
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="MeetingPeriodOut")


@_attrs_define
class MeetingPeriodOut:
    """
    Attributes:
        cadence (Cadence):
        extra_meeting_ids (list[UUID]): Extra meetings (临时增开) of the kind in the period: on top of the regular one,
            never instead of it.
        meeting_ids (list[UUID]): Regular meetings of the kind held between window_start and window_end.
        meeting_kind (str):
        name (str):
        outside_window_meeting_ids (list[UUID]): Regular meetings of the kind held in the period but outside its window
            (a joint meeting in June for a year-end rule): why a period may show missed.
        period (PeriodOut): A month, quarter or year, named the same way in every answer.
        reason (None | str): Why none was held, as the office recorded it.
        rule (None | str):
        rulebook_version_id (UUID): The rulebook version in force on the period's last day, which judges it.
        scheduled_meeting_ids (list[UUID]): Regular meetings of the kind planned in that window and not held (yet).
        source (None | str):
        status (PeriodStatus):
        window_end (datetime.date): Last day a meeting counts in: the period's last.
        window_start (datetime.date): First day a meeting counts in: the period's, or for a year-end meeting (年末,
            E-MTG-1) the first day of the year's last quarter.
    """

    cadence: Cadence
    extra_meeting_ids: list[UUID]
    meeting_ids: list[UUID]
    meeting_kind: str
    name: str
    outside_window_meeting_ids: list[UUID]
    period: PeriodOut
    reason: None | str
    rule: None | str
    rulebook_version_id: UUID
    scheduled_meeting_ids: list[UUID]
    source: None | str
    status: PeriodStatus
    window_end: datetime.date
    window_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cadence = self.cadence.value

        extra_meeting_ids = []
        for extra_meeting_ids_item_data in self.extra_meeting_ids:
            extra_meeting_ids_item = str(extra_meeting_ids_item_data)
            extra_meeting_ids.append(extra_meeting_ids_item)

        meeting_ids = []
        for meeting_ids_item_data in self.meeting_ids:
            meeting_ids_item = str(meeting_ids_item_data)
            meeting_ids.append(meeting_ids_item)

        meeting_kind = self.meeting_kind

        name = self.name

        outside_window_meeting_ids = []
        for outside_window_meeting_ids_item_data in self.outside_window_meeting_ids:
            outside_window_meeting_ids_item = str(outside_window_meeting_ids_item_data)
            outside_window_meeting_ids.append(outside_window_meeting_ids_item)

        period = self.period.to_dict()

        reason: None | str
        reason = self.reason

        rule: None | str
        rule = self.rule

        rulebook_version_id = str(self.rulebook_version_id)

        scheduled_meeting_ids = []
        for scheduled_meeting_ids_item_data in self.scheduled_meeting_ids:
            scheduled_meeting_ids_item = str(scheduled_meeting_ids_item_data)
            scheduled_meeting_ids.append(scheduled_meeting_ids_item)

        source: None | str
        source = self.source

        status = self.status.value

        window_end = self.window_end.isoformat()

        window_start = self.window_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cadence": cadence,
                "extra_meeting_ids": extra_meeting_ids,
                "meeting_ids": meeting_ids,
                "meeting_kind": meeting_kind,
                "name": name,
                "outside_window_meeting_ids": outside_window_meeting_ids,
                "period": period,
                "reason": reason,
                "rule": rule,
                "rulebook_version_id": rulebook_version_id,
                "scheduled_meeting_ids": scheduled_meeting_ids,
                "source": source,
                "status": status,
                "window_end": window_end,
                "window_start": window_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        cadence = Cadence(d.pop("cadence"))

        extra_meeting_ids = []
        _extra_meeting_ids = d.pop("extra_meeting_ids")
        for extra_meeting_ids_item_data in _extra_meeting_ids:
            extra_meeting_ids_item = UUID(extra_meeting_ids_item_data)

            extra_meeting_ids.append(extra_meeting_ids_item)

        meeting_ids = []
        _meeting_ids = d.pop("meeting_ids")
        for meeting_ids_item_data in _meeting_ids:
            meeting_ids_item = UUID(meeting_ids_item_data)

            meeting_ids.append(meeting_ids_item)

        meeting_kind = d.pop("meeting_kind")

        name = d.pop("name")

        outside_window_meeting_ids = []
        _outside_window_meeting_ids = d.pop("outside_window_meeting_ids")
        for outside_window_meeting_ids_item_data in _outside_window_meeting_ids:
            outside_window_meeting_ids_item = UUID(outside_window_meeting_ids_item_data)

            outside_window_meeting_ids.append(outside_window_meeting_ids_item)

        period = PeriodOut.from_dict(d.pop("period"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        rulebook_version_id = UUID(d.pop("rulebook_version_id"))

        scheduled_meeting_ids = []
        _scheduled_meeting_ids = d.pop("scheduled_meeting_ids")
        for scheduled_meeting_ids_item_data in _scheduled_meeting_ids:
            scheduled_meeting_ids_item = UUID(scheduled_meeting_ids_item_data)

            scheduled_meeting_ids.append(scheduled_meeting_ids_item)

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        status = PeriodStatus(d.pop("status"))

        window_end = datetime.date.fromisoformat(d.pop("window_end"))

        window_start = datetime.date.fromisoformat(d.pop("window_start"))

        meeting_period_out = cls(
            cadence=cadence,
            extra_meeting_ids=extra_meeting_ids,
            meeting_ids=meeting_ids,
            meeting_kind=meeting_kind,
            name=name,
            outside_window_meeting_ids=outside_window_meeting_ids,
            period=period,
            reason=reason,
            rule=rule,
            rulebook_version_id=rulebook_version_id,
            scheduled_meeting_ids=scheduled_meeting_ids,
            source=source,
            status=status,
            window_end=window_end,
            window_start=window_start,
        )

        meeting_period_out.additional_properties = d
        return meeting_period_out

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
