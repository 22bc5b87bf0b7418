from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BriefingItemIn")


@_attrs_define
class BriefingItemIn:
    """One item of a draft: a unit's information (by its submission) or the office's own.

    Attributes:
        text (str): The item as the briefing prints it.
        submission_id (None | Unset | UUID): The submission of this jurisdiction the item is drawn from; null for an
            item the office writes itself.
        submission_version (int | None | Unset): Which version of it; the latest when left out. Needs submission_id.
    """

    text: str
    submission_id: None | Unset | UUID = UNSET
    submission_version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        submission_id: None | str | Unset
        if isinstance(self.submission_id, Unset):
            submission_id = UNSET
        elif isinstance(self.submission_id, UUID):
            submission_id = str(self.submission_id)
        else:
            submission_id = self.submission_id

        submission_version: int | None | Unset
        if isinstance(self.submission_version, Unset):
            submission_version = UNSET
        else:
            submission_version = self.submission_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if submission_version is not UNSET:
            field_dict["submission_version"] = submission_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_submission_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_id_type_0 = UUID(data)

                return submission_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        submission_id = _parse_submission_id(d.pop("submission_id", UNSET))

        def _parse_submission_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submission_version = _parse_submission_version(d.pop("submission_version", UNSET))

        briefing_item_in = cls(
            text=text,
            submission_id=submission_id,
            submission_version=submission_version,
        )

        return briefing_item_in
