from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionCreate")


@_attrs_define
class PositionCreate:
    """
    Attributes:
        role (str): The position's key. The rulebook in force on the tenure's first day defines the keys (its
            `positions` section; before any rulebook is in force, the default catalogue: leader, deputy_leader, member,
            office_director, office_deputy_director, office_staff, unit_head, liaison_officer, information_officer). A key
            it does not define is refused (422).
        user_id (UUID):
        valid_from (datetime.date):
        title (None | str | Unset):
        unit_id (None | Unset | UUID): The member unit: required for a position of the member_unit level (unit_head,
            liaison_officer, information_officer in the default catalogue), null for any other.
        valid_to (datetime.date | None | Unset): Last day held (inclusive).
    """

    role: str
    user_id: UUID
    valid_from: datetime.date
    title: None | str | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET
    valid_to: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        user_id = str(self.user_id)

        valid_from = self.valid_from.isoformat()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        elif isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "user_id": user_id,
                "valid_from": valid_from,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        user_id = UUID(d.pop("user_id"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_valid_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("valid_to", UNSET))

        position_create = cls(
            role=role,
            user_id=user_id,
            valid_from=valid_from,
            title=title,
            unit_id=unit_id,
            valid_to=valid_to,
        )

        return position_create
