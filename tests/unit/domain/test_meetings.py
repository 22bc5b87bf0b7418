"""Meetings of the leading group and its office (E-MTG-1…4, C-MTG-1…3, CO-MTG-1), judged by the
shipped rulebooks and app.domain.meetings together: the state machine, who is invited, what
minutes must record before they are archived, their canonical text, and whether each period the
rules expect a meeting in had one."""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.meetings import (
    ATTENDED,
    TRANSITIONS,
    AgendaRecord,
    AttendanceStatus,
    Invitee,
    MeetingAction,
    MeetingOnRecord,
    MeetingState,
    MinutesDraft,
    PeriodStatus,
    PositionHeld,
    Resolution,
    Speech,
    after,
    canonical_json,
    check_addendum_day,
    check_attendance,
    check_expected,
    check_minutes_day,
    check_moment,
    check_removable,
    check_times,
    derive_invitees,
    expected_periods,
    initial_state,
    missing_fields,
    parse_period,
    period_from_label,
    sha256_of,
    unrecorded_attendance,
    window_of,
)
from app.domain.organisation import PositionRole as R
from app.domain.positions import Capability
from app.domain.reports import Period, PeriodKind
from app.domain.rulebook import (
    BASIC_MINUTES_FIELDS,
    Cadence,
    MinutesField,
    Rulebook,
    parse_rulebook,
)
from app.rulebooks import shipped_document

EZHOU = parse_rulebook(shipped_document("ezhou"))
CHANGJI = parse_rulebook(shipped_document("changji"))

S = MeetingState
A = MeetingAction

# --- the state machine ------------------------------------------------------------------------

# Written out from the rules, not from TRANSITIONS: every allowed (state, action) and where it
# leads. Everything not listed is refused.
ALLOWED: dict[tuple[MeetingState, MeetingAction], MeetingState] = {
    # An extra meeting awaiting consent (E-MTG-2, C-MTG-1) is approved, withdrawn or prepared.
    (S.awaiting_consent, A.approve): S.scheduled,
    (S.awaiting_consent, A.cancel): S.cancelled,
    (S.awaiting_consent, A.reschedule): S.awaiting_consent,
    (S.awaiting_consent, A.adjust_invitees): S.awaiting_consent,
    # A scheduled meeting is prepared, held or cancelled; the office may draft minutes early.
    (S.scheduled, A.cancel): S.cancelled,
    (S.scheduled, A.reschedule): S.scheduled,
    (S.held, A.reschedule): S.held,
    (S.scheduled, A.hold): S.held,
    (S.scheduled, A.adjust_invitees): S.scheduled,
    (S.scheduled, A.record_attendance): S.scheduled,
    (S.scheduled, A.edit_minutes): S.scheduled,
    # A held meeting's record is completed and its minutes archived (C-MTG-3).
    (S.held, A.adjust_invitees): S.held,
    (S.held, A.record_attendance): S.held,
    (S.held, A.edit_minutes): S.held,
    (S.held, A.archive_minutes): S.minutes_archived,
    # Archived minutes never change: only a dated addendum is added (C-MTG-3).
    (S.minutes_archived, A.add_addendum): S.minutes_archived,
}
PAIRS = list(itertools.product(MeetingState, MeetingAction))


def test_transitions_name_every_action() -> None:
    assert set(TRANSITIONS) == set(MeetingAction)


@pytest.mark.parametrize(("state", "action"), PAIRS, ids=[f"{s}-{a}" for s, a in PAIRS])
def test_every_state_and_action_is_allowed_or_a_state_conflict_naming_the_state(
    state: MeetingState, action: MeetingAction
) -> None:
    allowed, target = TRANSITIONS[action]
    if (state, action) in ALLOWED:
        assert state in allowed
        assert after(state, action) is ALLOWED[state, action]
        assert after(state, action) is (target or state)
        return
    assert state not in allowed
    with pytest.raises(StateConflict) as raised:
        after(state, action)
    detail = raised.value.detail
    assert f"is {state} " in detail
    assert action.replace("_", " ") in detail
    for allowed_state in allowed:
        assert allowed_state in detail, "the refusal says when the action is allowed"


@pytest.mark.parametrize(
    "state", [S.awaiting_consent, S.scheduled, S.held, S.minutes_archived, S.cancelled]
)
def test_archived_minutes_can_only_be_edited_before_they_are_archived_c_mtg_3(
    state: MeetingState,
) -> None:
    if state in (S.scheduled, S.held):
        assert after(state, A.edit_minutes) is state
        return
    with pytest.raises(StateConflict) as raised:
        after(state, A.edit_minutes)
    if state is S.minutes_archived:
        assert "never change" in raised.value.detail
        assert "addendum" in raised.value.detail


def test_archived_minutes_take_a_dated_addendum_and_nothing_else_c_mtg_3() -> None:
    assert after(S.minutes_archived, A.add_addendum) is S.minutes_archived
    for action in set(MeetingAction) - {A.add_addendum}:
        with pytest.raises(StateConflict, match="archived"):
            after(S.minutes_archived, action)


@pytest.mark.parametrize("action", list(MeetingAction))
def test_a_cancelled_meeting_is_terminal(action: MeetingAction) -> None:
    with pytest.raises(StateConflict, match=r"is cancelled .*it is cancelled"):
        after(S.cancelled, action)


def test_a_held_meeting_can_no_longer_be_cancelled_or_approved_only_its_record_corrected() -> None:
    for action in (A.cancel, A.approve, A.hold):
        with pytest.raises(StateConflict, match="has been held"):
            after(S.held, action)
    # Until the minutes are archived, the day it really met can still be corrected.
    assert after(S.held, A.reschedule) is S.held
    with pytest.raises(StateConflict, match="never change"):
        after(S.minutes_archived, A.reschedule)


def test_minutes_are_archived_only_once_the_meeting_is_held() -> None:
    for state in (S.awaiting_consent, S.scheduled):
        with pytest.raises(StateConflict):
            after(state, A.archive_minutes)
    with pytest.raises(StateConflict, match="still awaits consent"):
        after(S.awaiting_consent, A.hold)


RANK = {S.awaiting_consent: 0, S.scheduled: 1, S.held: 2, S.minutes_archived: 3}


@given(st.sampled_from([S.awaiting_consent, S.scheduled]), st.lists(st.sampled_from(list(A))))
def test_a_meeting_never_goes_back_and_leaves_archived_or_cancelled_never(
    start: MeetingState, actions: list[MeetingAction]
) -> None:
    state = start
    for action in actions:
        try:
            new = after(state, action)
        except StateConflict:
            assert (state, action) not in ALLOWED
            continue
        if state in (S.minutes_archived, S.cancelled):
            assert new is state
        if new is not S.cancelled:
            assert RANK[new] >= RANK[state]
        if new is S.minutes_archived:
            assert state in (S.held, S.minutes_archived)
        state = new


# --- the state a new meeting starts in --------------------------------------------------------

INITIAL = [
    ("E-MTG-2", EZHOU, "joint_meeting", True, S.awaiting_consent),
    ("E-MTG-1", EZHOU, "joint_meeting", False, S.scheduled),
    ("E-MTG-4", EZHOU, "special_meeting", True, S.scheduled),
    ("E-MTG-4", EZHOU, "special_meeting", False, S.scheduled),
    ("C-MTG-1", CHANGJI, "plenary_meeting", True, S.awaiting_consent),
    ("C-MTG-1", CHANGJI, "plenary_meeting", False, S.scheduled),
    ("C-MTG-2", CHANGJI, "special_meeting", True, S.scheduled),
    ("CO-MTG-1", CHANGJI, "regular_meeting", True, S.scheduled),
    ("CO-MTG-1", CHANGJI, "office_special_meeting", True, S.scheduled),
]


@pytest.mark.parametrize(
    ("rule", "book", "kind", "is_extra", "state"),
    INITIAL,
    ids=[f"{c[0]}-{c[2]}-{'extra' if c[3] else 'regular'}" for c in INITIAL],
)
def test_an_extra_meeting_awaits_consent_only_where_the_rules_ask_for_it(
    rule: str, book: Rulebook, kind: str, is_extra: bool, state: MeetingState
) -> None:
    meeting_kind = book.meeting_kinds[kind]
    assert initial_state(meeting_kind, is_extra) is state
    if state is S.awaiting_consent:
        assert meeting_kind.extra_consent is not None
        assert meeting_kind.extra_consent.ref.rule == rule


def test_every_kind_without_extra_consent_starts_scheduled_even_when_extra() -> None:
    for book in (EZHOU, CHANGJI):
        for kind in book.meeting_kinds.values():
            assert initial_state(kind, False) is S.scheduled
            if kind.extra_consent is None:
                assert initial_state(kind, True) is S.scheduled
            else:
                assert initial_state(kind, True) is S.awaiting_consent


@pytest.mark.parametrize(
    ("rule", "book", "kind"),
    [("E-MTG-2", EZHOU, "joint_meeting"), ("C-MTG-1", CHANGJI, "plenary_meeting")],
)
def test_an_extra_meeting_proposed_by_one_who_may_consent_is_scheduled_at_once_e_mtg_2(
    rule: str, book: Rulebook, kind: str
) -> None:
    """A deputy leader proposing an extra joint meeting (E-MTG-2), or Changji's leader an extra
    plenary (C-MTG-1), has consented by proposing it; anyone else's proposal waits."""
    meeting_kind = book.meeting_kinds[kind]
    assert meeting_kind.extra_consent is not None
    assert meeting_kind.extra_consent.ref.rule == rule
    assert initial_state(meeting_kind, True, convener_consents=True) is S.scheduled
    assert initial_state(meeting_kind, True, convener_consents=False) is S.awaiting_consent
    assert initial_state(meeting_kind, True) is S.awaiting_consent  # the default: not given


