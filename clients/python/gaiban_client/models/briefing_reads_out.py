from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient_reads_out import RecipientReadsOut


T = TypeVar("T", bound="BriefingReadsOut")


@_attrs_define
class BriefingReadsOut:
    """
    Attributes:
        briefing_id (UUID):
        issue_label (None | str):
        read_count (int):
        recipients (list[RecipientReadsOut]):
        sent_at (datetime.datetime | None):
        unread_count (int):
        unread_recipients (list[UUID]): Recipients nobody has read it as.
    """

    briefing_id: UUID
    issue_label: None | str
    read_count: int
    recipients: list[RecipientReadsOut]
    sent_at: datetime.datetime | None
    unread_count: int
    unread_recipients: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        briefing_id = str(self.briefing_id)

        issue_label: None | str
        issue_label = self.issue_label

        read_count = self.read_count

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        unread_count = self.unread_count

        unread_recipients = []
        for unread_recipients_item_data in self.unread_recipients:
            unread_recipients_item = str(unread_recipients_item_data)
            unread_recipients.append(unread_recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "briefing_id": briefing_id,
                "issue_label": issue_label,
                "read_count": read_count,
                "recipients": recipients,
                "sent_at": sent_at,
                "unread_count": unread_count,
                "unread_recipients": unread_recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_reads_out import RecipientReadsOut  # noqa: PLC0415

        d = dict(src_dict)
        briefing_id = UUID(d.pop("briefing_id"))

        def _parse_issue_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issue_label = _parse_issue_label(d.pop("issue_label"))

        read_count = d.pop("read_count")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = RecipientReadsOut.from_dict(recipients_item_data)

            recipients.append(recipients_item)

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

        unread_count = d.pop("unread_count")

        unread_recipients = []
        _unread_recipients = d.pop("unread_recipients")
        for unread_recipients_item_data in _unread_recipients:
            unread_recipients_item = UUID(unread_recipients_item_data)

            unread_recipients.append(unread_recipients_item)

        briefing_reads_out = cls(
            briefing_id=briefing_id,
            issue_label=issue_label,
            read_count=read_count,
            recipients=recipients,
            sent_at=sent_at,
            unread_count=unread_count,
            unread_recipients=unread_recipients,
        )

        briefing_reads_out.additional_properties = d
        return briefing_reads_out

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
