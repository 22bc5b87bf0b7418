from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountabilityRecordCreate")


@_attrs_define
class AccountabilityRecordCreate:
    """
    Attributes:
        decided_by (str): Whose decision it is.
        measure (str): The measure: 约谈, 通报批评, 责令整改 …
        reason (str):
        task_ids (list[UUID]): The tasks it concerns: tasks of this jurisdiction, each once.
        unit_id (UUID): The unit held accountable: a member unit here.
        decided_on (datetime.date | None | Unset): The day of the decision, not after today (default today).
        evidence_report_ids (list[UUID] | Unset): Progress reports (进展情况) of the tasks cited, as evidence; each once
            (422 naming each one that is not a report of a task cited).
        evidence_supervision_ids (list[UUID] | Unset): Supervision notices (督办) of the tasks cited, as evidence; each
            once (422 naming each one that is not a notice on a task cited).
        public_notice_id (None | Unset | UUID): A public notice here that named the unit, if the record follows one.
    """

    decided_by: str
    measure: str
    reason: str
    task_ids: list[UUID]
    unit_id: UUID
    decided_on: datetime.date | None | Unset = UNSET
    evidence_report_ids: list[UUID] | Unset = UNSET
    evidence_supervision_ids: list[UUID] | Unset = UNSET
    public_notice_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        decided_by = self.decided_by

        measure = self.measure

        reason = self.reason

        task_ids = []
        for task_ids_item_data in self.task_ids:
            task_ids_item = str(task_ids_item_data)
            task_ids.append(task_ids_item)

        unit_id = str(self.unit_id)

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        evidence_report_ids: list[str] | Unset = UNSET
        if not isinstance(self.evidence_report_ids, Unset):
            evidence_report_ids = []
            for evidence_report_ids_item_data in self.evidence_report_ids:
                evidence_report_ids_item = str(evidence_report_ids_item_data)
                evidence_report_ids.append(evidence_report_ids_item)

        evidence_supervision_ids: list[str] | Unset = UNSET
        if not isinstance(self.evidence_supervision_ids, Unset):
            evidence_supervision_ids = []
            for evidence_supervision_ids_item_data in self.evidence_supervision_ids:
                evidence_supervision_ids_item = str(evidence_supervision_ids_item_data)
                evidence_supervision_ids.append(evidence_supervision_ids_item)

        public_notice_id: None | str | Unset
        if isinstance(self.public_notice_id, Unset):
            public_notice_id = UNSET
        elif isinstance(self.public_notice_id, UUID):
            public_notice_id = str(self.public_notice_id)
        else:
            public_notice_id = self.public_notice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_by": decided_by,
                "measure": measure,
                "reason": reason,
                "task_ids": task_ids,
                "unit_id": unit_id,
            }
        )
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if evidence_report_ids is not UNSET:
            field_dict["evidence_report_ids"] = evidence_report_ids
        if evidence_supervision_ids is not UNSET:
            field_dict["evidence_supervision_ids"] = evidence_supervision_ids
        if public_notice_id is not UNSET:
            field_dict["public_notice_id"] = public_notice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decided_by = d.pop("decided_by")

        measure = d.pop("measure")

        reason = d.pop("reason")

        task_ids = []
        _task_ids = d.pop("task_ids")
        for task_ids_item_data in _task_ids:
            task_ids_item = UUID(task_ids_item_data)

            task_ids.append(task_ids_item)

        unit_id = UUID(d.pop("unit_id"))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        _evidence_report_ids = d.pop("evidence_report_ids", UNSET)
        evidence_report_ids: list[UUID] | Unset = UNSET
        if _evidence_report_ids is not UNSET:
            evidence_report_ids = []
            for evidence_report_ids_item_data in _evidence_report_ids:
                evidence_report_ids_item = UUID(evidence_report_ids_item_data)

                evidence_report_ids.append(evidence_report_ids_item)

        _evidence_supervision_ids = d.pop("evidence_supervision_ids", UNSET)
        evidence_supervision_ids: list[UUID] | Unset = UNSET
        if _evidence_supervision_ids is not UNSET:
            evidence_supervision_ids = []
            for evidence_supervision_ids_item_data in _evidence_supervision_ids:
                evidence_supervision_ids_item = UUID(evidence_supervision_ids_item_data)

                evidence_supervision_ids.append(evidence_supervision_ids_item)

        def _parse_public_notice_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                public_notice_id_type_0 = UUID(data)

                return public_notice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        public_notice_id = _parse_public_notice_id(d.pop("public_notice_id", UNSET))

        accountability_record_create = cls(
            decided_by=decided_by,
            measure=measure,
            reason=reason,
            task_ids=task_ids,
            unit_id=unit_id,
            decided_on=decided_on,
            evidence_report_ids=evidence_report_ids,
            evidence_supervision_ids=evidence_supervision_ids,
            public_notice_id=public_notice_id,
        )

        return accountability_record_create