def test_the_proposers_consent_changes_nothing_for_regular_meetings_or_kinds_without_it() -> None:
    for book in (EZHOU, CHANGJI):
        for kind in book.meeting_kinds.values():
            assert initial_state(kind, False, convener_consents=True) is S.scheduled
            assert initial_state(kind, False, convener_consents=False) is S.scheduled
            if kind.extra_consent is None:
                assert initial_state(kind, True, convener_consents=False) is S.scheduled


# --- times --------------------------------------------------------------------------------------

CST = timezone(timedelta(hours=8))
START = datetime(2026, 3, 2, 9, 0, tzinfo=CST)


def locations(raised: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[str | int, ...]]:
    return [error.location for error in raised.value.errors]


def test_times_with_an_offset_and_end_after_start_are_accepted() -> None:
    check_times(START, START + timedelta(hours=2))
    check_times(START, START + timedelta(microseconds=1))
    # Different offsets are compared as instants: 02:30 UTC is after 09:00+08:00 (01:00 UTC).
    check_times(START, datetime(2026, 3, 2, 2, 30, tzinfo=UTC))


BAD_TIMES = [
    ("naive start", START.replace(tzinfo=None), START + timedelta(hours=1), "starts_at"),
    ("naive end", START, (START + timedelta(hours=1)).replace(tzinfo=None), "ends_at"),
    ("both naive", START.replace(tzinfo=None), START.replace(tzinfo=None), "starts_at"),
    ("end before start", START, START - timedelta(minutes=1), "ends_at"),
    ("end equals start", START, START, "ends_at"),
    ("same instant, other offset", START, datetime(2026, 3, 2, 1, 0, tzinfo=UTC), "ends_at"),
    ("start in 1899", datetime(1899, 12, 31, 23, 0, tzinfo=CST), START, "starts_at"),
    ("end in 3000", START, datetime(3000, 1, 1, 0, 0, tzinfo=CST), "ends_at"),
]


@pytest.mark.parametrize(
    ("start", "end", "field"), [c[1:] for c in BAD_TIMES], ids=[c[0] for c in BAD_TIMES]
)
def test_bad_meeting_times_name_the_field(start: datetime, end: datetime, field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_times(start, end)
    assert locations(raised) == [("body", field)]


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        (datetime(2026, 3, 2, 9, 0), "UTC offset"),
        (datetime(1899, 12, 31, 23, 59, tzinfo=UTC), "1900–2999"),
        (datetime(3000, 1, 1, tzinfo=UTC), "1900–2999"),
        (datetime(1, 1, 1, tzinfo=UTC), "1900–2999"),
        (datetime(9999, 12, 31, tzinfo=UTC), "1900–2999"),
    ],
)
def test_check_moment_refuses_naive_times_and_years_outside_1900_2999_at_the_location(
    moment: datetime, message: str
) -> None:
    location = ("body", "started_at")
    with pytest.raises(InvalidInput) as raised:
        check_moment(moment, location)
    assert locations(raised) == [location]
    assert message in raised.value.errors[0].message


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1900, 1, 1, tzinfo=UTC),
        datetime(2999, 12, 31, 23, 59, 59, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 0, tzinfo=CST),
    ],
)
def test_check_moment_accepts_the_first_and_last_years_kept(moment: datetime) -> None:
    check_moment(moment, ("body", "ended_at"))


# --- attendance ---------------------------------------------------------------------------------

ATTENDANCE = [
    # "invited" is what nothing recorded shows: a record is never set back to it.
    (AttendanceStatus.invited, None, None, ("body", "attendance")),
    (AttendanceStatus.present, None, None, None),
    (AttendanceStatus.present, "irrelevant", "irrelevant", None),
    (AttendanceStatus.absent, "出差", None, None),
    (AttendanceStatus.absent, None, None, ("body", "absence_reason")),
    (AttendanceStatus.absent, "", None, ("body", "absence_reason")),
    (AttendanceStatus.absent, None, "王五", ("body", "absence_reason")),
    (AttendanceStatus.represented, None, "王五", None),
    (AttendanceStatus.represented, None, None, ("body", "represented_by_name")),
    (AttendanceStatus.represented, "出差", "", ("body", "represented_by_name")),
]


@pytest.mark.parametrize(("status", "reason", "representative", "bad"), ATTENDANCE)
def test_an_absence_names_its_reason_and_a_representation_who_attended(
    status: AttendanceStatus,
    reason: str | None,
    representative: str | None,
    bad: tuple[str, ...] | None,
) -> None:
    if bad is None:
        check_attendance(status, reason, representative)
        return
    with pytest.raises(InvalidInput) as raised:
        check_attendance(status, reason, representative)
    assert locations(raised) == [bad]


@pytest.mark.parametrize(
    ("status", "representative"),
    [(AttendanceStatus.present, None), (AttendanceStatus.represented, "王五")],
)
def test_nobody_is_present_or_represented_before_the_meeting_begins_c_mtg_3(
    status: AttendanceStatus, representative: str | None
) -> None:
    """The minutes' attendees (C-MTG-3) are who was in the room: not knowable ahead."""
    assert status in ATTENDED
    with pytest.raises(StateConflict) as raised:
        check_attendance(status, None, representative, begun=False)
    assert "not begun" in raised.value.detail
    assert str(status) in raised.value.detail
    check_attendance(status, None, representative, begun=True)


def test_an_absence_may_be_excused_ahead_of_the_meeting_and_still_names_its_reason() -> None:
    check_attendance(AttendanceStatus.absent, "出差（请假）", None, begun=False)
    with pytest.raises(InvalidInput):  # never back to unknown
        check_attendance(AttendanceStatus.invited, None, None, begun=False)
    with pytest.raises(InvalidInput) as raised:
        check_attendance(AttendanceStatus.absent, None, None, begun=False)
    assert locations(raised) == [("body", "absence_reason")]


def test_attended_means_in_the_room_present_or_represented() -> None:
    assert frozenset({AttendanceStatus.present, AttendanceStatus.represented}) == ATTENDED


# --- removing an invitee ------------------------------------------------------------------------

CHAIR = uuid.uuid4()


def test_the_chair_can_never_be_removed_from_the_invitees() -> None:
    for status in AttendanceStatus:
        for state in (S.scheduled, S.held):
            with pytest.raises(StateConflict, match="chair"):
                check_removable(CHAIR, status, CHAIR, state)


@pytest.mark.parametrize("person", [uuid.uuid4(), None], ids=["a person", "a headless unit"])
def test_an_invitee_whose_attendance_is_unrecorded_may_be_removed_before_the_meeting(
    person: uuid.UUID | None,
) -> None:
    for state in (S.awaiting_consent, S.scheduled):
        check_removable(person, AttendanceStatus.invited, CHAIR, state)


@pytest.mark.parametrize("person", [uuid.uuid4(), None], ids=["a person", "a headless unit"])
def test_after_the_meeting_nobody_invited_is_removed_c_mtg_3(person: uuid.UUID | None) -> None:
    """参加人员 are archived as recorded: whoever did not come is recorded absent instead."""
    with pytest.raises(StateConflict, match="absent"):
        check_removable(person, AttendanceStatus.invited, CHAIR, S.held)


@pytest.mark.parametrize(
    "status", [s for s in AttendanceStatus if s is not AttendanceStatus.invited]
)
@pytest.mark.parametrize("person", [uuid.uuid4(), None], ids=["a person", "a headless unit"])
def test_an_invitee_with_recorded_attendance_stays_on_the_record_c_mtg_3(
    person: uuid.UUID | None, status: AttendanceStatus
) -> None:
    with pytest.raises(StateConflict) as raised:
        check_removable(person, status, CHAIR, S.scheduled)
    assert str(status) in raised.value.detail


# --- invitees -----------------------------------------------------------------------------------

LEADER, DEPUTY_1, DEPUTY_2, MEMBER_1, MEMBER_2 = (uuid.uuid4() for _ in range(5))
DIRECTOR, DEPUTY_DIRECTOR, STAFF, LIAISON = (uuid.uuid4() for _ in range(4))
HEAD_A, HEAD_B, HEAD_C, HEAD_B2 = (uuid.uuid4() for _ in range(4))
UNIT_A, UNIT_B, UNIT_C, UNIT_D = (uuid.uuid4() for _ in range(4))

POSITIONS = (
    PositionHeld(MEMBER_1, R.member),
    PositionHeld(DEPUTY_1, R.deputy_leader),
    PositionHeld(LEADER, R.leader),
    PositionHeld(DEPUTY_2, R.deputy_leader),
    PositionHeld(MEMBER_2, R.member),
    PositionHeld(DIRECTOR, R.office_director),
    PositionHeld(DEPUTY_DIRECTOR, R.office_deputy_director),
    PositionHeld(STAFF, R.office_staff),
    PositionHeld(HEAD_A, R.unit_head, UNIT_A),
    PositionHeld(HEAD_B, R.unit_head, UNIT_B),
    PositionHeld(HEAD_C, R.unit_head, UNIT_C),
    PositionHeld(LIAISON, R.liaison_officer, UNIT_D),  # unit D has no head
)
ACTIVE = (UNIT_A, UNIT_B, UNIT_C, UNIT_D)


