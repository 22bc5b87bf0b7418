from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance_status import AttendanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceUpdate")


@_attrs_define
class AttendanceUpdate:
    """
    Attributes:
        attendance (AttendanceStatus):
        absence_reason (None | str | Unset): Required when absent.
        represented_by_name (None | str | Unset): Required when represented (代参会人).
        represented_by_user_id (None | Unset | UUID):
    """

    attendance: AttendanceStatus
    absence_reason: None | str | Unset = UNSET
    represented_by_name: None | str | Unset = UNSET
    represented_by_user_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance.value

        absence_reason: None | str | Unset
        if isinstance(self.absence_reason, Unset):
            absence_reason = UNSET
        else:
            absence_reason = self.absence_reason

        represented_by_name: None | str | Unset
        if isinstance(self.represented_by_name, Unset):
            represented_by_name = UNSET
        else:
            represented_by_name = self.represented_by_name

        represented_by_user_id: None | str | Unset
        if isinstance(self.represented_by_user_id, Unset):
            represented_by_user_id = UNSET
        elif isinstance(self.represented_by_user_id, UUID):
            represented_by_user_id = str(self.represented_by_user_id)
        else:
            represented_by_user_id = self.represented_by_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attendance": attendance,
            }
        )
        if absence_reason is not UNSET:
            field_dict["absence_reason"] = absence_reason
        if represented_by_name is not UNSET:
            field_dict["represented_by_name"] = represented_by_name
        if represented_by_user_id is not UNSET:
            field_dict["represented_by_user_id"] = represented_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = AttendanceStatus(d.pop("attendance"))

        def _parse_absence_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        absence_reason = _parse_absence_reason(d.pop("absence_reason", UNSET))

        def _parse_represented_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        represented_by_name = _parse_represented_by_name(d.pop("represented_by_name", UNSET))

        def _parse_represented_by_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                represented_by_user_id_type_0 = UUID(data)

                return represented_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        represented_by_user_id = _parse_represented_by_user_id(d.pop("represented_by_user_id", UNSET))

        attendance_update = cls(
            attendance=attendance,
            absence_reason=absence_reason,
            represented_by_name=represented_by_name,
            represented_by_user_id=represented_by_user_id,
        )

        return attendance_update
