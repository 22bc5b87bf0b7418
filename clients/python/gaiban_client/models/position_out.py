from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_level import PositionLevel

T = TypeVar("T", bound="PositionOut")


@_attrs_define
class PositionOut:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        jurisdiction_id (UUID):
        level (PositionLevel):
        role (str): The position's key. The rulebook in force on the tenure's first day defines the keys (its
            `positions` section; before any rulebook is in force, the default catalogue: leader, deputy_leader, member,
            office_director, office_deputy_director, office_staff, unit_head, liaison_officer, information_officer).
        title (None | str):
        unit_id (None | UUID):
        updated_at (datetime.datetime):
        user_id (UUID):
        valid_from (datetime.date):
        valid_to (datetime.date | None):
    """

    created_at: datetime.datetime
    id: UUID
    jurisdiction_id: UUID
    level: PositionLevel
    role: str
    title: None | str
    unit_id: None | UUID
    updated_at: datetime.datetime
    user_id: UUID
    valid_from: datetime.date
    valid_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        level = self.level.value

        role = self.role

        title: None | str
        title = self.title

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        updated_at = self.updated_at.isoformat()

        user_id = str(self.user_id)

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
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "level": level,
                "role": role,
                "title": title,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "user_id": user_id,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        level = PositionLevel(d.pop("level"))

        role = d.pop("role")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_id = UUID(d.pop("user_id"))

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

        position_out = cls(
            created_at=created_at,
            id=id,
            jurisdiction_id=jurisdiction_id,
            level=level,
            role=role,
            title=title,
            unit_id=unit_id,
            updated_at=updated_at,
            user_id=user_id,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        position_out.additional_properties = d
        return position_out

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
