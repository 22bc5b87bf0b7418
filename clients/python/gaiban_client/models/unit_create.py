from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.unit_kind import UnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreate")


@_attrs_define
class UnitCreate:
    """
    Attributes:
        code (str):
        name (str):
        kind (UnitKind | Unset):
    """

    code: str
    name: str
    kind: UnitKind | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        _kind = d.pop("kind", UNSET)
        kind: UnitKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = UnitKind(_kind)

        unit_create = cls(
            code=code,
            name=name,
            kind=kind,
        )

        return unit_create
