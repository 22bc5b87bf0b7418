"""How many may hold a position at once (C-ORG-1 one leader, CO-ORG-1 one liaison officer per
member unit; Ezhou's E-ORG-3 any number of liaison officers), judged over the new tenure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.organisation import PositionRole as R
from app.domain.organisation import Tenure
from app.domain.positions import PositionDefinition, PositionLevel
from app.domain.rulebook import check_holders, parse_rulebook, peak_holders
from app.rulebooks import shipped_document

CHANGJI = parse_rulebook(shipped_document("changji"))
EZHOU = parse_rulebook(shipped_document("ezhou"))


def position(
    key: str,
    max_holders: int | None,
    rule: str | None = None,
    source: str | None = None,
    *,
    per_unit: int | None = None,
) -> PositionDefinition:
    level = PositionLevel.member_unit if per_unit is not None else PositionLevel.leading_group
    return PositionDefinition(key, key, level, max_holders, per_unit, rule=rule, source=source)


ONE = position(R.leader, 1, "C-ORG-1", "第二条")
TWO = position(R.deputy_leader, 2, "X-1", "§1")


def d(text: str) -> date:
    return date.fromisoformat(text)


def t(start: str, end: str | None = None) -> Tenure:
    return Tenure(d(start), d(end) if end else None)


# (why, rule, new tenure, the other holders' tenures, allowed)
CASES = [
    ("nobody else holds it", ONE, t("2021-01-01"), [], True),
    ("a second leader at the same time", ONE, t("2021-01-01"), [t("2020-01-01")], False),
    (
        "the other leader left the day before",
        ONE,
        t("2021-01-01"),
        [t("2020-01-01", "2020-12-31")],
        True,
    ),
    (
        "the other leader left on the first day",
        ONE,
        t("2021-01-01"),
        [t("2020-01-01", "2021-01-01")],
        False,
    ),
    (
        "the other leader comes after it ends",
        ONE,
        t("2021-01-01", "2021-06-30"),
        [t("2021-07-01")],
        True,
    ),
    (
        "the other leader comes before it ends",
        ONE,
        t("2021-01-01", "2021-06-30"),
        [t("2021-06-30")],
        False,
    ),
    (
        "an open tenure meets a later one",
        ONE,
        t("2021-01-01"),
        [t("2030-01-01", "2030-12-31")],
        False,
    ),
    (
        "two successive others, one at a time",
        TWO,
        t("2020-01-01"),
        [t("2020-01-01", "2020-12-31"), t("2021-01-01")],
        True,
    ),
    (
        "two others at once",
        TWO,
        t("2020-01-01"),
        [t("2020-06-01", "2021-06-01"), t("2021-01-01")],
        False,
    ),
    ("any number", position(R.member, None), t("2020-01-01"), [t("2020-01-01")] * 5, True),
]


@pytest.mark.parametrize(
    ("why", "rule", "new", "others", "allowed"), CASES, ids=[c[0] for c in CASES]
)
def test_holders_limit(
    why: str, rule: PositionDefinition, new: Tenure, others: list[Tenure], allowed: bool
) -> None:
    decision = check_holders(rule, new, others, per_unit=False)
    assert decision.allowed is allowed, decision.reason
    if rule.rule is not None:
        assert (decision.rule, decision.source) == (rule.rule, rule.source)


def test_a_refusal_says_when_and_how_many() -> None:
    decision = check_holders(ONE, t("2021-01-01"), [t("2021-03-01")], per_unit=False)
    assert not decision.allowed
    assert "2021-03-01" in decision.reason
    assert "at most 1 leader" in decision.reason


def test_the_limit_counted_is_the_one_asked_for() -> None:
    """A unit position may limit its holders in each unit and in all units, separately."""
    both = position(R.liaison_officer, 3, "X-2", "§2", per_unit=1)
    busy = [t("2020-01-01")]
    in_the_unit = check_holders(both, t("2021-01-01"), busy, per_unit=True)
    assert not in_the_unit.allowed
    assert "at most 1 liaison_officer per member unit" in in_the_unit.reason
    assert check_holders(both, t("2021-01-01"), busy * 2, per_unit=False).allowed
    in_all = check_holders(both, t("2021-01-01"), busy * 3, per_unit=False)
    assert not in_all.allowed
    assert "at most 3 liaison_officer at a time" in in_all.reason
    only_per_unit = position(R.liaison_officer, None, per_unit=1)
    assert check_holders(only_per_unit, t("2021-01-01"), busy * 9, per_unit=False).allowed


def test_the_shipped_rulebooks_limits() -> None:
    """C-ORG-1 and CO-ORG-1 in Changji; Ezhou's liaison officers are not limited (E-ORG-3)."""
    busy = [t("2020-01-01")]
    day = t("2021-01-01")
    leader = check_holders(CHANGJI.positions[R.leader], day, busy, per_unit=False)
    assert (leader.allowed, leader.rule) == (False, "C-ORG-1")
    liaison = check_holders(CHANGJI.positions[R.liaison_officer], day, busy, per_unit=True)
    assert (liaison.allowed, liaison.rule) == (False, "CO-ORG-1")
    assert "per member unit" in liaison.reason
    # CO-ORG-1 limits each unit's liaison officers, not all of them.
    assert check_holders(CHANGJI.positions[R.liaison_officer], day, busy, per_unit=False).allowed
    assert check_holders(EZHOU.positions[R.liaison_officer], day, busy, per_unit=True).allowed
    assert not check_holders(EZHOU.positions[R.leader], day, busy, per_unit=False).allowed


def test_a_limit_without_a_rule_reference_still_names_the_rulebook() -> None:
    decision = check_holders(
        position(R.leader, 1), t("2021-01-01"), [t("2021-01-01")], per_unit=False
    )
    assert (decision.allowed, decision.rule) == (False, "RULEBOOK")


BASE = date(2020, 1, 1)


@st.composite
def tenures(draw: st.DrawFn) -> Tenure:
    start = BASE + timedelta(days=draw(st.integers(0, 60)))
    length = draw(st.one_of(st.none(), st.integers(0, 40)))
    return Tenure(start, None if length is None else start + timedelta(days=length))


@given(tenures(), st.lists(tenures(), max_size=6))
def test_the_peak_is_the_most_held_on_any_day_of_the_new_tenure(
    new: Tenure, others: list[Tenure]
) -> None:
    peak, day = peak_holders(new, others)
    last = new.valid_to or BASE + timedelta(days=200)  # past every start drawn
    days = [new.valid_from + timedelta(n) for n in range((last - new.valid_from).days + 1)]
    counts = {x: sum(1 for o in others if o.in_force_on(x)) for x in days}
    assert peak == max(counts.values())
    assert new.in_force_on(day)
    assert counts[day] == peak