def test_changji_plenary_invites_the_leading_group_and_heads_of_units_concerned_c_mtg_1() -> None:
    kind = CHANGJI.meeting_kinds["plenary_meeting"]
    got = derive_invitees(kind, POSITIONS, ACTIVE, (UNIT_B, UNIT_A), LEADER)
    assert got == (
        Invitee(LEADER, None, "chair"),
        Invitee(DEPUTY_1, None, "all_members"),
        Invitee(DEPUTY_2, None, "all_members"),
        Invitee(MEMBER_1, None, "all_members"),
        Invitee(MEMBER_2, None, "all_members"),
        Invitee(HEAD_B, UNIT_B, "units_concerned"),
        Invitee(HEAD_A, UNIT_A, "units_concerned"),
    )
    invited = {i.person for i in got}
    assert not invited & {DIRECTOR, DEPUTY_DIRECTOR, STAFF, LIAISON, HEAD_C}


def test_changji_plenary_chaired_by_an_entrusted_deputy_lists_the_leader_as_a_member() -> None:
    kind = CHANGJI.meeting_kinds["plenary_meeting"]
    got = derive_invitees(kind, POSITIONS, ACTIVE, (), DEPUTY_2)
    assert got[0] == Invitee(DEPUTY_2, None, "chair")
    assert [i.person for i in got] == [DEPUTY_2, LEADER, DEPUTY_1, MEMBER_1, MEMBER_2]
    assert all(i.basis == "all_members" for i in got[1:])


def test_ezhou_joint_meeting_invites_the_unit_head_of_every_active_unit_e_mtg_3() -> None:
    kind = EZHOU.meeting_kinds["joint_meeting"]
    got = derive_invitees(kind, POSITIONS, ACTIVE, (UNIT_A,), DEPUTY_1)
    assert got == (
        Invitee(DEPUTY_1, None, "chair"),
        Invitee(HEAD_A, UNIT_A, "unit_principal_heads"),
        Invitee(HEAD_B, UNIT_B, "unit_principal_heads"),
        Invitee(HEAD_C, UNIT_C, "unit_principal_heads"),
        Invitee(None, UNIT_D, "unit_principal_heads"),
    )


def test_ezhou_special_meeting_invites_responsible_persons_of_active_units_e_mtg_4() -> None:
    kind = EZHOU.meeting_kinds["special_meeting"]
    got = derive_invitees(kind, POSITIONS, (UNIT_C, UNIT_D), (), DIRECTOR)
    assert got == (
        Invitee(DIRECTOR, None, "chair"),
        Invitee(HEAD_C, UNIT_C, "unit_responsible_persons"),
        Invitee(None, UNIT_D, "unit_responsible_persons"),
    )


def test_changji_regular_meeting_invites_only_the_units_concerned_co_mtg_1() -> None:
    kind = CHANGJI.meeting_kinds["regular_meeting"]
    got = derive_invitees(kind, POSITIONS, ACTIVE, (UNIT_C, UNIT_D), DIRECTOR)
    assert got == (
        Invitee(DIRECTOR, None, "chair"),
        Invitee(HEAD_C, UNIT_C, "units_concerned"),
        Invitee(None, UNIT_D, "units_concerned"),
    )


def test_a_unit_of_the_agenda_that_is_no_longer_active_is_still_invited_c_mtg_1() -> None:
    kind = CHANGJI.meeting_kinds["special_meeting"]
    got = derive_invitees(kind, POSITIONS, (UNIT_A,), (UNIT_C,), DEPUTY_1)
    assert got == (Invitee(DEPUTY_1, None, "chair"), Invitee(HEAD_C, UNIT_C, "units_concerned"))


def test_the_chair_is_invited_first_even_without_any_position() -> None:
    outsider = uuid.uuid4()
    for book in (EZHOU, CHANGJI):
        for kind in book.meeting_kinds.values():
            got = derive_invitees(kind, POSITIONS, ACTIVE, (UNIT_A,), outsider)
            assert got[0] == Invitee(outsider, None, "chair")
            assert [i.person for i in got].count(outsider) == 1


def test_each_person_is_invited_once_under_the_first_reason() -> None:
    kind = CHANGJI.meeting_kinds["plenary_meeting"]
    positions = (
        PositionHeld(LEADER, R.leader),
        PositionHeld(DEPUTY_1, R.deputy_leader),
        PositionHeld(DEPUTY_1, R.member),  # a deputy also listed as a member
        PositionHeld(MEMBER_1, R.member),
        PositionHeld(MEMBER_1, R.unit_head, UNIT_A),  # a member who heads a unit concerned
        PositionHeld(LEADER, R.unit_head, UNIT_B),  # the chair heads a unit concerned
        PositionHeld(HEAD_C, R.unit_head, UNIT_C),
        PositionHeld(HEAD_C, R.unit_head, UNIT_D),  # one person heads two units
    )
    got = derive_invitees(kind, positions, ACTIVE, (UNIT_A, UNIT_B, UNIT_C, UNIT_D), LEADER)
    assert got == (
        Invitee(LEADER, None, "chair"),
        Invitee(DEPUTY_1, None, "all_members"),
        Invitee(MEMBER_1, None, "all_members"),
        Invitee(HEAD_C, UNIT_C, "units_concerned"),
    )


def test_several_heads_of_one_unit_are_all_invited_with_their_unit() -> None:
    kind = EZHOU.meeting_kinds["joint_meeting"]
    positions = (
        PositionHeld(HEAD_B, R.unit_head, UNIT_B),
        PositionHeld(HEAD_A, R.unit_head, UNIT_A),
        PositionHeld(HEAD_B2, R.unit_head, UNIT_B),
    )
    got = derive_invitees(kind, positions, (UNIT_B, UNIT_A), (), LEADER)
    assert got == (
        Invitee(LEADER, None, "chair"),
        Invitee(HEAD_B, UNIT_B, "unit_principal_heads"),
        Invitee(HEAD_B2, UNIT_B, "unit_principal_heads"),
        Invitee(HEAD_A, UNIT_A, "unit_principal_heads"),
    )


def test_a_unit_listed_twice_or_without_a_head_appears_once() -> None:
    kind = CHANGJI.meeting_kinds["regular_meeting"]
    got = derive_invitees(kind, POSITIONS, ACTIVE, (UNIT_D, UNIT_A, UNIT_D, UNIT_A), DIRECTOR)
    assert got == (
        Invitee(DIRECTOR, None, "chair"),
        Invitee(None, UNIT_D, "units_concerned"),
        Invitee(HEAD_A, UNIT_A, "units_concerned"),
    )


# --- invitees as the rulebook defines its positions (issue 18) ---------------------------------

TEMPLATE = parse_rulebook(
    json.loads(files("app.rulebooks").joinpath("template.json").read_text(encoding="utf-8"))
)
EXECUTIVE, OUTSIDER = uuid.uuid4(), uuid.uuid4()
TEMPLATE_POSITIONS = (
    PositionHeld(MEMBER_1, "group_member"),
    PositionHeld(DEPUTY_1, "deputy_group_leader"),
    PositionHeld(EXECUTIVE, "executive_deputy_leader"),
    PositionHeld(LEADER, "group_leader"),
    PositionHeld(DIRECTOR, "office_head"),
    PositionHeld(DEPUTY_DIRECTOR, "deputy_secretary_general"),
    PositionHeld(HEAD_A, "unit_chief", UNIT_A),
    PositionHeld(LIAISON, "unit_liaison", UNIT_B),  # unit B has no chief
    PositionHeld(OUTSIDER, R.leader.value),  # a default key the template does not define
)


def test_the_templates_plenary_invites_its_members_the_most_capable_posts_first() -> None:
    """all_members: whoever holds a position the rulebook counts as a member, the posts with
    more of the leading group's capabilities first (the template's group leader, executive
    deputy, deputies, members), whatever the order of the document's keys; a key it does not
    define invites nobody, nor does an office post."""
    kind = TEMPLATE.meeting_kinds["plenary_session"]
    got = derive_invitees(
        kind,
        TEMPLATE_POSITIONS,
        ACTIVE,
        (UNIT_A, UNIT_B),
        DEPUTY_1,
        definitions=dict(sorted(TEMPLATE.positions.items())),  # deputy_group_leader first
    )
    assert got == (
        Invitee(DEPUTY_1, None, "chair"),
        Invitee(LEADER, None, "all_members"),
        Invitee(EXECUTIVE, None, "all_members"),
        Invitee(MEMBER_1, None, "all_members"),
        Invitee(HEAD_A, UNIT_A, "units_concerned"),
        Invitee(None, UNIT_B, "units_concerned"),
    )


def test_the_templates_coordination_meeting_invites_the_chief_of_every_active_unit() -> None:
    kind = TEMPLATE.meeting_kinds["coordination_meeting"]
    got = derive_invitees(
        kind, TEMPLATE_POSITIONS, (UNIT_A, UNIT_B), (), EXECUTIVE, definitions=TEMPLATE.positions
    )
    assert got == (
        Invitee(EXECUTIVE, None, "chair"),
        Invitee(HEAD_A, UNIT_A, "unit_principal_heads"),
        Invitee(None, UNIT_B, "unit_principal_heads"),
    )
    # Read by the default nine instead, none of the template's posts invites anyone.
    assert derive_invitees(kind, TEMPLATE_POSITIONS, (UNIT_A, UNIT_B), (), EXECUTIVE) == (
        Invitee(EXECUTIVE, None, "chair"),
        Invitee(None, UNIT_A, "unit_principal_heads"),
        Invitee(None, UNIT_B, "unit_principal_heads"),
    )


