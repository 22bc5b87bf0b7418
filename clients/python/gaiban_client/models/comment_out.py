from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="CommentOut")


@_attrs_define
class CommentOut:
    """
    Attributes:
        author_id (UUID):
        author_name (str):
        created_at (datetime.datetime):
        id (UUID):
        task_id (UUID):
        text (str):
        unit (None | UnitRef): The unit commenting; null for the office.
    """

    author_id: UUID
    author_name: str
    created_at: datetime.datetime
    id: UUID
    task_id: UUID
    text: str
    unit: None | UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        author_id = str(self.author_id)

        author_name = self.author_name

        created_at = self.created_at.isoformat()

        id = str(self.id)

        task_id = str(self.task_id)

        text = self.text

        unit: dict[str, Any] | None
        if isinstance(self.unit, UnitRef):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_id": author_id,
                "author_name": author_name,
                "created_at": created_at,
                "id": id,
                "task_id": task_id,
                "text": text,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        author_id = UUID(d.pop("author_id"))

        author_name = d.pop("author_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        text = d.pop("text")

        def _parse_unit(data: object) -> None | UnitRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_0 = UnitRef.from_dict(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitRef, data)

        unit = _parse_unit(d.pop("unit"))

        comment_out = cls(
            author_id=author_id,
            author_name=author_name,
            created_at=created_at,
            id=id,
            task_id=task_id,
            text=text,
            unit=unit,
        )

        comment_out.additional_properties = d
        return comment_out

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
