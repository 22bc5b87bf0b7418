from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpectedHeadOut")


@_attrs_define
class ExpectedHeadOut:
    """
    Attributes:
        hash_ (str):
        holds (bool): Whether the chain still has the row numbered seq, with that hash. False when the chain was cut
            there or rebuilt.
        jurisdiction_id (None | UUID):
        seq (int):
    """

    hash_: str
    holds: bool
    jurisdiction_id: None | UUID
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        holds = self.holds

        jurisdiction_id: None | str
        if isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "holds": holds,
                "jurisdiction_id": jurisdiction_id,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        holds = d.pop("holds")

        def _parse_jurisdiction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_id_type_0 = UUID(data)

                return jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id"))

        seq = d.pop("seq")

        expected_head_out = cls(
            hash_=hash_,
            holds=holds,
            jurisdiction_id=jurisdiction_id,
            seq=seq,
        )

        expected_head_out.additional_properties = d
        return expected_head_out

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
