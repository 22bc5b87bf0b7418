from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgendaItemOut")


@_attrs_define
class AgendaItemOut:
    """
    Attributes:
        concerned_unit_ids (list[UUID]):
        presenting_unit_id (None | UUID):
        title (str):
    """

    concerned_unit_ids: list[UUID]
    presenting_unit_id: None | UUID
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concerned_unit_ids = []
        for concerned_unit_ids_item_data in self.concerned_unit_ids:
            concerned_unit_ids_item = str(concerned_unit_ids_item_data)
            concerned_unit_ids.append(concerned_unit_ids_item)

        presenting_unit_id: None | str
        if isinstance(self.presenting_unit_id, UUID):
            presenting_unit_id = str(self.presenting_unit_id)
        else:
            presenting_unit_id = self.presenting_unit_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concerned_unit_ids": concerned_unit_ids,
                "presenting_unit_id": presenting_unit_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concerned_unit_ids = []
        _concerned_unit_ids = d.pop("concerned_unit_ids")
        for concerned_unit_ids_item_data in _concerned_unit_ids:
            concerned_unit_ids_item = UUID(concerned_unit_ids_item_data)

            concerned_unit_ids.append(concerned_unit_ids_item)

        def _parse_presenting_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presenting_unit_id_type_0 = UUID(data)

                return presenting_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        presenting_unit_id = _parse_presenting_unit_id(d.pop("presenting_unit_id"))

        title = d.pop("title")

        agenda_item_out = cls(
            concerned_unit_ids=concerned_unit_ids,
            presenting_unit_id=presenting_unit_id,
            title=title,
        )

        agenda_item_out.additional_properties = d
        return agenda_item_out

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
