from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignatureOut")


@_attrs_define
class SignatureOut:
    """
    Attributes:
        delegation_id (None | UUID): The entrustment signed under.
        rule (str):
        signed_at (datetime.datetime):
        signed_by (UUID):
        signed_by_name (str):
        signed_for (None | UUID): Set when a deputy signed as entrusted: the person entrusting (委托人).
        signed_for_name (None | str):
        signed_on (datetime.date): The local day of signing, the day the rules were read.
        source (str):
        text (str): How the signature reads.
    """

    delegation_id: None | UUID
    rule: str
    signed_at: datetime.datetime
    signed_by: UUID
    signed_by_name: str
    signed_for: None | UUID
    signed_for_name: None | str
    signed_on: datetime.date
    source: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegation_id: None | str
        if isinstance(self.delegation_id, UUID):
            delegation_id = str(self.delegation_id)
        else:
            delegation_id = self.delegation_id

        rule = self.rule

        signed_at = self.signed_at.isoformat()

        signed_by = str(self.signed_by)

        signed_by_name = self.signed_by_name

        signed_for: None | str
        if isinstance(self.signed_for, UUID):
            signed_for = str(self.signed_for)
        else:
            signed_for = self.signed_for

        signed_for_name: None | str
        signed_for_name = self.signed_for_name

        signed_on = self.signed_on.isoformat()

        source = self.source

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegation_id": delegation_id,
                "rule": rule,
                "signed_at": signed_at,
                "signed_by": signed_by,
                "signed_by_name": signed_by_name,
                "signed_for": signed_for,
                "signed_for_name": signed_for_name,
                "signed_on": signed_on,
                "source": source,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_id_type_0 = UUID(data)

                return delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        delegation_id = _parse_delegation_id(d.pop("delegation_id"))

        rule = d.pop("rule")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))

        signed_by = UUID(d.pop("signed_by"))

        signed_by_name = d.pop("signed_by_name")

        def _parse_signed_for(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_for_type_0 = UUID(data)

                return signed_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        signed_for = _parse_signed_for(d.pop("signed_for"))

        def _parse_signed_for_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_for_name = _parse_signed_for_name(d.pop("signed_for_name"))

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))

        source = d.pop("source")

        text = d.pop("text")

        signature_out = cls(
            delegation_id=delegation_id,
            rule=rule,
            signed_at=signed_at,
            signed_by=signed_by,
            signed_by_name=signed_by_name,
            signed_for=signed_for,
            signed_for_name=signed_for_name,
            signed_on=signed_on,
            source=source,
            text=text,
        )

        signature_out.additional_properties = d
        return signature_out

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
