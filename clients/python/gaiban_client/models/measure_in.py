from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasureIn")


@_attrs_define
class MeasureIn:
    """A supporting measure (配套管理办法) the lead unit must issue, and once issued, which
    document issued it and when.

        Attributes:
            title (str):
            document_reference (None | str | Unset):
            issued_on (datetime.date | None | Unset):
    """

    title: str
    document_reference: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        document_reference: None | str | Unset
        if isinstance(self.document_reference, Unset):
            document_reference = UNSET
        else:
            document_reference = self.document_reference

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if document_reference is not UNSET:
            field_dict["document_reference"] = document_reference
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_document_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_reference = _parse_document_reference(d.pop("document_reference", UNSET))

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        measure_in = cls(
            title=title,
            document_reference=document_reference,
            issued_on=issued_on,
        )

        return measure_in
