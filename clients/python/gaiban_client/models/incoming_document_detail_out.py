from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_addressee import IncomingAddressee
from ..models.incoming_purpose import IncomingPurpose
from ..models.incoming_state import IncomingState

if TYPE_CHECKING:
    from ..models.incoming_document_event_out import IncomingDocumentEventOut


T = TypeVar("T", bound="IncomingDocumentDetailOut")


@_attrs_define
class IncomingDocumentDetailOut:
    """
    Attributes:
        addressee (IncomingAddressee):
        body (str):
        history (list[IncomingDocumentEventOut]): Every hand-over, oldest first.
        id (UUID):
        is_major (bool):
        jurisdiction_id (UUID): The jurisdiction whose leading group (or office) it went to.
        needs_leadership (bool): Whether the office submits it on to the leadership rather than deciding it itself: a
            major matter, or one addressed to the leading group.
        purpose (IncomingPurpose):
        rule (str):
        sender_jurisdiction_id (None | UUID): Set when a county's office sent it (a child of jurisdiction_id).
        sender_jurisdiction_name (None | str):
        sender_number (None | str): 来文字号, as the sender wrote it.
        sender_unit_id (None | UUID): Set when a member unit sent it.
        sender_unit_name (None | str):
        source (str):
        state (IncomingState):
        state_changed_at (datetime.datetime):
        submitted_at (datetime.datetime): When it was received, by the server's clock.
        submitted_by (UUID):
        submitted_by_name (str):
        title (str):
    """

    addressee: IncomingAddressee
    body: str
    history: list[IncomingDocumentEventOut]
    id: UUID
    is_major: bool
    jurisdiction_id: UUID
    needs_leadership: bool
    purpose: IncomingPurpose
    rule: str
    sender_jurisdiction_id: None | UUID
    sender_jurisdiction_name: None | str
    sender_number: None | str
    sender_unit_id: None | UUID
    sender_unit_name: None | str
    source: str
    state: IncomingState
    state_changed_at: datetime.datetime
    submitted_at: datetime.datetime
    submitted_by: UUID
    submitted_by_name: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee = self.addressee.value

        body = self.body

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        is_major = self.is_major

        jurisdiction_id = str(self.jurisdiction_id)

        needs_leadership = self.needs_leadership

        purpose = self.purpose.value

        rule = self.rule

        sender_jurisdiction_id: None | str
        if isinstance(self.sender_jurisdiction_id, UUID):
            sender_jurisdiction_id = str(self.sender_jurisdiction_id)
        else:
            sender_jurisdiction_id = self.sender_jurisdiction_id

        sender_jurisdiction_name: None | str
        sender_jurisdiction_name = self.sender_jurisdiction_name

        sender_number: None | str
        sender_number = self.sender_number

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressee": addressee,
                "body": body,
                "history": history,
                "id": id,
                "is_major": is_major,
                "jurisdiction_id": jurisdiction_id,
                "needs_leadership": needs_leadership,
                "purpose": purpose,
                "rule": rule,
                "sender_jurisdiction_id": sender_jurisdiction_id,
                "sender_jurisdiction_name": sender_jurisdiction_name,
                "sender_number": sender_number,
                "sender_unit_id": sender_unit_id,
                "sender_unit_name": sender_unit_name,
                "source": source,
                "state": state,
                "state_changed_at": state_changed_at,
                "submitted_at": submitted_at,
                "submitted_by": submitted_by,
                "submitted_by_name": submitted_by_name,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incoming_document_event_out import IncomingDocumentEventOut  # noqa: PLC0415

        d = dict(src_dict)
        addressee = IncomingAddressee(d.pop("addressee"))

        body = d.pop("body")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = IncomingDocumentEventOut.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        is_major = d.pop("is_major")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        needs_leadership = d.pop("needs_leadership")

        purpose = IncomingPurpose(d.pop("purpose"))

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

        def _parse_sender_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_number = _parse_sender_number(d.pop("sender_number"))

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

        state = IncomingState(d.pop("state"))

        state_changed_at = datetime.datetime.fromisoformat(d.pop("state_changed_at"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_by = UUID(d.pop("submitted_by"))

        submitted_by_name = d.pop("submitted_by_name")

        title = d.pop("title")

        incoming_document_detail_out = cls(
            addressee=addressee,
            body=body,
            history=history,
            id=id,
            is_major=is_major,
            jurisdiction_id=jurisdiction_id,
            needs_leadership=needs_leadership,
            purpose=purpose,
            rule=rule,
            sender_jurisdiction_id=sender_jurisdiction_id,
            sender_jurisdiction_name=sender_jurisdiction_name,
            sender_number=sender_number,
            sender_unit_id=sender_unit_id,
            sender_unit_name=sender_unit_name,
            source=source,
            state=state,
            state_changed_at=state_changed_at,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            submitted_by_name=submitted_by_name,
            title=title,
        )

        incoming_document_detail_out.additional_properties = d
        return incoming_document_detail_out

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
