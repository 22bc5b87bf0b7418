from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chain_out import ChainOut
    from ..models.expected_head_out import ExpectedHeadOut


T = TypeVar("T", bound="VerificationOut")


@_attrs_define
class VerificationOut:
    """
    Attributes:
        chains (list[ChainOut]):
        expected (ExpectedHeadOut | None): The head kept elsewhere (expected_seq, expected_hash), when given.
        verified (bool): Every chain holds, and so does the expected head when one is given.
    """

    chains: list[ChainOut]
    expected: ExpectedHeadOut | None
    verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expected_head_out import ExpectedHeadOut  # noqa: PLC0415

        chains = []
        for chains_item_data in self.chains:
            chains_item = chains_item_data.to_dict()
            chains.append(chains_item)

        expected: dict[str, Any] | None
        if isinstance(self.expected, ExpectedHeadOut):
            expected = self.expected.to_dict()
        else:
            expected = self.expected

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chains": chains,
                "expected": expected,
                "verified": verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_out import ChainOut  # noqa: PLC0415
        from ..models.expected_head_out import ExpectedHeadOut  # noqa: PLC0415

        d = dict(src_dict)
        chains = []
        _chains = d.pop("chains")
        for chains_item_data in _chains:
            chains_item = ChainOut.from_dict(chains_item_data)

            chains.append(chains_item)

        def _parse_expected(data: object) -> ExpectedHeadOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_type_0 = ExpectedHeadOut.from_dict(data)

                return expected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpectedHeadOut | None, data)

        expected = _parse_expected(d.pop("expected"))

        verified = d.pop("verified")

        verification_out = cls(
            chains=chains,
            expected=expected,
            verified=verified,
        )

        verification_out.additional_properties = d
        return verification_out

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
