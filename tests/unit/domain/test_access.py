"""The access policy as a table: who may read, change, oversee and manage accounts where."""

from __future__ import annotations

import uuid

import pytest

from app.domain.access import (
    Actor,
    ActorKind,
    ClientScope,
    Grant,
    JurisdictionRef,
    Permission,
    allows,
    allows_below,
    may_act_for,
    may_manage_meeting,
    visible_exact,
    visible_roots,
)
from app.domain.organisation import PositionRole as R
from app.domain.positions import DEFAULT_POSITIONS, Capability, PositionDefinition, PositionLevel

CITY = JurisdictionRef(uuid.UUID(int=1))
COUNTY = JurisdictionRef(uuid.UUID(int=2), ancestor_ids=(CITY.id,))
OTHER_CITY = JurisdictionRef(uuid.UUID(int=3))
UNIT = uuid.UUID(int=100)


def person(*grants: tuple[JurisdictionRef, R], admin: bool = False) -> Actor:
    return Actor(
        kind=ActorKind.user,
        id=uuid.uuid4(),
        name="p",
        is_platform_admin=admin,
        grants=frozenset(
            Grant.default(j.id, role, UNIT if DEFAULT_POSITIONS[role].is_unit_position else None)
            for j, role in grants
        ),
    )


def machine(home: JurisdictionRef, *scopes: ClientScope) -> Actor:
    return Actor(
        kind=ActorKind.client,
        id=uuid.uuid4(),
        name="c",
        home_jurisdiction_id=home.id,
        client_scopes=frozenset(scopes),
    )


P = Permission
READ, MANAGE, OVERSEE, ACCOUNTS = (
    P.read_jurisdiction,
    P.manage_organisation,
    P.oversee,
    P.manage_accounts,
)

# (who, permission, where, allowed)
CASES = [
    ("admin", person(admin=True), ACCOUNTS, OTHER_CITY, True),
    ("city office sees its county", person((CITY, R.office_staff)), READ, COUNTY, True),
    ("city office oversees its county", person((CITY, R.office_staff)), OVERSEE, COUNTY, True),
    (
        "city office cannot change its county",
        person((CITY, R.office_director)),
        MANAGE,
        COUNTY,
        False,
    ),
    (
        "city office cannot manage county accounts",
        person((CITY, R.office_director)),
        ACCOUNTS,
        COUNTY,
        False,
    ),
    ("county office cannot see its city", person((COUNTY, R.office_director)), READ, CITY, False),
    (
        "city office cannot see another city",
        person((CITY, R.office_director)),
        READ,
        OTHER_CITY,
        False,
    ),
    ("office staff change organisation", person((CITY, R.office_staff)), MANAGE, CITY, True),
    ("office staff do not manage accounts", person((CITY, R.office_staff)), ACCOUNTS, CITY, False),
    (
        "office deputy director manages accounts",
        person((CITY, R.office_deputy_director)),
        ACCOUNTS,
        CITY,
        True,
    ),
    ("leader reads own jurisdiction", person((CITY, R.leader)), READ, CITY, True),
    ("leader does not read the county", person((CITY, R.leader)), READ, COUNTY, False),
    ("leader does not oversee accounts", person((CITY, R.leader)), OVERSEE, CITY, False),
    ("liaison reads own jurisdiction", person((CITY, R.liaison_officer)), READ, CITY, True),
    ("liaison cannot change organisation", person((CITY, R.liaison_officer)), MANAGE, CITY, False),
    ("no position, no access", person(), READ, CITY, False),
    ("read client reads its subtree", machine(CITY, ClientScope.read), READ, COUNTY, True),
    ("read client cannot write", machine(CITY, ClientScope.read), MANAGE, CITY, False),
    (
        "write client writes at home",
        machine(CITY, ClientScope.read, ClientScope.write),
        MANAGE,
        CITY,
        True,
    ),
    ("write client does not write below", machine(CITY, ClientScope.write), MANAGE, COUNTY, False),
    ("client never manages accounts", machine(CITY, ClientScope.write), ACCOUNTS, CITY, False),
    ("county client cannot read the city", machine(COUNTY, ClientScope.read), READ, CITY, False),
    # Publishing a rulebook version: the office director of the place, or an admin.
    ("director publishes", person((CITY, R.office_director)), P.publish_rulebook, CITY, True),
    ("admin publishes anywhere", person(admin=True), P.publish_rulebook, COUNTY, True),
    (
        "deputy director does not publish",
        person((CITY, R.office_deputy_director)),
        P.publish_rulebook,
        CITY,
        False,
    ),
    ("staff do not publish", person((CITY, R.office_staff)), P.publish_rulebook, CITY, False),
    ("leader does not publish", person((CITY, R.leader)), P.publish_rulebook, CITY, False),
    (
        "city director does not publish the county's (C-ORG-3)",
        person((CITY, R.office_director)),
        P.publish_rulebook,
        COUNTY,
        False,
    ),
    (
        "county director publishes the county's own (C-ORG-3)",
        person((COUNTY, R.office_director)),
        P.publish_rulebook,
        COUNTY,
        True,
    ),
    (
        "write client does not publish",
        machine(CITY, ClientScope.read, ClientScope.write),
        P.publish_rulebook,
        CITY,
        False,
    ),
]


