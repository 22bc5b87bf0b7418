from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_tone import NoticeTone

if TYPE_CHECKING:
    from ..models.task_ref import TaskRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="PublicNoticeOut")


@_attrs_define
class PublicNoticeOut:
    """
    Attributes:
        body (str):
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        document_reference (None | str):
        evidence_report_ids (list[UUID]):
        evidence_supervision_ids (list[UUID]):
        id (UUID):
        issued_on (datetime.date):
        jurisdiction_id (UUID):
        tasks (list[TaskRef]):
        title (str):
        tone (NoticeTone): A public notice (通报) criticises units that failed their duties (E-TSK-3) or commends.
        units (list[UnitRef]):
    """

    body: str
    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    document_reference: None | str
    evidence_report_ids: list[UUID]
    evidence_supervision_ids: list[UUID]
    id: UUID
    issued_on: datetime.date
    jurisdiction_id: UUID
    tasks: list[TaskRef]
    title: str
    tone: NoticeTone
    units: list[UnitRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        document_reference: None | str
        document_reference = self.document_reference

        evidence_report_ids = []
        for evidence_report_ids_item_data in self.evidence_report_ids:
            evidence_report_ids_item = str(evidence_report_ids_item_data)
            evidence_report_ids.append(evidence_report_ids_item)

        evidence_supervision_ids = []
        for evidence_supervision_ids_item_data in self.evidence_supervision_ids:
            evidence_supervision_ids_item = str(evidence_supervision_ids_item_data)
            evidence_supervision_ids.append(evidence_supervision_ids_item)

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        jurisdiction_id = str(self.jurisdiction_id)

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        title = self.title

        tone = self.tone.value

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "document_reference": document_reference,
                "evidence_report_ids": evidence_report_ids,
                "evidence_supervision_ids": evidence_supervision_ids,
                "id": id,
                "issued_on": issued_on,
                "jurisdiction_id": jurisdiction_id,
                "tasks": tasks,
                "title": title,
                "tone": tone,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_ref import TaskRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        def _parse_document_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_reference = _parse_document_reference(d.pop("document_reference"))

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

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskRef.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        title = d.pop("title")

        tone = NoticeTone(d.pop("tone"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitRef.from_dict(units_item_data)

            units.append(units_item)

        public_notice_out = cls(
            body=body,
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            document_reference=document_reference,
            evidence_report_ids=evidence_report_ids,
            evidence_supervision_ids=evidence_supervision_ids,
            id=id,
            issued_on=issued_on,
            jurisdiction_id=jurisdiction_id,
            tasks=tasks,
            title=title,
            tone=tone,
            units=units,
        )

        public_notice_out.additional_properties = d
        return public_notice_out

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
