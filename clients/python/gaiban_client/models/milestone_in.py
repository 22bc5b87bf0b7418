from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MilestoneIn")


@_attrs_define
class MilestoneIn:
    """An intermediate milestone (阶段节点): on or before the deadline, in order.

    Attributes:
        due_on (datetime.date):
        title (str):
    """

    due_on: datetime.date
    title: str

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_on": due_on,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        title = d.pop("title")

        milestone_in = cls(
            due_on=due_on,
            title=title,
        )

        return milestone_in
