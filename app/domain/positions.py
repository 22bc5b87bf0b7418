"""Positions as the rulebook defines them: a key, a Chinese title, a level, limits, and the
capabilities a holder has beyond what the level gives.

What a position may do follows from two things only. Its **level** is the product's structure and
stays fixed: the leading group (领导小组), its office (领导小组办公室) or a member unit (成员单位);
an office post at any level of the hierarchy sees its jurisdiction and those below, a member-unit
post acts for its unit. Its **capabilities** are what the rulebook grants beyond the level: who
sees everything, who decides for the leading group, who reviews major matters, who manages
accounts, who leads and who directs the office, who heads a unit. No decision names a position's
key; the nine positions of ``DEFAULT_POSITIONS`` are only the catalogue a rulebook states (and the
one assumed for stored documents of schema version 1 and before any rulebook is in force).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class PositionLevel(StrEnum):
    leading_group = "leading_group"
    office = "office"
    member_unit = "member_unit"


class Capability(StrEnum):
    # Leading-group posts
    reads_all = "reads_all"  # sees every submission, task, event and received matter
    decides_for_leading_group = "decides_for_leading_group"  # handles what is addressed to it
    reviews_major_matters = "reviews_major_matters"  # the review of major matters (审定)
    # Office posts
    manages_accounts = "manages_accounts"  # creates and changes accounts and clients
    office_leadership = "office_leadership"  # publishes bulletins, decides for the office
    directs_office = "directs_office"  # publishes the rulebook, answers for the audit trail
    # Member-unit posts
    heads_unit = "heads_unit"  # the unit's principal head (主要负责人): invited for the unit


ALLOWED_LEVELS: Mapping[Capability, PositionLevel] = MappingProxyType(
    {
        Capability.reads_all: PositionLevel.leading_group,
        Capability.decides_for_leading_group: PositionLevel.leading_group,
        Capability.reviews_major_matters: PositionLevel.leading_group,
        Capability.manages_accounts: PositionLevel.office,
        Capability.office_leadership: PositionLevel.office,
        Capability.directs_office: PositionLevel.office,
        Capability.heads_unit: PositionLevel.member_unit,
    }
)


@dataclass(frozen=True)
class PositionDefinition:
    """One position of a rulebook. ``max_holders`` limits the holders in the whole
    jurisdiction, ``max_holders_per_unit`` (member-unit positions only) those of one unit;
    ``counts_as_member`` (leading-group positions only): its holders are the leading group's
    members for attendance (全体成员)."""

    key: str
    title_zh: str
    level: PositionLevel
    max_holders: int | None = None
    max_holders_per_unit: int | None = None
    counts_as_member: bool = False
    capabilities: frozenset[Capability] = frozenset()
    rule: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        # Decisions compare levels with ``is``: a plain string must not slip through.
        object.__setattr__(self, "level", PositionLevel(self.level))

    @property
    def is_unit_position(self) -> bool:
        return self.level is PositionLevel.member_unit

    @property
    def confers_powers(self) -> bool:
        """Whether holding it gives governance or account powers: a capability of the leading
        group or the office (heading a unit only marks whom a meeting invites for it)."""
        return any(ALLOWED_LEVELS[c] is not PositionLevel.member_unit for c in self.capabilities)


class DefaultPosition(StrEnum):
    """The keys of the default catalogue (demo data, tests, stored version-1 rulebooks)."""

    # Leading group (领导小组)
    leader = "leader"
    deputy_leader = "deputy_leader"
    member = "member"
    # Its office (领导小组办公室)
    office_director = "office_director"
    office_deputy_director = "office_deputy_director"
    office_staff = "office_staff"
    # Within a member unit (成员单位)
    unit_head = "unit_head"
    liaison_officer = "liaison_officer"
    information_officer = "information_officer"


def _default(
    key: DefaultPosition,
    title_zh: str,
    level: PositionLevel,
    *capabilities: Capability,
    counts_as_member: bool = False,
) -> PositionDefinition:
    return PositionDefinition(
        key=key.value,
        title_zh=title_zh,
        level=level,
        counts_as_member=counts_as_member,
        capabilities=frozenset(capabilities),
    )


_LG, _OFFICE, _UNIT = PositionLevel.leading_group, PositionLevel.office, PositionLevel.member_unit
_C = Capability
_P = DefaultPosition

DEFAULT_POSITIONS: Mapping[str, PositionDefinition] = MappingProxyType(
    {
        d.key: d
        for d in (
            _default(
                _P.leader,
                "组长",
                _LG,
                _C.reads_all,
                _C.decides_for_leading_group,
                _C.reviews_major_matters,
                counts_as_member=True,
            ),
            _default(
                _P.deputy_leader,
                "副组长",
                _LG,
                _C.reads_all,
                _C.decides_for_leading_group,
                counts_as_member=True,
            ),
            _default(_P.member, "成员", _LG, counts_as_member=True),
            _default(
                _P.office_director,
                "办公室主任",
                _OFFICE,
                _C.manages_accounts,
                _C.office_leadership,
                _C.directs_office,
            ),
            _default(
                _P.office_deputy_director,
                "办公室副主任",
                _OFFICE,
                _C.manages_accounts,
                _C.office_leadership,
            ),
            _default(_P.office_staff, "办公室工作人员", _OFFICE),
            _default(_P.unit_head, "主要负责人", _UNIT, _C.heads_unit),
            _default(_P.liaison_officer, "联络员", _UNIT),
            _default(_P.information_officer, "信息员", _UNIT),
        )
    }
)


def definition_from_entry(key: str, entry: Mapping[str, Any]) -> PositionDefinition:
    """A validated version-2 ``positions`` entry as a definition (the parser checks it first)."""
    return PositionDefinition(
        key=key,
        title_zh=entry["title_zh"],
        level=PositionLevel(entry["level"]),
        max_holders=entry.get("max_holders"),
        max_holders_per_unit=entry.get("max_holders_per_unit"),
        counts_as_member=bool(entry.get("counts_as_member", False)),
        capabilities=frozenset(Capability(c) for c in entry.get("capabilities", ())),
        rule=entry.get("rule"),
        source=entry.get("source"),
    )


# --- separation of duties: fixed rules over the definitions, never weakened by a rulebook ------


def is_sensitive(
    definition: PositionDefinition | None, governance_keys: Iterable[str] = ()
) -> bool:
    """Whether assigning the position is as sensitive as creating an account (needs the
    ``manage_accounts`` permission; office staff and write clients may not hand it out): it
    confers capabilities, or the rulebook lets its holders sign documents or convene, chair or
    consent to meetings (``governance_keys``, app.domain.holdings.governance_keys). An undefined
    key is treated as sensitive. Judged over every version (app.domain.holdings.duties_of),
    never by one alone."""
    if definition is None:
        return True
    return definition.confers_powers or definition.key in set(governance_keys)


def reset_by_administrators_only(
    definition: PositionDefinition | None, governance_keys: Iterable[str] = ()
) -> bool:
    """Whether only a platform administrator resets the password of the post's holder: any
    leading-group post (its holders decide and vote for the group) and any sensitive post, so
    the office that could reset it cannot take it over (issue 16). An undefined key errs
    towards the stricter answer."""
    if definition is None:
        return True
    return definition.level is PositionLevel.leading_group or is_sensitive(
        definition, governance_keys
    )
