from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.recipient_kind import RecipientKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientIn")


@_attrs_define
class RecipientIn:
    """A recipient: this jurisdiction's leading group, one of its member units, or the office of
    one of its counties (a child jurisdiction).

        Attributes:
            kind (RecipientKind):
            jurisdiction_id (None | Unset | UUID): For kind=county_office only: the county's jurisdiction.
            unit_id (None | Unset | UUID): For kind=member_unit only.
    """

    kind: RecipientKind
    jurisdiction_id: None | Unset | UUID = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        jurisdiction_id: None | str | Unset
        if isinstance(self.jurisdiction_id, Unset):
            jurisdiction_id = UNSET
        elif isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if jurisdiction_id is not UNSET:
            field_dict["jurisdiction_id"] = jurisdiction_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RecipientKind(d.pop("kind"))

        def _parse_jurisdiction_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_id_type_0 = UUID(data)

                return jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id", UNSET))

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        recipient_in = cls(
            kind=kind,
            jurisdiction_id=jurisdiction_id,
            unit_id=unit_id,
        )

        return recipient_in
