"""Each catalogue rule, decided by the shipped rulebooks and the domain together, as the seed
documents say (DOMAIN.md rule ids; 鄂州工改办〔2019〕23号, 昌建审改办〔2020〕3号)."""

from __future__ import annotations

import copy
import uuid
from datetime import date

import pytest

from app.domain.errors import InvalidInput
from app.domain.organisation import PositionRole as R
from app.domain.rulebook import (
    Act,
    Delegation,
    Holding,
    Rulebook,
    decide,
    in_force,
    parse_rulebook,
)
from app.rulebooks import shipped_document

EZHOU = parse_rulebook(shipped_document("ezhou"))
CHANGJI = parse_rulebook(shipped_document("changji"))
DAY = date(2026, 3, 2)

LEADER, DEPUTY, DIRECTOR, DEPUTY_DIRECTOR, STAFF, MEMBER = (uuid.uuid4() for _ in range(6))
HOLDINGS = (
    Holding(LEADER, R.leader),
    Holding(DEPUTY, R.deputy_leader),
    Holding(DIRECTOR, R.office_director),
    Holding(DEPUTY_DIRECTOR, R.office_deputy_director),
    Holding(STAFF, R.office_staff),
    Holding(MEMBER, R.member),
)
PEOPLE = {
    "leader": LEADER,
    "deputy": DEPUTY,
    "director": DIRECTOR,
    "deputy_director": DEPUTY_DIRECTOR,
    "staff": STAFF,
    "member": MEMBER,
}


def entrust(
    by: uuid.UUID,
    to: uuid.UUID,
    scope: str,
    *,
    valid_to: date | None = None,
    revoked_on: date | None = None,
) -> Delegation:
    return Delegation(
        uuid.uuid4(), by, to, frozenset({scope}), date(2026, 1, 1), valid_to, revoked_on
    )


def judge(book: Rulebook, act: Act, subject: str, who: str, *delegations: Delegation) -> bool:
    decision = decide(book, act, subject, PEOPLE[who], DAY, HOLDINGS, delegations)
    return decision.allowed


# (rule, rulebook, act, subject, who allowed without any entrustment, everyone else refused)
WITHOUT_ENTRUSTMENT = [
    ("E-MTG-2", EZHOU, Act.approve_extra, "joint_meeting", {"leader", "deputy"}),
    ("E-MTG-3", EZHOU, Act.chair, "joint_meeting", {"leader", "deputy"}),
    ("E-MTG-4", EZHOU, Act.convene, "special_meeting", {"deputy", "director"}),
    ("E-MTG-4", EZHOU, Act.chair, "special_meeting", {"deputy", "director"}),
    ("C-MTG-1", CHANGJI, Act.chair, "plenary_meeting", {"leader"}),
    # 第八条: a deputy may propose an extra plenary; the leader (or a deputy he entrusts)
    # convenes it, so consents to it.
    ("C-MTG-1", CHANGJI, Act.propose_extra, "plenary_meeting", {"leader", "deputy"}),
    ("C-MTG-1", CHANGJI, Act.approve_extra, "plenary_meeting", {"leader"}),
    ("C-MTG-2", CHANGJI, Act.convene, "special_meeting", {"deputy", "director"}),
    ("C-MTG-2", CHANGJI, Act.chair, "special_meeting", {"deputy", "director"}),
    ("CO-MTG-1", CHANGJI, Act.chair, "regular_meeting", {"director"}),
    ("CO-DOC-1", CHANGJI, Act.sign, "leading_group", {"leader"}),
    ("CO-DOC-2", CHANGJI, Act.sign, "office", {"director"}),
]


@pytest.mark.parametrize(
    ("rule", "book", "act", "subject", "allowed"),
    WITHOUT_ENTRUSTMENT,
    ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in WITHOUT_ENTRUSTMENT],
)
def test_who_may_act_without_entrustment(
    rule: str, book: Rulebook, act: Act, subject: str, allowed: set[str]
) -> None:
    for who in PEOPLE:
        decision = decide(book, act, subject, PEOPLE[who], DAY, HOLDINGS, ())
        assert decision.allowed is (who in allowed), (who, decision.reason)
        assert decision.rule == rule
        assert decision.source, "every decision names its source article"


