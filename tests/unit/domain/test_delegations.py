"""Who may entrust whom with what (委托), as the shipped rulebooks say: only the holder of the
position a rule names as entrusting, only for that rule's acts, only to the role it lets act
(C-MTG-1, CO-MTG-1, CO-DOC-1, CO-DOC-2; Ezhou's rules entrust nothing)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.organisation import PositionRole as R
from app.domain.rulebook import (
    Act,
    Delegation,
    Holding,
    Rulebook,
    Scope,
    decide,
    judge_delegation,
    parse_rulebook,
    parse_scopes,
)
from app.rulebooks import shipped_document

EZHOU = parse_rulebook(shipped_document("ezhou"))
CHANGJI = parse_rulebook(shipped_document("changji"))
DAY = date(2026, 3, 2)

LEADER, DEPUTY, DIRECTOR, DEPUTY_DIRECTOR, STAFF = (uuid.uuid4() for _ in range(5))
HOLDINGS = (
    Holding(LEADER, R.leader),
    Holding(DEPUTY, R.deputy_leader),
    Holding(DIRECTOR, R.office_director),
    Holding(DEPUTY_DIRECTOR, R.office_deputy_director),
    Holding(STAFF, R.office_staff),
)
PEOPLE = {
    "leader": LEADER,
    "deputy": DEPUTY,
    "director": DIRECTOR,
    "deputy_director": DEPUTY_DIRECTOR,
    "staff": STAFF,
}


def judge(book: Rulebook, scopes: list[str], by: str, to: str) -> tuple[bool, str]:
    decision = judge_delegation(book, parse_scopes(scopes), PEOPLE[by], PEOPLE[to], DAY, HOLDINGS)
    return decision.allowed, decision.rule


# (rule, book, scope, delegator, delegate, allowed)
CASES = [
    ("C-MTG-1", CHANGJI, "chair:plenary_meeting", "leader", "deputy", True),
    ("C-MTG-1", CHANGJI, "convene:plenary_meeting", "leader", "deputy", True),
    ("C-MTG-1", CHANGJI, "chair:plenary_meeting", "director", "deputy", False),
    ("C-MTG-1", CHANGJI, "chair:plenary_meeting", "deputy", "leader", False),
    ("C-MTG-1", CHANGJI, "chair:plenary_meeting", "leader", "director", False),
    ("C-MTG-1", CHANGJI, "chair:plenary_meeting", "leader", "staff", False),
    ("CO-MTG-1", CHANGJI, "chair:regular_meeting", "director", "deputy_director", True),
    ("CO-MTG-1", CHANGJI, "chair:regular_meeting", "leader", "deputy_director", False),
    ("CO-DOC-1", CHANGJI, "sign:leading_group", "leader", "deputy", True),
    ("CO-DOC-2", CHANGJI, "sign:office", "director", "deputy_director", True),
    ("CO-DOC-2", CHANGJI, "sign:office", "leader", "deputy_director", False),
    ("CO-DOC-2", CHANGJI, "sign:office", "director", "staff", False),
    ("C-MTG-2", CHANGJI, "chair:special_meeting", "director", "deputy", False),
    ("E-MTG-3", EZHOU, "chair:joint_meeting", "leader", "deputy", False),
    ("E-MTG-4", EZHOU, "convene:special_meeting", "director", "staff", False),
]


@pytest.mark.parametrize(
    ("rule", "book", "scope", "by", "to", "allowed"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[3]}-to-{c[4]}" for c in CASES],
)
def test_only_the_entrusting_position_entrusts_and_only_to_the_role_the_rule_names(
    rule: str, book: Rulebook, scope: str, by: str, to: str, allowed: bool
) -> None:
    assert judge(book, [scope], by, to) == (allowed, rule)


def test_a_refusal_says_why() -> None:
    def reason(scope: str, by: str, to: str) -> str:
        return judge_delegation(
            CHANGJI, parse_scopes([scope]), PEOPLE[by], PEOPLE[to], DAY, HOLDINGS
        ).reason

    assert "only the leader may entrust" in reason("chair:plenary_meeting", "director", "deputy")
    assert "only to a deputy_leader" in reason("chair:plenary_meeting", "leader", "staff")
    assert "cannot be entrusted" in reason("chair:special_meeting", "director", "deputy")


def test_every_scope_must_be_allowed_and_the_first_refusal_names_its_rule() -> None:
    allowed, rule = judge(CHANGJI, ["chair:plenary_meeting", "sign:office"], "leader", "deputy")
    assert (allowed, rule) == (False, "CO-DOC-2")
    allowed, rule = judge(
        CHANGJI, ["chair:plenary_meeting", "sign:leading_group"], "leader", "deputy"
    )
    assert (allowed, rule) == (True, "C-MTG-1, CO-DOC-1")


def test_the_positions_judged_are_those_held_on_the_first_day() -> None:
    """A leader who no longer holds the post that day entrusts nothing."""
    without_leader = [h for h in HOLDINGS if h.person != LEADER]
    decision = judge_delegation(
        CHANGJI, parse_scopes(["chair:plenary_meeting"]), LEADER, DEPUTY, DAY, without_leader
    )
    assert not decision.allowed


@pytest.mark.parametrize(
    ("scopes", "bad"),
    [
        (["chair"], [0]),
        (["chair:"], [0]),
        ([":plenary_meeting"], [0]),
        (["approve_extra:plenary_meeting"], [0]),
        (["preside:plenary_meeting"], [0]),
        (["chair:plenary meeting"], [0]),
        (["chair:plenary_meeting", "sign:a:b", "sign:office", "x"], [1, 3]),
    ],
)
def test_malformed_scopes_are_named_by_position(scopes: list[str], bad: list[int]) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_scopes(scopes)
    assert [e.location for e in raised.value.errors] == [("body", "scopes", i) for i in bad]


def test_subjects_the_rulebook_does_not_define_are_named_by_position() -> None:
    scopes = parse_scopes(["chair:plenary_meeting", "chair:joint_meeting", "sign:nowhere"])
    with pytest.raises(InvalidInput) as raised:
        judge_delegation(CHANGJI, scopes, LEADER, DEPUTY, DAY, HOLDINGS)
    assert [e.location for e in raised.value.errors] == [
        ("body", "scopes", 1),
        ("body", "scopes", 2),
    ]


def test_nobody_entrusts_themselves() -> None:
    with pytest.raises(InvalidInput) as raised:
        judge_delegation(
            CHANGJI, parse_scopes(["chair:plenary_meeting"]), LEADER, LEADER, DAY, HOLDINGS
        )
    assert raised.value.errors[0].location == ("body", "to_user_id")


def test_duplicate_scopes_collapse_in_order() -> None:
    assert parse_scopes(["sign:office", "chair:x", "sign:office"]) == (
        Scope(Act.sign, "office"),
        Scope(Act.chair, "x"),
    )


SCOPE_OF = {
    "chair:plenary_meeting": (Act.chair, "plenary_meeting"),
    "convene:plenary_meeting": (Act.convene, "plenary_meeting"),
    "sign:leading_group": (Act.sign, "leading_group"),
    "sign:office": (Act.sign, "office"),
    "chair:regular_meeting": (Act.chair, "regular_meeting"),
    "convene:regular_meeting": (Act.convene, "regular_meeting"),
    "chair:office_special_meeting": (Act.chair, "office_special_meeting"),
    "convene:office_special_meeting": (Act.convene, "office_special_meeting"),
}


@given(
    scope=st.sampled_from(sorted(SCOPE_OF)),
    by=st.sampled_from(sorted(PEOPLE)),
    to=st.sampled_from(sorted(PEOPLE)),
)
def test_an_entrustment_the_domain_accepts_is_one_decide_honours(
    scope: str, by: str, to: str
) -> None:
    """Accepting a delegation and acting under it agree: whatever may be entrusted lets the
    delegate act, naming the delegation (and whatever is refused would not count)."""
    if by == to:
        return
    accepted = judge_delegation(
        CHANGJI, parse_scopes([scope]), PEOPLE[by], PEOPLE[to], DAY, HOLDINGS
    ).allowed
    act, subject = SCOPE_OF[scope]
    delegation = Delegation(uuid.uuid4(), PEOPLE[by], PEOPLE[to], frozenset({scope}), DAY, None)
    alone = decide(CHANGJI, act, subject, PEOPLE[to], DAY, HOLDINGS, ())
    under = decide(CHANGJI, act, subject, PEOPLE[to], DAY, HOLDINGS, [delegation])
    if accepted:
        assert not alone.allowed
        assert under.allowed
        assert under.delegation_id == delegation.id
    else:
        assert under.delegation_id is None


ACTS_ON = sorted(
    {(act, subject) for act, subject in SCOPE_OF.values()}
    | {
        (act, kind)
        for act in Act
        for kind in ("plenary_meeting", "special_meeting", "joint_meeting")
    }
)


@given(
    book=st.sampled_from([CHANGJI, EZHOU]),
    act_on=st.sampled_from(ACTS_ON),
    person=st.sampled_from(sorted(PEOPLE)),
    entrusted=st.lists(
        st.tuples(
            st.sampled_from(sorted(PEOPLE)),
            st.sampled_from(sorted(PEOPLE)),
            st.sets(st.sampled_from(sorted(SCOPE_OF)), min_size=1),
        ),
        max_size=4,
    ),
)
def test_delegations_only_ever_allow_what_the_posts_alone_refuse(
    book: Rulebook,
    act_on: tuple[Act, str],
    person: str,
    entrusted: list[tuple[str, str, set[str]]],
) -> None:
    """What a person's posts allow by themselves stands whatever delegations exist: the
    service reads a person's delegations only when the posts alone refuse
    (app.services.delegations.ActJudge)."""
    act, subject = act_on
    delegations = [
        Delegation(uuid.uuid4(), PEOPLE[by], PEOPLE[to], frozenset(scopes), DAY, None)
        for by, to, scopes in entrusted
    ]
    alone = decide(book, act, subject, PEOPLE[person], DAY, HOLDINGS, ())
    under = decide(book, act, subject, PEOPLE[person], DAY, HOLDINGS, delegations)
    if alone.allowed:
        assert under == alone
    else:
        assert under.allowed or under == alone
