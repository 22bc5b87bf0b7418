"""Supervision and accountability rules (E-TSK-2, E-TSK-3): when a notice stood unanswered past
its reply date on a day, who answers a notice, and who reads a record about one unit."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.access import (
    Actor,
    ActorKind,
    ClientScope,
    Grant,
    JurisdictionRef,
    may_read_unit_record,
    unit_records_only,
)
from app.domain.organisation import PositionRole as R
from app.domain.tasks import (
    SUPERVISION_RULE,
    SUPERVISION_SOURCE,
    judge_reply,
    reply_overdue,
    unanswered_past_due,
)

DUE = date(2026, 12, 8)
D = timedelta(days=1)


@pytest.mark.parametrize(
    ("replied_on", "day", "expected"),
    [
        (None, DUE - D, False),  # before the reply date
        (None, DUE, False),  # on it: still in time
        (None, DUE + D, True),  # the day after: unanswered past it
        (DUE - D, DUE + D, False),  # answered in time
        (DUE, DUE + 5 * D, False),  # answered on the day
        (DUE + 2 * D, DUE + D, True),  # answered later, but not yet on the day judged
        (DUE + 2 * D, DUE + 2 * D, False),  # answered (late) by the day judged
        (DUE + 2 * D, DUE + 9 * D, False),  # answered late, long before the day judged
    ],
)
def test_unanswered_past_due_on_a_day(replied_on: date | None, day: date, expected: bool) -> None:
    assert unanswered_past_due(DUE, replied_on, day) is expected


@given(
    due=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    reply_offset=st.one_of(st.none(), st.integers(-30, 30)),
    day_offset=st.integers(-30, 30),
)
def test_unanswered_past_due_implies_the_reply_was_overdue_that_day(
    due: date, reply_offset: int | None, day_offset: int
) -> None:
    """Whoever stood unanswered past the date on a day was overdue on it, whatever came later:
    reply_overdue of the notice as it stood that day (a later reply unknown then)."""
    replied_on = None if reply_offset is None else due + timedelta(days=reply_offset)
    day = due + timedelta(days=day_offset)
    if unanswered_past_due(due, replied_on, day):
        assert reply_overdue(due, None, day)
        assert replied_on is None or replied_on > day


UNIT, OTHER_UNIT = uuid.UUID(int=100), uuid.UUID(int=101)
CITY = JurisdictionRef(uuid.UUID(int=1))
COUNTY = JurisdictionRef(uuid.UUID(int=2), ancestor_ids=(CITY.id,))


def test_only_the_supervised_units_people_reply() -> None:
    """E-TSK-2: the reply is the unit's."""
    allowed = judge_reply(UNIT, frozenset({OTHER_UNIT, UNIT}))
    assert allowed.allowed
    refused = judge_reply(UNIT, frozenset({OTHER_UNIT}))
    assert not refused.allowed
    assert (refused.rule, refused.source) == (SUPERVISION_RULE, SUPERVISION_SOURCE)
    assert not judge_reply(UNIT, frozenset()).allowed  # the office, the leadership, a machine


def person(*grants: Grant) -> Actor:
    return Actor(kind=ActorKind.user, id=uuid.uuid4(), name="p", grants=frozenset(grants))


def machine(home: JurisdictionRef, *scopes: ClientScope) -> Actor:
    return Actor(
        kind=ActorKind.client,
        id=uuid.uuid4(),
        name="c",
        home_jurisdiction_id=home.id,
        client_scopes=frozenset(scopes),
    )


LIAISON = person(Grant.default(COUNTY.id, R.liaison_officer, UNIT))
OTHER_LIAISON = person(Grant.default(COUNTY.id, R.liaison_officer, OTHER_UNIT))
CITY_OFFICE = person(Grant.default(CITY.id, R.office_staff))
COUNTY_LEADER = person(Grant.default(COUNTY.id, R.leader))
CITY_LEADER = person(Grant.default(CITY.id, R.leader))
CITY_LIAISON_OF_SAME_ID = person(
    Grant.default(CITY.id, R.liaison_officer, UNIT)
)  # posts are per place
ADMIN = Actor(kind=ActorKind.user, id=uuid.uuid4(), name="a", is_platform_admin=True)


@pytest.mark.parametrize(
    ("actor", "sees_all", "own_units"),
    [
        (ADMIN, True, None),
        (CITY_OFFICE, True, None),  # the office above supervises the county
        (COUNTY_LEADER, True, None),
        (machine(CITY, ClientScope.read), True, None),
        (machine(COUNTY, ClientScope.write), False, frozenset()),  # no read scope
        (CITY_LEADER, False, frozenset()),  # the city's leadership, not the county's
        (LIAISON, False, frozenset({UNIT})),
        (OTHER_LIAISON, False, frozenset({OTHER_UNIT})),
        (CITY_LIAISON_OF_SAME_ID, False, frozenset()),
    ],
)
def test_who_reads_a_record_about_one_unit(
    actor: Actor, sees_all: bool, own_units: frozenset[uuid.UUID] | None
) -> None:
    assert unit_records_only(actor, COUNTY) == own_units
    assert may_read_unit_record(actor, COUNTY, UNIT) is (sees_all or UNIT in (own_units or ()))
    assert may_read_unit_record(actor, COUNTY, OTHER_UNIT) is (
        sees_all or OTHER_UNIT in (own_units or ())
    )
