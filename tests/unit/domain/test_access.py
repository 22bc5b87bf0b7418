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
    visible_exact,
    visible_roots,
)
from app.domain.organisation import PositionRole as R

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
            Grant(j.id, role, UNIT if role.is_unit_role else None) for j, role in grants
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
