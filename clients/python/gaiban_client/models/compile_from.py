from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CompileFrom")


@_attrs_define
class CompileFrom:
    """Compile the items from the submissions of a report kind for a period (the latest
    version of each).

        Attributes:
            period (str): The period's label: `2026-11`, `2026-Q3` or `2026`, as the kind's period. Answers name it as a
                whole period object (`compiled_from.period.label` is this).
            report_kind (str): A report kind of the rulebook in force today.
    """

    period: str
    report_kind: str

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        report_kind = self.report_kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "report_kind": report_kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        report_kind = d.pop("report_kind")

        compile_from = cls(
            period=period,
            report_kind=report_kind,
        )

        return compile_from
