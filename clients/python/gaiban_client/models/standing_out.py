from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_kind import SubjectKind

T = TypeVar("T", bound="StandingOut")


@_attrs_define
class StandingOut:
    """One subject's place: its total, grade and rank among subjects of its kind.

    Attributes:
        complete (bool): Every manual indicator's score is entered.
        grade (str):
        kind (SubjectKind):
        name (str):
        rank (int):
        subject_id (UUID):
        total (float):
    """

    complete: bool
    grade: str
    kind: SubjectKind
    name: str
    rank: int
    subject_id: UUID
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        grade = self.grade

        kind = self.kind.value

        name = self.name

        rank = self.rank

        subject_id = str(self.subject_id)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "grade": grade,
                "kind": kind,
                "name": name,
                "rank": rank,
                "subject_id": subject_id,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete = d.pop("complete")

        grade = d.pop("grade")

        kind = SubjectKind(d.pop("kind"))

        name = d.pop("name")

        rank = d.pop("rank")

        subject_id = UUID(d.pop("subject_id"))

        total = d.pop("total")

        standing_out = cls(
            complete=complete,
            grade=grade,
            kind=kind,
            name=name,
            rank=rank,
            subject_id=subject_id,
            total=total,
        )

        standing_out.additional_properties = d
        return standing_out

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
