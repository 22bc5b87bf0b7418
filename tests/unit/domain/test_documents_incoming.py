"""Incoming documents (呈批/报备, CO-DOC-3) in the pure domain: where each act leads, which acts
fit which purpose, who may take each act in each state, and who sends — table-driven against a
small oracle written from the article's words, no fixtures."""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.access import (
    GOVERNING_RULES,
    Actor,
    ActorKind,
    ClientScope,
    Grant,
    JurisdictionRef,
    Permission,
    allows,
    may_read_incoming_document,
)
from app.domain.documents import (
    FINAL_STATES,
    ROUTING_RULE,
    ROUTING_SOURCE,
    IncomingAct,
    IncomingAddressee,
    IncomingPurpose,
    IncomingState,
    incoming_after,
    may_handle_incoming,
    may_send_incoming_for_unit,
    may_send_incoming_upward,
    needs_leadership,
)
from app.domain.errors import InvalidInput, StateConflict
from app.domain.organisation import PositionRole as R
from app.domain.positions import DEFAULT_POSITIONS, Capability, PositionLevel

S, A, P, To = IncomingState, IncomingAct, IncomingPurpose, IncomingAddressee
HAND_OVERS = [a for a in A if a is not A.submit]

# Where each allowed (state, act) leads; every other pair is a conflict.
ALLOWED = {
    (S.with_office, A.forward): S.with_leader,
    (S.with_office, A.approve): S.approved,
    (S.with_office, A.file): S.filed,
    (S.with_office, A.return_): S.returned,
    (S.with_leader, A.approve): S.approved,
    (S.with_leader, A.file): S.filed,
    (S.with_leader, A.return_): S.returned,
}
# The acts that do not fit a purpose: a filing is not approved, a request is not filed.
UNFIT = {(A.approve, P.filing), (A.file, P.approval)}


@pytest.mark.parametrize(("state", "act", "purpose"), list(itertools.product(S, A, P)))
def test_each_act_leads_where_the_table_says_or_is_refused(
    state: IncomingState, act: IncomingAct, purpose: IncomingPurpose
) -> None:
    if (act, purpose) in UNFIT:
        with pytest.raises(InvalidInput) as raised:
            incoming_after(state, act, purpose)
        assert [e.location for e in raised.value.errors] == [("path", "act")]
    elif (state, act) in ALLOWED:
        assert incoming_after(state, act, purpose) is ALLOWED[(state, act)]
    else:
        with pytest.raises(StateConflict) as conflict:
            incoming_after(state, act, purpose)
        # The detail names the state and reads as English (no "approveed").
        assert f"that is {state}" in conflict.value.detail
        assert "eed" not in conflict.value.detail


def test_submitting_creates_a_document_and_is_never_an_act_on_one() -> None:
    for state in S:
        with pytest.raises(StateConflict, match="cannot be submitted"):
            incoming_after(state, A.submit, P.approval)


def test_approved_filed_and_returned_are_final() -> None:
    assert {S.approved, S.filed, S.returned} == FINAL_STATES
    for state, act, purpose in itertools.product(FINAL_STATES, HAND_OVERS, P):
        if (act, purpose) not in UNFIT:
            with pytest.raises(StateConflict):
                incoming_after(state, act, purpose)


@given(st.sampled_from(list(P)), st.lists(st.sampled_from(HAND_OVERS), max_size=10))
def test_any_sequence_of_acts_stays_on_the_paths_of_the_table(
    purpose: IncomingPurpose, acts: list[IncomingAct]
) -> None:
    """with_office → with_leader → a final state, or with_office → a final state; the final
    state fits the purpose; nothing is ever reached twice."""
    state, seen = S.with_office, [S.with_office]
    for act in acts:
        try:
            state = incoming_after(state, act, purpose)
        except (StateConflict, InvalidInput):
            continue
        assert state not in seen
        seen.append(state)
    assert seen in (
        [S.with_office],
        [S.with_office, S.with_leader],
        *([S.with_office, final] for final in FINAL_STATES),
        *([S.with_office, S.with_leader, final] for final in FINAL_STATES),
    )
    assert S.approved not in seen or purpose is P.approval
    assert S.filed not in seen or purpose is P.filing


