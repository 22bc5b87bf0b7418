from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.act import Act

T = TypeVar("T", bound="ActCheck")


@_attrs_define
class ActCheck:
    """
    Attributes:
        act (Act):
        on (datetime.date): The day the act would be done.
        person_id (UUID): The user account of the person who would act.
        subject (str): The meeting kind (convene, propose_extra, approve_extra, chair) or the issuer (sign).
    """

    act: Act
    on: datetime.date
    person_id: UUID
    subject: str

    def to_dict(self) -> dict[str, Any]:
        act = self.act.value

        on = self.on.isoformat()

        person_id = str(self.person_id)

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "act": act,
                "on": on,
                "person_id": person_id,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        act = Act(d.pop("act"))

        on = datetime.date.fromisoformat(d.pop("on"))

        person_id = UUID(d.pop("person_id"))

        subject = d.pop("subject")

        act_check = cls(
            act=act,
            on=on,
            person_id=person_id,
            subject=subject,
        )

        return act_check
