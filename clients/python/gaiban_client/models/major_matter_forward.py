from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MajorMatterForward")


@_attrs_define
class MajorMatterForward:
    """
    Attributes:
        consolidated_with (list[UUID] | Unset): Other matters received here, each `submitted`, forwarded together with
            this one (汇总): all get the same `consolidation_id` and the same note.
        note (str | Unset): The office's note to the leader (呈报意见). Default: ''.
    """

    consolidated_with: list[UUID] | Unset = UNSET
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        consolidated_with: list[str] | Unset = UNSET
        if not isinstance(self.consolidated_with, Unset):
            consolidated_with = []
            for consolidated_with_item_data in self.consolidated_with:
                consolidated_with_item = str(consolidated_with_item_data)
                consolidated_with.append(consolidated_with_item)

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consolidated_with is not UNSET:
            field_dict["consolidated_with"] = consolidated_with
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _consolidated_with = d.pop("consolidated_with", UNSET)
        consolidated_with: list[UUID] | Unset = UNSET
        if _consolidated_with is not UNSET:
            consolidated_with = []
            for consolidated_with_item_data in _consolidated_with:
                consolidated_with_item = UUID(consolidated_with_item_data)

                consolidated_with.append(consolidated_with_item)

        note = d.pop("note", UNSET)

        major_matter_forward = cls(
            consolidated_with=consolidated_with,
            note=note,
        )

        return major_matter_forward
