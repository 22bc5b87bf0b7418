from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MyAttachmentOut")


@_attrs_define
class MyAttachmentOut:
    """
    Attributes:
        file_type (str):
        filename (str):
        href (str): Where a recipient downloads it: `GET /v1/me/documents/{document_id}/attachments/{attachment_id}`
            (recording the read, as opening the document does).
        id (UUID):
        media_type (str):
        position (int):
        sha256 (str):
        size_bytes (int):
        uploaded_at (datetime.datetime):
    """

    file_type: str
    filename: str
    href: str
    id: UUID
    media_type: str
    position: int
    sha256: str
    size_bytes: int
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_type = self.file_type

        filename = self.filename

        href = self.href

        id = str(self.id)

        media_type = self.media_type

        position = self.position

        sha256 = self.sha256

        size_bytes = self.size_bytes

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_type": file_type,
                "filename": filename,
                "href": href,
                "id": id,
                "media_type": media_type,
                "position": position,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "uploaded_at": uploaded_at,
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

        position = d.pop("position")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        my_attachment_out = cls(
            file_type=file_type,
            filename=filename,
            href=href,
            id=id,
            media_type=media_type,
            position=position,
            sha256=sha256,
            size_bytes=size_bytes,
            uploaded_at=uploaded_at,
        )

        my_attachment_out.additional_properties = d
        return my_attachment_out

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
