from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssessmentPut")


@_attrs_define
class AssessmentPut:
    """Prepare the year's assessment (nothing to say beyond the path): an empty object."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        assessment_put = cls()

        return assessment_put
