from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegationCreate")


@_attrs_define
class DelegationCreate:
    """
    Attributes:
        reason (str):
        scopes (list[str]): The acts entrusted, each `act:subject` with act convene, chair or sign and subject a meeting
            kind or issuer of the rulebook in force on valid_from. Entrusting convene also covers consenting to an extra
            meeting of that kind.
        to_user_id (UUID): The delegate: an account of this jurisdiction.
        valid_from (datetime.date):
        from_user_id (None | Unset | UUID): The delegator. Defaults to the caller; only a platform administrator may
            enter a delegation on someone else's behalf.
        valid_to (datetime.date | None | Unset): Last day it counts (inclusive).
    """

    reason: str
    scopes: list[str]
    to_user_id: UUID
    valid_from: datetime.date
    from_user_id: None | Unset | UUID = UNSET
    valid_to: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        scopes = self.scopes

        to_user_id = str(self.to_user_id)

        valid_from = self.valid_from.isoformat()

        from_user_id: None | str | Unset
        if isinstance(self.from_user_id, Unset):
            from_user_id = UNSET
        elif isinstance(self.from_user_id, UUID):
            from_user_id = str(self.from_user_id)
        else:
            from_user_id = self.from_user_id

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        elif isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "scopes": scopes,
                "to_user_id": to_user_id,
                "valid_from": valid_from,
            }
        )
        if from_user_id is not UNSET:
            field_dict["from_user_id"] = from_user_id
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        scopes = cast(list[str], d.pop("scopes"))

        to_user_id = UUID(d.pop("to_user_id"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_from_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_user_id_type_0 = UUID(data)

                return from_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        from_user_id = _parse_from_user_id(d.pop("from_user_id", UNSET))

        def _parse_valid_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("valid_to", UNSET))

        delegation_create = cls(
            reason=reason,
            scopes=scopes,
            to_user_id=to_user_id,
            valid_from=valid_from,
            from_user_id=from_user_id,
            valid_to=valid_to,
        )

        return delegation_create
