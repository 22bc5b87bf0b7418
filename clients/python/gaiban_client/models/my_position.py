from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_level import PositionLevel

T = TypeVar("T", bound="MyPosition")


@_attrs_define
class MyPosition:
    """
    Attributes:
        defined (bool): False when the rulebook in force today no longer defines the key: the post keeps its level's
            powers and none of the capabilities the rulebook gave it.
        jurisdiction_id (UUID):
        level (PositionLevel):
        role (str): The position's key in the rulebook (leader, office_staff, liaison_officer…).
        title_zh (None | str): The position's title in the rulebook in force today (null when it no longer defines the
            key).
        unit_id (None | UUID):
    """

    defined: bool
    jurisdiction_id: UUID
    level: PositionLevel
    role: str
    title_zh: None | str
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defined = self.defined

        jurisdiction_id = str(self.jurisdiction_id)

        level = self.level.value

        role = self.role

        title_zh: None | str
        title_zh = self.title_zh

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defined": defined,
                "jurisdiction_id": jurisdiction_id,
                "level": level,
                "role": role,
                "title_zh": title_zh,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defined = d.pop("defined")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        level = PositionLevel(d.pop("level"))

        role = d.pop("role")

        def _parse_title_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_zh = _parse_title_zh(d.pop("title_zh"))

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

        my_position = cls(
            defined=defined,
            jurisdiction_id=jurisdiction_id,
            level=level,
            role=role,
            title_zh=title_zh,
            unit_id=unit_id,
        )

        my_position.additional_properties = d
        return my_position

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
