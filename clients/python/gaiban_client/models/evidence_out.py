from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome

T = TypeVar("T", bound="EvidenceOut")


@_attrs_define
class EvidenceOut:
    """One record that made a computed figure (the drill-down).

    Attributes:
        done_on (datetime.date | None):
        due_on (datetime.date | None):
        label (str):
        outcome (Outcome): One record's part in a rate: met (in time), late (done after its date) or missed (not
            done by its date, or the head absent).
        record_id (str):
        working_days_late (int):
    """

    done_on: datetime.date | None
    due_on: datetime.date | None
    label: str
    outcome: Outcome
    record_id: str
    working_days_late: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        label = self.label

        outcome = self.outcome.value

        record_id = self.record_id

        working_days_late = self.working_days_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "done_on": done_on,
                "due_on": due_on,
                "label": label,
                "outcome": outcome,
                "record_id": record_id,
                "working_days_late": working_days_late,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)

                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        label = d.pop("label")

        outcome = Outcome(d.pop("outcome"))

        record_id = d.pop("record_id")

        working_days_late = d.pop("working_days_late")

        evidence_out = cls(
            done_on=done_on,
            due_on=due_on,
            label=label,
            outcome=outcome,
            record_id=record_id,
            working_days_late=working_days_late,
        )

        evidence_out.additional_properties = d
        return evidence_out

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
