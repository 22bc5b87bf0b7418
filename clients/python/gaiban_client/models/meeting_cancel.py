from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingCancel")


@_attrs_define
class MeetingCancel:
    """
    Attributes:
        reason (str):
        decided_by (None | Unset | UUID): The person on whose decision it is cancelled (e.g. the leader, by telephone).
            Defaults to the caller; only the office names someone else.
    """

    reason: str
    decided_by: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        decided_by: None | str | Unset
        if isinstance(self.decided_by, Unset):
            decided_by = UNSET
        elif isinstance(self.decided_by, UUID):
            decided_by = str(self.decided_by)
        else:
            decided_by = self.decided_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_decided_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_by_type_0 = UUID(data)

                return decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        decided_by = _parse_decided_by(d.pop("decided_by", UNSET))

        meeting_cancel = cls(
            reason=reason,
            decided_by=decided_by,
        )

        return meeting_cancel