@pytest.mark.parametrize(
    ("addressee", "is_major", "needed"),
    [
        (To.office, False, False),
        (To.office, True, True),
        (To.leading_group, False, True),
        (To.leading_group, True, True),
    ],
)
def test_the_office_decides_alone_only_ordinary_documents_addressed_to_it(
    addressee: IncomingAddressee, is_major: bool, needed: bool
) -> None:
    assert needs_leadership(addressee, is_major) is needed


# --- who takes which act: the oracle -----------------------------------------------------------

OFFICE = {R.office_director, R.office_deputy_director, R.office_staff}
OFFICE_LEADERSHIP = {R.office_director, R.office_deputy_director}
LEADERSHIP = {R.leader, R.deputy_leader}


def oracle(
    act: IncomingAct,
    state: IncomingState,
    addressee: IncomingAddressee,
    is_major: bool,
    role: R,
) -> bool:
    """统一由领导小组办公室呈批，重大事项报领导小组组长审阅, for someone holding ``role``."""
    if act is A.forward:
        return role in OFFICE  # any office post submits on
    if state is S.with_office:
        if act is A.return_:
            return role in OFFICE_LEADERSHIP  # the office's leadership returns what it holds
        ordinary_to_office = addressee is To.office and not is_major
        return ordinary_to_office and role in OFFICE_LEADERSHIP
    # With the leadership.
    return role is R.leader if is_major else role in LEADERSHIP


DECIDING_STATES = (S.with_office, S.with_leader)


def held(*roles: R) -> dict[str, frozenset[PositionLevel] | frozenset[Capability]]:
    """What holding default ``roles`` gives may_handle_incoming: their levels and capabilities."""
    definitions = [DEFAULT_POSITIONS[role] for role in roles]
    return {
        "levels": frozenset(d.level for d in definitions),
        "capabilities": frozenset(c for d in definitions for c in d.capabilities),
    }


def levels(roles: frozenset[R]) -> frozenset[PositionLevel]:
    return frozenset(DEFAULT_POSITIONS[role].level for role in roles)


@pytest.mark.parametrize(
    ("act", "state", "addressee", "is_major", "role"),
    list(itertools.product(HAND_OVERS, DECIDING_STATES, To, (False, True), R)),
)
def test_each_post_may_take_exactly_the_acts_the_article_gives_it(
    act: IncomingAct,
    state: IncomingState,
    addressee: IncomingAddressee,
    is_major: bool,
    role: R,
) -> None:
    decision = may_handle_incoming(act, state, addressee, is_major, **held(role))
    assert decision.allowed is oracle(act, state, addressee, is_major, role)
    assert (decision.rule, decision.source) == (ROUTING_RULE, ROUTING_SOURCE)
    assert decision.reason.endswith(f"({ROUTING_RULE}).")


@pytest.mark.parametrize(
    ("act", "state", "addressee", "is_major"),
    list(itertools.product(HAND_OVERS, DECIDING_STATES, To, (False, True))),
)
def test_holding_several_posts_is_holding_the_best_of_them(
    act: IncomingAct, state: IncomingState, addressee: IncomingAddressee, is_major: bool
) -> None:
    for pair in itertools.combinations(R, 2):
        decision = may_handle_incoming(act, state, addressee, is_major, **held(*pair))
        assert decision.allowed is any(oracle(act, state, addressee, is_major, r) for r in pair)
    assert not may_handle_incoming(act, state, addressee, is_major, **held()).allowed


