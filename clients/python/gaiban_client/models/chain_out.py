from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chain_break_out import ChainBreakOut


T = TypeVar("T", bound="ChainOut")


@_attrs_define
class ChainOut:
    """
    Attributes:
        first_broken (ChainBreakOut | None): null: the chain holds.
        head_hash (str): The head's hash. SHA-256, lowercase hex (64 characters).
        head_seq (int): The head's number as recorded at the last insert.
        jurisdiction_id (None | UUID): null: the platform's chain.
        length (int): The rows the chain holds.
    """

    first_broken: ChainBreakOut | None
    head_hash: str
    head_seq: int
    jurisdiction_id: None | UUID
    length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_break_out import ChainBreakOut  # noqa: PLC0415

        first_broken: dict[str, Any] | None
        if isinstance(self.first_broken, ChainBreakOut):
            first_broken = self.first_broken.to_dict()
        else:
            first_broken = self.first_broken

        head_hash = self.head_hash

        head_seq = self.head_seq

        jurisdiction_id: None | str
        if isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_broken": first_broken,
                "head_hash": head_hash,
                "head_seq": head_seq,
                "jurisdiction_id": jurisdiction_id,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_break_out import ChainBreakOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_first_broken(data: object) -> ChainBreakOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_broken_type_0 = ChainBreakOut.from_dict(data)

                return first_broken_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainBreakOut | None, data)

        first_broken = _parse_first_broken(d.pop("first_broken"))

        head_hash = d.pop("head_hash")

        head_seq = d.pop("head_seq")

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

        length = d.pop("length")

        chain_out = cls(
            first_broken=first_broken,
            head_hash=head_hash,
            head_seq=head_seq,
            jurisdiction_id=jurisdiction_id,
            length=length,
        )

        chain_out.additional_properties = d
        return chain_out

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
