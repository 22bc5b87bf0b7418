from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence_file_out import EvidenceFileOut
    from ..models.evidence_out import EvidenceOut


T = TypeVar("T", bound="IndicatorOut")


@_attrs_define
class IndicatorOut:
    """
    Attributes:
        key (str):
        measure (Measure): What an indicator measures: a rate computed from the system's own records, or ``manual``
            (the office scores it, with a written reason).
        name (str):
        score (float | None): None: a manual score not entered yet.
        weight (int):
        adjusted (bool | Unset): The office entered this score after an upheld appeal. Default: False.
        computed_score (float | None | Unset): The score the records give, before an adjustment.
        counted (int | Unset):  Default: 0.
        entered_by_name (None | str | Unset):
        evidence (list[EvidenceOut] | None | Unset): The records that made the figures (one scorecard's answer only).
        files (list[EvidenceFileOut] | Unset): The office's evidence files for the entered score.
        late (int | Unset):  Default: 0.
        met (int | Unset):  Default: 0.
        missed (int | Unset):  Default: 0.
        rate (float | None | Unset): Computed indicators: met ÷ counted (None when no record counted: the full weight is
            scored, nothing speaking against the subject).
        reason (None | str | Unset): The office's reason for its score.
        working_days_late (int | Unset):  Default: 0.
    """

    key: str
    measure: Measure
    name: str
    score: float | None
    weight: int
    adjusted: bool | Unset = False
    computed_score: float | None | Unset = UNSET
    counted: int | Unset = 0
    entered_by_name: None | str | Unset = UNSET
    evidence: list[EvidenceOut] | None | Unset = UNSET
    files: list[EvidenceFileOut] | Unset = UNSET
    late: int | Unset = 0
    met: int | Unset = 0
    missed: int | Unset = 0
    rate: float | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    working_days_late: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        measure = self.measure.value

        name = self.name

        score: float | None
        score = self.score

        weight = self.weight

        adjusted = self.adjusted

        computed_score: float | None | Unset
        if isinstance(self.computed_score, Unset):
            computed_score = UNSET
        else:
            computed_score = self.computed_score

        counted = self.counted

        entered_by_name: None | str | Unset
        if isinstance(self.entered_by_name, Unset):
            entered_by_name = UNSET
        else:
            entered_by_name = self.entered_by_name

        evidence: list[dict[str, Any]] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, list):
            evidence = []
            for evidence_type_0_item_data in self.evidence:
                evidence_type_0_item = evidence_type_0_item_data.to_dict()
                evidence.append(evidence_type_0_item)

        else:
            evidence = self.evidence

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        late = self.late

        met = self.met

        missed = self.missed

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        working_days_late = self.working_days_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "measure": measure,
                "name": name,
                "score": score,
                "weight": weight,
            }
        )
        if adjusted is not UNSET:
            field_dict["adjusted"] = adjusted
        if computed_score is not UNSET:
            field_dict["computed_score"] = computed_score
        if counted is not UNSET:
            field_dict["counted"] = counted
        if entered_by_name is not UNSET:
            field_dict["entered_by_name"] = entered_by_name
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if files is not UNSET:
            field_dict["files"] = files
        if late is not UNSET:
            field_dict["late"] = late
        if met is not UNSET:
            field_dict["met"] = met
        if missed is not UNSET:
            field_dict["missed"] = missed
        if rate is not UNSET:
            field_dict["rate"] = rate
        if reason is not UNSET:
            field_dict["reason"] = reason
        if working_days_late is not UNSET:
            field_dict["working_days_late"] = working_days_late

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_file_out import EvidenceFileOut  # noqa: PLC0415
        from ..models.evidence_out import EvidenceOut  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        measure = Measure(d.pop("measure"))

        name = d.pop("name")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        weight = d.pop("weight")

        adjusted = d.pop("adjusted", UNSET)

        def _parse_computed_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        computed_score = _parse_computed_score(d.pop("computed_score", UNSET))

        counted = d.pop("counted", UNSET)

        def _parse_entered_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entered_by_name = _parse_entered_by_name(d.pop("entered_by_name", UNSET))

        def _parse_evidence(data: object) -> list[EvidenceOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = []
                _evidence_type_0 = data
                for evidence_type_0_item_data in _evidence_type_0:
                    evidence_type_0_item = EvidenceOut.from_dict(evidence_type_0_item_data)

                    evidence_type_0.append(evidence_type_0_item)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EvidenceOut] | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        _files = d.pop("files", UNSET)
        files: list[EvidenceFileOut] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = EvidenceFileOut.from_dict(files_item_data)

                files.append(files_item)

        late = d.pop("late", UNSET)

        met = d.pop("met", UNSET)

        missed = d.pop("missed", UNSET)

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        working_days_late = d.pop("working_days_late", UNSET)

        indicator_out = cls(
            key=key,
            measure=measure,
            name=name,
            score=score,
            weight=weight,
            adjusted=adjusted,
            computed_score=computed_score,
            counted=counted,
            entered_by_name=entered_by_name,
            evidence=evidence,
            files=files,
            late=late,
            met=met,
            missed=missed,
            rate=rate,
            reason=reason,
            working_days_late=working_days_late,
        )

        indicator_out.additional_properties = d
        return indicator_out

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
