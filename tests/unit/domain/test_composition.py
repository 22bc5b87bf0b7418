"""The composition of the leading group and its office checked against the posts of a day:
E-ORG-1 the listed member units, C-ORG-1 one leader, C-ORG-2 the office director is the housing
bureau's principal leader, CO-ORG-1 one liaison officer and CO-ORG-2 an information officer per
member unit, with the shipped rulebooks' own composition sections. A post whose holder's account
is deactivated holds nothing, from today on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from app.domain.composition import (
    Composition,
    Deviation,
    DeviationKind,
    HoldersRule,
    Post,
    Unit,
    check_composition,
    holder_counts,
)
from app.domain.organisation import PositionRole as R
from app.domain.rulebook import parse_rulebook
from app.rulebooks import shipped_document

CHANGJI = parse_rulebook(shipped_document("changji")).composition
EZHOU = parse_rulebook(shipped_document("ezhou")).composition

HOUSING = Unit(uuid4(), "housing", "住房和城乡建设局")
LAND = Unit(uuid4(), "natural_resources", "自然资源局")
CLOSED = Unit(uuid4(), "closed", "已撤销局", is_active=False)
PEOPLE = {name: uuid4() for name in ("leader", "leader2", "director", "a", "b", "c", "d", "e")}


def post(who: str, role: R, unit: Unit | None = None) -> Post:
    return Post(uuid4(), PEOPLE[who], role, unit.id if unit else None)


def closed_account(posts: list[Post], who: str) -> list[Post]:
    """The posts, ``who``'s held with a deactivated account."""
    return [replace(p, holder_active=False) if p.user_id == PEOPLE[who] else p for p in posts]


def changji_compliant() -> list[Post]:
    return [
        post("leader", R.leader),
        post("director", R.office_director),
        post("director", R.unit_head, HOUSING),
        post("a", R.liaison_officer, HOUSING),
        post("b", R.information_officer, HOUSING),
        post("c", R.liaison_officer, LAND),
        post("c", R.information_officer, LAND),  # one person may hold both
    ]


def without(posts: list[Post], role: R, unit: Unit | None = None) -> list[Post]:
    return [p for p in posts if not (p.role == role and (unit is None or p.unit_id == unit.id))]


def found(
    deviations: tuple[Deviation, ...],
) -> set[tuple[DeviationKind, str, R | None, str | None]]:
    return {(d.kind, d.rule, d.role, d.unit_code) for d in deviations}


