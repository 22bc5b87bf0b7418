from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_outcome import AppealOutcome
from ..models.subject_kind import SubjectKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppealOut")


@_attrs_define
class AppealOut:
    """
    Attributes:
        appealed_at (datetime.datetime):
        appealed_by_name (str):
        id (UUID):
        indicator_key (str):
        reason (str):
        subject_id (UUID):
        subject_kind (SubjectKind):
        decided_at (datetime.datetime | None | Unset):
        decided_by_name (None | str | Unset):
        decision_reason (None | str | Unset):
        outcome (AppealOutcome | None | Unset):
    """

    appealed_at: datetime.datetime
    appealed_by_name: str
    id: UUID
    indicator_key: str
    reason: str
    subject_id: UUID
    subject_kind: SubjectKind
    decided_at: datetime.datetime | None | Unset = UNSET
    decided_by_name: None | str | Unset = UNSET
    decision_reason: None | str | Unset = UNSET
    outcome: AppealOutcome | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appealed_at = self.appealed_at.isoformat()

        appealed_by_name = self.appealed_by_name

        id = str(self.id)

        indicator_key = self.indicator_key

        reason = self.reason

        subject_id = str(self.subject_id)

        subject_kind = self.subject_kind.value

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_name: None | str | Unset
        if isinstance(self.decided_by_name, Unset):
            decided_by_name = UNSET
        else:
            decided_by_name = self.decided_by_name

        decision_reason: None | str | Unset
        if isinstance(self.decision_reason, Unset):
            decision_reason = UNSET
        else:
            decision_reason = self.decision_reason

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, AppealOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appealed_at": appealed_at,
                "appealed_by_name": appealed_by_name,
                "id": id,
                "indicator_key": indicator_key,
                "reason": reason,
                "subject_id": subject_id,
                "subject_kind": subject_kind,
            }
        )
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_by_name is not UNSET:
            field_dict["decided_by_name"] = decided_by_name
        if decision_reason is not UNSET:
            field_dict["decision_reason"] = decision_reason
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appealed_at = datetime.datetime.fromisoformat(d.pop("appealed_at"))

        appealed_by_name = d.pop("appealed_by_name")

        id = UUID(d.pop("id"))

        indicator_key = d.pop("indicator_key")

        reason = d.pop("reason")

        subject_id = UUID(d.pop("subject_id"))

        subject_kind = SubjectKind(d.pop("subject_kind"))

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_decided_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by_name = _parse_decided_by_name(d.pop("decided_by_name", UNSET))

        def _parse_decision_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason", UNSET))

        def _parse_outcome(data: object) -> AppealOutcome | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = AppealOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppealOutcome | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        appeal_out = cls(
            appealed_at=appealed_at,
            appealed_by_name=appealed_by_name,
            id=id,
            indicator_key=indicator_key,
            reason=reason,
            subject_id=subject_id,
            subject_kind=subject_kind,
            decided_at=decided_at,
            decided_by_name=decided_by_name,
            decision_reason=decision_reason,
            outcome=outcome,
        )

        appeal_out.additional_properties = d
        return appeal_out

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
