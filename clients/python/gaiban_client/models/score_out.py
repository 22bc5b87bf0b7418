from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evidence_file_out import EvidenceFileOut


T = TypeVar("T", bound="ScoreOut")


@_attrs_define
class ScoreOut:
    """
    Attributes:
        entered_at (datetime.datetime):
        entered_by_name (str):
        files (list[EvidenceFileOut]):
        indicator_key (str):
        reason (str):
        score (float):
        subject_id (UUID):
    """

    entered_at: datetime.datetime
    entered_by_name: str
    files: list[EvidenceFileOut]
    indicator_key: str
    reason: str
    score: float
    subject_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entered_at = self.entered_at.isoformat()

        entered_by_name = self.entered_by_name

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        indicator_key = self.indicator_key

        reason = self.reason

        score = self.score

        subject_id = str(self.subject_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entered_at": entered_at,
                "entered_by_name": entered_by_name,
                "files": files,
                "indicator_key": indicator_key,
                "reason": reason,
                "score": score,
                "subject_id": subject_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_file_out import EvidenceFileOut  # noqa: PLC0415

        d = dict(src_dict)
        entered_at = datetime.datetime.fromisoformat(d.pop("entered_at"))

        entered_by_name = d.pop("entered_by_name")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = EvidenceFileOut.from_dict(files_item_data)

            files.append(files_item)

        indicator_key = d.pop("indicator_key")

        reason = d.pop("reason")

        score = d.pop("score")

        subject_id = UUID(d.pop("subject_id"))

        score_out = cls(
            entered_at=entered_at,
            entered_by_name=entered_by_name,
            files=files,
            indicator_key=indicator_key,
            reason=reason,
            score=score,
            subject_id=subject_id,
        )

        score_out.additional_properties = d
        return score_out

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
