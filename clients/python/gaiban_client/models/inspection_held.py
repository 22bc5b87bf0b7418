from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InspectionHeld")


@_attrs_define
class InspectionHeld:
    """
    Attributes:
        summary (str):
        held_on (datetime.date | None | Unset): The day it was held (default today): not before starts_on, not after
            today.
    """

    summary: str
    held_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "summary": summary,
            }
        )
        if held_on is not UNSET:
            field_dict["held_on"] = held_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary")

        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)

                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))

        inspection_held = cls(
            summary=summary,
            held_on=held_on,
        )

        return inspection_held
