from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupervisionNoticeCreate")


@_attrs_define
class SupervisionNoticeCreate:
    """
    Attributes:
        text (str):
        reply_due_on (datetime.date | None | Unset): The day the unit's reply is due, on or after today. Left out: 5
            working days after today (mainland-China calendar).
    """

    text: str
    reply_due_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        reply_due_on: None | str | Unset
        if isinstance(self.reply_due_on, Unset):
            reply_due_on = UNSET
        elif isinstance(self.reply_due_on, datetime.date):
            reply_due_on = self.reply_due_on.isoformat()
        else:
            reply_due_on = self.reply_due_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if reply_due_on is not UNSET:
            field_dict["reply_due_on"] = reply_due_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_reply_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_due_on_type_0 = datetime.date.fromisoformat(data)

                return reply_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reply_due_on = _parse_reply_due_on(d.pop("reply_due_on", UNSET))

        supervision_notice_create = cls(
            text=text,
            reply_due_on=reply_due_on,
        )

        return supervision_notice_create
