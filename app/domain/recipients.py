"""Recipients (主送 and 抄送) of what the office sends: briefings and official documents.

A recipient is the leading group, a member unit or a county (park) office. A person is one of a
recipient's readers by the level of the posts they hold, whatever the rulebook calls them: the
leading group's are the holders of its leading-group posts (leader, deputy leaders, members by
default); a unit's, of that unit's posts (head, liaison officer, information officer); a county
office's, of that county's office posts (director, deputy directors, staff).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from app.domain.positions import PositionLevel

if TYPE_CHECKING:  # access names the documents' rules, and documents import recipients
    from app.domain.access import Grant


class RecipientKind(StrEnum):
    leading_group = "leading_group"  # 报送: the main recipient
    member_unit = "member_unit"  # 抄送
    county_office = "county_office"  # 抄送: a child jurisdiction's office


@dataclass(frozen=True)
class Recipient:
    """A recipient row, as fixed when the briefing was sent. ``jurisdiction_id`` is the
    recipient's jurisdiction: the briefing's own for the leading group and a member unit, the
    county's for a county office."""

    kind: RecipientKind
    jurisdiction_id: UUID
    unit_id: UUID | None = None
    copy: bool = False


@dataclass(frozen=True)
class RecipientKeys:
    """What a person's posts make them a recipient of, as three sets a query can filter on."""

    leading_groups: frozenset[UUID]  # jurisdictions whose leading group they sit in
    units: frozenset[UUID]  # units they hold a post in
    county_offices: frozenset[UUID]  # jurisdictions whose office they work in

    @property
    def empty(self) -> bool:
        return not (self.leading_groups or self.units or self.county_offices)


def recipient_keys(grants: Iterable[Grant]) -> RecipientKeys:
    held = list(grants)
    return RecipientKeys(
        leading_groups=frozenset(
            g.jurisdiction_id for g in held if g.level is PositionLevel.leading_group
        ),
        units=frozenset(
            g.unit_id
            for g in held
            if g.level is PositionLevel.member_unit and g.unit_id is not None
        ),
        county_offices=frozenset(
            g.jurisdiction_id for g in held if g.level is PositionLevel.office
        ),
    )


def is_recipient_person(recipient: Recipient, grants: Iterable[Grant]) -> bool:
    keys = recipient_keys(grants)
    if recipient.kind is RecipientKind.leading_group:
        return recipient.jurisdiction_id in keys.leading_groups
    if recipient.kind is RecipientKind.member_unit:
        return recipient.unit_id is not None and recipient.unit_id in keys.units
    return recipient.jurisdiction_id in keys.county_offices


def recipients_of_person(
    recipients: Sequence[Recipient], grants: Iterable[Grant]
) -> tuple[Recipient, ...]:
    """The rows of a sent briefing a person reads it as (none: not a recipient)."""
    held = frozenset(grants)
    return tuple(r for r in recipients if is_recipient_person(r, held))
