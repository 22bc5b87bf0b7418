from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient_reads_out import RecipientReadsOut


T = TypeVar("T", bound="DocumentReadsOut")


@_attrs_define
class DocumentReadsOut:
    """
    Attributes:
        document_id (UUID):
        number (str):
        read_count (int):
        recipients (list[RecipientReadsOut]):
        unread_count (int):
        unread_recipients (list[UUID]): Recipients nobody has read it as.
    """

    document_id: UUID
    number: str
    read_count: int
    recipients: list[RecipientReadsOut]
    unread_count: int
    unread_recipients: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        number = self.number

        read_count = self.read_count

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        unread_count = self.unread_count

        unread_recipients = []
        for unread_recipients_item_data in self.unread_recipients:
            unread_recipients_item = str(unread_recipients_item_data)
            unread_recipients.append(unread_recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "number": number,
                "read_count": read_count,
                "recipients": recipients,
                "unread_count": unread_count,
                "unread_recipients": unread_recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_reads_out import RecipientReadsOut  # noqa: PLC0415

        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        number = d.pop("number")

        read_count = d.pop("read_count")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = RecipientReadsOut.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        unread_count = d.pop("unread_count")

        unread_recipients = []
        _unread_recipients = d.pop("unread_recipients")
        for unread_recipients_item_data in _unread_recipients:
            unread_recipients_item = UUID(unread_recipients_item_data)

            unread_recipients.append(unread_recipients_item)

        document_reads_out = cls(
            document_id=document_id,
            number=number,
            read_count=read_count,
            recipients=recipients,
            unread_count=unread_count,
            unread_recipients=unread_recipients,
        )

        document_reads_out.additional_properties = d
        return document_reads_out

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