# (why, posts of the day, the deviations: kind, rule, role, unit code)
CHANGJI_CASES = [
    ("the composition the rules ask for", changji_compliant(), set()),
    (
        "a second leader (C-ORG-1)",
        [*changji_compliant(), post("leader2", R.leader)],
        {(DeviationKind.too_many_holders, "C-ORG-1", R.leader, None)},
    ),
    (
        "the same leader recorded twice is one leader",
        [*changji_compliant(), post("leader", R.leader)],
        set(),
    ),
    (
        "no leader",
        without(changji_compliant(), R.leader),
        {(DeviationKind.too_few_holders, "C-ORG-1", R.leader, None)},
    ),
    (
        "a unit without its liaison officer (CO-ORG-1)",
        without(changji_compliant(), R.liaison_officer, LAND),
        {(DeviationKind.too_few_holders, "CO-ORG-1", R.liaison_officer, "natural_resources")},
    ),
    (
        "two liaison officers in one unit (CO-ORG-1)",
        [*changji_compliant(), post("d", R.liaison_officer, HOUSING)],
        {(DeviationKind.too_many_holders, "CO-ORG-1", R.liaison_officer, "housing")},
    ),
    (
        "a unit without an information officer (CO-ORG-2)",
        without(changji_compliant(), R.information_officer, HOUSING),
        {(DeviationKind.too_few_holders, "CO-ORG-2", R.information_officer, "housing")},
    ),
    (
        "two information officers are fine (CO-ORG-2 sets no maximum)",
        [*changji_compliant(), post("e", R.information_officer, HOUSING)],
        set(),
    ),
    (
        "the office director is not the housing bureau's principal leader (C-ORG-2)",
        without(changji_compliant(), R.unit_head),
        {(DeviationKind.not_held_with, "C-ORG-2", R.office_director, "housing")},
    ),
    (
        "the office director heads another unit (C-ORG-2)",
        [*without(changji_compliant(), R.unit_head), post("director", R.unit_head, LAND)],
        {(DeviationKind.not_held_with, "C-ORG-2", R.office_director, "housing")},
    ),
    (
        "someone else heads the housing bureau (C-ORG-2)",
        [*without(changji_compliant(), R.unit_head), post("e", R.unit_head, HOUSING)],
        {(DeviationKind.not_held_with, "C-ORG-2", R.office_director, "housing")},
    ),
    (
        "no office director: one missing, none to judge against the housing bureau",
        without(changji_compliant(), R.office_director),
        {(DeviationKind.too_few_holders, "C-ORG-2", R.office_director, None)},
    ),
    (
        "the leader's account is deactivated: no leader",
        closed_account(changji_compliant(), "leader"),
        {(DeviationKind.too_few_holders, "C-ORG-1", R.leader, None)},
    ),
    (
        "a second leader with a deactivated account is none",
        [*changji_compliant(), replace(post("leader2", R.leader), holder_active=False)],
        set(),
    ),
    (
        "the director's account is deactivated: no director, none to judge against housing",
        closed_account(changji_compliant(), "director"),
        {(DeviationKind.too_few_holders, "C-ORG-2", R.office_director, None)},
    ),
    (
        "a liaison officer with a deactivated account leaves the unit without one",
        closed_account(changji_compliant(), "a"),
        {(DeviationKind.too_few_holders, "CO-ORG-1", R.liaison_officer, "housing")},
    ),
]


@pytest.mark.parametrize(
    ("why", "posts", "expected"), CHANGJI_CASES, ids=[c[0] for c in CHANGJI_CASES]
)
def test_changji_composition(
    why: str,
    posts: list[Post],
    expected: set[tuple[DeviationKind, str, R | None, str | None]],
) -> None:
    report = check_composition(CHANGJI, [HOUSING, LAND, CLOSED], posts)
    assert found(report.deviations) == expected, why
    for deviation in report.deviations:
        assert deviation.source.startswith("昌建审改办〔2020〕3号")
        assert deviation.message


def test_the_offending_positions_are_named() -> None:
    second = post("leader2", R.leader)
    report = check_composition(CHANGJI, [HOUSING, LAND], [*changji_compliant(), second])
    (deviation,) = report.deviations
    assert second.id in deviation.position_ids
    assert set(deviation.user_ids) == {PEOPLE["leader"], PEOPLE["leader2"]}


def test_an_inactive_unit_needs_no_liaison_officer() -> None:
    report = check_composition(CHANGJI, [HOUSING, LAND, CLOSED], changji_compliant())
    assert "closed" not in {d.unit_code for d in report.deviations}


def test_every_rule_checked_is_listed_with_its_source() -> None:
    report = check_composition(CHANGJI, [HOUSING, LAND], changji_compliant())
    assert {(r.rule, r.checked) for r in report.rules} == {
        ("C-ORG-1", True),
        ("C-ORG-2", True),
        ("CO-ORG-1", True),
        ("CO-ORG-2", True),
    }
    assert len(report.rules) == 5  # C-ORG-2 twice: one director, and from the housing bureau
    assert all(r.source for r in report.rules)


def ezhou_units() -> list[Unit]:
    assert EZHOU.member_units is not None
    return [Unit(uuid4(), code, code) for code in EZHOU.member_units.codes]


def ezhou_posts(units: list[Unit]) -> list[Post]:
    return [
        post("leader", R.leader),
        post("director", R.office_director),
        *(Post(uuid4(), uuid4(), R.liaison_officer, u.id) for u in units),
    ]


