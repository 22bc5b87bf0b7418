from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainHeadOut")


@_attrs_define
class ChainHeadOut:
    """
    Attributes:
        at (datetime.datetime): When the head was read.
        hash_ (str): That row's row_hash (64 zeros for 0). SHA-256, lowercase hex (64 characters).
        jurisdiction_id (None | UUID): null: the platform's chain.
        seq (int): The number of the chain's last row; 0 when it has none yet.
    """

    at: datetime.datetime
    hash_: str
    jurisdiction_id: None | UUID
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        hash_ = self.hash_

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
                "at": at,
                "hash": hash_,
                "jurisdiction_id": jurisdiction_id,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        hash_ = d.pop("hash")

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

        chain_head_out = cls(
            at=at,
            hash_=hash_,
            jurisdiction_id=jurisdiction_id,
            seq=seq,
        )

        chain_head_out.additional_properties = d
        return chain_head_out

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