# (rule, book, act, subject, the entrusted role's holder, the delegator)
ENTRUSTED = [
    ("C-MTG-1", CHANGJI, Act.chair, "plenary_meeting", "deputy", LEADER),
    ("CO-MTG-1", CHANGJI, Act.chair, "regular_meeting", "deputy_director", DIRECTOR),
    ("CO-DOC-1", CHANGJI, Act.sign, "leading_group", "deputy", LEADER),
    ("CO-DOC-2", CHANGJI, Act.sign, "office", "deputy_director", DIRECTOR),
]


@pytest.mark.parametrize(
    ("rule", "book", "act", "subject", "who", "delegator"),
    ENTRUSTED,
    ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in ENTRUSTED],
)
def test_a_deputy_may_act_only_under_an_entrustment_in_force(
    rule: str, book: Rulebook, act: Act, subject: str, who: str, delegator: uuid.UUID
) -> None:
    scope = f"{act}:{subject}"
    person = PEOPLE[who]
    good = entrust(delegator, person, scope)
    decision = decide(book, act, subject, person, DAY, HOLDINGS, [good])
    assert decision.allowed
    assert decision.delegation_id == good.id
    assert decision.rule == rule

    refused = {
        "none": [],
        "expired": [entrust(delegator, person, scope, valid_to=date(2026, 2, 1))],
        "revoked": [entrust(delegator, person, scope, revoked_on=date(2026, 3, 1))],
        "out of scope": [entrust(delegator, person, f"{act}:something_else")],
        "from the wrong person": [entrust(MEMBER, person, scope)],
        "to someone else": [entrust(delegator, MEMBER, scope)],
    }
    for why, delegations in refused.items():
        decision = decide(book, act, subject, person, DAY, HOLDINGS, delegations)
        assert not decision.allowed, why
        assert decision.rule == rule
        assert decision.delegation_id is None
        assert "entrusted" in decision.reason


def test_ezhou_deputy_chairs_the_joint_meeting_without_entrustment() -> None:
    """E-MTG-3 says 'the leader or a deputy leader' — unlike Changji's C-MTG-1."""
    assert judge(EZHOU, Act.chair, "joint_meeting", "deputy")
    assert not judge(CHANGJI, Act.chair, "plenary_meeting", "deputy")


def test_a_revocation_counts_from_its_day_on() -> None:
    scope = "chair:plenary_meeting"
    on_the_day = entrust(LEADER, DEPUTY, scope, revoked_on=DAY)
    the_day_after = entrust(LEADER, DEPUTY, scope, revoked_on=date(2026, 3, 3))
    assert not judge(CHANGJI, Act.chair, "plenary_meeting", "deputy", on_the_day)
    assert judge(CHANGJI, Act.chair, "plenary_meeting", "deputy", the_day_after)


CADENCES = [
    ("E-MTG-1", EZHOU, "joint_meeting", "year_end", False),
    ("C-MTG-1", CHANGJI, "plenary_meeting", "quarterly", True),
    ("CO-MTG-1", CHANGJI, "regular_meeting", "monthly", False),
]


@pytest.mark.parametrize(("rule", "book", "kind", "every", "minutes"), CADENCES)
def test_meeting_cadence_and_minutes(
    rule: str, book: Rulebook, kind: str, every: str, minutes: bool
) -> None:
    meeting = book.meeting_kinds[kind]
    assert meeting.cadence == every
    assert meeting.cadence_ref is not None
    assert meeting.cadence_ref.rule == rule
    assert meeting.minutes_required is minutes


def test_changji_plenary_minutes_are_required_c_mtg_3() -> None:
    assert CHANGJI.meeting_kinds["plenary_meeting"].minutes_required


def test_position_limits_c_org_1_co_org_1_and_ezhou_any_number_of_liaisons() -> None:
    assert CHANGJI.positions[R.leader].max_holders == 1
    assert CHANGJI.positions[R.leader].rule == "C-ORG-1"
    # CO-ORG-1: one liaison officer in each member unit, any number in all.
    assert CHANGJI.positions[R.liaison_officer].max_holders_per_unit == 1
    assert CHANGJI.positions[R.liaison_officer].max_holders is None
    assert CHANGJI.positions[R.liaison_officer].rule == "CO-ORG-1"
    assert EZHOU.positions[R.liaison_officer].max_holders_per_unit is None
    assert EZHOU.positions[R.leader].max_holders == 1


