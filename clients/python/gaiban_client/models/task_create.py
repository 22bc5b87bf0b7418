from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.task_create_source_kind import TaskCreateSourceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_in import MeasureIn
    from ..models.milestone_in import MilestoneIn
    from ..models.task_source_in import TaskSourceIn


T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """
    Attributes:
        category (str): The office's own grouping (改革事项类别), used by filters and summaries.
        deadline (datetime.date): The deadline (完成时限), a date.
        lead_unit_id (UUID): The lead unit (牵头单位): an active member unit.
        source (TaskSourceIn): Where a task comes from: the same object as a task's `source` in answers, without the
            meeting decision's parts (those come with POST …/tasks/from-decision).
        title (str):
        code (None | str | Unset): The task's number in the table (序号), such as `3` or `3.2`: letters, digits, dots and
            dashes, unique in the jurisdiction; a number between dots has at most six digits. Left out, the next free one is
            given: the next whole number for a task, `<parent>.<n>` for a sub-task (a 422 on `code` asks for it when that
            would not be a code).
        cooperating_unit_ids (list[UUID] | Unset): Cooperating units (配合单位), each once, not the lead unit.
        measures (list[MeasureIn] | Unset):
        milestones (list[MilestoneIn] | Unset):
        parent_id (None | Unset | UUID): The task this is a sub-task of (tasks nest one level).
        source_kind (TaskCreateSourceKind | Unset): Deprecated: the former flat form of `source.kind`, accepted in place
            of `source` (not beside it).
        source_reference (None | str | Unset): Deprecated: the former flat form of `source.reference`.
        source_title (None | str | Unset): Deprecated: the former flat form of `source.title`.
    """

    category: str
    deadline: datetime.date
    lead_unit_id: UUID
    source: TaskSourceIn
    title: str
    code: None | str | Unset = UNSET
    cooperating_unit_ids: list[UUID] | Unset = UNSET
    measures: list[MeasureIn] | Unset = UNSET
    milestones: list[MilestoneIn] | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    source_kind: TaskCreateSourceKind | Unset = UNSET
    source_reference: None | str | Unset = UNSET
    source_title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        deadline = self.deadline.isoformat()

        lead_unit_id = str(self.lead_unit_id)

        source = self.source.to_dict()

        title = self.title

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

        source_kind: str | Unset = UNSET
        if not isinstance(self.source_kind, Unset):
            source_kind = self.source_kind.value

        source_reference: None | str | Unset
        if isinstance(self.source_reference, Unset):
            source_reference = UNSET
        else:
            source_reference = self.source_reference

        source_title: None | str | Unset
        if isinstance(self.source_title, Unset):
            source_title = UNSET
        else:
            source_title = self.source_title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "deadline": deadline,
                "lead_unit_id": lead_unit_id,
                "source": source,
                "title": title,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if cooperating_unit_ids is not UNSET:
            field_dict["cooperating_unit_ids"] = cooperating_unit_ids
        if measures is not UNSET:
            field_dict["measures"] = measures
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if source_kind is not UNSET:
            field_dict["source_kind"] = source_kind
        if source_reference is not UNSET:
            field_dict["source_reference"] = source_reference
        if source_title is not UNSET:
            field_dict["source_title"] = source_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measure_in import MeasureIn  # noqa: PLC0415
        from ..models.milestone_in import MilestoneIn  # noqa: PLC0415
        from ..models.task_source_in import TaskSourceIn  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        lead_unit_id = UUID(d.pop("lead_unit_id"))

        source = TaskSourceIn.from_dict(d.pop("source"))

        title = d.pop("title")

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

        _source_kind = d.pop("source_kind", UNSET)
        source_kind: TaskCreateSourceKind | Unset
        if isinstance(_source_kind, Unset):
            source_kind = UNSET
        else:
            source_kind = TaskCreateSourceKind(_source_kind)

        def _parse_source_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_reference = _parse_source_reference(d.pop("source_reference", UNSET))

        def _parse_source_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_title = _parse_source_title(d.pop("source_title", UNSET))

        task_create = cls(
            category=category,
            deadline=deadline,
            lead_unit_id=lead_unit_id,
            source=source,
            title=title,
            code=code,
            cooperating_unit_ids=cooperating_unit_ids,
            measures=measures,
            milestones=milestones,
            parent_id=parent_id,
            source_kind=source_kind,
            source_reference=source_reference,
            source_title=source_title,
        )

        return task_create
