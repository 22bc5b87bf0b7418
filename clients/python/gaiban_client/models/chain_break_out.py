from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_break_out_reason import ChainBreakOutReason

T = TypeVar("T", bound="ChainBreakOut")


@_attrs_define
class ChainBreakOut:
    """
    Attributes:
        id (int | None): That row's id; null when the row is missing.
        reason (ChainBreakOutReason): hash mismatch: the row's content no longer gives its hash (changed); missing row:
            no row has this number (deleted; past the last row, the tail is gone); prev_hash mismatch: the row does not
            follow the one before it; head mismatch: the last row is not the head the inserting trigger recorded.
        seq (int): The number in the chain of the first row that is wrong.
    """

    id: int | None
    reason: ChainBreakOutReason
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        reason = self.reason.value

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reason": reason,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        reason = ChainBreakOutReason(d.pop("reason"))

        seq = d.pop("seq")

        chain_break_out = cls(
            id=id,
            reason=reason,
            seq=seq,
        )

        chain_break_out.additional_properties = d
        return chain_break_out

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
