from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.task_ref import TaskRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="SupervisionNoticeOut")


@_attrs_define
class SupervisionNoticeOut:
    """
    Attributes:
        answered (bool):
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        created_at (datetime.datetime):
        id (UUID):
        issued_by (UUID):
        issued_by_name (str):
        issued_on (datetime.date):
        jurisdiction_id (UUID):
        replied_at (datetime.datetime | None):
        replied_by (None | UUID):
        replied_by_name (None | str):
        replied_on (datetime.date | None):
        reply_due_on (datetime.date):
        reply_overdue (bool): Unanswered and today is after the reply date, or answered after it (a late reply stays
            overdue).
        reply_overdue_working_days (int): Working days begun since the reply date: up to today while unanswered, up to
            the reply day when answered late; 0 otherwise (a reply due on a Friday is overdue on the Saturday with 0 working
            days).
        reply_text (None | str):
        task (TaskRef):
        text (str):
        unit (UnitRef):
    """

    answered: bool
    calendar: CalendarUse
    created_at: datetime.datetime
    id: UUID
    issued_by: UUID
    issued_by_name: str
    issued_on: datetime.date
    jurisdiction_id: UUID
    replied_at: datetime.datetime | None
    replied_by: None | UUID
    replied_by_name: None | str
    replied_on: datetime.date | None
    reply_due_on: datetime.date
    reply_overdue: bool
    reply_overdue_working_days: int
    reply_text: None | str
    task: TaskRef
    text: str
    unit: UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        calendar = self.calendar.to_dict()

        created_at = self.created_at.isoformat()

        id = str(self.id)

        issued_by = str(self.issued_by)

        issued_by_name = self.issued_by_name

        issued_on = self.issued_on.isoformat()

        jurisdiction_id = str(self.jurisdiction_id)

        replied_at: None | str
        if isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        replied_by: None | str
        if isinstance(self.replied_by, UUID):
            replied_by = str(self.replied_by)
        else:
            replied_by = self.replied_by

        replied_by_name: None | str
        replied_by_name = self.replied_by_name

        replied_on: None | str
        if isinstance(self.replied_on, datetime.date):
            replied_on = self.replied_on.isoformat()
        else:
            replied_on = self.replied_on

        reply_due_on = self.reply_due_on.isoformat()

        reply_overdue = self.reply_overdue

        reply_overdue_working_days = self.reply_overdue_working_days

        reply_text: None | str
        reply_text = self.reply_text

        task = self.task.to_dict()

        text = self.text

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered": answered,
                "calendar": calendar,
                "created_at": created_at,
                "id": id,
                "issued_by": issued_by,
                "issued_by_name": issued_by_name,
                "issued_on": issued_on,
                "jurisdiction_id": jurisdiction_id,
                "replied_at": replied_at,
                "replied_by": replied_by,
                "replied_by_name": replied_by_name,
                "replied_on": replied_on,
                "reply_due_on": reply_due_on,
                "reply_overdue": reply_overdue,
                "reply_overdue_working_days": reply_overdue_working_days,
                "reply_text": reply_text,
                "task": task,
                "text": text,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.task_ref import TaskRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        answered = d.pop("answered")

        calendar = CalendarUse.from_dict(d.pop("calendar"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        issued_by = UUID(d.pop("issued_by"))

        issued_by_name = d.pop("issued_by_name")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        def _parse_replied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_at_type_0 = datetime.datetime.fromisoformat(data)

                return replied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        replied_at = _parse_replied_at(d.pop("replied_at"))

        def _parse_replied_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_by_type_0 = UUID(data)

                return replied_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        replied_by = _parse_replied_by(d.pop("replied_by"))

        def _parse_replied_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replied_by_name = _parse_replied_by_name(d.pop("replied_by_name"))

        def _parse_replied_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_on_type_0 = datetime.date.fromisoformat(data)

                return replied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        replied_on = _parse_replied_on(d.pop("replied_on"))

        reply_due_on = datetime.date.fromisoformat(d.pop("reply_due_on"))

        reply_overdue = d.pop("reply_overdue")

        reply_overdue_working_days = d.pop("reply_overdue_working_days")

        def _parse_reply_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_text = _parse_reply_text(d.pop("reply_text"))

        task = TaskRef.from_dict(d.pop("task"))

        text = d.pop("text")

        unit = UnitRef.from_dict(d.pop("unit"))

        supervision_notice_out = cls(
            answered=answered,
            calendar=calendar,
            created_at=created_at,
            id=id,
            issued_by=issued_by,
            issued_by_name=issued_by_name,
            issued_on=issued_on,
            jurisdiction_id=jurisdiction_id,
            replied_at=replied_at,
            replied_by=replied_by,
            replied_by_name=replied_by_name,
            replied_on=replied_on,
            reply_due_on=reply_due_on,
            reply_overdue=reply_overdue,
            reply_overdue_working_days=reply_overdue_working_days,
            reply_text=reply_text,
            task=task,
            text=text,
            unit=unit,
        )

        supervision_notice_out.additional_properties = d
        return supervision_notice_out

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