def test_issuer_codes_for_document_numbers() -> None:
    assert EZHOU.issuers["office"].code == "鄂州工改办"
    assert CHANGJI.issuers["office"].code == "昌建审改办"


def test_unknown_meeting_kind_or_issuer_is_refused_naming_it() -> None:
    decision = decide(CHANGJI, Act.chair, "joint_meeting", LEADER, DAY, HOLDINGS, ())
    assert not decision.allowed
    assert "joint_meeting" in decision.reason
    decision = decide(EZHOU, Act.sign, "nonexistent", LEADER, DAY, HOLDINGS, ())
    assert not decision.allowed


def test_extra_meeting_without_a_consent_rule_needs_none() -> None:
    decision = decide(EZHOU, Act.approve_extra, "special_meeting", STAFF, DAY, HOLDINGS, ())
    assert decision.allowed


def test_a_malformed_rulebook_names_every_bad_path() -> None:
    document = copy.deepcopy(shipped_document("changji"))
    document["meeting_kinds"]["plenary_meeting"]["chair"]["allowed"][1]["role"] = "emperor"
    document["meeting_kinds"]["plenary_meeting"]["cadence"]["every"] = "fortnightly"
    document["issuers"]["office"]["code"] = ""
    document["effective_from"] = "someday"
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    paths = {error.location for error in raised.value.errors}
    assert paths == {
        ("body", "meeting_kinds", "plenary_meeting", "chair", "allowed", 1, "role"),
        ("body", "meeting_kinds", "plenary_meeting", "cadence", "every"),
        ("body", "issuers", "office", "code"),
        ("body", "effective_from"),
    }


def test_the_version_in_force_is_the_latest_started_on_or_before_the_day() -> None:
    later = copy.deepcopy(shipped_document("changji"))
    later["effective_from"] = "2026-07-01"
    v2 = parse_rulebook(later)
    assert in_force([CHANGJI, v2], date(2026, 6, 30)) is CHANGJI
    assert in_force([CHANGJI, v2], date(2026, 7, 1)) is v2
    assert in_force([CHANGJI, v2], date(2020, 12, 30)) is None


@pytest.mark.parametrize(
    ("book", "who", "allowed", "rule"),
    [
        # C-MTG-1 第八条: 特殊情况下组长、副组长可视工作需要提议召开.
        (CHANGJI, "leader", True, "C-MTG-1"),
        (CHANGJI, "deputy", True, "C-MTG-1"),
        (CHANGJI, "director", False, "C-MTG-1"),
        (CHANGJI, "staff", False, "C-MTG-1"),
        # E-MTG-2 names no proposer: anyone holding a position (the office brings the need),
        # and the consent decides; someone holding none proposes nothing.
        (EZHOU, "staff", True, "E-MTG-2"),
        (EZHOU, "director", True, "E-MTG-2"),
        (EZHOU, "outsider", False, "E-MTG-2"),
    ],
)
def test_who_may_propose_an_extra_main_meeting_c_mtg_1_e_mtg_2(
    book: Rulebook, who: str, allowed: bool, rule: str
) -> None:
    subject = "plenary_meeting" if book is CHANGJI else "joint_meeting"
    person = PEOPLE.get(who, uuid.uuid4())
    decision = decide(book, Act.propose_extra, subject, person, DAY, HOLDINGS, ())
    assert (decision.allowed, decision.rule) == (allowed, rule)
    assert ("第八条" if book is CHANGJI else "四(一)1") in decision.source


def test_an_extra_proposal_rule_is_a_permission_or_null() -> None:
    document = shipped_document("ezhou")
    kind = document["meeting_kinds"]["joint_meeting"]
    kind["extra_proposal"] = None
    assert parse_rulebook(document).meeting_kinds["joint_meeting"].extra_proposal is None
    kind["extra_proposal"] = {"rule": "X-1", "source": "x", "allowed": []}
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    paths = {e.location for e in raised.value.errors}
    assert paths == {("body", "meeting_kinds", "joint_meeting", "extra_proposal", "allowed")}
