from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.urgency import Urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MajorMatterResubmit")


@_attrs_define
class MajorMatterResubmit:
    """
    Attributes:
        body (str): The matter as amended.
        note (str | Unset): What changed, for the office. Default: ''.
        title (None | str | Unset): Left out: unchanged.
        urgency (None | Unset | Urgency): Left out: unchanged.
    """

    body: str
    note: str | Unset = ""
    title: None | str | Unset = UNSET
    urgency: None | Unset | Urgency = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        note = self.note

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        urgency: None | str | Unset
        if isinstance(self.urgency, Unset):
            urgency = UNSET
        elif isinstance(self.urgency, Urgency):
            urgency = self.urgency.value
        else:
            urgency = self.urgency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if title is not UNSET:
            field_dict["title"] = title
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        note = d.pop("note", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_urgency(data: object) -> None | Unset | Urgency:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                urgency_type_0 = Urgency(data)

                return urgency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Urgency, data)

        urgency = _parse_urgency(d.pop("urgency", UNSET))

        major_matter_resubmit = cls(
            body=body,
            note=note,
            title=title,
            urgency=urgency,
        )

        return major_matter_resubmit
