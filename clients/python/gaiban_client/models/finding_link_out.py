from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_link_kind import FindingLinkKind

T = TypeVar("T", bound="FindingLinkOut")


@_attrs_define
class FindingLinkOut:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID): The link's id (DELETE …/links/{link_id} removes it).
        kind (FindingLinkKind):
        label (str): A task's code and title; a supervision notice's task code and title with the day it was issued; a
            public notice's title.
        linked_by (UUID):
        linked_by_name (str):
        linked_on (datetime.date):
        target_id (UUID):
        url (str): The path of the supervision notice, public notice or task.
    """

    created_at: datetime.datetime
    id: UUID
    kind: FindingLinkKind
    label: str
    linked_by: UUID
    linked_by_name: str
    linked_on: datetime.date
    target_id: UUID
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value

        label = self.label

        linked_by = str(self.linked_by)

        linked_by_name = self.linked_by_name

        linked_on = self.linked_on.isoformat()

        target_id = str(self.target_id)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "label": label,
                "linked_by": linked_by,
                "linked_by_name": linked_by_name,
                "linked_on": linked_on,
                "target_id": target_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        kind = FindingLinkKind(d.pop("kind"))

        label = d.pop("label")

        linked_by = UUID(d.pop("linked_by"))

        linked_by_name = d.pop("linked_by_name")

        linked_on = datetime.date.fromisoformat(d.pop("linked_on"))

        target_id = UUID(d.pop("target_id"))

        url = d.pop("url")

        finding_link_out = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            label=label,
            linked_by=linked_by,
            linked_by_name=linked_by_name,
            linked_on=linked_on,
            target_id=target_id,
            url=url,
        )

        finding_link_out.additional_properties = d
        return finding_link_out

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
