from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindingCreate")


@_attrs_define
class FindingCreate:
    """
    Attributes:
        cause (str): The cause analysis (原因分析).
        handling (str): The proposed handling (处理意见).
        problem (str):
        rectify_within_working_days (int): The rectification period in mainland-China working days, counted from the day
            the finding is recorded (today).
        county_id (None | Unset | UUID): The responsible county: one of this inspection's `county_ids` (a jurisdiction
            directly below), whose office answers the finding through its own jurisdiction. Exactly one of `unit_id` and
            `county_id`.
        unit_id (None | Unset | UUID): The responsible member unit of this jurisdiction (an active one). Exactly one of
            `unit_id` and `county_id`.
    """

    cause: str
    handling: str
    problem: str
    rectify_within_working_days: int
    county_id: None | Unset | UUID = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        handling = self.handling

        problem = self.problem

        rectify_within_working_days = self.rectify_within_working_days

        county_id: None | str | Unset
        if isinstance(self.county_id, Unset):
            county_id = UNSET
        elif isinstance(self.county_id, UUID):
            county_id = str(self.county_id)
        else:
            county_id = self.county_id

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cause": cause,
                "handling": handling,
                "problem": problem,
                "rectify_within_working_days": rectify_within_working_days,
            }
        )
        if county_id is not UNSET:
            field_dict["county_id"] = county_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        handling = d.pop("handling")

        problem = d.pop("problem")

        rectify_within_working_days = d.pop("rectify_within_working_days")

        def _parse_county_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                county_id_type_0 = UUID(data)

                return county_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        county_id = _parse_county_id(d.pop("county_id", UNSET))

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        finding_create = cls(
            cause=cause,
            handling=handling,
            problem=problem,
            rectify_within_working_days=rectify_within_working_days,
            county_id=county_id,
            unit_id=unit_id,
        )

        return finding_create