def test_invitees_follow_the_definitions_not_the_keys() -> None:
    """A rulebook whose members do not count for attendance and whose liaison officers head
    their units: the key ``member`` or ``unit_head`` decides nothing by itself."""
    defaults = CHANGJI.positions
    definitions = {
        **defaults,
        R.member.value: replace(defaults[R.member], counts_as_member=False),
        R.unit_head.value: replace(defaults[R.unit_head], capabilities=frozenset()),
        R.liaison_officer.value: replace(
            defaults[R.liaison_officer], capabilities=frozenset({Capability.heads_unit})
        ),
    }
    kind = CHANGJI.meeting_kinds["plenary_meeting"]
    got = derive_invitees(
        kind, POSITIONS, ACTIVE, (UNIT_A, UNIT_D), LEADER, definitions=definitions
    )
    assert got == (
        Invitee(LEADER, None, "chair"),
        Invitee(DEPUTY_1, None, "all_members"),
        Invitee(DEPUTY_2, None, "all_members"),
        Invitee(None, UNIT_A, "units_concerned"),
        Invitee(LIAISON, UNIT_D, "units_concerned"),
    )


PEOPLE_POOL = [uuid.UUID(int=i) for i in range(1, 9)]
UNIT_POOL = [uuid.UUID(int=100 + i) for i in range(1, 5)]
# Roles as the roster reads them from the database: plain strings, never the enum.
HELD = st.builds(
    PositionHeld,
    st.sampled_from(PEOPLE_POOL),
    st.sampled_from([str(r.value) for r in R]),
    st.sampled_from(UNIT_POOL),
)


@given(
    st.sampled_from([(b, k) for b in (EZHOU, CHANGJI) for k in b.meeting_kinds]),
    st.lists(HELD, max_size=14),
    st.lists(st.sampled_from(UNIT_POOL), max_size=5),
    st.lists(st.sampled_from(UNIT_POOL), max_size=5),
    st.sampled_from(PEOPLE_POOL),
)
def test_invitees_are_the_chair_first_then_each_person_and_headless_unit_once(
    book_kind: tuple[Rulebook, str],
    positions: list[PositionHeld],
    active: list[uuid.UUID],
    concerned: list[uuid.UUID],
    chair: uuid.UUID,
) -> None:
    book, key = book_kind
    kind = book.meeting_kinds[key]
    got = derive_invitees(kind, positions, active, concerned, chair, definitions=book.positions)
    # The shipped books state the default nine: invited exactly as without any rulebook, and
    # whatever the order of the positions in the document (stored as JSONB, it is not kept).
    assert got == derive_invitees(kind, positions, active, concerned, chair)
    shuffled = dict(reversed(book.positions.items()))
    assert got == derive_invitees(kind, positions, active, concerned, chair, definitions=shuffled)
    assert got[0] == Invitee(chair, None, "chair")
    people = [i.person for i in got if i.person is not None]
    assert len(people) == len(set(people))
    headless = [i.unit_id for i in got if i.person is None]
    assert len(headless) == len(set(headless))
    heads = {p.unit_id: p.person for p in positions if p.role == R.unit_head}
    assert all(unit not in heads for unit in headless)
    assert {i.basis for i in got[1:]} <= set(kind.attendance)
    # Everyone the rules call is there: the leading group, and the heads of the units.
    units: list[uuid.UUID] = []
    for rule in kind.attendance:
        if rule == "all_members":
            for p in positions:
                if p.role in (R.leader, R.deputy_leader, R.member):
                    assert p.person in people
        else:
            units += concerned if rule == "units_concerned" else active
    for unit in units:
        unit_heads = [p.person for p in positions if p.role == R.unit_head and p.unit_id == unit]
        assert all(h in people for h in unit_heads)
        assert unit_heads or unit in headless
    # Nobody else: no office staff, liaison or information officer is invited for their role.
    called = {*units}
    members = "all_members" in kind.attendance
    for invitee in got[1:]:
        if invitee.person is None:
            continue
        roles = {(p.role, p.unit_id) for p in positions if p.person == invitee.person}
        assert any(
            (members and role in (R.leader, R.deputy_leader, R.member))
            or (role == R.unit_head and unit in called)
            for role, unit in roles
        )


# --- minutes (C-MTG-3) --------------------------------------------------------------------------

PLENARY_FIELDS = CHANGJI.meeting_kinds["plenary_meeting"].minutes_fields
COMPLETE = MinutesDraft(
    started_at=START,
    ended_at=START + timedelta(hours=2),
    place="州政务服务中心三楼会议室",
    chair="张三",
    agenda_items=(
        AgendaRecord(
            "审批事项清单调整",
            (Speech("李四", "建议压减审批时限"),),
            (Resolution("同意调整", UNIT_A, date(2026, 4, 30)),),
        ),
        AgendaRecord("联合验收", (Speech("王五", "推行联合验收"),), (Resolution("原则同意"),)),
    ),
)


def paths(errors: tuple[FieldError, ...]) -> list[tuple[str | int, ...]]:
    return [error.location for error in errors]


def test_changji_plenary_minutes_require_all_seven_fields_c_mtg_3() -> None:
    assert tuple(MinutesField) == PLENARY_FIELDS


def test_an_empty_draft_lists_every_missing_field_of_changji_plenary_c_mtg_3() -> None:
    errors = missing_fields(MinutesDraft(), 0, PLENARY_FIELDS)
    assert paths(errors) == [
        ("minutes", "started_at"),
        ("minutes", "ended_at"),
        ("minutes", "place"),
        ("minutes", "attendees"),
        ("minutes", "chair"),
        ("minutes", "agenda_items"),
    ]
    assert all(error.message for error in errors)
    # The agenda item's own message is kept, not the one speeches would add at the same path.
    assert "议题" in errors[-1].message


def test_a_complete_draft_lacks_nothing_c_mtg_3() -> None:
    assert missing_fields(COMPLETE, 1, PLENARY_FIELDS) == ()
    assert missing_fields(COMPLETE, 12, tuple(MinutesField) * 2) == ()


@pytest.mark.parametrize(
    ("draft", "attendees", "missing"),
    [
        (replace(COMPLETE, started_at=None), 1, [("minutes", "started_at")]),
        (replace(COMPLETE, ended_at=None), 1, [("minutes", "ended_at")]),
        (replace(COMPLETE, place=None), 1, [("minutes", "place")]),
        (replace(COMPLETE, place="  \t"), 1, [("minutes", "place")]),
        (replace(COMPLETE, chair=""), 1, [("minutes", "chair")]),
        (replace(COMPLETE, chair=" "), 1, [("minutes", "chair")]),
        (COMPLETE, 0, [("minutes", "attendees")]),
    ],
    ids=["no start", "no end", "no place", "blank place", "no chair", "blank chair", "nobody"],
)
def test_each_basic_field_missing_is_named_by_its_path(
    draft: MinutesDraft, attendees: int, missing: list[tuple[str, ...]]
) -> None:
    assert paths(missing_fields(draft, attendees, PLENARY_FIELDS)) == missing
    assert paths(missing_fields(draft, attendees, BASIC_MINUTES_FIELDS)) == missing


def test_speeches_and_decisions_are_named_per_agenda_item_c_mtg_3() -> None:
    draft = replace(
        COMPLETE,
        agenda_items=(
            COMPLETE.agenda_items[0],
            AgendaRecord("无发言无结论"),
            AgendaRecord("只有发言", speeches=(Speech("赵六", "同意"),)),
            AgendaRecord("只有结论", decisions=(Resolution("通过"),)),
        ),
    )
    errors = missing_fields(draft, 5, PLENARY_FIELDS)
    assert paths(errors) == [
        ("minutes", "agenda_items", 1, "speeches"),
        ("minutes", "agenda_items", 3, "speeches"),
        ("minutes", "agenda_items", 1, "decisions"),
        ("minutes", "agenda_items", 2, "decisions"),
    ]
    assert "发言主要观点" in errors[0].message
    assert "明确意见" in errors[2].message


def test_speeches_required_without_agenda_items_point_at_the_agenda_items() -> None:
    errors = missing_fields(MinutesDraft(), 1, (MinutesField.speeches,))
    assert paths(errors) == [("minutes", "agenda_items")]


def test_decisions_required_without_any_agenda_item_are_missing_c_mtg_3() -> None:
    """Minutes that must record decisions (明确意见) and record no agenda item at all record no
    decision: they are as incomplete as minutes without speeches (which point at agenda_items)."""
    errors = missing_fields(MinutesDraft(), 1, (MinutesField.decisions,))
    assert paths(errors) == [("minutes", "agenda_items")]


@pytest.mark.parametrize(
    ("book", "kind"),
    [
        (EZHOU, "joint_meeting"),
        (EZHOU, "special_meeting"),
        (CHANGJI, "regular_meeting"),
        (CHANGJI, "office_special_meeting"),
    ],
)
def test_a_kind_without_a_minutes_object_requires_only_the_basics(
    book: Rulebook, kind: str
) -> None:
    meeting_kind = book.meeting_kinds[kind]
    assert meeting_kind.minutes is None
    assert meeting_kind.minutes_fields == BASIC_MINUTES_FIELDS
    errors = missing_fields(MinutesDraft(), 0, meeting_kind.minutes_fields)
    assert paths(errors) == [
        ("minutes", "started_at"),
        ("minutes", "ended_at"),
        ("minutes", "place"),
        ("minutes", "attendees"),
        ("minutes", "chair"),
    ]
    no_agenda = replace(COMPLETE, agenda_items=())
    assert missing_fields(no_agenda, 1, meeting_kind.minutes_fields) == ()


def test_nothing_is_required_when_no_field_is_asked_for() -> None:
    assert missing_fields(MinutesDraft(), 0, ()) == ()


