from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingApprove")


@_attrs_define
class MeetingApprove:
    """
    Attributes:
        consenter_id (None | Unset | UUID): The person consenting. Defaults to the caller; the office records a consent
            given by someone else by naming them.
    """

    consenter_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        consenter_id: None | str | Unset
        if isinstance(self.consenter_id, Unset):
            consenter_id = UNSET
        elif isinstance(self.consenter_id, UUID):
            consenter_id = str(self.consenter_id)
        else:
            consenter_id = self.consenter_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consenter_id is not UNSET:
            field_dict["consenter_id"] = consenter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_consenter_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consenter_id_type_0 = UUID(data)

                return consenter_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consenter_id = _parse_consenter_id(d.pop("consenter_id", UNSET))

        meeting_approve = cls(
            consenter_id=consenter_id,
        )

        return meeting_approve
