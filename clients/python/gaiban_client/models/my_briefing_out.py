from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.briefing_state import BriefingState

if TYPE_CHECKING:
    from ..models.compiled_from_out import CompiledFromOut
    from ..models.my_briefing_item_out import MyBriefingItemOut
    from ..models.my_recipient_out import MyRecipientOut
    from ..models.recipient_out import RecipientOut


T = TypeVar("T", bound="MyBriefingOut")


@_attrs_define
class MyBriefingOut:
    """
    Attributes:
        body (str):
        compiled_from (CompiledFromOut | None):
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        id (UUID):
        issue_label (None | str):
        issue_number (int | None):
        issue_year (int | None):
        items (list[MyBriefingItemOut]):
        jurisdiction_id (UUID):
        read_at (datetime.datetime): The caller's first read (this one, if it was).
        read_status_shown (bool): Whether the recipients' first reads are shown (to the office only).
        received_as (list[MyRecipientOut]):
        recipients (list[RecipientOut]): Fixed when sent (empty for a draft): the leading group, then the member units
            and county offices copied.
        rule (str):
        sent_at (datetime.datetime | None):
        sent_by (None | UUID):
        sent_by_name (None | str):
        source (str):
        state (BriefingState):
        title (str):
        updated_at (datetime.datetime):
    """

    body: str
    compiled_from: CompiledFromOut | None
    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    id: UUID
    issue_label: None | str
    issue_number: int | None
    issue_year: int | None
    items: list[MyBriefingItemOut]
    jurisdiction_id: UUID
    read_at: datetime.datetime
    read_status_shown: bool
    received_as: list[MyRecipientOut]
    recipients: list[RecipientOut]
    rule: str
    sent_at: datetime.datetime | None
    sent_by: None | UUID
    sent_by_name: None | str
    source: str
    state: BriefingState
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.compiled_from_out import CompiledFromOut  # noqa: PLC0415

        body = self.body

        compiled_from: dict[str, Any] | None
        if isinstance(self.compiled_from, CompiledFromOut):
            compiled_from = self.compiled_from.to_dict()
        else:
            compiled_from = self.compiled_from

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        id = str(self.id)

        issue_label: None | str
        issue_label = self.issue_label

        issue_number: int | None
        issue_number = self.issue_number

        issue_year: int | None
        issue_year = self.issue_year

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        jurisdiction_id = str(self.jurisdiction_id)

        read_at = self.read_at.isoformat()

        read_status_shown = self.read_status_shown

        received_as = []
        for received_as_item_data in self.received_as:
            received_as_item = received_as_item_data.to_dict()
            received_as.append(received_as_item)

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        rule = self.rule

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        sent_by: None | str
        if isinstance(self.sent_by, UUID):
            sent_by = str(self.sent_by)
        else:
            sent_by = self.sent_by

        sent_by_name: None | str
        sent_by_name = self.sent_by_name

        source = self.source

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "compiled_from": compiled_from,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "id": id,
                "issue_label": issue_label,
                "issue_number": issue_number,
                "issue_year": issue_year,
                "items": items,
                "jurisdiction_id": jurisdiction_id,
                "read_at": read_at,
                "read_status_shown": read_status_shown,
                "received_as": received_as,
                "recipients": recipients,
                "rule": rule,
                "sent_at": sent_at,
                "sent_by": sent_by,
                "sent_by_name": sent_by_name,
                "source": source,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compiled_from_out import CompiledFromOut  # noqa: PLC0415
        from ..models.my_briefing_item_out import MyBriefingItemOut  # noqa: PLC0415
        from ..models.my_recipient_out import MyRecipientOut  # noqa: PLC0415
        from ..models.recipient_out import RecipientOut  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        def _parse_compiled_from(data: object) -> CompiledFromOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compiled_from_type_0 = CompiledFromOut.from_dict(data)

                return compiled_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompiledFromOut | None, data)

        compiled_from = _parse_compiled_from(d.pop("compiled_from"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        id = UUID(d.pop("id"))

        def _parse_issue_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issue_label = _parse_issue_label(d.pop("issue_label"))

        def _parse_issue_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issue_number = _parse_issue_number(d.pop("issue_number"))

        def _parse_issue_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issue_year = _parse_issue_year(d.pop("issue_year"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MyBriefingItemOut.from_dict(items_item_data)

            items.append(items_item)

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        read_at = datetime.datetime.fromisoformat(d.pop("read_at"))

        read_status_shown = d.pop("read_status_shown")

        received_as = []
        _received_as = d.pop("received_as")
        for received_as_item_data in _received_as:
            received_as_item = MyRecipientOut.from_dict(received_as_item_data)

            received_as.append(received_as_item)

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = RecipientOut.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        rule = d.pop("rule")

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        def _parse_sent_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_by_type_0 = UUID(data)

                return sent_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sent_by = _parse_sent_by(d.pop("sent_by"))

        def _parse_sent_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_by_name = _parse_sent_by_name(d.pop("sent_by_name"))

        source = d.pop("source")

        state = BriefingState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        my_briefing_out = cls(
            body=body,
            compiled_from=compiled_from,
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            id=id,
            issue_label=issue_label,
            issue_number=issue_number,
            issue_year=issue_year,
            items=items,
            jurisdiction_id=jurisdiction_id,
            read_at=read_at,
            read_status_shown=read_status_shown,
            received_as=received_as,
            recipients=recipients,
            rule=rule,
            sent_at=sent_at,
            sent_by=sent_by,
            sent_by_name=sent_by_name,
            source=source,
            state=state,
            title=title,
            updated_at=updated_at,
        )

        my_briefing_out.additional_properties = d
        return my_briefing_out

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
