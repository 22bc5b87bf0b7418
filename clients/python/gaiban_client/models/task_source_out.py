from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_kind import SourceKind

T = TypeVar("T", bound="TaskSourceOut")


@_attrs_define
class TaskSourceOut:
    """
    Attributes:
        agenda_index (int | None):
        decision_index (int | None):
        kind (SourceKind): Where a task comes from: a reform document of some level, or a meeting's decision.
        meeting_id (None | UUID): For a meeting decision: the meeting.
        reference (None | str):
        title (None | str):
    """

    agenda_index: int | None
    decision_index: int | None
    kind: SourceKind
    meeting_id: None | UUID
    reference: None | str
    title: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda_index: int | None
        agenda_index = self.agenda_index

        decision_index: int | None
        decision_index = self.decision_index

        kind = self.kind.value

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        reference: None | str
        reference = self.reference

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda_index": agenda_index,
                "decision_index": decision_index,
                "kind": kind,
                "meeting_id": meeting_id,
                "reference": reference,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_agenda_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        agenda_index = _parse_agenda_index(d.pop("agenda_index"))

        def _parse_decision_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        decision_index = _parse_decision_index(d.pop("decision_index"))

        kind = SourceKind(d.pop("kind"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        task_source_out = cls(
            agenda_index=agenda_index,
            decision_index=decision_index,
            kind=kind,
            meeting_id=meeting_id,
            reference=reference,
            title=title,
        )

        task_source_out.additional_properties = d
        return task_source_out

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
