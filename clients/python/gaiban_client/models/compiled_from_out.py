from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="CompiledFromOut")


@_attrs_define
class CompiledFromOut:
    """
    Attributes:
        period (PeriodOut): A month, quarter or year, named the same way in every answer.
        report_kind (str):
    """

    period: PeriodOut
    report_kind: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()

        report_kind = self.report_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "report_kind": report_kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        period = PeriodOut.from_dict(d.pop("period"))

        report_kind = d.pop("report_kind")

        compiled_from_out = cls(
            period=period,
            report_kind=report_kind,
        )

        compiled_from_out.additional_properties = d
        return compiled_from_out

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
