from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.notice_tone import NoticeTone
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicNoticeCreate")


@_attrs_define
class PublicNoticeCreate:
    """
    Attributes:
        body (str):
        task_ids (list[UUID]): The tasks the notice cites: tasks of this jurisdiction, each once.
        title (str):
        tone (NoticeTone): A public notice (通报) criticises units that failed their duties (E-TSK-3) or commends.
        unit_ids (list[UUID]): The units named: member units here, each once, each leading or cooperating on a task
            cited (422 naming each one that does not).
        document_reference (None | str | Unset): Its document number, if any.
        evidence_report_ids (list[UUID] | Unset): Progress reports (进展情况) of the tasks cited, as evidence; each once
            (422 naming each one that is not a report of a task cited).
        evidence_supervision_ids (list[UUID] | Unset): Supervision notices (督办) of the tasks cited, as evidence; each
            once (422 naming each one that is not a notice on a task cited).
        issued_on (datetime.date | None | Unset): The day of the notice, not after today (default today).
    """

    body: str
    task_ids: list[UUID]
    title: str
    tone: NoticeTone
    unit_ids: list[UUID]
    document_reference: None | str | Unset = UNSET
    evidence_report_ids: list[UUID] | Unset = UNSET
    evidence_supervision_ids: list[UUID] | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        task_ids = []
        for task_ids_item_data in self.task_ids:
            task_ids_item = str(task_ids_item_data)
            task_ids.append(task_ids_item)

        title = self.title

        tone = self.tone.value

        unit_ids = []
        for unit_ids_item_data in self.unit_ids:
            unit_ids_item = str(unit_ids_item_data)
            unit_ids.append(unit_ids_item)

        document_reference: None | str | Unset
        if isinstance(self.document_reference, Unset):
            document_reference = UNSET
        else:
            document_reference = self.document_reference

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

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "task_ids": task_ids,
                "title": title,
                "tone": tone,
                "unit_ids": unit_ids,
            }
        )
        if document_reference is not UNSET:
            field_dict["document_reference"] = document_reference
        if evidence_report_ids is not UNSET:
            field_dict["evidence_report_ids"] = evidence_report_ids
        if evidence_supervision_ids is not UNSET:
            field_dict["evidence_supervision_ids"] = evidence_supervision_ids
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        task_ids = []
        _task_ids = d.pop("task_ids")
        for task_ids_item_data in _task_ids:
            task_ids_item = UUID(task_ids_item_data)

            task_ids.append(task_ids_item)

        title = d.pop("title")

        tone = NoticeTone(d.pop("tone"))

        unit_ids = []
        _unit_ids = d.pop("unit_ids")
        for unit_ids_item_data in _unit_ids:
            unit_ids_item = UUID(unit_ids_item_data)

            unit_ids.append(unit_ids_item)

        def _parse_document_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_reference = _parse_document_reference(d.pop("document_reference", UNSET))

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

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        public_notice_create = cls(
            body=body,
            task_ids=task_ids,
            title=title,
            tone=tone,
            unit_ids=unit_ids,
            document_reference=document_reference,
            evidence_report_ids=evidence_report_ids,
            evidence_supervision_ids=evidence_supervision_ids,
            issued_on=issued_on,
        )

        return public_notice_create