def test_a_refusal_says_why_in_the_articles_words() -> None:
    major = may_handle_incoming(
        A.approve, S.with_office, To.office, True, **held(R.office_director)
    )
    assert "重大事项报领导小组组长审阅" in major.reason
    assert "submit it on" in major.reason
    early = may_handle_incoming(A.approve, S.with_office, To.office, True, **held(R.leader))
    assert "统一由领导小组办公室呈批" in early.reason
    deputy = may_handle_incoming(A.approve, S.with_leader, To.office, True, **held(R.deputy_leader))
    assert "leader" in deputy.reason
    lead = may_handle_incoming(
        A.approve, S.with_office, To.leading_group, False, **held(R.office_director)
    )
    assert "leading group" in lead.reason


@pytest.mark.parametrize(
    ("level", "capabilities", "act", "state", "is_major", "allowed"),
    [
        # A post named as no default is, deciding for the leading group (常务副组长).
        (
            PositionLevel.leading_group,
            {Capability.decides_for_leading_group},
            A.approve,
            S.with_leader,
            False,
            True,
        ),
        (
            PositionLevel.leading_group,
            {Capability.decides_for_leading_group},
            A.approve,
            S.with_leader,
            True,
            False,
        ),
        (
            PositionLevel.leading_group,
            {Capability.reviews_major_matters},
            A.approve,
            S.with_leader,
            True,
            True,
        ),
        # A leading-group post the rulebook gives nothing decides nothing.
        (PositionLevel.leading_group, set(), A.approve, S.with_leader, False, False),
        # Any office post submits on; only the office's leadership returns or decides.
        (PositionLevel.office, set(), A.forward, S.with_office, False, True),
        (PositionLevel.office, set(), A.return_, S.with_office, False, False),
        (
            PositionLevel.office,
            {Capability.office_leadership},
            A.return_,
            S.with_office,
            False,
            True,
        ),
        (
            PositionLevel.office,
            {Capability.manages_accounts},
            A.approve,
            S.with_office,
            False,
            False,
        ),
    ],
)
def test_the_rulebooks_capabilities_decide_not_the_posts_names(
    level: PositionLevel,
    capabilities: set[Capability],
    act: IncomingAct,
    state: IncomingState,
    is_major: bool,
    allowed: bool,
) -> None:
    decision = may_handle_incoming(
        act,
        state,
        To.office,
        is_major,
        levels=frozenset({level}),
        capabilities=frozenset(capabilities),
    )
    assert decision.allowed is allowed


# --- who sends ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roles", "allowed"),
    [
        (frozenset({R.unit_head}), True),
        (frozenset({R.liaison_officer}), True),
        (frozenset({R.information_officer}), True),
        (frozenset(), False),
        (frozenset({R.office_director}), False),
        (frozenset({R.leader, R.member}), False),
    ],
)
def test_a_unit_sends_through_its_head_liaison_or_information_officer(
    roles: frozenset[R], allowed: bool
) -> None:
    decision = may_send_incoming_for_unit(levels(roles))
    assert (decision.allowed, decision.rule, decision.source) == (
        allowed,
        ROUTING_RULE,
        ROUTING_SOURCE,
    )


@pytest.mark.parametrize(
    ("roles", "allowed"),
    [
        (frozenset({R.office_director}), True),
        (frozenset({R.office_deputy_director}), True),
        (frozenset({R.office_staff}), True),
        (frozenset({R.leader}), False),
        (frozenset({R.deputy_leader, R.liaison_officer}), False),
        (frozenset(), False),
    ],
)
def test_a_county_sends_upward_through_its_office(roles: frozenset[R], allowed: bool) -> None:
    decision = may_send_incoming_upward(levels(roles))
    assert (decision.allowed, decision.rule) == (allowed, ROUTING_RULE)


def test_the_routing_rule_is_changji_article_twelve() -> None:
    assert ROUTING_RULE == "CO-DOC-3"
    assert "第十二条" in ROUTING_SOURCE
    assert "附件2" in ROUTING_SOURCE
    assert "统一由领导小组办公室呈批" in ROUTING_SOURCE


# --- who handles and reads them (app.domain.access) --------------------------------------------

