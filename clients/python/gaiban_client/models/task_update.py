from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.task_update_source_kind import TaskUpdateSourceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_in import MeasureIn
    from ..models.milestone_in import MilestoneIn
    from ..models.task_source_change import TaskSourceChange


T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """A partial change of an open task; what is left out stays. `parent_id: null` makes a
    sub-task a task of its own; lists are replaced whole.

        Attributes:
            category (None | str | Unset):
            code (None | str | Unset):
            cooperating_unit_ids (list[UUID] | None | Unset):
            deadline (datetime.date | None | Unset):
            lead_unit_id (None | Unset | UUID):
            measures (list[MeasureIn] | None | Unset):
            milestones (list[MilestoneIn] | None | Unset):
            parent_id (None | Unset | UUID):
            source (None | TaskSourceChange | Unset): The parts of the source to change. The flat `source_kind`,
                `source_title` and `source_reference` of before are still accepted in its place, deprecated.
            source_kind (TaskUpdateSourceKind | Unset): Deprecated: the former flat form of `source.kind`, accepted in place
                of `source` (not beside it).
            source_reference (None | str | Unset): Deprecated: the former flat form of `source.reference`.
            source_title (None | str | Unset): Deprecated: the former flat form of `source.title`.
            title (None | str | Unset):
    """

    category: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    cooperating_unit_ids: list[UUID] | None | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    lead_unit_id: None | Unset | UUID = UNSET
    measures: list[MeasureIn] | None | Unset = UNSET
    milestones: list[MilestoneIn] | None | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    source: None | TaskSourceChange | Unset = UNSET
    source_kind: TaskUpdateSourceKind | Unset = UNSET
    source_reference: None | str | Unset = UNSET
    source_title: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_source_change import TaskSourceChange  # noqa: PLC0415

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        cooperating_unit_ids: list[str] | None | Unset
        if isinstance(self.cooperating_unit_ids, Unset):
            cooperating_unit_ids = UNSET
        elif isinstance(self.cooperating_unit_ids, list):
            cooperating_unit_ids = []
            for cooperating_unit_ids_type_0_item_data in self.cooperating_unit_ids:
                cooperating_unit_ids_type_0_item = str(cooperating_unit_ids_type_0_item_data)
                cooperating_unit_ids.append(cooperating_unit_ids_type_0_item)

        else:
            cooperating_unit_ids = self.cooperating_unit_ids

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

        measures: list[dict[str, Any]] | None | Unset
        if isinstance(self.measures, Unset):
            measures = UNSET
        elif isinstance(self.measures, list):
            measures = []
            for measures_type_0_item_data in self.measures:
                measures_type_0_item = measures_type_0_item_data.to_dict()
                measures.append(measures_type_0_item)

        else:
            measures = self.measures

        milestones: list[dict[str, Any]] | None | Unset
        if isinstance(self.milestones, Unset):
            milestones = UNSET
        elif isinstance(self.milestones, list):
            milestones = []
            for milestones_type_0_item_data in self.milestones:
                milestones_type_0_item = milestones_type_0_item_data.to_dict()
                milestones.append(milestones_type_0_item)

        else:
            milestones = self.milestones

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, TaskSourceChange):
            source = self.source.to_dict()
        else:
            source = self.source

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
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
        if source is not UNSET:
            field_dict["source"] = source
        if source_kind is not UNSET:
            field_dict["source_kind"] = source_kind
        if source_reference is not UNSET:
            field_dict["source_reference"] = source_reference
        if source_title is not UNSET:
            field_dict["source_title"] = source_title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measure_in import MeasureIn  # noqa: PLC0415
        from ..models.milestone_in import MilestoneIn  # noqa: PLC0415
        from ..models.task_source_change import TaskSourceChange  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_cooperating_unit_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cooperating_unit_ids_type_0 = []
                _cooperating_unit_ids_type_0 = data
                for cooperating_unit_ids_type_0_item_data in _cooperating_unit_ids_type_0:
                    cooperating_unit_ids_type_0_item = UUID(cooperating_unit_ids_type_0_item_data)

                    cooperating_unit_ids_type_0.append(cooperating_unit_ids_type_0_item)

                return cooperating_unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        cooperating_unit_ids = _parse_cooperating_unit_ids(d.pop("cooperating_unit_ids", UNSET))

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

        def _parse_measures(data: object) -> list[MeasureIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measures_type_0 = []
                _measures_type_0 = data
                for measures_type_0_item_data in _measures_type_0:
                    measures_type_0_item = MeasureIn.from_dict(measures_type_0_item_data)

                    measures_type_0.append(measures_type_0_item)

                return measures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeasureIn] | None | Unset, data)

        measures = _parse_measures(d.pop("measures", UNSET))

        def _parse_milestones(data: object) -> list[MilestoneIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                milestones_type_0 = []
                _milestones_type_0 = data
                for milestones_type_0_item_data in _milestones_type_0:
                    milestones_type_0_item = MilestoneIn.from_dict(milestones_type_0_item_data)

                    milestones_type_0.append(milestones_type_0_item)

                return milestones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MilestoneIn] | None | Unset, data)

        milestones = _parse_milestones(d.pop("milestones", UNSET))

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

        def _parse_source(data: object) -> None | TaskSourceChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = TaskSourceChange.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskSourceChange | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _source_kind = d.pop("source_kind", UNSET)
        source_kind: TaskUpdateSourceKind | Unset
        if isinstance(_source_kind, Unset):
            source_kind = UNSET
        else:
            source_kind = TaskUpdateSourceKind(_source_kind)

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        task_update = cls(
            category=category,
            code=code,
            cooperating_unit_ids=cooperating_unit_ids,
            deadline=deadline,
            lead_unit_id=lead_unit_id,
            measures=measures,
            milestones=milestones,
            parent_id=parent_id,
            source=source,
            source_kind=source_kind,
            source_reference=source_reference,
            source_title=source_title,
            title=title,
        )

        return task_update