def test_each_invitee_whose_attendance_is_unrecorded_is_named_by_its_index_c_mtg_3() -> None:
    """The attendees (参加人员) are archived as recorded: none may be left unknown."""
    statuses = [
        AttendanceStatus.present,
        AttendanceStatus.invited,
        AttendanceStatus.absent,
        AttendanceStatus.represented,
        AttendanceStatus.invited,
    ]
    errors = unrecorded_attendance(statuses)
    assert paths(errors) == [("minutes", "attendees", 1), ("minutes", "attendees", 4)]
    assert all("not recorded" in error.message for error in errors)


def test_attendance_recorded_for_everyone_or_nobody_invited_lacks_nothing() -> None:
    assert unrecorded_attendance([]) == ()
    recorded = [s for s in AttendanceStatus if s is not AttendanceStatus.invited]
    assert unrecorded_attendance(recorded * 2) == ()


@given(st.lists(st.sampled_from(list(AttendanceStatus)), max_size=12))
def test_unrecorded_attendance_names_exactly_the_invited(
    statuses: list[AttendanceStatus],
) -> None:
    assert paths(unrecorded_attendance(statuses)) == [
        ("minutes", "attendees", i) for i, s in enumerate(statuses) if s is AttendanceStatus.invited
    ]


MEETING_DAY = START.date()  # 2026-03-02 in Shanghai


@pytest.mark.parametrize(
    "started_at",
    [
        None,  # not recorded yet: missing_fields names it
        START,
        datetime(2026, 3, 2, 0, 0, tzinfo=CST),
        datetime(2026, 3, 2, 23, 59, tzinfo=CST),
        datetime(2026, 3, 1, 16, 30, tzinfo=UTC),  # 00:30 on 2 March in Shanghai
    ],
    ids=["not recorded", "09:00", "midnight", "23:59", "the day before in UTC"],
)
def test_minutes_starting_on_the_meetings_local_day_are_its_minutes_c_mtg_3(
    started_at: datetime | None,
) -> None:
    assert check_minutes_day(started_at, MEETING_DAY, CST) == ()


@pytest.mark.parametrize(
    "started_at",
    [
        datetime(2026, 3, 1, 23, 59, tzinfo=CST),
        datetime(2026, 3, 3, 9, 0, tzinfo=CST),
        datetime(2026, 3, 2, 16, 0, tzinfo=UTC),  # 00:00 on 3 March in Shanghai
        START + timedelta(days=7),
    ],
    ids=["the evening before", "the next morning", "the same UTC day", "a week later"],
)
def test_minutes_starting_on_another_local_day_are_named_at_started_at_c_mtg_3(
    started_at: datetime,
) -> None:
    (error,) = check_minutes_day(started_at, MEETING_DAY, CST)
    assert error.location == ("minutes", "started_at")
    assert "2026-03-02" in error.message
    assert "reschedule" in error.message


ARCHIVED_ON, TODAY = date(2026, 3, 10), date(2026, 4, 1)


@pytest.mark.parametrize(
    "dated", [ARCHIVED_ON, date(2026, 3, 20), TODAY], ids=["archiving day", "between", "today"]
)
def test_an_addendum_is_dated_from_the_archiving_to_today_c_mtg_3(dated: date) -> None:
    check_addendum_day(dated, ARCHIVED_ON, TODAY)


@pytest.mark.parametrize(
    "dated",
    [ARCHIVED_ON - timedelta(days=1), TODAY + timedelta(days=1), date(2025, 12, 31)],
    ids=["before the archiving", "tomorrow", "last year"],
)
def test_an_addendum_dated_outside_is_invalid_input_at_body_dated_c_mtg_3(dated: date) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_addendum_day(dated, ARCHIVED_ON, TODAY)
    assert locations(raised) == [("body", "dated")]
    assert "2026-03-10" in raised.value.errors[0].message
    assert "2026-04-01" in raised.value.errors[0].message


AGENDA = st.builds(
    AgendaRecord,
    st.text(min_size=1, max_size=5),
    st.lists(st.builds(Speech, st.just("甲"), st.just("要点")), max_size=2).map(tuple),
    st.lists(st.builds(Resolution, st.just("同意")), max_size=2).map(tuple),
)
DRAFTS = st.builds(
    MinutesDraft,
    st.none() | st.just(START),
    st.none() | st.just(START + timedelta(hours=1)),
    st.sampled_from([None, "", " ", "会议室"]),
    st.sampled_from([None, "", " ", "张三"]),
    st.lists(AGENDA, max_size=4).map(tuple),
)


@given(DRAFTS, st.integers(0, 3), st.lists(st.sampled_from(list(MinutesField)), max_size=10))
def test_missing_fields_name_each_path_once_under_minutes(
    draft: MinutesDraft, attendees: int, required: list[MinutesField]
) -> None:
    errors = missing_fields(draft, attendees, required)
    where = paths(errors)
    assert len(where) == len(set(where)), "no location twice"
    assert all(location[0] == "minutes" for location in where)
    assert all(error.message for error in errors)
    # Asking for a field twice, or in another order, names the same paths.
    assert set(paths(missing_fields(draft, attendees, [*required, *reversed(required)]))) == set(
        where
    )
    # The shipped Changji plenary asks for everything: what it finds missing includes this.
    assert set(where) <= set(paths(missing_fields(draft, attendees, PLENARY_FIELDS)))


# --- the canonical text of archived minutes -----------------------------------------------------


def test_canonical_json_sorts_keys_and_drops_insignificant_white_space() -> None:
    value = {"b": 1, "a": [True, None, {"d": "x", "c": False}], "": 0}
    assert canonical_json(value) == '{"":0,"a":[true,null,{"c":false,"d":"x"}],"b":1}'


def test_canonical_json_keeps_non_ascii_characters_as_themselves() -> None:
    text = canonical_json({"place": "州政务服务中心", "chair": "张三", "emoji": "✅"})
    assert text == '{"chair":"张三","emoji":"✅","place":"州政务服务中心"}'
    assert "\\u" not in text
    assert canonical_json({"quote": 'a"b\\c\n'}) == '{"quote":"a\\"b\\\\c\\n"}'


@given(
    st.dictionaries(
        st.text(max_size=6),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=6),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=4), inner, max_size=3)
            ),
            max_leaves=10,
        ),
        max_size=6,
    )
)
def test_key_order_does_not_change_the_canonical_text(value: dict[str, Any]) -> None:
    text = canonical_json(value)
    reordered = dict(reversed(list(value.items())))
    assert canonical_json(reordered) == text
    assert json.loads(text) == value
    assert canonical_json(json.loads(text)) == text
    assert sha256_of(canonical_json(reordered)) == sha256_of(text)


