from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_ref import CountyRef
    from ..models.evidence_file_out import EvidenceFileOut
    from ..models.finding_review_out import FindingReviewOut
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="FindingAnswerOut")


@_attrs_define
class FindingAnswerOut:
    """
    Attributes:
        answered_on (datetime.date):
        author_id (UUID):
        author_name (str):
        county (CountyRef | None): The answering county, through its office (null: a unit's answer).
        created_at (datetime.datetime):
        evidence (list[EvidenceFileOut]):
        finding_id (UUID):
        id (UUID):
        review (FindingReviewOut | None):
        text (str):
        unit (None | UnitRef): The answering unit (null: a county's answer).
    """

    answered_on: datetime.date
    author_id: UUID
    author_name: str
    county: CountyRef | None
    created_at: datetime.datetime
    evidence: list[EvidenceFileOut]
    finding_id: UUID
    id: UUID
    review: FindingReviewOut | None
    text: str
    unit: None | UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.county_ref import CountyRef  # noqa: PLC0415
        from ..models.finding_review_out import FindingReviewOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        answered_on = self.answered_on.isoformat()

        author_id = str(self.author_id)

        author_name = self.author_name

        county: dict[str, Any] | None
        if isinstance(self.county, CountyRef):
            county = self.county.to_dict()
        else:
            county = self.county

        created_at = self.created_at.isoformat()

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        finding_id = str(self.finding_id)

        id = str(self.id)

        review: dict[str, Any] | None
        if isinstance(self.review, FindingReviewOut):
            review = self.review.to_dict()
        else:
            review = self.review

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
                "answered_on": answered_on,
                "author_id": author_id,
                "author_name": author_name,
                "county": county,
                "created_at": created_at,
                "evidence": evidence,
                "finding_id": finding_id,
                "id": id,
                "review": review,
                "text": text,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.county_ref import CountyRef  # noqa: PLC0415
        from ..models.evidence_file_out import EvidenceFileOut  # noqa: PLC0415
        from ..models.finding_review_out import FindingReviewOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        answered_on = datetime.date.fromisoformat(d.pop("answered_on"))

        author_id = UUID(d.pop("author_id"))

        author_name = d.pop("author_name")

        def _parse_county(data: object) -> CountyRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                county_type_0 = CountyRef.from_dict(data)

                return county_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountyRef | None, data)

        county = _parse_county(d.pop("county"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceFileOut.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        finding_id = UUID(d.pop("finding_id"))

        id = UUID(d.pop("id"))

        def _parse_review(data: object) -> FindingReviewOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_type_0 = FindingReviewOut.from_dict(data)

                return review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FindingReviewOut | None, data)

        review = _parse_review(d.pop("review"))

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

        finding_answer_out = cls(
            answered_on=answered_on,
            author_id=author_id,
            author_name=author_name,
            county=county,
            created_at=created_at,
            evidence=evidence,
            finding_id=finding_id,
            id=id,
            review=review,
            text=text,
            unit=unit,
        )

        finding_answer_out.additional_properties = d
        return finding_answer_out

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
