from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionIn")


@_attrs_define
class DecisionIn:
    """
    Attributes:
        text (str):
        deadline (datetime.date | None | Unset):
        responsible_unit_id (None | Unset | UUID): The unit responsible; with a deadline it can become a task.
    """

    text: str
    deadline: datetime.date | None | Unset = UNSET
    responsible_unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        responsible_unit_id: None | str | Unset
        if isinstance(self.responsible_unit_id, Unset):
            responsible_unit_id = UNSET
        elif isinstance(self.responsible_unit_id, UUID):
            responsible_unit_id = str(self.responsible_unit_id)
        else:
            responsible_unit_id = self.responsible_unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if responsible_unit_id is not UNSET:
            field_dict["responsible_unit_id"] = responsible_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_responsible_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsible_unit_id_type_0 = UUID(data)

                return responsible_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        responsible_unit_id = _parse_responsible_unit_id(d.pop("responsible_unit_id", UNSET))

        decision_in = cls(
            text=text,
            deadline=deadline,
            responsible_unit_id=responsible_unit_id,
        )

        return decision_in