def test_ezhou_with_its_21_listed_units_complies() -> None:
    units = ezhou_units()
    assert len(units) == 21
    assert check_composition(EZHOU, units, ezhou_posts(units)).deviations == ()


def test_ezhou_reports_a_missing_and_an_unlisted_unit() -> None:
    units = ezhou_units()
    kept = [u for u in units if u.code != "meteorology"]
    extra = Unit(uuid4(), "tax", "税务局")
    report = check_composition(EZHOU, [*kept, extra], ezhou_posts([*kept, extra]))
    assert found(report.deviations) == {
        (DeviationKind.missing_unit, "E-ORG-1", None, "meteorology"),
        (DeviationKind.unlisted_unit, "E-ORG-1", None, "tax"),
    }


def test_ezhou_allows_several_liaison_officers_but_not_none() -> None:
    units = ezhou_units()
    posts = ezhou_posts(units)
    posts.append(Post(uuid4(), uuid4(), R.liaison_officer, units[0].id))
    posts = [p for p in posts if not (p.role == R.liaison_officer and p.unit_id == units[1].id)]
    report = check_composition(EZHOU, units, posts)
    assert found(report.deviations) == {
        (DeviationKind.too_few_holders, "E-ORG-3", R.liaison_officer, units[1].code)
    }


def test_an_inherited_list_of_member_units_is_not_checked() -> None:
    """C-ORG-3: a county following its city's rulebook has its own units, not the city's."""
    report = check_composition(EZHOU, [HOUSING], ezhou_posts([HOUSING]), inherited=True)
    listed = [r for r in report.rules if r.rule == "E-ORG-1"]
    assert len(listed) == 1
    assert not listed[0].checked
    assert listed[0].reason
    assert all(d.rule != "E-ORG-1" for d in report.deviations)


# (why, minimum, maximum, holders, deviation kind or None)
COUNTS = [
    ("none wanted, none held", 0, None, 0, None),
    ("at least two, one held", 2, None, 1, DeviationKind.too_few_holders),
    ("at least two, three held", 2, None, 3, None),
    ("one to two, two held", 1, 2, 2, None),
    ("one to two, three held", 1, 2, 3, DeviationKind.too_many_holders),
]


@pytest.mark.parametrize(("why", "low", "high", "held", "kind"), COUNTS, ids=[c[0] for c in COUNTS])
def test_holder_counts(
    why: str, low: int, high: int | None, held: int, kind: DeviationKind | None
) -> None:
    rule = HoldersRule(R.deputy_leader, low, high, "X-1", "§1")
    composition = Composition(holders={R.deputy_leader: rule})
    posts = [Post(uuid4(), uuid4(), R.deputy_leader) for _ in range(held)]
    deviations = check_composition(composition, [], posts).deviations
    assert [d.kind for d in deviations] == ([kind] if kind else []), why


def test_no_composition_section_checks_nothing() -> None:
    report = check_composition(Composition(), [HOUSING], [])
    assert report.rules == ()
    assert report.deviations == ()


def test_a_deactivated_holder_is_named_in_the_shortfall() -> None:
    report = check_composition(
        CHANGJI, [HOUSING, LAND], closed_account(changji_compliant(), "leader")
    )
    (deviation,) = report.deviations
    assert deviation.message == (
        "0 hold leader; the rule wants exactly 1 "
        "(1 more with a deactivated account, who count for none)"
    )


TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("account_active", "day", "counts"),
    [
        (True, date(2020, 6, 1), True),
        (True, TODAY, True),
        (False, TODAY, False),
        (False, date(2027, 1, 4), False),
        # No date of deactivation is kept: before today the tenure decides.
        (False, date(2026, 11, 30), True),
    ],
)
def test_a_deactivated_account_holds_nothing_from_today_on(
    account_active: bool, day: date, counts: bool
) -> None:
    assert holder_counts(account_active, day, TODAY) is counts
