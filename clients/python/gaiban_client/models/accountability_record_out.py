from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_ref import TaskRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="AccountabilityRecordOut")


@_attrs_define
class AccountabilityRecordOut:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        decided_by (str):
        decided_on (datetime.date):
        evidence_report_ids (list[UUID]):
        evidence_supervision_ids (list[UUID]):
        id (UUID):
        jurisdiction_id (UUID):
        measure (str):
        public_notice_id (None | UUID):
        reason (str):
        rule (str): The rule it was judged by (E-TSK-3).
        source (str): Where the rule is written.
        tasks (list[TaskRef]):
        unit (UnitRef):
    """

    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    decided_by: str
    decided_on: datetime.date
    evidence_report_ids: list[UUID]
    evidence_supervision_ids: list[UUID]
    id: UUID
    jurisdiction_id: UUID
    measure: str
    public_notice_id: None | UUID
    reason: str
    rule: str
    source: str
    tasks: list[TaskRef]
    unit: UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        decided_by = self.decided_by

        decided_on = self.decided_on.isoformat()

        evidence_report_ids = []
        for evidence_report_ids_item_data in self.evidence_report_ids:
            evidence_report_ids_item = str(evidence_report_ids_item_data)
            evidence_report_ids.append(evidence_report_ids_item)

        evidence_supervision_ids = []
        for evidence_supervision_ids_item_data in self.evidence_supervision_ids:
            evidence_supervision_ids_item = str(evidence_supervision_ids_item_data)
            evidence_supervision_ids.append(evidence_supervision_ids_item)

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        measure = self.measure

        public_notice_id: None | str
        if isinstance(self.public_notice_id, UUID):
            public_notice_id = str(self.public_notice_id)
        else:
            public_notice_id = self.public_notice_id

        reason = self.reason

        rule = self.rule

        source = self.source

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "decided_by": decided_by,
                "decided_on": decided_on,
                "evidence_report_ids": evidence_report_ids,
                "evidence_supervision_ids": evidence_supervision_ids,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "measure": measure,
                "public_notice_id": public_notice_id,
                "reason": reason,
                "rule": rule,
                "source": source,
                "tasks": tasks,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_ref import TaskRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        decided_by = d.pop("decided_by")

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        evidence_report_ids = []
        _evidence_report_ids = d.pop("evidence_report_ids")
        for evidence_report_ids_item_data in _evidence_report_ids:
            evidence_report_ids_item = UUID(evidence_report_ids_item_data)

            evidence_report_ids.append(evidence_report_ids_item)

        evidence_supervision_ids = []
        _evidence_supervision_ids = d.pop("evidence_supervision_ids")
        for evidence_supervision_ids_item_data in _evidence_supervision_ids:
            evidence_supervision_ids_item = UUID(evidence_supervision_ids_item_data)

            evidence_supervision_ids.append(evidence_supervision_ids_item)

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        measure = d.pop("measure")

        def _parse_public_notice_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                public_notice_id_type_0 = UUID(data)

                return public_notice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        public_notice_id = _parse_public_notice_id(d.pop("public_notice_id"))

        reason = d.pop("reason")

        rule = d.pop("rule")

        source = d.pop("source")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskRef.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        unit = UnitRef.from_dict(d.pop("unit"))

        accountability_record_out = cls(
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            decided_by=decided_by,
            decided_on=decided_on,
            evidence_report_ids=evidence_report_ids,
            evidence_supervision_ids=evidence_supervision_ids,
            id=id,
            jurisdiction_id=jurisdiction_id,
            measure=measure,
            public_notice_id=public_notice_id,
            reason=reason,
            rule=rule,
            source=source,
            tasks=tasks,
            unit=unit,
        )

        accountability_record_out.additional_properties = d
        return accountability_record_out

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
