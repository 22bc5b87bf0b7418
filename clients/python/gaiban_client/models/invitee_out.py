from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance_status import AttendanceStatus

T = TypeVar("T", bound="InviteeOut")


@_attrs_define
class InviteeOut:
    """
    Attributes:
        absence_reason (None | str):
        attendance (AttendanceStatus):
        attendance_recorded_at (datetime.datetime | None):
        basis (str): Why invited: an attendance rule (all_members, unit_principal_heads, unit_responsible_persons,
            units_concerned), chair, or office (added by the office).
        display_name (None | str):
        id (UUID):
        meeting_id (UUID):
        represented_by_name (None | str):
        represented_by_user_id (None | UUID):
        unit_id (None | UUID):
        user_id (None | UUID): Null: the unit has nobody to send yet.
    """

    absence_reason: None | str
    attendance: AttendanceStatus
    attendance_recorded_at: datetime.datetime | None
    basis: str
    display_name: None | str
    id: UUID
    meeting_id: UUID
    represented_by_name: None | str
    represented_by_user_id: None | UUID
    unit_id: None | UUID
    user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absence_reason: None | str
        absence_reason = self.absence_reason

        attendance = self.attendance.value

        attendance_recorded_at: None | str
        if isinstance(self.attendance_recorded_at, datetime.datetime):
            attendance_recorded_at = self.attendance_recorded_at.isoformat()
        else:
            attendance_recorded_at = self.attendance_recorded_at

        basis = self.basis

        display_name: None | str
        display_name = self.display_name

        id = str(self.id)

        meeting_id = str(self.meeting_id)

        represented_by_name: None | str
        represented_by_name = self.represented_by_name

        represented_by_user_id: None | str
        if isinstance(self.represented_by_user_id, UUID):
            represented_by_user_id = str(self.represented_by_user_id)
        else:
            represented_by_user_id = self.represented_by_user_id

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absence_reason": absence_reason,
                "attendance": attendance,
                "attendance_recorded_at": attendance_recorded_at,
                "basis": basis,
                "display_name": display_name,
                "id": id,
                "meeting_id": meeting_id,
                "represented_by_name": represented_by_name,
                "represented_by_user_id": represented_by_user_id,
                "unit_id": unit_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_absence_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        absence_reason = _parse_absence_reason(d.pop("absence_reason"))

        attendance = AttendanceStatus(d.pop("attendance"))

        def _parse_attendance_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return attendance_recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        attendance_recorded_at = _parse_attendance_recorded_at(d.pop("attendance_recorded_at"))

        basis = d.pop("basis")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))

        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meeting_id"))

        def _parse_represented_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        represented_by_name = _parse_represented_by_name(d.pop("represented_by_name"))

        def _parse_represented_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                represented_by_user_id_type_0 = UUID(data)

                return represented_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        represented_by_user_id = _parse_represented_by_user_id(d.pop("represented_by_user_id"))

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

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        invitee_out = cls(
            absence_reason=absence_reason,
            attendance=attendance,
            attendance_recorded_at=attendance_recorded_at,
            basis=basis,
            display_name=display_name,
            id=id,
            meeting_id=meeting_id,
            represented_by_name=represented_by_name,
            represented_by_user_id=represented_by_user_id,
            unit_id=unit_id,
            user_id=user_id,
        )

        invitee_out.additional_properties = d
        return invitee_out

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
