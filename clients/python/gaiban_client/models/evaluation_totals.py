from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationTotals")


@_attrs_define
class EvaluationTotals:
    """
    Attributes:
        accepted (int):
        answered (int):
        findings (int):
        held (int):
        inspections (int):
        open_ (int):
        overdue (int):
        planned (int):
        rectified_late (int):
    """

    accepted: int
    answered: int
    findings: int
    held: int
    inspections: int
    open_: int
    overdue: int
    planned: int
    rectified_late: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        answered = self.answered

        findings = self.findings

        held = self.held

        inspections = self.inspections

        open_ = self.open_

        overdue = self.overdue

        planned = self.planned

        rectified_late = self.rectified_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "answered": answered,
                "findings": findings,
                "held": held,
                "inspections": inspections,
                "open": open_,
                "overdue": overdue,
                "planned": planned,
                "rectified_late": rectified_late,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        answered = d.pop("answered")

        findings = d.pop("findings")

        held = d.pop("held")

        inspections = d.pop("inspections")

        open_ = d.pop("open")

        overdue = d.pop("overdue")

        planned = d.pop("planned")

        rectified_late = d.pop("rectified_late")

        evaluation_totals = cls(
            accepted=accepted,
            answered=answered,
            findings=findings,
            held=held,
            inspections=inspections,
            open_=open_,
            overdue=overdue,
            planned=planned,
            rectified_late=rectified_late,
        )

        evaluation_totals.additional_properties = d
        return evaluation_totals

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