CITY = JurisdictionRef(uuid.UUID(int=1))
COUNTY = JurisdictionRef(uuid.UUID(int=2), ancestor_ids=(CITY.id,))
UNIT, OTHER_UNIT = uuid.UUID(int=100), uuid.UUID(int=101)


def _unit_post(role: R) -> bool:
    return DEFAULT_POSITIONS[role].is_unit_position


def person(
    place: JurisdictionRef | None = None, role: R | None = None, admin: bool = False
) -> Actor:
    grants = (
        frozenset({Grant.default(place.id, role, UNIT if _unit_post(role) else None)})
        if place is not None and role is not None
        else frozenset()
    )
    return Actor(ActorKind.user, uuid.uuid4(), "p", is_platform_admin=admin, grants=grants)


def reader(home: JurisdictionRef) -> Actor:
    return Actor(
        ActorKind.client,
        uuid.uuid4(),
        "c",
        home_jurisdiction_id=home.id,
        client_scopes=frozenset({ClientScope.read, ClientScope.write}),
    )


HANDLE = Permission.handle_incoming_documents


@pytest.mark.parametrize(
    ("actor", "where", "allowed"),
    [
        (person(CITY, R.office_staff), CITY, True),
        (person(CITY, R.office_director), CITY, True),
        (person(CITY, R.leader), CITY, True),
        (person(CITY, R.deputy_leader), CITY, True),
        (person(CITY, R.member), CITY, False),
        (person(CITY, R.liaison_officer), CITY, False),
        (person(CITY, R.office_director), COUNTY, False),  # the county's own office handles
        (person(admin=True), CITY, False),  # every hand-over is a person's
        (reader(CITY), CITY, False),
    ],
)
def test_the_office_and_the_leadership_here_handle_incoming_documents(
    actor: Actor, where: JurisdictionRef, allowed: bool
) -> None:
    assert allows(actor, HANDLE, where) is allowed


def test_refusals_of_sending_and_handling_name_co_doc_3() -> None:
    for permission in (Permission.send_incoming_documents, HANDLE):
        assert GOVERNING_RULES[permission] == (ROUTING_RULE, ROUTING_SOURCE)


@pytest.mark.parametrize(
    ("actor", "path", "received_here", "sender_unit", "visible"),
    [
        # Received here: whoever reads them all, or the sending unit's people.
        (person(CITY, R.office_staff), CITY, True, UNIT, True),
        (person(CITY, R.office_staff), COUNTY, True, UNIT, True),  # the office above
        (person(CITY, R.leader), CITY, True, None, True),
        (person(CITY, R.deputy_leader), CITY, True, UNIT, True),
        (person(CITY, R.leader), COUNTY, True, UNIT, False),  # a city's leader: not below
        (person(CITY, R.member), CITY, True, UNIT, False),
        (person(CITY, R.liaison_officer), CITY, True, UNIT, True),
        (person(CITY, R.liaison_officer), CITY, True, OTHER_UNIT, False),
        (person(CITY, R.liaison_officer), CITY, True, None, False),
        (reader(CITY), COUNTY, True, UNIT, True),
        (reader(COUNTY), CITY, True, UNIT, False),
        (person(admin=True), COUNTY, True, UNIT, True),
        # Sent upward by the path's office: that office (here or above), its read clients.
        (person(COUNTY, R.office_staff), COUNTY, False, None, True),
        (person(CITY, R.office_director), COUNTY, False, None, True),
        (person(COUNTY, R.leader), COUNTY, False, None, False),
        (person(COUNTY, R.liaison_officer), COUNTY, False, None, False),
        (reader(COUNTY), COUNTY, False, None, True),
        (person(admin=True), COUNTY, False, None, True),
    ],
)
def test_who_reads_an_incoming_document(
    actor: Actor,
    path: JurisdictionRef,
    received_here: bool,
    sender_unit: uuid.UUID | None,
    visible: bool,
) -> None:
    assert may_read_incoming_document(actor, path, received_here, sender_unit) is visible