def test_sha256_of_is_the_hex_digest_of_the_utf8_text() -> None:
    document = {"meeting": "全体会议", "agenda_items": [{"title": "议题一"}], "attendees": 3}
    text = canonical_json(document)
    assert text == '{"agenda_items":[{"title":"议题一"}],"attendees":3,"meeting":"全体会议"}'
    assert sha256_of(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    # FIPS 180-2's check figure for "abc".
    assert sha256_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha256_of(text) != sha256_of(canonical_json({**document, "attendees": 4}))


# --- compliance with the cadence (E-MTG-1, C-MTG-1, CO-MTG-1) -----------------------------------


def on_record(
    kind: str, day: date, state: MeetingState = S.held, *, is_extra: bool = False
) -> MeetingOnRecord:
    return MeetingOnRecord(uuid.uuid4(), kind, day, state, is_extra)


def book_with(name: str, **cadences: str) -> Rulebook:
    """A shipped rulebook with some kinds' cadence changed (a later version, say)."""
    document = copy.deepcopy(shipped_document(name))
    for key, every in cadences.items():
        document["meeting_kinds"][key]["cadence"]["every"] = every
    return parse_rulebook(document)


def test_changji_expects_four_plenary_quarters_and_twelve_regular_months() -> None:
    rows = expected_periods(CHANGJI, 2026, [], {}, date(2026, 1, 1))
    assert [(r.kind.key, str(r.period)) for r in rows] == [
        *(("plenary_meeting", f"2026-Q{q}") for q in range(1, 5)),
        *(("regular_meeting", f"2026-{m:02d}") for m in range(1, 13)),
    ]
    assert {r.kind.key for r in rows}.isdisjoint({"special_meeting", "office_special_meeting"})
    assert all(r.status is PeriodStatus.not_yet_due for r in rows)
    # A quarterly or monthly meeting counts anywhere in its period.
    assert all((r.window_start, r.window_end) == (r.period.start, r.period.end) for r in rows)
    plenary = rows[0].kind
    assert plenary.cadence_ref is not None
    assert plenary.cadence_ref.rule == "C-MTG-1"
    assert rows[-1].kind.cadence_ref is not None
    assert rows[-1].kind.cadence_ref.rule == "CO-MTG-1"


def test_ezhou_expects_one_joint_meeting_at_year_end_e_mtg_1() -> None:
    rows = expected_periods(EZHOU, 2026, [], {}, date(2027, 1, 1))
    assert [(r.kind.key, r.period) for r in rows] == [
        ("joint_meeting", Period(PeriodKind.year, 2026, 1))
    ]
    assert rows[0].period.start == date(2026, 1, 1)
    assert rows[0].period.end == date(2026, 12, 31)
    # "原则上年末召开一次": the meeting counts in the year's last quarter only.
    assert (rows[0].window_start, rows[0].window_end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert rows[0].status is PeriodStatus.missed
    assert rows[0].reason is None
    assert rows[0].held == rows[0].scheduled == rows[0].extra == ()


def test_the_year_end_window_is_the_years_last_quarter_other_windows_the_period_e_mtg_1() -> None:
    for year in (1900, 2024, 2026, 2999):
        assert window_of(Cadence.year_end, Period(PeriodKind.year, year, 1)) == (
            date(year, 10, 1),
            date(year, 12, 31),
        )
    q2, february = Period(PeriodKind.quarter, 2026, 2), Period(PeriodKind.month, 2024, 2)
    assert window_of(Cadence.quarterly, q2) == (date(2026, 4, 1), date(2026, 6, 30))
    assert window_of(Cadence.monthly, february) == (date(2024, 2, 1), date(2024, 2, 29))


Q4_NOT_OVER, NEXT_YEAR = date(2026, 11, 15), date(2027, 1, 4)
MID_YEAR = date(2026, 7, 1)
JOINT = "joint_meeting"
# (why, meetings, reason for the 2026 joint meeting, today, status)
YEAR_END_STATUSES = [
    ("held, over", [on_record(JOINT, date(2026, 12, 20))], None, NEXT_YEAR, "held"),
    ("held, not over", [on_record(JOINT, date(2026, 10, 20))], None, Q4_NOT_OVER, "held"),
    (
        "archived",
        [on_record(JOINT, date(2026, 12, 20), S.minutes_archived)],
        None,
        NEXT_YEAR,
        "held",
    ),
    ("held and excused", [on_record(JOINT, date(2026, 11, 5))], "因故", NEXT_YEAR, "held"),
    ("first day of the window", [on_record(JOINT, date(2026, 10, 1))], None, NEXT_YEAR, "held"),
    ("last day", [on_record(JOINT, date(2026, 12, 31))], None, NEXT_YEAR, "held"),
    ("scheduled", [on_record(JOINT, date(2026, 12, 20), S.scheduled)], None, MID_YEAR, "scheduled"),
    (
        "awaiting consent",
        [on_record(JOINT, date(2026, 12, 1), S.awaiting_consent)],
        None,
        Q4_NOT_OVER,
        "scheduled",
    ),
    ("nothing yet", [], None, MID_YEAR, "not_yet_due"),
    ("reason, not over", [], "因故", MID_YEAR, "not_yet_due"),
    ("the last day is not over", [], None, date(2026, 12, 31), "not_yet_due"),
    (
        "cancelled, not over",
        [on_record(JOINT, date(2026, 12, 20), S.cancelled)],
        None,
        MID_YEAR,
        "not_yet_due",
    ),
    ("excused", [], "疫情防控", NEXT_YEAR, "excused"),
    ("missed", [], None, NEXT_YEAR, "missed"),
    ("the day after is over", [], None, date(2027, 1, 1), "missed"),
    (
        "scheduled, never held",
        [on_record(JOINT, date(2026, 12, 20), S.scheduled)],
        None,
        NEXT_YEAR,
        "missed",
    ),
    ("cancelled", [on_record(JOINT, date(2026, 12, 20), S.cancelled)], None, NEXT_YEAR, "missed"),
    ("another kind", [on_record("special_meeting", date(2026, 12, 20))], None, NEXT_YEAR, "missed"),
    ("the year before", [on_record(JOINT, date(2025, 12, 31))], None, NEXT_YEAR, "missed"),
    ("the year after", [on_record(JOINT, date(2027, 1, 1))], None, NEXT_YEAR, "missed"),
    # E-MTG-1 "年末": a joint meeting earlier in the year is no year-end meeting.
    ("first day of the year", [on_record(JOINT, date(2026, 1, 1))], None, NEXT_YEAR, "missed"),
    ("june", [on_record(JOINT, date(2026, 6, 1))], None, NEXT_YEAR, "missed"),
    ("the day before the window", [on_record(JOINT, date(2026, 9, 30))], None, NEXT_YEAR, "missed"),
    (
        "held in march, not over",
        [on_record(JOINT, date(2026, 3, 2))],
        None,
        MID_YEAR,
        "not_yet_due",
    ),
    (
        "planned in september",
        [on_record(JOINT, date(2026, 9, 15), S.scheduled)],
        None,
        MID_YEAR,
        "not_yet_due",
    ),
    ("held in june, excused", [on_record(JOINT, date(2026, 6, 1))], "因故", NEXT_YEAR, "excused"),
    # E-MTG-2: an extra meeting comes on top of the regular one, never instead of it.
    (
        "an extra one held",
        [on_record(JOINT, date(2026, 12, 1), is_extra=True)],
        None,
        NEXT_YEAR,
        "missed",
    ),
    (
        "an extra one held, not over",
        [on_record(JOINT, date(2026, 10, 10), is_extra=True)],
        None,
        Q4_NOT_OVER,
        "not_yet_due",
    ),
    (
        "an extra one planned",
        [on_record(JOINT, date(2026, 12, 1), S.scheduled, is_extra=True)],
        None,
        Q4_NOT_OVER,
        "not_yet_due",
    ),
    (
        "an extra one awaiting consent",
        [on_record(JOINT, date(2026, 12, 1), S.awaiting_consent, is_extra=True)],
        None,
        Q4_NOT_OVER,
        "not_yet_due",
    ),
    (
        "an extra one held and excused",
        [on_record(JOINT, date(2026, 12, 1), is_extra=True)],
        "因故",
        NEXT_YEAR,
        "excused",
    ),
    (
        "an extra one and the regular one",
        [
            on_record(JOINT, date(2026, 10, 9), is_extra=True),
            on_record(JOINT, date(2026, 12, 20)),
        ],
        None,
        NEXT_YEAR,
        "held",
    ),
    (
        "an extra one held, the regular one planned",
        [
            on_record(JOINT, date(2026, 10, 9), is_extra=True),
            on_record(JOINT, date(2026, 12, 20), S.scheduled),
        ],
        None,
        Q4_NOT_OVER,
        "scheduled",
    ),
]


@pytest.mark.parametrize(
    ("meetings", "reason", "today", "status"),
    [c[1:] for c in YEAR_END_STATUSES],
    ids=[c[0] for c in YEAR_END_STATUSES],
)
def test_ezhou_year_end_period_status_by_today_e_mtg_1(
    meetings: list[MeetingOnRecord], reason: str | None, today: date, status: str
) -> None:
    year = Period(PeriodKind.year, 2026, 1)
    reasons = {(JOINT, year): reason} if reason else {}
    (row,) = expected_periods(EZHOU, 2026, meetings, reasons, today)
    assert row.status is PeriodStatus(status)
    assert row.reason == reason
    assert (row.window_start, row.window_end) == (date(2026, 10, 1), date(2026, 12, 31))
    inside = [m for m in meetings if m.kind == JOINT and date(2026, 10, 1) <= m.day]
    inside = [m for m in inside if m.day <= date(2026, 12, 31)]
    regular = [m for m in inside if not m.is_extra]
    assert row.held == tuple(m for m in regular if m.state in (S.held, S.minutes_archived))
    assert row.scheduled == tuple(
        m for m in regular if m.state in (S.scheduled, S.awaiting_consent)
    )
    assert row.extra == tuple(m for m in inside if m.is_extra and m.state is not S.cancelled)


def test_extra_meetings_are_listed_but_never_held_or_scheduled_for_the_period_e_mtg_2() -> None:
    held = on_record(JOINT, date(2026, 10, 9), is_extra=True)
    archived = on_record(JOINT, date(2026, 11, 9), S.minutes_archived, is_extra=True)
    planned = on_record(JOINT, date(2026, 12, 9), S.scheduled, is_extra=True)
    waiting = on_record(JOINT, date(2026, 12, 10), S.awaiting_consent, is_extra=True)
    cancelled = on_record(JOINT, date(2026, 12, 11), S.cancelled, is_extra=True)
    june = on_record(JOINT, date(2026, 6, 1), is_extra=True)  # outside the year-end window
    meetings = [held, archived, planned, waiting, cancelled, june]
    (row,) = expected_periods(EZHOU, 2026, meetings, {}, NEXT_YEAR)
    assert row.status is PeriodStatus.missed
    assert row.held == row.scheduled == ()
    assert row.extra == (held, archived, planned, waiting)


def test_a_reason_for_another_kind_or_period_excuses_nothing() -> None:
    reasons = {
        ("special_meeting", Period(PeriodKind.year, 2026, 1)): "x",
        (JOINT, Period(PeriodKind.year, 2025, 1)): "y",
        (JOINT, Period(PeriodKind.quarter, 2026, 4)): "z",
    }
    (row,) = expected_periods(EZHOU, 2026, [], reasons, NEXT_YEAR)
    assert row.status is PeriodStatus.missed
    assert row.reason is None


def test_changji_statuses_by_quarter_and_month_c_mtg_1_co_mtg_1() -> None:
    today = date(2026, 5, 15)
    extra_q1 = on_record("plenary_meeting", date(2026, 2, 10), is_extra=True)
    extra_q3 = on_record("plenary_meeting", date(2026, 8, 10), S.scheduled, is_extra=True)
    q2 = on_record("plenary_meeting", date(2026, 6, 20), S.scheduled)
    january = on_record("regular_meeting", date(2026, 1, 31), S.minutes_archived)
    april = on_record("regular_meeting", date(2026, 4, 28), S.scheduled)
    may = on_record("regular_meeting", date(2026, 5, 20), S.awaiting_consent)
    meetings = [
        extra_q1,
        extra_q3,
        q2,
        january,
        april,
        may,
        on_record("regular_meeting", date(2026, 3, 10), S.cancelled),
        on_record("special_meeting", date(2026, 3, 1)),  # another kind: counts for none
        on_record("office_special_meeting", date(2026, 6, 1)),
        on_record("plenary_meeting", date(2025, 12, 31)),  # last year's Q4
    ]
    reasons = {
        ("regular_meeting", Period(PeriodKind.month, 2026, 2)): "春节",
        ("regular_meeting", Period(PeriodKind.month, 2026, 7)): "提前说明",
    }
    rows = expected_periods(CHANGJI, 2026, meetings, reasons, today)
    got = {(r.kind.key, str(r.period)): r for r in rows}
    expected = {
        # Only an extra plenary in Q1 (C-MTG-1 "特殊情况"): the quarter's own was not held.
        ("plenary_meeting", "2026-Q1"): "missed",
        ("plenary_meeting", "2026-Q2"): "scheduled",
        ("plenary_meeting", "2026-Q3"): "not_yet_due",
        ("plenary_meeting", "2026-Q4"): "not_yet_due",
        ("regular_meeting", "2026-01"): "held",
        ("regular_meeting", "2026-02"): "excused",
        ("regular_meeting", "2026-03"): "missed",
        ("regular_meeting", "2026-04"): "missed",
        ("regular_meeting", "2026-05"): "scheduled",
        ("regular_meeting", "2026-06"): "not_yet_due",
        ("regular_meeting", "2026-07"): "not_yet_due",
        **{("regular_meeting", f"2026-{m:02d}"): "not_yet_due" for m in range(8, 13)},
    }
    assert {key: str(row.status) for key, row in got.items()} == expected
    assert got["plenary_meeting", "2026-Q1"].held == ()
    assert got["plenary_meeting", "2026-Q1"].extra == (extra_q1,)
    assert got["plenary_meeting", "2026-Q3"].scheduled == ()
    assert got["plenary_meeting", "2026-Q3"].extra == (extra_q3,)
    assert got["plenary_meeting", "2026-Q2"].scheduled == (q2,)
    assert got["plenary_meeting", "2026-Q2"].extra == ()
    assert got["regular_meeting", "2026-01"].held == (january,)
    assert got["regular_meeting", "2026-04"].scheduled == (april,)
    assert got["regular_meeting", "2026-05"].scheduled == (may,)
    assert got["regular_meeting", "2026-02"].reason == "春节"
    assert got["regular_meeting", "2026-07"].reason == "提前说明"


def test_an_extra_plenary_beside_the_quarters_own_leaves_it_held_c_mtg_1() -> None:
    regular = on_record("plenary_meeting", date(2026, 3, 20))
    extra = on_record("plenary_meeting", date(2026, 2, 10), is_extra=True)
    rows = expected_periods(CHANGJI, 2026, [extra, regular], {}, date(2026, 5, 15))
    (q1,) = [r for r in rows if str(r.period) == "2026-Q1"]
    assert (q1.status, q1.held, q1.extra) == (PeriodStatus.held, (regular,), (extra,))


# --- each period judged by the rulebook in force on its last day --------------------------------


@dataclass
class History:
    """A rulebook history: ``before`` until the day before ``on``, ``after`` from it; it notes
    each day it is asked about."""

    before: Rulebook | None
    after: Rulebook | None
    on: date
    asked: list[date] = field(default_factory=list)

    def __call__(self, day: date) -> Rulebook | None:
        self.asked.append(day)
        return self.after if day >= self.on else self.before


def test_a_single_rulebook_and_one_in_force_all_year_give_the_same_periods() -> None:
    meetings = [
        on_record("plenary_meeting", date(2026, 3, 20)),
        on_record("regular_meeting", date(2026, 5, 20), S.scheduled),
    ]
    today = date(2026, 5, 15)
    assert expected_periods(lambda _day: CHANGJI, 2026, meetings, {}, today) == expected_periods(
        CHANGJI, 2026, meetings, {}, today
    )


def test_periods_are_judged_by_the_rulebook_in_force_on_their_last_day() -> None:
    """Changji's rules until 30 June 2026, Ezhou's from 1 July: Changji's quarters and months
    ending by June stay Changji's; the year (ending 31 December) is Ezhou's; Changji's later
    periods expect nothing, for the rulebook then in force has no such kind."""
    rulebook_at = History(CHANGJI, EZHOU, date(2026, 7, 1))
    rows = expected_periods(rulebook_at, 2026, [], {}, NEXT_YEAR)
    # Kinds in the order the latest rulebook of the year lists them, then the earlier one's.
    assert [(r.kind.key, str(r.period)) for r in rows] == [
        (JOINT, "2026"),
        ("plenary_meeting", "2026-Q1"),
        ("plenary_meeting", "2026-Q2"),
        *(("regular_meeting", f"2026-{m:02d}") for m in range(1, 7)),
    ]
    assert rows[0].kind is EZHOU.meeting_kinds[JOINT]
    assert all(r.kind is CHANGJI.meeting_kinds[r.kind.key] for r in rows[1:])
    # Every period was asked about on its last day, and only there.
    assert set(rulebook_at.asked) <= {Period(PeriodKind.month, 2026, m).end for m in range(1, 13)}


def test_a_version_taking_effect_mid_month_judges_that_month_c_mtg_1() -> None:
    """In force from 15 July, a version judges July (it is in force on 31 July) and Q3."""
    rulebook_at = History(EZHOU, CHANGJI, date(2026, 7, 15))
    rows = expected_periods(rulebook_at, 2026, [], {}, NEXT_YEAR)
    assert [(r.kind.key, str(r.period)) for r in rows] == [
        ("plenary_meeting", "2026-Q3"),
        ("plenary_meeting", "2026-Q4"),
        *(("regular_meeting", f"2026-{m:02d}") for m in range(7, 13)),
    ]
    # Ezhou's joint meeting ends on 31 December, under Changji's rules: nothing is expected.
    assert JOINT not in {r.kind.key for r in rows}


def test_a_period_with_no_rulebook_in_force_expects_nothing() -> None:
    assert expected_periods(lambda _day: None, 2026, [], {}, NEXT_YEAR) == []
    # First published in force from 1 October: only Q4 and October to December are expected.
    rulebook_at = History(None, CHANGJI, date(2026, 10, 1))
    meetings = [on_record("plenary_meeting", date(2026, 3, 20))]  # before any rulebook
    rows = expected_periods(rulebook_at, 2026, meetings, {}, NEXT_YEAR)
    assert [(r.kind.key, str(r.period), str(r.status)) for r in rows] == [
        ("plenary_meeting", "2026-Q4", "missed"),
        *(("regular_meeting", f"2026-{m:02d}", "missed") for m in range(10, 13)),
    ]


def test_a_kind_whose_cadence_changes_is_expected_by_each_periods_own_rulebook_c_mtg_1() -> None:
    """A later version makes the plenary monthly from 1 July: the quarters ending by June are
    judged quarterly, Q3 and Q4 expect nothing, and July to December each expect one."""
    monthly = book_with("changji", plenary_meeting="monthly")
    rulebook_at = History(CHANGJI, monthly, date(2026, 7, 1))
    july = on_record("plenary_meeting", date(2026, 7, 20))
    rows = expected_periods(rulebook_at, 2026, [july], {}, NEXT_YEAR)
    plenary = [(str(r.period), str(r.status)) for r in rows if r.kind.key == "plenary_meeting"]
    assert plenary == [
        ("2026-Q1", "missed"),
        ("2026-Q2", "missed"),
        ("2026-07", "held"),
        *((f"2026-{m:02d}", "missed") for m in range(8, 13)),
    ]
    # The regular meeting stays monthly all year.
    regular = [str(r.period) for r in rows if r.kind.key == "regular_meeting"]
    assert regular == [f"2026-{m:02d}" for m in range(1, 13)]


def test_a_kind_made_as_needed_expects_nothing_from_then_on() -> None:
    as_needed = book_with("changji", regular_meeting="as_needed")
    rulebook_at = History(CHANGJI, as_needed, date(2026, 4, 1))
    rows = expected_periods(rulebook_at, 2026, [], {}, NEXT_YEAR)
    regular = [str(r.period) for r in rows if r.kind.key == "regular_meeting"]
    assert regular == ["2026-01", "2026-02", "2026-03"]
    assert len([r for r in rows if r.kind.key == "plenary_meeting"]) == 4


def test_a_reason_excuses_the_period_whichever_rulebook_judges_it() -> None:
    rulebook_at = History(CHANGJI, EZHOU, date(2026, 7, 1))
    reasons = {
        ("plenary_meeting", Period(PeriodKind.quarter, 2026, 2)): "改开专题会议",
        (JOINT, Period(PeriodKind.year, 2026, 1)): "疫情防控",
        ("plenary_meeting", Period(PeriodKind.quarter, 2026, 3)): "not expected: ignored",
    }
    rows = expected_periods(rulebook_at, 2026, [], reasons, NEXT_YEAR)
    got = {(r.kind.key, str(r.period)): (str(r.status), r.reason) for r in rows}
    assert got[JOINT, "2026"] == ("excused", "疫情防控")
    assert got["plenary_meeting", "2026-Q2"] == ("excused", "改开专题会议")
    assert got["plenary_meeting", "2026-Q1"] == ("missed", None)
    assert ("plenary_meeting", "2026-Q3") not in got


@given(
    st.sampled_from([EZHOU, CHANGJI]),
    st.integers(2021, 2030),
    st.lists(
        st.builds(
            on_record,
            st.sampled_from(["plenary_meeting", "regular_meeting", JOINT, "special_meeting"]),
            st.dates(date(2020, 12, 1), date(2031, 1, 31)),
            st.sampled_from(list(MeetingState)),
            is_extra=st.booleans(),
        ),
        max_size=8,
    ),
    st.dates(date(2020, 1, 1), date(2032, 1, 1)),
)
def test_every_period_has_exactly_the_status_its_meetings_and_today_give(
    book: Rulebook, year: int, meetings: list[MeetingOnRecord], today: date
) -> None:
    rows = expected_periods(book, year, meetings, {}, today)
    cadenced = [k for k in book.meeting_kinds.values() if k.cadence != "as_needed"]
    assert len(rows) == sum(
        {"year_end": 1, "quarterly": 4, "monthly": 12}[k.cadence] for k in cadenced
    )
    for row in rows:
        assert row.period.year == year
        assert (row.window_start, row.window_end) == window_of(row.kind.cadence, row.period)
        assert row.period.start <= row.window_start <= row.window_end == row.period.end
        listed = (*row.held, *row.scheduled, *row.extra)
        assert all(m.kind == row.kind.key for m in listed)
        assert all(row.window_start <= m.day <= row.window_end for m in listed)
        assert not any(m.is_extra for m in (*row.held, *row.scheduled))
        assert all(m.is_extra and m.state is not S.cancelled for m in row.extra)
        inside = [
            m
            for m in meetings
            if m.kind == row.kind.key and row.window_start <= m.day <= row.window_end
        ]
        assert len(row.extra) == sum(1 for m in inside if m.is_extra and m.state is not S.cancelled)
        regular_held = [
            m for m in inside if not m.is_extra and m.state in (S.held, S.minutes_archived)
        ]
        assert bool(row.held) == bool(regular_held)
        if row.held:
            assert row.status is PeriodStatus.held
        elif row.window_end >= today:
            assert row.status in (PeriodStatus.scheduled, PeriodStatus.not_yet_due)
            assert (row.status is PeriodStatus.scheduled) == bool(row.scheduled)
        else:
            assert row.status is PeriodStatus.missed  # no reasons given


# --- which period a reason names (PUT …/meetings/compliance/{kind}/{period}) ---------------------

LABELLED = [
    ("2026", Period(PeriodKind.year, 2026, 1)),
    ("1900", Period(PeriodKind.year, 1900, 1)),
    ("2026-Q2", Period(PeriodKind.quarter, 2026, 2)),
    ("2026-Q4", Period(PeriodKind.quarter, 2026, 4)),
    ("2026-03", Period(PeriodKind.month, 2026, 3)),
    ("2999-12", Period(PeriodKind.month, 2999, 12)),
]


@pytest.mark.parametrize(("label", "period"), LABELLED, ids=[c[0] for c in LABELLED])
def test_period_from_label_reads_a_year_quarter_or_month(label: str, period: Period) -> None:
    assert period_from_label(label, ("path", "period")) == period


@pytest.mark.parametrize(
    "label",
    ["", "Q2", "2026-Q5", "2026-13", "2026-3", "1899", "3000", "2026-", "2026-03-01", "٢٠٢٦"],
)
def test_a_label_that_is_no_period_is_invalid_input_at_the_location(label: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        period_from_label(label, ("path", "period"))
    assert locations(raised) == [("path", "period")]
    assert repr(label) in raised.value.detail
    assert "2026-Q2" in raised.value.errors[0].message


@given(st.sampled_from(list(PeriodKind)), st.dates(date(1900, 1, 1), date(2999, 12, 31)))
def test_every_period_label_is_read_back_as_its_period(kind: PeriodKind, day: date) -> None:
    period = Period.containing(kind, day)
    assert period_from_label(str(period), ("period",)) == period


KIND_AT, PERIOD_AT = ("path", "meeting_kind"), ("path", "period")
EXPECTED_IN = [
    ("E-MTG-1", EZHOU, JOINT, Period(PeriodKind.year, 2026, 1)),
    ("C-MTG-1", CHANGJI, "plenary_meeting", Period(PeriodKind.quarter, 2026, 2)),
    ("CO-MTG-1", CHANGJI, "regular_meeting", Period(PeriodKind.month, 2026, 3)),
]


@pytest.mark.parametrize(
    ("rule", "book", "kind", "period"), EXPECTED_IN, ids=[c[0] for c in EXPECTED_IN]
)
def test_check_expected_takes_each_period_of_the_kinds_cadence_and_no_other(
    rule: str, book: Rulebook, kind: str, period: Period
) -> None:
    meeting_kind = book.meeting_kinds[kind]
    assert meeting_kind.cadence_ref is not None
    assert meeting_kind.cadence_ref.rule == rule
    check_expected(meeting_kind, period, KIND_AT, PERIOD_AT)
    for other in set(PeriodKind) - {period.kind}:
        with pytest.raises(InvalidInput) as raised:
            check_expected(meeting_kind, Period(other, 2026, 1), KIND_AT, PERIOD_AT)
        assert locations(raised) == [PERIOD_AT]
        assert str(period.kind) in raised.value.errors[0].message


@pytest.mark.parametrize(
    ("rule", "book", "kind"),
    [
        ("E-MTG-4", EZHOU, "special_meeting"),
        ("C-MTG-2", CHANGJI, "special_meeting"),
        ("CO-MTG-1", CHANGJI, "office_special_meeting"),
    ],
)
def test_a_kind_held_as_needed_expects_no_period_at_the_kinds_location(
    rule: str, book: Rulebook, kind: str
) -> None:
    meeting_kind = book.meeting_kinds[kind]
    assert meeting_kind.cadence is Cadence.as_needed
    for period_kind in PeriodKind:
        with pytest.raises(InvalidInput) as raised:
            check_expected(meeting_kind, Period(period_kind, 2026, 1), KIND_AT, PERIOD_AT)
        assert locations(raised) == [KIND_AT]
        assert "as needed" in raised.value.detail


# --- period labels ------------------------------------------------------------------------------

GOOD_LABELS = [
    ("2026", PeriodKind.year, Period(PeriodKind.year, 2026, 1)),
    ("1900", PeriodKind.year, Period(PeriodKind.year, 1900, 1)),
    ("2999", PeriodKind.year, Period(PeriodKind.year, 2999, 1)),
    ("2026-Q1", PeriodKind.quarter, Period(PeriodKind.quarter, 2026, 1)),
    ("2026-Q2", PeriodKind.quarter, Period(PeriodKind.quarter, 2026, 2)),
    ("2026-Q4", PeriodKind.quarter, Period(PeriodKind.quarter, 2026, 4)),
    ("2026-01", PeriodKind.month, Period(PeriodKind.month, 2026, 1)),
    ("2026-03", PeriodKind.month, Period(PeriodKind.month, 2026, 3)),
    ("2026-12", PeriodKind.month, Period(PeriodKind.month, 2026, 12)),
]


@pytest.mark.parametrize(("label", "kind", "period"), GOOD_LABELS, ids=[c[0] for c in GOOD_LABELS])
def test_parse_period_reads_the_label_of_each_period_kind(
    label: str, kind: PeriodKind, period: Period
) -> None:
    assert parse_period(label, kind, ("path", "period")) == period
    assert str(period) == label


BAD_LABELS = [
    ("2026-Q2", PeriodKind.month),
    ("2026-03", PeriodKind.quarter),
    ("2026", PeriodKind.month),
    ("2026", PeriodKind.quarter),
    ("2026-03", PeriodKind.year),
    ("2026-Q2", PeriodKind.year),
    ("2026-Q5", PeriodKind.quarter),
    ("2026-Q0", PeriodKind.quarter),
    ("2026-q2", PeriodKind.quarter),
    ("2026-Q", PeriodKind.quarter),
    ("2026-Q12", PeriodKind.quarter),
    ("2026-13", PeriodKind.month),
    ("2026-00", PeriodKind.month),
    ("2026-3", PeriodKind.month),
    ("2026-003", PeriodKind.month),
    ("26-01", PeriodKind.month),
    ("0000", PeriodKind.year),
    ("1899", PeriodKind.year),
    ("3000", PeriodKind.year),
    ("+202", PeriodKind.year),
    (" 2026", PeriodKind.year),
    ("2026 ", PeriodKind.year),
    ("", PeriodKind.year),
    ("Q2-2026", PeriodKind.quarter),
    ("2026-03-01", PeriodKind.month),
]


@pytest.mark.parametrize(
    ("label", "kind"), BAD_LABELS, ids=[f"{c[0]!r}-{c[1]}" for c in BAD_LABELS]
)
def test_a_bad_period_label_is_invalid_input_at_the_given_location(
    label: str, kind: PeriodKind
) -> None:
    location = ("path", "period")
    with pytest.raises(InvalidInput) as raised:
        parse_period(label, kind, location)
    assert locations(raised) == [location]
    assert str(kind) in raised.value.errors[0].message
    assert repr(label) in raised.value.detail


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("2026-", PeriodKind.year),  # a year with a dangling separator
        ("2026-", PeriodKind.month),
        ("٢٠٢٦", PeriodKind.year),  # Arabic-Indic digits: int() reads them, the label is not 2026
        ("2026-Q٣", PeriodKind.quarter),
        ("2026-٠٣", PeriodKind.month),
    ],
    ids=[
        "2026- year",
        "2026- month",
        "arabic-indic year",
        "arabic-indic quarter",
        "arabic-indic month",
    ],
)
def test_parse_period_accepts_only_the_canonical_label(label: str, kind: PeriodKind) -> None:
    """A label is read only if it is the period's own label (str(Period)); anything else is
    refused, or the same period could be stored and looked up under several names."""
    with pytest.raises(InvalidInput) as raised:
        parse_period(label, kind, ("period",))
    assert locations(raised) == [("period",)]


@given(st.sampled_from(list(PeriodKind)), st.dates(date(1900, 1, 1), date(2999, 12, 31)))
def test_every_period_label_parses_back_to_its_period(kind: PeriodKind, day: date) -> None:
    period = Period.containing(kind, day)
    assert parse_period(str(period), kind, ("period",)) == period
    for other in set(PeriodKind) - {kind}:
        with pytest.raises(InvalidInput):
            parse_period(str(period), other, ("period",))
