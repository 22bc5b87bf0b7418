from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.briefing_file_out import BriefingFileOut


T = TypeVar("T", bound="MyBriefingItemOut")


@_attrs_define
class MyBriefingItemOut:
    """
    Attributes:
        files (list[BriefingFileOut]): The files of the submission version the item is drawn from (the unit's report as
            uploaded: 本期信息见报送的附件); empty for the office's own item.
        position (int):
        submission_id (None | UUID):
        submission_version (int | None):
        text (str):
        unit_id (None | UUID): Null: the office's own item.
        unit_name (None | str):
    """

    files: list[BriefingFileOut]
    position: int
    submission_id: None | UUID
    submission_version: int | None
    text: str
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

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
                "files": files,
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
        from ..models.briefing_file_out import BriefingFileOut  # noqa: PLC0415

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = BriefingFileOut.from_dict(files_item_data)

            files.append(files_item)

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

        my_briefing_item_out = cls(
            files=files,
            position=position,
            submission_id=submission_id,
            submission_version=submission_version,
            text=text,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        my_briefing_item_out.additional_properties = d
        return my_briefing_item_out

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
