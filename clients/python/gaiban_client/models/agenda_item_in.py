from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgendaItemIn")


@_attrs_define
class AgendaItemIn:
    """
    Attributes:
        title (str):
        concerned_unit_ids (list[UUID] | Unset): The member units the item concerns (议题涉及单位); their heads are invited
            where the attendance rule says so.
        presenting_unit_id (None | Unset | UUID): The member unit presenting the item (汇报单位).
    """

    title: str
    concerned_unit_ids: list[UUID] | Unset = UNSET
    presenting_unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        concerned_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.concerned_unit_ids, Unset):
            concerned_unit_ids = []
            for concerned_unit_ids_item_data in self.concerned_unit_ids:
                concerned_unit_ids_item = str(concerned_unit_ids_item_data)
                concerned_unit_ids.append(concerned_unit_ids_item)

        presenting_unit_id: None | str | Unset
        if isinstance(self.presenting_unit_id, Unset):
            presenting_unit_id = UNSET
        elif isinstance(self.presenting_unit_id, UUID):
            presenting_unit_id = str(self.presenting_unit_id)
        else:
            presenting_unit_id = self.presenting_unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if concerned_unit_ids is not UNSET:
            field_dict["concerned_unit_ids"] = concerned_unit_ids
        if presenting_unit_id is not UNSET:
            field_dict["presenting_unit_id"] = presenting_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        _concerned_unit_ids = d.pop("concerned_unit_ids", UNSET)
        concerned_unit_ids: list[UUID] | Unset = UNSET
        if _concerned_unit_ids is not UNSET:
            concerned_unit_ids = []
            for concerned_unit_ids_item_data in _concerned_unit_ids:
                concerned_unit_ids_item = UUID(concerned_unit_ids_item_data)

                concerned_unit_ids.append(concerned_unit_ids_item)

        def _parse_presenting_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presenting_unit_id_type_0 = UUID(data)

                return presenting_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        presenting_unit_id = _parse_presenting_unit_id(d.pop("presenting_unit_id", UNSET))

        agenda_item_in = cls(
            title=title,
            concerned_unit_ids=concerned_unit_ids,
            presenting_unit_id=presenting_unit_id,
        )

        return agenda_item_in
