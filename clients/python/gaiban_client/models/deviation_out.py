from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deviation_kind import DeviationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviationOut")


@_attrs_define
class DeviationOut:
    """Where the day's composition departs from a rule.

    Attributes:
        kind (DeviationKind):
        message (str):
        rule (str):
        source (str):
        position_ids (list[UUID] | Unset): The offending positions (none when one is missing).
        role (None | str | Unset): The position concerned (its key, as the rulebook defines it).
        unit_code (None | str | Unset): The unit concerned (or missing).
        unit_id (None | Unset | UUID): The unit's id, when it is a member unit.
        user_ids (list[UUID] | Unset): Their holders.
    """

    kind: DeviationKind
    message: str
    rule: str
    source: str
    position_ids: list[UUID] | Unset = UNSET
    role: None | str | Unset = UNSET
    unit_code: None | str | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET
    user_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        message = self.message

        rule = self.rule

        source = self.source

        position_ids: list[str] | Unset = UNSET
        if not isinstance(self.position_ids, Unset):
            position_ids = []
            for position_ids_item_data in self.position_ids:
                position_ids_item = str(position_ids_item_data)
                position_ids.append(position_ids_item)

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        else:
            unit_code = self.unit_code

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "message": message,
                "rule": rule,
                "source": source,
            }
        )
        if position_ids is not UNSET:
            field_dict["position_ids"] = position_ids
        if role is not UNSET:
            field_dict["role"] = role
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DeviationKind(d.pop("kind"))

        message = d.pop("message")

        rule = d.pop("rule")

        source = d.pop("source")

        _position_ids = d.pop("position_ids", UNSET)
        position_ids: list[UUID] | Unset = UNSET
        if _position_ids is not UNSET:
            position_ids = []
            for position_ids_item_data in _position_ids:
                position_ids_item = UUID(position_ids_item_data)

                position_ids.append(position_ids_item)

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_unit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))

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

        _user_ids = d.pop("user_ids", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

        deviation_out = cls(
            kind=kind,
            message=message,
            rule=rule,
            source=source,
            position_ids=position_ids,
            role=role,
            unit_code=unit_code,
            unit_id=unit_id,
            user_ids=user_ids,
        )

        deviation_out.additional_properties = d
        return deviation_out

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
