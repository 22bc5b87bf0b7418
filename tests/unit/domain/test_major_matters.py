"""Major-matter reports (CO-RPT-2) and the leader's review (CO-DOC-3): the state machine, who
sends, and the list of matters forwarded together — table-driven, no fixtures."""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import StateConflict
from app.domain.major_matters import (
    REPORT_RULE,
    REPORT_SOURCE,
    REVIEW_RULE,
    REVIEW_SOURCE,
    TRANSITIONS,
    MatterAct,
    MatterState,
    after,
    check_consolidation,
    may_resend,
    may_send_for_unit,
    may_send_upward,
)
from app.domain.organisation import PositionRole as R
from app.domain.positions import DEFAULT_POSITIONS, PositionLevel

S, A = MatterState, MatterAct


def levels(roles: frozenset[R]) -> frozenset[PositionLevel]:
    """The levels of the default posts ``roles``: what the sending rules judge."""
    return frozenset(DEFAULT_POSITIONS[role].level for role in roles)


# Every (state, act) pair that is allowed, and where it leads; every other pair is a conflict.
ALLOWED = {
    (S.submitted, A.forward): S.forwarded,
    (S.forwarded, A.review): S.reviewed,
    (S.submitted, A.return_): S.returned,
    (S.returned, A.resubmit): S.submitted,
}


@pytest.mark.parametrize(("state", "act"), list(itertools.product(S, A)))
def test_each_act_moves_a_matter_only_from_the_states_the_table_allows(
    state: MatterState, act: MatterAct
) -> None:
    if (state, act) in ALLOWED:
        assert after(state, act) is ALLOWED[(state, act)]
    else:
        with pytest.raises(StateConflict, match=f"that is {state}"):
            after(state, act)


def test_submitting_creates_a_matter_and_is_never_an_act_on_one() -> None:
    assert TRANSITIONS[A.submit] == (frozenset(), S.submitted)


def test_a_reviewed_matter_is_final() -> None:
    assert all(S.reviewed not in allowed for allowed, _ in TRANSITIONS.values())


@given(st.lists(st.sampled_from([a for a in A if a is not A.submit]), max_size=12))
def test_any_sequence_of_acts_stays_on_the_paths_of_the_table(acts: list[MatterAct]) -> None:
    """submitted → forwarded → reviewed, submitted ⇄ returned: nothing else is ever reached."""
    state = S.submitted
    for act in acts:
        try:
            nxt = after(state, act)
        except StateConflict:
            continue
        assert (state, nxt) in {
            (S.submitted, S.forwarded),
            (S.forwarded, S.reviewed),
            (S.submitted, S.returned),
            (S.returned, S.submitted),
        }
        state = nxt


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
def test_a_unit_reports_through_its_head_liaison_or_information_officer_co_rpt_2(
    roles: frozenset[R], allowed: bool
) -> None:
    decision = may_send_for_unit(levels(roles))
    assert (decision.allowed, decision.rule, decision.source) == (
        allowed,
        REPORT_RULE,
        REPORT_SOURCE,
    )
    assert "第十一条" in decision.source


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
def test_a_county_reports_upward_through_its_office_co_rpt_2(
    roles: frozenset[R], allowed: bool
) -> None:
    decision = may_send_upward(levels(roles))
    assert (decision.allowed, decision.rule) == (allowed, REPORT_RULE)


@pytest.mark.parametrize("is_sender", [True, False])
def test_only_the_sender_sends_a_returned_matter_again(is_sender: bool) -> None:
    decision = may_resend(is_sender)
    assert (decision.allowed, decision.rule) == (is_sender, REPORT_RULE)


def test_the_review_rule_is_changji_article_twelve() -> None:
    assert REVIEW_RULE == "CO-DOC-3"
    assert "第十二条" in REVIEW_SOURCE
    assert "附件2" in REVIEW_SOURCE


ONE, TWO, THREE = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


@pytest.mark.parametrize(
    ("others", "bad"),
    [
        ([], {}),
        ([TWO, THREE], {}),
        ([TWO, ONE], {1: "the matter being forwarded"}),
        ([TWO, THREE, TWO], {2: "listed twice"}),
        ([ONE, ONE], {0: "the matter being forwarded", 1: "the matter being forwarded"}),
    ],
)
def test_matters_forwarded_together_are_each_listed_once_without_the_matter_itself(
    others: list[uuid.UUID], bad: dict[int, str]
) -> None:
    errors = check_consolidation(ONE, others)
    assert {e.location[-1]: e.message for e in errors}.keys() == bad.keys()
    for error in errors:
        assert error.location[:2] == ("body", "consolidated_with")
        assert bad[int(error.location[-1])] in error.message
