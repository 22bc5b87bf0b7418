from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionOut")


@_attrs_define
class DecisionOut:
    """
    Attributes:
        allowed (bool):
        delegation_id (None | UUID): The delegation the person would act under, when allowed by entrustment.
        reason (str):
        rule (str): The rule id that decides, e.g. C-MTG-1.
        source (str): The document and article of the rule.
    """

    allowed: bool
    delegation_id: None | UUID
    reason: str
    rule: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        delegation_id: None | str
        if isinstance(self.delegation_id, UUID):
            delegation_id = str(self.delegation_id)
        else:
            delegation_id = self.delegation_id

        reason = self.reason

        rule = self.rule

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "delegation_id": delegation_id,
                "reason": reason,
                "rule": rule,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed")

        def _parse_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_id_type_0 = UUID(data)

                return delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        delegation_id = _parse_delegation_id(d.pop("delegation_id"))

        reason = d.pop("reason")

        rule = d.pop("rule")

        source = d.pop("source")

        decision_out = cls(
            allowed=allowed,
            delegation_id=delegation_id,
            reason=reason,
            rule=rule,
            source=source,
        )

        decision_out.additional_properties = d
        return decision_out

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
