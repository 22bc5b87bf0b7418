from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.holding_problem_kind import HoldingProblemKind
from ..models.position_level import PositionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="HoldingProblemOut")


@_attrs_define
class HoldingProblemOut:
    """Where positions held depart from a version in force during their tenure.

    Attributes:
        effective_from (datetime.date): That version's effective_from.
        first_day (datetime.date): The first day the problem exists (over_limit: the first day of the peak).
        kind (HoldingProblemKind):
        message (str):
        position_ids (list[UUID]): The positions concerned (over_limit: those held on the peak's first day).
        role (str): The position's key.
        user_ids (list[UUID]): Their holders.
        version_id (UUID): The version the problem is with.
        defined_level (None | PositionLevel | Unset): level_mismatch, over_limit: the level the version defines.
        held_level (None | PositionLevel | Unset): undefined, level_mismatch: the level the post is held at.
        limit (int | None | Unset): over_limit: the limit.
        peak (int | None | Unset): over_limit: the most holders on one day (persons, not posts).
        rule (None | str | Unset): The rule of the version's definition of the key, if it cites one.
        source (None | str | Unset): Its source article.
        unit_id (None | Unset | UUID): over_limit per member unit: the unit.
    """

    effective_from: datetime.date
    first_day: datetime.date
    kind: HoldingProblemKind
    message: str
    position_ids: list[UUID]
    role: str
    user_ids: list[UUID]
    version_id: UUID
    defined_level: None | PositionLevel | Unset = UNSET
    held_level: None | PositionLevel | Unset = UNSET
    limit: int | None | Unset = UNSET
    peak: int | None | Unset = UNSET
    rule: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        first_day = self.first_day.isoformat()

        kind = self.kind.value

        message = self.message

        position_ids = []
        for position_ids_item_data in self.position_ids:
            position_ids_item = str(position_ids_item_data)
            position_ids.append(position_ids_item)

        role = self.role

        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        version_id = str(self.version_id)

        defined_level: None | str | Unset
        if isinstance(self.defined_level, Unset):
            defined_level = UNSET
        elif isinstance(self.defined_level, PositionLevel):
            defined_level = self.defined_level.value
        else:
            defined_level = self.defined_level

        held_level: None | str | Unset
        if isinstance(self.held_level, Unset):
            held_level = UNSET
        elif isinstance(self.held_level, PositionLevel):
            held_level = self.held_level.value
        else:
            held_level = self.held_level

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        peak: int | None | Unset
        if isinstance(self.peak, Unset):
            peak = UNSET
        else:
            peak = self.peak

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_from": effective_from,
                "first_day": first_day,
                "kind": kind,
                "message": message,
                "position_ids": position_ids,
                "role": role,
                "user_ids": user_ids,
                "version_id": version_id,
            }
        )
        if defined_level is not UNSET:
            field_dict["defined_level"] = defined_level
        if held_level is not UNSET:
            field_dict["held_level"] = held_level
        if limit is not UNSET:
            field_dict["limit"] = limit
        if peak is not UNSET:
            field_dict["peak"] = peak
        if rule is not UNSET:
            field_dict["rule"] = rule
        if source is not UNSET:
            field_dict["source"] = source
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        first_day = datetime.date.fromisoformat(d.pop("first_day"))

        kind = HoldingProblemKind(d.pop("kind"))

        message = d.pop("message")

        position_ids = []
        _position_ids = d.pop("position_ids")
        for position_ids_item_data in _position_ids:
            position_ids_item = UUID(position_ids_item_data)

            position_ids.append(position_ids_item)

        role = d.pop("role")

        user_ids = []
        _user_ids = d.pop("user_ids")
        for user_ids_item_data in _user_ids:
            user_ids_item = UUID(user_ids_item_data)

            user_ids.append(user_ids_item)

        version_id = UUID(d.pop("version_id"))

        def _parse_defined_level(data: object) -> None | PositionLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                defined_level_type_0 = PositionLevel(data)

                return defined_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PositionLevel | Unset, data)

        defined_level = _parse_defined_level(d.pop("defined_level", UNSET))

        def _parse_held_level(data: object) -> None | PositionLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_level_type_0 = PositionLevel(data)

                return held_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PositionLevel | Unset, data)

        held_level = _parse_held_level(d.pop("held_level", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_peak(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        peak = _parse_peak(d.pop("peak", UNSET))

        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        holding_problem_out = cls(
            effective_from=effective_from,
            first_day=first_day,
            kind=kind,
            message=message,
            position_ids=position_ids,
            role=role,
            user_ids=user_ids,
            version_id=version_id,
            defined_level=defined_level,
            held_level=held_level,
            limit=limit,
            peak=peak,
            rule=rule,
            source=source,
            unit_id=unit_id,
        )

        holding_problem_out.additional_properties = d
        return holding_problem_out

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
