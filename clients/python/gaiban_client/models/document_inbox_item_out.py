from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_state import DocumentState

if TYPE_CHECKING:
    from ..models.my_recipient_out import MyRecipientOut


T = TypeVar("T", bound="DocumentInboxItemOut")


@_attrs_define
class DocumentInboxItemOut:
    """
    Attributes:
        action_expected (bool): true: the caller is of a main recipient (主送); false: copied only.
        id (UUID):
        issuer_name (str):
        jurisdiction_id (UUID):
        jurisdiction_name (str):
        number (str):
        read_at (datetime.datetime | None): The caller's first read; null: unread.
        received_as (list[MyRecipientOut]): The recipients the caller is one of.
        signed_on (datetime.date):
        state (DocumentState):
        title (str):
    """

    action_expected: bool
    id: UUID
    issuer_name: str
    jurisdiction_id: UUID
    jurisdiction_name: str
    number: str
    read_at: datetime.datetime | None
    received_as: list[MyRecipientOut]
    signed_on: datetime.date
    state: DocumentState
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_expected = self.action_expected

        id = str(self.id)

        issuer_name = self.issuer_name

        jurisdiction_id = str(self.jurisdiction_id)

        jurisdiction_name = self.jurisdiction_name

        number = self.number

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        received_as = []
        for received_as_item_data in self.received_as:
            received_as_item = received_as_item_data.to_dict()
            received_as.append(received_as_item)

        signed_on = self.signed_on.isoformat()

        state = self.state.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_expected": action_expected,
                "id": id,
                "issuer_name": issuer_name,
                "jurisdiction_id": jurisdiction_id,
                "jurisdiction_name": jurisdiction_name,
                "number": number,
                "read_at": read_at,
                "received_as": received_as,
                "signed_on": signed_on,
                "state": state,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.my_recipient_out import MyRecipientOut  # noqa: PLC0415

        d = dict(src_dict)
        action_expected = d.pop("action_expected")

        id = UUID(d.pop("id"))

        issuer_name = d.pop("issuer_name")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        jurisdiction_name = d.pop("jurisdiction_name")

        number = d.pop("number")

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        received_as = []
        _received_as = d.pop("received_as")
        for received_as_item_data in _received_as:
            received_as_item = MyRecipientOut.from_dict(received_as_item_data)

            received_as.append(received_as_item)

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))

        state = DocumentState(d.pop("state"))

        title = d.pop("title")

        document_inbox_item_out = cls(
            action_expected=action_expected,
            id=id,
            issuer_name=issuer_name,
            jurisdiction_id=jurisdiction_id,
            jurisdiction_name=jurisdiction_name,
            number=number,
            read_at=read_at,
            received_as=received_as,
            signed_on=signed_on,
            state=state,
            title=title,
        )

        document_inbox_item_out.additional_properties = d
        return document_inbox_item_out

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
