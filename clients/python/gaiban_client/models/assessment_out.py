from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_state import AssessmentState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grade_out import GradeOut
    from ..models.indicator_definition_out import IndicatorDefinitionOut
    from ..models.standing_out import StandingOut


T = TypeVar("T", bound="AssessmentOut")


@_attrs_define
class AssessmentOut:
    """
    Attributes:
        appeals_pending (int): Appeals the caller sees that are not decided.
        as_of (datetime.date): The day the figures are counted up to: today (the year's last day for a past year) while
            preparing, the day it was finalised once final.
        created_at (datetime.datetime):
        created_by_name (str):
        grades (list[GradeOut]):
        indicators (list[IndicatorDefinitionOut]):
        jurisdiction_id (UUID):
        rule (str):
        scale (int):
        source (str):
        standings (list[StandingOut]): Every subject the caller may see: the office and the leadership see all, a unit
            or a county its own.
        state (AssessmentState):
        year (int):
        finalised_at (datetime.datetime | None | Unset):
        finalised_by_name (None | str | Unset):
    """

    appeals_pending: int
    as_of: datetime.date
    created_at: datetime.datetime
    created_by_name: str
    grades: list[GradeOut]
    indicators: list[IndicatorDefinitionOut]
    jurisdiction_id: UUID
    rule: str
    scale: int
    source: str
    standings: list[StandingOut]
    state: AssessmentState
    year: int
    finalised_at: datetime.datetime | None | Unset = UNSET
    finalised_by_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appeals_pending = self.appeals_pending

        as_of = self.as_of.isoformat()

        created_at = self.created_at.isoformat()

        created_by_name = self.created_by_name

        grades = []
        for grades_item_data in self.grades:
            grades_item = grades_item_data.to_dict()
            grades.append(grades_item)

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        jurisdiction_id = str(self.jurisdiction_id)

        rule = self.rule

        scale = self.scale

        source = self.source

        standings = []
        for standings_item_data in self.standings:
            standings_item = standings_item_data.to_dict()
            standings.append(standings_item)

        state = self.state.value

        year = self.year

        finalised_at: None | str | Unset
        if isinstance(self.finalised_at, Unset):
            finalised_at = UNSET
        elif isinstance(self.finalised_at, datetime.datetime):
            finalised_at = self.finalised_at.isoformat()
        else:
            finalised_at = self.finalised_at

        finalised_by_name: None | str | Unset
        if isinstance(self.finalised_by_name, Unset):
            finalised_by_name = UNSET
        else:
            finalised_by_name = self.finalised_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appeals_pending": appeals_pending,
                "as_of": as_of,
                "created_at": created_at,
                "created_by_name": created_by_name,
                "grades": grades,
                "indicators": indicators,
                "jurisdiction_id": jurisdiction_id,
                "rule": rule,
                "scale": scale,
                "source": source,
                "standings": standings,
                "state": state,
                "year": year,
            }
        )
        if finalised_at is not UNSET:
            field_dict["finalised_at"] = finalised_at
        if finalised_by_name is not UNSET:
            field_dict["finalised_by_name"] = finalised_by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grade_out import GradeOut  # noqa: PLC0415
        from ..models.indicator_definition_out import IndicatorDefinitionOut  # noqa: PLC0415
        from ..models.standing_out import StandingOut  # noqa: PLC0415

        d = dict(src_dict)
        appeals_pending = d.pop("appeals_pending")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by_name = d.pop("created_by_name")

        grades = []
        _grades = d.pop("grades")
        for grades_item_data in _grades:
            grades_item = GradeOut.from_dict(grades_item_data)

            grades.append(grades_item)

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorDefinitionOut.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        rule = d.pop("rule")

        scale = d.pop("scale")

        source = d.pop("source")

        standings = []
        _standings = d.pop("standings")
        for standings_item_data in _standings:
            standings_item = StandingOut.from_dict(standings_item_data)

            standings.append(standings_item)

        state = AssessmentState(d.pop("state"))

        year = d.pop("year")

        def _parse_finalised_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalised_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalised_at = _parse_finalised_at(d.pop("finalised_at", UNSET))

        def _parse_finalised_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finalised_by_name = _parse_finalised_by_name(d.pop("finalised_by_name", UNSET))

        assessment_out = cls(
            appeals_pending=appeals_pending,
            as_of=as_of,
            created_at=created_at,
            created_by_name=created_by_name,
            grades=grades,
            indicators=indicators,
            jurisdiction_id=jurisdiction_id,
            rule=rule,
            scale=scale,
            source=source,
            standings=standings,
            state=state,
            year=year,
            finalised_at=finalised_at,
            finalised_by_name=finalised_by_name,
        )

        assessment_out.additional_properties = d
        return assessment_out

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
