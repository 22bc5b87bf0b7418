from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evidence_file_out import EvidenceFileOut
    from ..models.review_out import ReviewOut
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="ProgressReportOut")


@_attrs_define
class ProgressReportOut:
    """
    Attributes:
        author_id (UUID):
        author_name (str):
        created_at (datetime.datetime):
        evidence (list[EvidenceFileOut]):
        id (UUID):
        percent (int):
        proposes_completion (bool): The report says the task is complete and asks the office to confirm it.
        reported_on (datetime.date): The day reported, in the jurisdiction's time zone.
        review (None | ReviewOut): For a completion proposal: the office's review once given.
        task_id (UUID):
        text (str):
        unit (None | UnitRef): The lead unit it was reported for; null when the office reported.
    """

    author_id: UUID
    author_name: str
    created_at: datetime.datetime
    evidence: list[EvidenceFileOut]
    id: UUID
    percent: int
    proposes_completion: bool
    reported_on: datetime.date
    review: None | ReviewOut
    task_id: UUID
    text: str
    unit: None | UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_out import ReviewOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        author_id = str(self.author_id)

        author_name = self.author_name

        created_at = self.created_at.isoformat()

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        id = str(self.id)

        percent = self.percent

        proposes_completion = self.proposes_completion

        reported_on = self.reported_on.isoformat()

        review: dict[str, Any] | None
        if isinstance(self.review, ReviewOut):
            review = self.review.to_dict()
        else:
            review = self.review

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
                "evidence": evidence,
                "id": id,
                "percent": percent,
                "proposes_completion": proposes_completion,
                "reported_on": reported_on,
                "review": review,
                "task_id": task_id,
                "text": text,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_file_out import EvidenceFileOut  # noqa: PLC0415
        from ..models.review_out import ReviewOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        author_id = UUID(d.pop("author_id"))

        author_name = d.pop("author_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceFileOut.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        id = UUID(d.pop("id"))

        percent = d.pop("percent")

        proposes_completion = d.pop("proposes_completion")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        def _parse_review(data: object) -> None | ReviewOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_type_0 = ReviewOut.from_dict(data)

                return review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOut, data)

        review = _parse_review(d.pop("review"))

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

        progress_report_out = cls(
            author_id=author_id,
            author_name=author_name,
            created_at=created_at,
            evidence=evidence,
            id=id,
            percent=percent,
            proposes_completion=proposes_completion,
            reported_on=reported_on,
            review=review,
            task_id=task_id,
            text=text,
            unit=unit,
        )

        progress_report_out.additional_properties = d
        return progress_report_out

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
