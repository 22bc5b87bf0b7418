from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jurisdiction_level import JurisdictionLevel

T = TypeVar("T", bound="JurisdictionOut")


@_attrs_define
class JurisdictionOut:
    """
    Attributes:
        code (str):
        created_at (datetime.datetime):
        division_code (None | str):
        id (UUID):
        level (JurisdictionLevel): A prefecture-level body (city, prefecture) or a county-level one under it.
        name (str):
        parent_id (None | UUID):
        time_zone (str):
        updated_at (datetime.datetime):
    """

    code: str
    created_at: datetime.datetime
    division_code: None | str
    id: UUID
    level: JurisdictionLevel
    name: str
    parent_id: None | UUID
    time_zone: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        division_code: None | str
        division_code = self.division_code

        id = str(self.id)

        level = self.level.value

        name = self.name

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        time_zone = self.time_zone

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "created_at": created_at,
                "division_code": division_code,
                "id": id,
                "level": level,
                "name": name,
                "parent_id": parent_id,
                "time_zone": time_zone,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_division_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        division_code = _parse_division_code(d.pop("division_code"))

        id = UUID(d.pop("id"))

        level = JurisdictionLevel(d.pop("level"))

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        time_zone = d.pop("time_zone")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        jurisdiction_out = cls(
            code=code,
            created_at=created_at,
            division_code=division_code,
            id=id,
            level=level,
            name=name,
            parent_id=parent_id,
            time_zone=time_zone,
            updated_at=updated_at,
        )

        jurisdiction_out.additional_properties = d
        return jurisdiction_out

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