@pytest.mark.parametrize(
    ("actor", "permission", "where", "allowed"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_policy(
    actor: Actor, permission: Permission, where: JurisdictionRef, allowed: bool
) -> None:
    assert allows(actor, permission, where) is allowed


def test_list_visibility_of_an_office_is_its_subtree() -> None:
    see_all, roots = visible_roots(person((CITY, R.office_staff)), READ)
    assert (see_all, roots) == (False, frozenset({CITY.id}))


def test_list_visibility_of_a_leader_is_exactly_its_jurisdiction() -> None:
    actor = person((CITY, R.leader))
    assert visible_roots(actor, READ) == (False, frozenset())
    assert visible_exact(actor, READ) == frozenset({CITY.id})


def test_list_visibility_of_a_read_client_is_its_home_subtree() -> None:
    assert visible_roots(machine(COUNTY, ClientScope.read), READ) == (False, frozenset({COUNTY.id}))


def test_admin_sees_everything_in_lists() -> None:
    assert visible_roots(person(admin=True), OVERSEE)[0] is True


# --- the events feed --------------------------------------------------------------------------

EVENTS = P.read_events


@pytest.mark.parametrize(
    ("actor", "here", "below"),
    [
        (person((CITY, R.office_staff)), True, True),
        (person((CITY, R.leader)), True, False),
        (person((CITY, R.deputy_leader)), True, False),
        (person((CITY, R.liaison_officer)), False, False),
        (machine(CITY, ClientScope.read), True, True),
        (machine(CITY, ClientScope.write), False, False),
        (person((COUNTY, R.office_director)), False, False),
        (person((OTHER_CITY, R.office_staff)), False, False),
        (person(admin=True), True, True),
    ],
    ids=["office", "leader", "deputy", "liaison", "read client", "write-only", "county", "other",
         "admin"],
)  # fmt: skip
def test_who_reads_a_citys_events_and_those_of_its_counties(
    actor: Actor, here: bool, below: bool
) -> None:
    assert allows(actor, EVENTS, CITY) is here
    assert allows_below(actor, EVENTS, CITY) is below
    # What holds below holds in the county itself.
    assert not below or allows(actor, EVENTS, COUNTY)


# --- acting on someone's behalf; managing a meeting ---------------------------------------------

SOMEONE = uuid.uuid4()


def acting_cases() -> list[tuple[str, Actor, JurisdictionRef, uuid.UUID | None, bool]]:
    """(why, actor, where, for whom (None: the actor themself), allowed)."""
    leader = person((CITY, R.leader))
    return [
        ("a person for themself", leader, CITY, None, True),
        ("a person with no position, for themself", person(), CITY, None, True),
        ("a leader for someone else", leader, CITY, SOMEONE, False),
        ("a deputy leader for someone else", person((CITY, R.deputy_leader)), CITY, SOMEONE, False),
        ("a liaison for someone else", person((CITY, R.liaison_officer)), CITY, SOMEONE, False),
        ("office staff for someone else", person((CITY, R.office_staff)), CITY, SOMEONE, True),
        ("the office director", person((CITY, R.office_director)), CITY, SOMEONE, True),
        ("an admin anywhere", person(admin=True), OTHER_CITY, SOMEONE, True),
        ("the city office in its county", person((CITY, R.office_staff)), COUNTY, SOMEONE, False),
        ("the office of another city", person((OTHER_CITY, R.office_staff)), CITY, SOMEONE, False),
        ("a write client at home", machine(CITY, ClientScope.write), CITY, SOMEONE, True),
        ("a write client below home", machine(CITY, ClientScope.write), COUNTY, SOMEONE, False),
        ("a read client", machine(CITY, ClientScope.read), CITY, SOMEONE, False),
        # A client is never the person it names, whatever its id.
        ("a read client naming its own id", machine(CITY, ClientScope.read), CITY, None, False),
    ]


ACTING = acting_cases()


@pytest.mark.parametrize(
    ("actor", "where", "whom", "allowed"), [c[1:] for c in ACTING], ids=[c[0] for c in ACTING]
)
def test_an_act_is_recorded_for_its_doer_or_entered_by_the_office_for_someone(
    actor: Actor, where: JurisdictionRef, whom: uuid.UUID | None, allowed: bool
) -> None:
    """A consent given by telephone (E-MTG-2), a convening decided at a meeting: the office
    (or an admin, or a write client) enters it for the person; nobody else does."""
    target = actor.id if whom is None else whom
    assert may_act_for(actor, where, target) is allowed
    # Acting for someone else is exactly the office's part of meetings.
    if whom is not None:
        assert allowed is allows(actor, P.run_meetings, where)


@pytest.mark.parametrize(
    ("actor", "where", "whom", "allowed"), [c[1:] for c in ACTING], ids=[c[0] for c in ACTING]
)
def test_a_meeting_is_managed_by_its_convener_or_the_office(
    actor: Actor, where: JurisdictionRef, whom: uuid.UUID | None, allowed: bool
) -> None:
    convener = actor.id if whom is None else whom
    assert may_manage_meeting(actor, where, convener) is allowed


def test_a_leader_manages_the_meeting_they_convened_and_no_other() -> None:
    leader = person((CITY, R.leader))
    assert may_manage_meeting(leader, CITY, leader.id)
    assert not may_manage_meeting(leader, CITY, person((CITY, R.deputy_leader)).id)


# --- powers come from the rulebook's definition, never from a key -----------------------------

EXECUTIVE_DEPUTY = PositionDefinition(
    "executive_deputy_leader",
    "常务副组长",
    PositionLevel.leading_group,
    capabilities=frozenset({Capability.reads_all, Capability.decides_for_leading_group}),
)
# The default deputy leader as a rulebook might redefine it: without reading everything.
DEPUTY_WHO_READS_LESS = PositionDefinition(
    "deputy_leader",
    "副组长",
    PositionLevel.leading_group,
    capabilities=frozenset({Capability.decides_for_leading_group}),
)


def holding(grant: Grant) -> Actor:
    return Actor(kind=ActorKind.user, id=uuid.uuid4(), name="p", grants=frozenset({grant}))


@pytest.mark.parametrize(
    ("grant", "permission", "allowed"),
    [
        (Grant.of(CITY.id, EXECUTIVE_DEPUTY), P.read_all_tasks, True),
        (Grant.of(CITY.id, EXECUTIVE_DEPUTY), P.handle_incoming_documents, True),
        (Grant.of(CITY.id, EXECUTIVE_DEPUTY), P.review_major_matters, False),
        (Grant.of(CITY.id, DEPUTY_WHO_READS_LESS), P.read_all_tasks, False),
        (Grant.of(CITY.id, DEPUTY_WHO_READS_LESS), P.handle_incoming_documents, True),
        # A post the rulebook in force no longer defines keeps its level's powers only.
        (
            Grant.of(CITY.id, None, role="office_director", level=PositionLevel.office),
            P.manage_organisation,
            True,
        ),
        (
            Grant.of(CITY.id, None, role="office_director", level=PositionLevel.office),
            P.manage_accounts,
            False,
        ),
        (
            Grant.of(CITY.id, None, role="leader", level=PositionLevel.leading_group),
            P.read_all_tasks,
            False,
        ),
    ],
)
def test_a_post_has_the_powers_its_definition_gives(
    grant: Grant, permission: Permission, allowed: bool
) -> None:
    assert allows(holding(grant), permission, CITY) is allowed
