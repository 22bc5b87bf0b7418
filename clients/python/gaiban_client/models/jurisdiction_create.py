from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.jurisdiction_level import JurisdictionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="JurisdictionCreate")


@_attrs_define
class JurisdictionCreate:
    """
    Attributes:
        code (str): Stable slug.
        level (JurisdictionLevel): A prefecture-level body (city, prefecture) or a county-level one under it.
        name (str):
        division_code (None | str | Unset): GB/T 2260 administrative division code.
        parent_id (None | Unset | UUID):
        time_zone (str | Unset):  Default: 'Asia/Shanghai'.
    """

    code: str
    level: JurisdictionLevel
    name: str
    division_code: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    time_zone: str | Unset = "Asia/Shanghai"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        level = self.level.value

        name = self.name

        division_code: None | str | Unset
        if isinstance(self.division_code, Unset):
            division_code = UNSET
        else:
            division_code = self.division_code

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "level": level,
                "name": name,
            }
        )
        if division_code is not UNSET:
            field_dict["division_code"] = division_code
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        level = JurisdictionLevel(d.pop("level"))

        name = d.pop("name")

        def _parse_division_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        division_code = _parse_division_code(d.pop("division_code", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        time_zone = d.pop("time_zone", UNSET)

        jurisdiction_create = cls(
            code=code,
            level=level,
            name=name,
            division_code=division_code,
            parent_id=parent_id,
            time_zone=time_zone,
        )

        return jurisdiction_create
