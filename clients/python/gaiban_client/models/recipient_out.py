from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_kind import RecipientKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientOut")


@_attrs_define
class RecipientOut:
    """
    Attributes:
        copy (bool): false: 报送 (the leading group); true: 抄送 (copied).
        id (UUID):
        jurisdiction_id (UUID): The recipient's jurisdiction: the briefing's own, or the county's.
        kind (RecipientKind):
        name (str): As on the day it was sent.
        unit_id (None | UUID):
        first_read_at (datetime.datetime | None | Unset): Shown to the office only: the first read by any of its people.
        first_read_by (None | Unset | UUID):
        first_read_by_name (None | str | Unset):
    """

    copy: bool
    id: UUID
    jurisdiction_id: UUID
    kind: RecipientKind
    name: str
    unit_id: None | UUID
    first_read_at: datetime.datetime | None | Unset = UNSET
    first_read_by: None | Unset | UUID = UNSET
    first_read_by_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind.value

        name = self.name

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        first_read_at: None | str | Unset
        if isinstance(self.first_read_at, Unset):
            first_read_at = UNSET
        elif isinstance(self.first_read_at, datetime.datetime):
            first_read_at = self.first_read_at.isoformat()
        else:
            first_read_at = self.first_read_at

        first_read_by: None | str | Unset
        if isinstance(self.first_read_by, Unset):
            first_read_by = UNSET
        elif isinstance(self.first_read_by, UUID):
            first_read_by = str(self.first_read_by)
        else:
            first_read_by = self.first_read_by

        first_read_by_name: None | str | Unset
        if isinstance(self.first_read_by_name, Unset):
            first_read_by_name = UNSET
        else:
            first_read_by_name = self.first_read_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "copy": copy,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "name": name,
                "unit_id": unit_id,
            }
        )
        if first_read_at is not UNSET:
            field_dict["first_read_at"] = first_read_at
        if first_read_by is not UNSET:
            field_dict["first_read_by"] = first_read_by
        if first_read_by_name is not UNSET:
            field_dict["first_read_by_name"] = first_read_by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copy = d.pop("copy")

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = RecipientKind(d.pop("kind"))

        name = d.pop("name")

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

        def _parse_first_read_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_read_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_read_at = _parse_first_read_at(d.pop("first_read_at", UNSET))

        def _parse_first_read_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_read_by_type_0 = UUID(data)

                return first_read_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        first_read_by = _parse_first_read_by(d.pop("first_read_by", UNSET))

        def _parse_first_read_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_read_by_name = _parse_first_read_by_name(d.pop("first_read_by_name", UNSET))

        recipient_out = cls(
            copy=copy,
            id=id,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            name=name,
            unit_id=unit_id,
            first_read_at=first_read_at,
            first_read_by=first_read_by,
            first_read_by_name=first_read_by_name,
        )

        recipient_out.additional_properties = d
        return recipient_out

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
