from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.measure_out import MeasureOut
    from ..models.milestone_out import MilestoneOut
    from ..models.task_source_out import TaskSourceOut
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="TaskOut")


@_attrs_define
class TaskOut:
    """
    Attributes:
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        cancel_reason (None | str):
        cancelled_on (datetime.date | None):
        category (str):
        code (str):
        completed_on (datetime.date | None): The day the work was completed: the day of the proposal the office
            confirmed, or of the office's own completion.
        completed_on_time (bool | None):
        completion_pending (bool): The lead unit proposed completion; the office has yet to confirm it.
        cooperating_units (list[UnitRef]):
        created_at (datetime.datetime):
        created_on (datetime.date):
        deadline (datetime.date):
        id (UUID):
        jurisdiction_id (UUID):
        last_reported_on (datetime.date | None):
        lead_unit (UnitRef):
        measures (list[MeasureOut]):
        milestones (list[MilestoneOut]):
        overdue (bool): Open, and a working day has begun since the deadline.
        overdue_working_days (int): Working days past the deadline, as of today (0 when not overdue).
        parent_id (None | UUID):
        percent (int): The latest progress reported, 0–100.
        source (TaskSourceOut):
        started_on (datetime.date | None): The day of the first progress report.
        state (TaskState):
        title (str):
        updated_at (datetime.datetime):
    """

    calendar: CalendarUse
    cancel_reason: None | str
    cancelled_on: datetime.date | None
    category: str
    code: str
    completed_on: datetime.date | None
    completed_on_time: bool | None
    completion_pending: bool
    cooperating_units: list[UnitRef]
    created_at: datetime.datetime
    created_on: datetime.date
    deadline: datetime.date
    id: UUID
    jurisdiction_id: UUID
    last_reported_on: datetime.date | None
    lead_unit: UnitRef
    measures: list[MeasureOut]
    milestones: list[MilestoneOut]
    overdue: bool
    overdue_working_days: int
    parent_id: None | UUID
    percent: int
    source: TaskSourceOut
    started_on: datetime.date | None
    state: TaskState
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar = self.calendar.to_dict()

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        cancelled_on: None | str
        if isinstance(self.cancelled_on, datetime.date):
            cancelled_on = self.cancelled_on.isoformat()
        else:
            cancelled_on = self.cancelled_on

        category = self.category

        code = self.code

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        completed_on_time: bool | None
        completed_on_time = self.completed_on_time

        completion_pending = self.completion_pending

        cooperating_units = []
        for cooperating_units_item_data in self.cooperating_units:
            cooperating_units_item = cooperating_units_item_data.to_dict()
            cooperating_units.append(cooperating_units_item)

        created_at = self.created_at.isoformat()

        created_on = self.created_on.isoformat()

        deadline = self.deadline.isoformat()

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        last_reported_on: None | str
        if isinstance(self.last_reported_on, datetime.date):
            last_reported_on = self.last_reported_on.isoformat()
        else:
            last_reported_on = self.last_reported_on

        lead_unit = self.lead_unit.to_dict()

        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        overdue = self.overdue

        overdue_working_days = self.overdue_working_days

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        percent = self.percent

        source = self.source.to_dict()

        started_on: None | str
        if isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar": calendar,
                "cancel_reason": cancel_reason,
                "cancelled_on": cancelled_on,
                "category": category,
                "code": code,
                "completed_on": completed_on,
                "completed_on_time": completed_on_time,
                "completion_pending": completion_pending,
                "cooperating_units": cooperating_units,
                "created_at": created_at,
                "created_on": created_on,
                "deadline": deadline,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "last_reported_on": last_reported_on,
                "lead_unit": lead_unit,
                "measures": measures,
                "milestones": milestones,
                "overdue": overdue,
                "overdue_working_days": overdue_working_days,
                "parent_id": parent_id,
                "percent": percent,
                "source": source,
                "started_on": started_on,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.measure_out import MeasureOut  # noqa: PLC0415
        from ..models.milestone_out import MilestoneOut  # noqa: PLC0415
        from ..models.task_source_out import TaskSourceOut  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        calendar = CalendarUse.from_dict(d.pop("calendar"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        def _parse_cancelled_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_on_type_0 = datetime.date.fromisoformat(data)

                return cancelled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        cancelled_on = _parse_cancelled_on(d.pop("cancelled_on"))

        category = d.pop("category")

        code = d.pop("code")

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        def _parse_completed_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        completed_on_time = _parse_completed_on_time(d.pop("completed_on_time"))

        completion_pending = d.pop("completion_pending")

        cooperating_units = []
        _cooperating_units = d.pop("cooperating_units")
        for cooperating_units_item_data in _cooperating_units:
            cooperating_units_item = UnitRef.from_dict(cooperating_units_item_data)

            cooperating_units.append(cooperating_units_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_on = datetime.date.fromisoformat(d.pop("created_on"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        def _parse_last_reported_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_reported_on_type_0 = datetime.date.fromisoformat(data)

                return last_reported_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_reported_on = _parse_last_reported_on(d.pop("last_reported_on"))

        lead_unit = UnitRef.from_dict(d.pop("lead_unit"))

        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = MeasureOut.from_dict(measures_item_data)

            measures.append(measures_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = MilestoneOut.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        overdue = d.pop("overdue")

        overdue_working_days = d.pop("overdue_working_days")

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        percent = d.pop("percent")

        source = TaskSourceOut.from_dict(d.pop("source"))

        def _parse_started_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        started_on = _parse_started_on(d.pop("started_on"))

        state = TaskState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        task_out = cls(
            calendar=calendar,
            cancel_reason=cancel_reason,
            cancelled_on=cancelled_on,
            category=category,
            code=code,
            completed_on=completed_on,
            completed_on_time=completed_on_time,
            completion_pending=completion_pending,
            cooperating_units=cooperating_units,
            created_at=created_at,
            created_on=created_on,
            deadline=deadline,
            id=id,
            jurisdiction_id=jurisdiction_id,
            last_reported_on=last_reported_on,
            lead_unit=lead_unit,
            measures=measures,
            milestones=milestones,
            overdue=overdue,
            overdue_working_days=overdue_working_days,
            parent_id=parent_id,
            percent=percent,
            source=source,
            started_on=started_on,
            state=state,
            title=title,
            updated_at=updated_at,
        )

        task_out.additional_properties = d
        return task_out

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
