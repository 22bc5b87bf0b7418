"""Jurisdictions, member units and positions: the vocabulary and its consistency rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.positions import (
    DefaultPosition,
    PositionLevel,
)


class JurisdictionLevel(StrEnum):
    """A prefecture-level body (city, prefecture) or a county-level one under it."""

    city = "city"
    prefecture = "prefecture"
    county = "county"
    county_level_city = "county_level_city"
    district = "district"
    park = "park"

    @property
    def is_prefecture_level(self) -> bool:
        return self in (JurisdictionLevel.city, JurisdictionLevel.prefecture)


class UnitKind(StrEnum):
    department = "department"
    district_government = "district_government"
    park_committee = "park_committee"
    enterprise = "enterprise"
    other = "other"


# The default catalogue's keys, under the name the code has long used for them. Decisions read a
# post's level and capabilities (app.domain.positions), never these names.
PositionRole = DefaultPosition


def username_in_namespace(username: str, jurisdiction_code: str) -> bool:
    """Whether ``username`` is in the namespace an office names its accounts in: its
    jurisdiction's code and a dot, then a name. An office then never learns, from a refusal,
    whether a name exists elsewhere: names outside its namespace are not its to take."""
    prefix = jurisdiction_code + "."
    return username.startswith(prefix) and len(username) > len(prefix)


CODE_PATTERN = r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"
_CODE = re.compile(CODE_PATTERN)


def check_code(code: str, field: str = "code") -> None:
    """Codes appear in URLs and account names: lower-case ASCII letters, digits, '-' and '_'."""
    if not _CODE.match(code):
        raise InvalidInput(
            _(
                "{field} must be 1–64 lower-case letters, digits, '-' or '_', starting "
                "and ending with a letter or digit",
                field=field,
            ),
            (FieldError(("body", field), _("not a valid code")),),
        )


def check_hierarchy(level: JurisdictionLevel, parent_level: JurisdictionLevel | None) -> None:
    """A city or prefecture stands at the top; counties, districts and parks sit under one."""
    if level.is_prefecture_level and parent_level is not None:
        raise InvalidInput(
            _("a {level} has no parent jurisdiction", level=level),
            (FieldError(("body", "parent_id"), _("must be null for a prefecture-level body")),),
        )
    if not level.is_prefecture_level:
        if parent_level is None:
            raise InvalidInput(
                _("a {level} belongs to a city or prefecture: give parent_id", level=level),
                (FieldError(("body", "parent_id"), _("required for a county-level body")),),
            )
        if not parent_level.is_prefecture_level:
            raise InvalidInput(
                _(
                    "a {level} cannot sit under a {parent_level}",
                    level=level,
                    parent_level=parent_level,
                ),
                (FieldError(("body", "parent_id"), _("must be a city or prefecture")),),
            )


@dataclass(frozen=True)
class Tenure:
    """When a position is held: ``valid_from`` to ``valid_to`` inclusive (None: open-ended)."""

    valid_from: date
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise InvalidInput(
                _("valid_to is before valid_from"),
                (FieldError(("body", "valid_to"), _("must be on or after valid_from")),),
            )

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def check_position_unit(role: str, level: PositionLevel, has_unit: bool) -> None:
    """Member-unit posts name the unit; leading-group and office posts do not."""
    if level is PositionLevel.member_unit and not has_unit:
        raise InvalidInput(
            _("the {role} position belongs to a member unit: give unit_id", role=role),
            (FieldError(("body", "unit_id"), _("required for {role}", role=role)),),
        )
    if level is not PositionLevel.member_unit and has_unit:
        raise InvalidInput(
            _("the {role} position is not held for a member unit: omit unit_id", role=role),
            (FieldError(("body", "unit_id"), _("must be null for {role}", role=role)),),
        )
