from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_in import MeasureIn
    from ..models.milestone_in import MilestoneIn


T = TypeVar("T", bound="TaskFromDecision")


@_attrs_define
class TaskFromDecision:
    """A decision (明确意见) of archived minutes made a task: what the decision leaves open is
    given here; the decision's text, responsible unit and deadline are the defaults.

        Attributes:
            agenda_index (int): The agenda item's place, from 0.
            category (str):
            decision_index (int): The decision's place in it, from 0.
            meeting_id (UUID):
            code (None | str | Unset): The task's number in the table (序号), such as `3` or `3.2`: letters, digits, dots and
                dashes, unique in the jurisdiction; a number between dots has at most six digits. Left out, the next free one is
                given: the next whole number for a task, `<parent>.<n>` for a sub-task (a 422 on `code` asks for it when that
                would not be a code).
            cooperating_unit_ids (list[UUID] | Unset):
            deadline (datetime.date | None | Unset): Default: the decision's deadline.
            lead_unit_id (None | Unset | UUID): Default: the decision's responsible unit.
            measures (list[MeasureIn] | Unset):
            milestones (list[MilestoneIn] | Unset):
            parent_id (None | Unset | UUID):
            title (None | str | Unset): Default: the decision's text.
    """

    agenda_index: int
    category: str
    decision_index: int
    meeting_id: UUID
    code: None | str | Unset = UNSET
    cooperating_unit_ids: list[UUID] | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    lead_unit_id: None | Unset | UUID = UNSET
    measures: list[MeasureIn] | Unset = UNSET
    milestones: list[MilestoneIn] | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda_index = self.agenda_index

        category = self.category

        decision_index = self.decision_index

        meeting_id = str(self.meeting_id)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        cooperating_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.cooperating_unit_ids, Unset):
            cooperating_unit_ids = []
            for cooperating_unit_ids_item_data in self.cooperating_unit_ids:
                cooperating_unit_ids_item = str(cooperating_unit_ids_item_data)
                cooperating_unit_ids.append(cooperating_unit_ids_item)

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        lead_unit_id: None | str | Unset
        if isinstance(self.lead_unit_id, Unset):
            lead_unit_id = UNSET
        elif isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        measures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = []
            for measures_item_data in self.measures:
                measures_item = measures_item_data.to_dict()
                measures.append(measures_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agenda_index": agenda_index,
                "category": category,
                "decision_index": decision_index,
                "meeting_id": meeting_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if cooperating_unit_ids is not UNSET:
            field_dict["cooperating_unit_ids"] = cooperating_unit_ids
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if lead_unit_id is not UNSET:
            field_dict["lead_unit_id"] = lead_unit_id
        if measures is not UNSET:
            field_dict["measures"] = measures
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measure_in import MeasureIn  # noqa: PLC0415
        from ..models.milestone_in import MilestoneIn  # noqa: PLC0415

        d = dict(src_dict)
        agenda_index = d.pop("agenda_index")

        category = d.pop("category")

        decision_index = d.pop("decision_index")

        meeting_id = UUID(d.pop("meeting_id"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        _cooperating_unit_ids = d.pop("cooperating_unit_ids", UNSET)
        cooperating_unit_ids: list[UUID] | Unset = UNSET
        if _cooperating_unit_ids is not UNSET:
            cooperating_unit_ids = []
            for cooperating_unit_ids_item_data in _cooperating_unit_ids:
                cooperating_unit_ids_item = UUID(cooperating_unit_ids_item_data)

                cooperating_unit_ids.append(cooperating_unit_ids_item)

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_lead_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_unit_id_type_0 = UUID(data)

                return lead_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_unit_id = _parse_lead_unit_id(d.pop("lead_unit_id", UNSET))

        _measures = d.pop("measures", UNSET)
        measures: list[MeasureIn] | Unset = UNSET
        if _measures is not UNSET:
            measures = []
            for measures_item_data in _measures:
                measures_item = MeasureIn.from_dict(measures_item_data)

                measures.append(measures_item)

        _milestones = d.pop("milestones", UNSET)
        milestones: list[MilestoneIn] | Unset = UNSET
        if _milestones is not UNSET:
            milestones = []
            for milestones_item_data in _milestones:
                milestones_item = MilestoneIn.from_dict(milestones_item_data)

                milestones.append(milestones_item)

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        task_from_decision = cls(
            agenda_index=agenda_index,
            category=category,
            decision_index=decision_index,
            meeting_id=meeting_id,
            code=code,
            cooperating_unit_ids=cooperating_unit_ids,
            deadline=deadline,
            lead_unit_id=lead_unit_id,
            measures=measures,
            milestones=milestones,
            parent_id=parent_id,
            title=title,
        )

        return task_from_decision
