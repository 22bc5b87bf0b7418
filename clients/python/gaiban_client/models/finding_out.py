from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_state import FindingState

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.county_ref import CountyRef
    from ..models.finding_answer_out import FindingAnswerOut
    from ..models.finding_link_out import FindingLinkOut
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="FindingOut")


@_attrs_define
class FindingOut:
    """
    Attributes:
        answers (list[FindingAnswerOut]): Oldest first.
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        cause (str):
        county (CountyRef | None): The responsible county, whose office answers (null for a unit's finding).
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        due_on (datetime.date): The rectification deadline.
        handling (str):
        id (UUID):
        inspection_id (UUID):
        jurisdiction_id (UUID):
        links (list[FindingLinkOut]): What the finding led to (supervision notices, public notices, tasks), oldest
            first: the links in force that the caller may read.
        overdue (bool): Unrectified and a working day has begun since `due_on` (as tasks are).
        overdue_working_days (int):
        problem (str):
        recorded_on (datetime.date):
        rectified_late (bool | None):
        rectified_on (datetime.date | None): The day of the answer the office accepted (the rectification's day).
        rectify_within_working_days (int):
        state (FindingState):
        unit (None | UnitRef): The responsible member unit (null when the responsible party is a county).
    """

    answers: list[FindingAnswerOut]
    calendar: CalendarUse
    cause: str
    county: CountyRef | None
    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    due_on: datetime.date
    handling: str
    id: UUID
    inspection_id: UUID
    jurisdiction_id: UUID
    links: list[FindingLinkOut]
    overdue: bool
    overdue_working_days: int
    problem: str
    recorded_on: datetime.date
    rectified_late: bool | None
    rectified_on: datetime.date | None
    rectify_within_working_days: int
    state: FindingState
    unit: None | UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.county_ref import CountyRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        calendar = self.calendar.to_dict()

        cause = self.cause

        county: dict[str, Any] | None
        if isinstance(self.county, CountyRef):
            county = self.county.to_dict()
        else:
            county = self.county

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        due_on = self.due_on.isoformat()

        handling = self.handling

        id = str(self.id)

        inspection_id = str(self.inspection_id)

        jurisdiction_id = str(self.jurisdiction_id)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        overdue = self.overdue

        overdue_working_days = self.overdue_working_days

        problem = self.problem

        recorded_on = self.recorded_on.isoformat()

        rectified_late: bool | None
        rectified_late = self.rectified_late

        rectified_on: None | str
        if isinstance(self.rectified_on, datetime.date):
            rectified_on = self.rectified_on.isoformat()
        else:
            rectified_on = self.rectified_on

        rectify_within_working_days = self.rectify_within_working_days

        state = self.state.value

        unit: dict[str, Any] | None
        if isinstance(self.unit, UnitRef):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "calendar": calendar,
                "cause": cause,
                "county": county,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "due_on": due_on,
                "handling": handling,
                "id": id,
                "inspection_id": inspection_id,
                "jurisdiction_id": jurisdiction_id,
                "links": links,
                "overdue": overdue,
                "overdue_working_days": overdue_working_days,
                "problem": problem,
                "recorded_on": recorded_on,
                "rectified_late": rectified_late,
                "rectified_on": rectified_on,
                "rectify_within_working_days": rectify_within_working_days,
                "state": state,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.county_ref import CountyRef  # noqa: PLC0415
        from ..models.finding_answer_out import FindingAnswerOut  # noqa: PLC0415
        from ..models.finding_link_out import FindingLinkOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = FindingAnswerOut.from_dict(answers_item_data)

            answers.append(answers_item)

        calendar = CalendarUse.from_dict(d.pop("calendar"))

        cause = d.pop("cause")

        def _parse_county(data: object) -> CountyRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                county_type_0 = CountyRef.from_dict(data)

                return county_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountyRef | None, data)

        county = _parse_county(d.pop("county"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        handling = d.pop("handling")

        id = UUID(d.pop("id"))

        inspection_id = UUID(d.pop("inspection_id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = FindingLinkOut.from_dict(links_item_data)

            links.append(links_item)

        overdue = d.pop("overdue")

        overdue_working_days = d.pop("overdue_working_days")

        problem = d.pop("problem")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        def _parse_rectified_late(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        rectified_late = _parse_rectified_late(d.pop("rectified_late"))

        def _parse_rectified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectified_on_type_0 = datetime.date.fromisoformat(data)

                return rectified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rectified_on = _parse_rectified_on(d.pop("rectified_on"))

        rectify_within_working_days = d.pop("rectify_within_working_days")

        state = FindingState(d.pop("state"))

        def _parse_unit(data: object) -> None | UnitRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_0 = UnitRef.from_dict(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitRef, data)

        unit = _parse_unit(d.pop("unit"))

        finding_out = cls(
            answers=answers,
            calendar=calendar,
            cause=cause,
            county=county,
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            due_on=due_on,
            handling=handling,
            id=id,
            inspection_id=inspection_id,
            jurisdiction_id=jurisdiction_id,
            links=links,
            overdue=overdue,
            overdue_working_days=overdue_working_days,
            problem=problem,
            recorded_on=recorded_on,
            rectified_late=rectified_late,
            rectified_on=rectified_on,
            rectify_within_working_days=rectify_within_working_days,
            state=state,
            unit=unit,
        )

        finding_out.additional_properties = d
        return finding_out

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
