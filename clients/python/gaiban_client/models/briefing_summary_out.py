from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.briefing_state import BriefingState

T = TypeVar("T", bound="BriefingSummaryOut")


@_attrs_define
class BriefingSummaryOut:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        issue_label (None | str):
        issue_number (int | None):
        issue_year (int | None):
        item_count (int):
        jurisdiction_id (UUID):
        sent_at (datetime.datetime | None):
        state (BriefingState):
        title (str):
    """

    created_at: datetime.datetime
    id: UUID
    issue_label: None | str
    issue_number: int | None
    issue_year: int | None
    item_count: int
    jurisdiction_id: UUID
    sent_at: datetime.datetime | None
    state: BriefingState
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        issue_label: None | str
        issue_label = self.issue_label

        issue_number: int | None
        issue_number = self.issue_number

        issue_year: int | None
        issue_year = self.issue_year

        item_count = self.item_count

        jurisdiction_id = str(self.jurisdiction_id)

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        state = self.state.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "issue_label": issue_label,
                "issue_number": issue_number,
                "issue_year": issue_year,
                "item_count": item_count,
                "jurisdiction_id": jurisdiction_id,
                "sent_at": sent_at,
                "state": state,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        item_count = d.pop("item_count")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

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

        state = BriefingState(d.pop("state"))

        title = d.pop("title")

        briefing_summary_out = cls(
            created_at=created_at,
            id=id,
            issue_label=issue_label,
            issue_number=issue_number,
            issue_year=issue_year,
            item_count=item_count,
            jurisdiction_id=jurisdiction_id,
            sent_at=sent_at,
            state=state,
            title=title,
        )

        briefing_summary_out.additional_properties = d
        return briefing_summary_out

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
