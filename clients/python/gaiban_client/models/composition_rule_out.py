from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositionRuleOut")


@_attrs_define
class CompositionRuleOut:
    """A rule of the rulebook's composition section.

    Attributes:
        checked (bool): False when it cannot be judged here (see reason).
        description (str):
        rule (str): The rule id (E-ORG-1, C-ORG-2 …).
        source (str): The article it comes from.
        reason (None | str | Unset): Why not checked: e.g. an inherited list of member units names the parent's own
            units (C-ORG-3).
    """

    checked: bool
    description: str
    rule: str
    source: str
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked = self.checked

        description = self.description

        rule = self.rule

        source = self.source

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked": checked,
                "description": description,
                "rule": rule,
                "source": source,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked = d.pop("checked")

        description = d.pop("description")

        rule = d.pop("rule")

        source = d.pop("source")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        composition_rule_out = cls(
            checked=checked,
            description=description,
            rule=rule,
            source=source,
            reason=reason,
        )

        composition_rule_out.additional_properties = d
        return composition_rule_out

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
