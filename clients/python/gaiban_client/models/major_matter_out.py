from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matter_state import MatterState
from ..models.urgency import Urgency

T = TypeVar("T", bound="MajorMatterOut")


@_attrs_define
class MajorMatterOut:
    """
    Attributes:
        consolidation_id (None | UUID): Shared by the matters forwarded together; null until forwarded.
        id (UUID):
        jurisdiction_id (UUID): The jurisdiction whose leading group it went to.
        rule (str):
        sender_jurisdiction_id (None | UUID): Set when a county's office sent it (a child of jurisdiction_id).
        sender_jurisdiction_name (None | str):
        sender_unit_id (None | UUID): Set when a member unit sent it.
        sender_unit_name (None | str):
        source (str):
        state (MatterState):
        state_changed_at (datetime.datetime):
        submitted_at (datetime.datetime): The first submission, by the server's clock.
        submitted_by (UUID):
        submitted_by_name (str):
        title (str):
        urgency (Urgency):
    """

    consolidation_id: None | UUID
    id: UUID
    jurisdiction_id: UUID
    rule: str
    sender_jurisdiction_id: None | UUID
    sender_jurisdiction_name: None | str
    sender_unit_id: None | UUID
    sender_unit_name: None | str
    source: str
    state: MatterState
    state_changed_at: datetime.datetime
    submitted_at: datetime.datetime
    submitted_by: UUID
    submitted_by_name: str
    title: str
    urgency: Urgency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consolidation_id: None | str
        if isinstance(self.consolidation_id, UUID):
            consolidation_id = str(self.consolidation_id)
        else:
            consolidation_id = self.consolidation_id

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        rule = self.rule

        sender_jurisdiction_id: None | str
        if isinstance(self.sender_jurisdiction_id, UUID):
            sender_jurisdiction_id = str(self.sender_jurisdiction_id)
        else:
            sender_jurisdiction_id = self.sender_jurisdiction_id

        sender_jurisdiction_name: None | str
        sender_jurisdiction_name = self.sender_jurisdiction_name

        sender_unit_id: None | str
        if isinstance(self.sender_unit_id, UUID):
            sender_unit_id = str(self.sender_unit_id)
        else:
            sender_unit_id = self.sender_unit_id

        sender_unit_name: None | str
        sender_unit_name = self.sender_unit_name

        source = self.source

        state = self.state.value

        state_changed_at = self.state_changed_at.isoformat()

        submitted_at = self.submitted_at.isoformat()

        submitted_by = str(self.submitted_by)

        submitted_by_name = self.submitted_by_name

        title = self.title

        urgency = self.urgency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consolidation_id": consolidation_id,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "rule": rule,
                "sender_jurisdiction_id": sender_jurisdiction_id,
                "sender_jurisdiction_name": sender_jurisdiction_name,
                "sender_unit_id": sender_unit_id,
                "sender_unit_name": sender_unit_name,
                "source": source,
                "state": state,
                "state_changed_at": state_changed_at,
                "submitted_at": submitted_at,
                "submitted_by": submitted_by,
                "submitted_by_name": submitted_by_name,
                "title": title,
                "urgency": urgency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_consolidation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consolidation_id_type_0 = UUID(data)

                return consolidation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consolidation_id = _parse_consolidation_id(d.pop("consolidation_id"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        rule = d.pop("rule")

        def _parse_sender_jurisdiction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sender_jurisdiction_id_type_0 = UUID(data)

                return sender_jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sender_jurisdiction_id = _parse_sender_jurisdiction_id(d.pop("sender_jurisdiction_id"))

        def _parse_sender_jurisdiction_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_jurisdiction_name = _parse_sender_jurisdiction_name(d.pop("sender_jurisdiction_name"))

        def _parse_sender_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sender_unit_id_type_0 = UUID(data)

                return sender_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sender_unit_id = _parse_sender_unit_id(d.pop("sender_unit_id"))

        def _parse_sender_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_unit_name = _parse_sender_unit_name(d.pop("sender_unit_name"))

        source = d.pop("source")

        state = MatterState(d.pop("state"))

        state_changed_at = datetime.datetime.fromisoformat(d.pop("state_changed_at"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_by = UUID(d.pop("submitted_by"))

        submitted_by_name = d.pop("submitted_by_name")

        title = d.pop("title")

        urgency = Urgency(d.pop("urgency"))

        major_matter_out = cls(
            consolidation_id=consolidation_id,
            id=id,
            jurisdiction_id=jurisdiction_id,
            rule=rule,
            sender_jurisdiction_id=sender_jurisdiction_id,
            sender_jurisdiction_name=sender_jurisdiction_name,
            sender_unit_id=sender_unit_id,
            sender_unit_name=sender_unit_name,
            source=source,
            state=state,
            state_changed_at=state_changed_at,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            submitted_by_name=submitted_by_name,
            title=title,
            urgency=urgency,
        )

        major_matter_out.additional_properties = d
        return major_matter_out

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
