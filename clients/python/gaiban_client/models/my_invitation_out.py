from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance_status import AttendanceStatus

T = TypeVar("T", bound="MyInvitationOut")


@_attrs_define
class MyInvitationOut:
    """
    Attributes:
        attendance (AttendanceStatus):
        basis (str): Why the caller is invited (as an invitee's basis).
    """

    attendance: AttendanceStatus
    basis: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance.value

        basis = self.basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "basis": basis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendance = AttendanceStatus(d.pop("attendance"))

        basis = d.pop("basis")

        my_invitation_out = cls(
            attendance=attendance,
            basis=basis,
        )

        my_invitation_out.additional_properties = d
        return my_invitation_out

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
