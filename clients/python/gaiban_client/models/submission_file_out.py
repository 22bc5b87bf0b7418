from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..models.part_format import PartFormat

T = TypeVar("T", bound="SubmissionFileOut")


@_attrs_define
class SubmissionFileOut:
    """
    Attributes:
        field (str): The multipart field it came in: `<part>.<format>`.
        file_type (FileType): The file formats a report part may be sent as (sniffed from the content, never trusted
            from the client's declared type or the file name alone).
        filename (str):
        format_ (PartFormat):
        id (UUID):
        media_type (str):
        part_key (str):
        sha256 (str): Hex SHA-256 of the content, also the download's ETag.
        size_bytes (int):
    """

    field: str
    file_type: FileType
    filename: str
    format_: PartFormat
    id: UUID
    media_type: str
    part_key: str
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        file_type = self.file_type.value

        filename = self.filename

        format_ = self.format_.value

        id = str(self.id)

        media_type = self.media_type

        part_key = self.part_key

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "file_type": file_type,
                "filename": filename,
                "format": format_,
                "id": id,
                "media_type": media_type,
                "part_key": part_key,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        file_type = FileType(d.pop("file_type"))

        filename = d.pop("filename")

        format_ = PartFormat(d.pop("format"))

        id = UUID(d.pop("id"))

        media_type = d.pop("media_type")

        part_key = d.pop("part_key")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        submission_file_out = cls(
            field=field,
            file_type=file_type,
            filename=filename,
            format_=format_,
            id=id,
            media_type=media_type,
            part_key=part_key,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        submission_file_out.additional_properties = d
        return submission_file_out

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
