from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DelegationOut")


@_attrs_define
class DelegationOut:
    """
    Attributes:
        created_at (datetime.datetime):
        from_user_id (UUID):
        id (UUID):
        jurisdiction_id (UUID):
        reason (str):
        revocation_reason (None | str):
        revoked_at (datetime.datetime | None):
        revoked_on (datetime.date | None): First day it no longer counts, once revoked.
        scopes (list[str]):
        to_user_id (UUID):
        updated_at (datetime.datetime):
        valid_from (datetime.date):
        valid_to (datetime.date | None):
    """

    created_at: datetime.datetime
    from_user_id: UUID
    id: UUID
    jurisdiction_id: UUID
    reason: str
    revocation_reason: None | str
    revoked_at: datetime.datetime | None
    revoked_on: datetime.date | None
    scopes: list[str]
    to_user_id: UUID
    updated_at: datetime.datetime
    valid_from: datetime.date
    valid_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        from_user_id = str(self.from_user_id)

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        reason = self.reason

        revocation_reason: None | str
        revocation_reason = self.revocation_reason

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        scopes = self.scopes

        to_user_id = str(self.to_user_id)

        updated_at = self.updated_at.isoformat()

        valid_from = self.valid_from.isoformat()

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "from_user_id": from_user_id,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "reason": reason,
                "revocation_reason": revocation_reason,
                "revoked_at": revoked_at,
                "revoked_on": revoked_on,
                "scopes": scopes,
                "to_user_id": to_user_id,
                "updated_at": updated_at,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        from_user_id = UUID(d.pop("from_user_id"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        reason = d.pop("reason")

        def _parse_revocation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocation_reason"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)

                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))

        scopes = cast(list[str], d.pop("scopes"))

        to_user_id = UUID(d.pop("to_user_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))

        delegation_out = cls(
            created_at=created_at,
            from_user_id=from_user_id,
            id=id,
            jurisdiction_id=jurisdiction_id,
            reason=reason,
            revocation_reason=revocation_reason,
            revoked_at=revoked_at,
            revoked_on=revoked_on,
            scopes=scopes,
            to_user_id=to_user_id,
            updated_at=updated_at,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        delegation_out.additional_properties = d
        return delegation_out

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
