from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_kind import RecipientKind

if TYPE_CHECKING:
    from ..models.reader_out import ReaderOut


T = TypeVar("T", bound="RecipientReadsOut")


@_attrs_define
class RecipientReadsOut:
    """
    Attributes:
        copy (bool): true: 抄送 (copied).
        first_read_at (datetime.datetime | None):
        jurisdiction_id (UUID):
        kind (RecipientKind):
        name (str):
        not_read_by (list[ReaderOut]): Who holds the recipient's posts today and has not read it.
        read (bool): Someone of this recipient has read it.
        readers (list[ReaderOut]): Who read it as this recipient, first first.
        recipient_id (UUID):
        unit_id (None | UUID):
    """

    copy: bool
    first_read_at: datetime.datetime | None
    jurisdiction_id: UUID
    kind: RecipientKind
    name: str
    not_read_by: list[ReaderOut]
    read: bool
    readers: list[ReaderOut]
    recipient_id: UUID
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        first_read_at: None | str
        if isinstance(self.first_read_at, datetime.datetime):
            first_read_at = self.first_read_at.isoformat()
        else:
            first_read_at = self.first_read_at

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind.value

        name = self.name

        not_read_by = []
        for not_read_by_item_data in self.not_read_by:
            not_read_by_item = not_read_by_item_data.to_dict()
            not_read_by.append(not_read_by_item)

        read = self.read

        readers = []
        for readers_item_data in self.readers:
            readers_item = readers_item_data.to_dict()
            readers.append(readers_item)

        recipient_id = str(self.recipient_id)

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "copy": copy,
                "first_read_at": first_read_at,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "name": name,
                "not_read_by": not_read_by,
                "read": read,
                "readers": readers,
                "recipient_id": recipient_id,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reader_out import ReaderOut  # noqa: PLC0415

        d = dict(src_dict)
        copy = d.pop("copy")

        def _parse_first_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_read_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_read_at = _parse_first_read_at(d.pop("first_read_at"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = RecipientKind(d.pop("kind"))

        name = d.pop("name")

        not_read_by = []
        _not_read_by = d.pop("not_read_by")
        for not_read_by_item_data in _not_read_by:
            not_read_by_item = ReaderOut.from_dict(not_read_by_item_data)

            not_read_by.append(not_read_by_item)

        read = d.pop("read")

        readers = []
        _readers = d.pop("readers")
        for readers_item_data in _readers:
            readers_item = ReaderOut.from_dict(readers_item_data)

            readers.append(readers_item)

        recipient_id = UUID(d.pop("recipient_id"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        recipient_reads_out = cls(
            copy=copy,
            first_read_at=first_read_at,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            name=name,
            not_read_by=not_read_by,
            read=read,
            readers=readers,
            recipient_id=recipient_id,
            unit_id=unit_id,
        )

        recipient_reads_out.additional_properties = d
        return recipient_reads_out

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
