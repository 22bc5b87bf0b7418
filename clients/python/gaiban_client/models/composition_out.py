from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.composition_rule_out import CompositionRuleOut
    from ..models.deviation_out import DeviationOut


T = TypeVar("T", bound="CompositionOut")


@_attrs_define
class CompositionOut:
    """The composition of the leading group and its office on a day, against the rulebook.

    Attributes:
        compliant (bool): No deviation from a rule checked.
        deviations (list[DeviationOut]):
        inherited (bool): The version is an ancestor's (C-ORG-3).
        jurisdiction_id (UUID):
        on (datetime.date): The day judged (today in the jurisdiction's zone if not given).
        rules (list[CompositionRuleOut]): The rules of the rulebook's composition section; empty when it states none.
        version_id (UUID): The rulebook version in force that day.
    """

    compliant: bool
    deviations: list[DeviationOut]
    inherited: bool
    jurisdiction_id: UUID
    on: datetime.date
    rules: list[CompositionRuleOut]
    version_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compliant = self.compliant

        deviations = []
        for deviations_item_data in self.deviations:
            deviations_item = deviations_item_data.to_dict()
            deviations.append(deviations_item)

        inherited = self.inherited

        jurisdiction_id = str(self.jurisdiction_id)

        on = self.on.isoformat()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        version_id = str(self.version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compliant": compliant,
                "deviations": deviations,
                "inherited": inherited,
                "jurisdiction_id": jurisdiction_id,
                "on": on,
                "rules": rules,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.composition_rule_out import CompositionRuleOut  # noqa: PLC0415
        from ..models.deviation_out import DeviationOut  # noqa: PLC0415

        d = dict(src_dict)
        compliant = d.pop("compliant")

        deviations = []
        _deviations = d.pop("deviations")
        for deviations_item_data in _deviations:
            deviations_item = DeviationOut.from_dict(deviations_item_data)

            deviations.append(deviations_item)

        inherited = d.pop("inherited")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = CompositionRuleOut.from_dict(rules_item_data)

            rules.append(rules_item)

        version_id = UUID(d.pop("version_id"))

        composition_out = cls(
            compliant=compliant,
            deviations=deviations,
            inherited=inherited,
            jurisdiction_id=jurisdiction_id,
            on=on,
            rules=rules,
            version_id=version_id,
        )

        composition_out.additional_properties = d
        return composition_out

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
