from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.finding_link_kind import FindingLinkKind

T = TypeVar("T", bound="FindingLinkCreate")


@_attrs_define
class FindingLinkCreate:
    """
    Attributes:
        kind (FindingLinkKind):
        target_id (UUID): The supervision notice's, public notice's or task's id, in this jurisdiction.
    """

    kind: FindingLinkKind
    target_id: UUID

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        target_id = str(self.target_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "target_id": target_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FindingLinkKind(d.pop("kind"))

        target_id = UUID(d.pop("target_id"))

        finding_link_create = cls(
            kind=kind,
            target_id=target_id,
        )

        return finding_link_create
