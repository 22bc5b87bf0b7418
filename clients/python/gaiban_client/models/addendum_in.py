from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddendumIn")


@_attrs_define
class AddendumIn:
    """
    Attributes:
        text (str):
        dated (datetime.date | None | Unset): The day of the correction; defaults to today in the jurisdiction's zone,
            never in the future nor before the archiving.
    """

    text: str
    dated: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        dated: None | str | Unset
        if isinstance(self.dated, Unset):
            dated = UNSET
        elif isinstance(self.dated, datetime.date):
            dated = self.dated.isoformat()
        else:
            dated = self.dated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if dated is not UNSET:
            field_dict["dated"] = dated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_dated(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dated_type_0 = datetime.date.fromisoformat(data)

                return dated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dated = _parse_dated(d.pop("dated", UNSET))

        addendum_in = cls(
            text=text,
            dated=dated,
        )

        return addendum_in
