from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BriefingItemOut")


@_attrs_define
class BriefingItemOut:
    """
    Attributes:
        position (int):
        submission_id (None | UUID):
        submission_version (int | None):
        text (str):
        unit_id (None | UUID): Null: the office's own item.
        unit_name (None | str):
    """

    position: int
    submission_id: None | UUID
    submission_version: int | None
    text: str
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        submission_id: None | str
        if isinstance(self.submission_id, UUID):
            submission_id = str(self.submission_id)
        else:
            submission_id = self.submission_id

        submission_version: int | None
        submission_version = self.submission_version

        text = self.text

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "submission_id": submission_id,
                "submission_version": submission_version,
                "text": text,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        def _parse_submission_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_id_type_0 = UUID(data)

                return submission_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        submission_id = _parse_submission_id(d.pop("submission_id"))

        def _parse_submission_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        submission_version = _parse_submission_version(d.pop("submission_version"))

        text = d.pop("text")

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

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        briefing_item_out = cls(
            position=position,
            submission_id=submission_id,
            submission_version=submission_version,
            text=text,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        briefing_item_out.additional_properties = d
        return briefing_item_out

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
