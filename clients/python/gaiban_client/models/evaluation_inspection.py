from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.finding_out import FindingOut
    from ..models.inspection_out import InspectionOut


T = TypeVar("T", bound="EvaluationInspection")


@_attrs_define
class EvaluationInspection:
    """
    Attributes:
        findings (list[FindingOut]):
        inspection (InspectionOut):
    """

    findings: list[FindingOut]
    inspection: InspectionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        inspection = self.inspection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "findings": findings,
                "inspection": inspection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_out import FindingOut  # noqa: PLC0415
        from ..models.inspection_out import InspectionOut  # noqa: PLC0415

        d = dict(src_dict)
        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = FindingOut.from_dict(findings_item_data)

            findings.append(findings_item)

        inspection = InspectionOut.from_dict(d.pop("inspection"))

        evaluation_inspection = cls(
            findings=findings,
            inspection=inspection,
        )

        evaluation_inspection.additional_properties = d
        return evaluation_inspection

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
