from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.submission_content import SubmissionContent
    from ..models.submission_file_out import SubmissionFileOut


T = TypeVar("T", bound="SubmissionVersionOut")


@_attrs_define
class SubmissionVersionOut:
    """
    Attributes:
        content (SubmissionContent): The structured part of a submission: what the quarterly bulletin assembles
            (E-RPT-2).
        files (list[SubmissionFileOut]):
        id (UUID):
        rulebook_version_id (UUID):
        submitted_as (str): The post it was submitted under (liaison_officer …).
        submitted_at (datetime.datetime): The server's time of receipt.
        submitted_by (UUID):
        submitted_by_name (str):
        submitted_on (datetime.date): Its day in the jurisdiction's time zone.
        version (int):
    """

    content: SubmissionContent
    files: list[SubmissionFileOut]
    id: UUID
    rulebook_version_id: UUID
    submitted_as: str
    submitted_at: datetime.datetime
    submitted_by: UUID
    submitted_by_name: str
    submitted_on: datetime.date
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        id = str(self.id)

        rulebook_version_id = str(self.rulebook_version_id)

        submitted_as = self.submitted_as

        submitted_at = self.submitted_at.isoformat()

        submitted_by = str(self.submitted_by)

        submitted_by_name = self.submitted_by_name

        submitted_on = self.submitted_on.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "files": files,
                "id": id,
                "rulebook_version_id": rulebook_version_id,
                "submitted_as": submitted_as,
                "submitted_at": submitted_at,
                "submitted_by": submitted_by,
                "submitted_by_name": submitted_by_name,
                "submitted_on": submitted_on,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission_content import SubmissionContent  # noqa: PLC0415
        from ..models.submission_file_out import SubmissionFileOut  # noqa: PLC0415

        d = dict(src_dict)
        content = SubmissionContent.from_dict(d.pop("content"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = SubmissionFileOut.from_dict(files_item_data)

            files.append(files_item)

        id = UUID(d.pop("id"))

        rulebook_version_id = UUID(d.pop("rulebook_version_id"))

        submitted_as = d.pop("submitted_as")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_by = UUID(d.pop("submitted_by"))

        submitted_by_name = d.pop("submitted_by_name")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        version = d.pop("version")

        submission_version_out = cls(
            content=content,
            files=files,
            id=id,
            rulebook_version_id=rulebook_version_id,
            submitted_as=submitted_as,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            submitted_by_name=submitted_by_name,
            submitted_on=submitted_on,
            version=version,
        )

        submission_version_out.additional_properties = d
        return submission_version_out

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
