from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BriefingFileOut")


@_attrs_define
class BriefingFileOut:
    """A file of the submission version an item is drawn from, as its recipients download it.

    Attributes:
        file_type (str): As found in the content.
        filename (str):
        href (str): Where a recipient downloads it: `GET /v1/me/briefings/{briefing_id}/files/{file_id}` (recording the
            read, as opening the briefing does).
        id (UUID):
        media_type (str):
        sha256 (str): Hex SHA-256 of the content, also the download's ETag.
        size_bytes (int):
    """

    file_type: str
    filename: str
    href: str
    id: UUID
    media_type: str
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_type = self.file_type

        filename = self.filename

        href = self.href

        id = str(self.id)

        media_type = self.media_type

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_type": file_type,
                "filename": filename,
                "href": href,
                "id": id,
                "media_type": media_type,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_type = d.pop("file_type")

        filename = d.pop("filename")

        href = d.pop("href")

        id = UUID(d.pop("id"))

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        briefing_file_out = cls(
            file_type=file_type,
            filename=filename,
            href=href,
            id=id,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        briefing_file_out.additional_properties = d
        return briefing_file_out

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
