"""The composition of the leading group and its office (E-ORG-1, C-ORG-1/2, CO-ORG-1/2): what
the rulebook says it must be, checked against the positions held on a day.

The rulebook's optional ``composition`` section states three kinds of rule, each citing its
rule id and source article:

- ``member_units``: the member units the leading group consists of, by unit code (E-ORG-1);
- ``holders``: per role, how many must hold it (``min``) and may (``max``, null: any number) —
  in all, or in each active member unit for a unit role (C-ORG-1 one leader, CO-ORG-1 one
  liaison officer per unit, CO-ORG-2 an information officer per unit);
- ``held_with``: per role, the unit post its holders must hold as well (C-ORG-2: the office
  director is the housing bureau's principal leader, ``unit_head`` of the unit ``housing``).

Roles are named by the keys the rulebook's positions use. A position's ``max_holders`` limits
assignments as they are made; these rules judge the whole of a day, minimums included, so a
composition drifting out of its rules (a post left empty, a tenure recorded before the rules
took effect) is reported rather than silently accepted.

A post whose holder's account is deactivated holds nothing (``holder_counts``): nobody can act
in it. Accounts keep no date of deactivation, so that is known for today and the days after
only; a past day is judged by the tenures' own dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID


@dataclass(frozen=True)
class MemberUnitsRule:
    """E-ORG-1: the leading group consists of exactly these member units (by code)."""

    codes: tuple[str, ...]
    rule: str
    source: str


@dataclass(frozen=True)
class HoldersRule:
    """How many hold ``role`` on a day: at least ``minimum``, at most ``maximum`` (None: any
    number); in each active member unit when ``per_unit`` (a member-unit position), in all
    for the others."""

    role: str
    minimum: int
    maximum: int | None
    rule: str
    source: str
    per_unit: bool = False


@dataclass(frozen=True)
class HeldWithRule:
    """Each holder of ``role`` holds ``with_role`` in the member unit ``unit`` (its code) too."""

    role: str
    with_role: str
    unit: str
    rule: str
    source: str


@dataclass(frozen=True)
class Composition:
    member_units: MemberUnitsRule | None = None
    holders: Mapping[str, HoldersRule] = field(default_factory=dict)
    held_with: Mapping[str, HeldWithRule] = field(default_factory=dict)


@dataclass(frozen=True)
class Unit:
    id: UUID
    code: str
    name: str
    is_active: bool = True


@dataclass(frozen=True)
class Post:
    """A position in force on the day judged; ``holder_active``: whether its holder counts
    (holder_counts)."""

    id: UUID
    user_id: UUID
    role: str
    unit_id: UUID | None = None
    holder_active: bool = True


def holder_counts(account_active: bool, day: date, today: date) -> bool:
    """Whether a post in force on ``day`` counts for its holder: not once the account is
    deactivated. The account's state is today's, with no date of its change: it decides today
    and the days after; before today the tenure's dates alone decide (a holder who left and
    whose account was closed since still held the post on the days of the tenure)."""
    return account_active or day < today


class DeviationKind(StrEnum):
    missing_unit = "missing_unit"  # a listed unit is not an active member unit
    unlisted_unit = "unlisted_unit"  # an active member unit the rule does not list
    too_few_holders = "too_few_holders"
    too_many_holders = "too_many_holders"
    not_held_with = "not_held_with"  # a holder lacks the post the rule requires beside it


@dataclass(frozen=True)
class Deviation:
    kind: DeviationKind
    rule: str
    source: str
    message: str
    role: str | None = None
    unit_code: str | None = None
    unit_id: UUID | None = None
    # The offending positions (too many holders, a holder without the required post); none
    # when something is missing.
    position_ids: tuple[UUID, ...] = ()
    user_ids: tuple[UUID, ...] = ()


@dataclass(frozen=True)
class CheckedRule:
    """A rule of the composition section and whether it could be checked here."""

    rule: str
    source: str
    description: str
    checked: bool = True
    reason: str | None = None  # why it was not checked


@dataclass(frozen=True)
class CompositionReport:
    rules: tuple[CheckedRule, ...]
    deviations: tuple[Deviation, ...]


def _describe_count(minimum: int, maximum: int | None) -> str:
    if maximum is None:
        return f"at least {minimum}"
    if minimum == maximum:
        return f"exactly {minimum}"
    return f"{minimum} to {maximum}"


def _holders_by_user(posts: Iterable[Post]) -> dict[UUID, list[Post]]:
    """A person holding the role twice (two overlapping records) is one holder."""
    by_user: dict[UUID, list[Post]] = defaultdict(list)
    for post in posts:
        by_user[post.user_id].append(post)
    return by_user


def _count_deviation(
    rule: HoldersRule, posts: Sequence[Post], where: str, unit: Unit | None
) -> Deviation | None:
    holders = _holders_by_user(p for p in posts if p.holder_active)
    count = len(holders)
    expected = _describe_count(rule.minimum, rule.maximum)
    message = f"{count} hold {rule.role}{where}; the rule wants {expected}"
    if count < rule.minimum:
        kind = DeviationKind.too_few_holders
        offending: tuple[Post, ...] = ()
        closed = _holders_by_user(p for p in posts if not p.holder_active).keys() - holders
        if closed:
            message += f" ({len(closed)} more with a deactivated account, who count for none)"
    elif rule.maximum is not None and count > rule.maximum:
        kind = DeviationKind.too_many_holders
        offending = tuple(p for p in posts if p.holder_active)
    else:
        return None
    return Deviation(
        kind,
        rule.rule,
        rule.source,
        message,
        role=rule.role,
        unit_code=unit.code if unit else None,
        unit_id=unit.id if unit else None,
        position_ids=tuple(p.id for p in offending),
        user_ids=tuple(dict.fromkeys(p.user_id for p in offending)),
    )


def check_composition(
    composition: Composition,
    units: Iterable[Unit],
    posts: Iterable[Post],
    *,
    inherited: bool = False,
) -> CompositionReport:
    """The rules checked and the deviations of the day's ``posts`` (the positions in force) and
    ``units`` (the jurisdiction's member units) from ``composition``.

    ``inherited``: the rulebook is an ancestor's (C-ORG-3). Its list of member units names the
    ancestor's own units, not this jurisdiction's, so that rule is reported as not checked here.

    A post whose holder does not count (``Post.holder_active`` false: a deactivated account) is
    no holder: a minimum it alone would meet is not met, and the message says so.
    """
    active = sorted((u for u in units if u.is_active), key=lambda u: u.code)
    by_code = {u.code: u for u in active}
    all_posts = list(posts)
    day_posts = [p for p in all_posts if p.holder_active]
    rules: list[CheckedRule] = []
    deviations: list[Deviation] = []

    listed = composition.member_units
    if listed is not None:
        description = f"the leading group consists of the {len(listed.codes)} listed member units"
        if inherited:
            rules.append(
                CheckedRule(
                    listed.rule,
                    listed.source,
                    description,
                    checked=False,
                    reason="the rulebook is inherited and lists the units of the jurisdiction "
                    "that published it",
                )
            )
        else:
            rules.append(CheckedRule(listed.rule, listed.source, description))
            for code in listed.codes:
                if code not in by_code:
                    deviations.append(
                        Deviation(
                            DeviationKind.missing_unit,
                            listed.rule,
                            listed.source,
                            f"the listed member unit {code!r} is not an active member unit",
                            unit_code=code,
                        )
                    )
            wanted = set(listed.codes)
            for unit in active:
                if unit.code not in wanted:
                    deviations.append(
                        Deviation(
                            DeviationKind.unlisted_unit,
                            listed.rule,
                            listed.source,
                            f"the member unit {unit.code!r} ({unit.name}) is not listed",
                            unit_code=unit.code,
                            unit_id=unit.id,
                        )
                    )

    for role, count_rule in composition.holders.items():
        expected = _describe_count(count_rule.minimum, count_rule.maximum)
        of_role = [p for p in all_posts if p.role == role]
        if count_rule.per_unit:
            rules.append(
                CheckedRule(
                    count_rule.rule,
                    count_rule.source,
                    f"{expected} {role} in each member unit",
                )
            )
            for unit in active:
                found = _count_deviation(
                    count_rule,
                    [p for p in of_role if p.unit_id == unit.id],
                    f" in {unit.code}",
                    unit,
                )
                if found is not None:
                    deviations.append(found)
        else:
            rules.append(CheckedRule(count_rule.rule, count_rule.source, f"{expected} {role}"))
            found = _count_deviation(count_rule, of_role, "", None)
            if found is not None:
                deviations.append(found)

    for role, with_rule in composition.held_with.items():
        rules.append(
            CheckedRule(
                with_rule.rule,
                with_rule.source,
                f"the {role} is the {with_rule.with_role} of {with_rule.unit}",
            )
        )
        home = by_code.get(with_rule.unit)
        holding_there = {
            p.user_id
            for p in day_posts
            if home is not None and p.role == with_rule.with_role and p.unit_id == home.id
        }
        for user_id, held in _holders_by_user(p for p in day_posts if p.role == role).items():
            if user_id in holding_there:
                continue
            where = (
                f"of {with_rule.unit}"
                if home is not None
                else f"of {with_rule.unit}, which is not an active member unit"
            )
            deviations.append(
                Deviation(
                    DeviationKind.not_held_with,
                    with_rule.rule,
                    with_rule.source,
                    f"a {role} is not the {with_rule.with_role} {where}",
                    role=role,
                    unit_code=with_rule.unit,
                    unit_id=home.id if home else None,
                    position_ids=tuple(p.id for p in held),
                    user_ids=(user_id,),
                )
            )

    return CompositionReport(tuple(rules), tuple(deviations))
