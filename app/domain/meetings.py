"""Meetings of the leading group and its office (E-MTG-*, C-MTG-*, CO-MTG-1): their states,
who is invited, what minutes must record before they are archived, and whether each period the
rules expect a meeting in had one.

Pure: plain values in, values or domain errors out. Who may convene, consent and chair is the
rulebook's ``decide`` (app.domain.rulebook); this module takes over once a meeting exists.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.organisation import PositionRole
from app.domain.reports import Period, PeriodKind
from app.domain.rulebook import Attendance, Cadence, MeetingKind, MinutesField, Rulebook

# --- states ---------------------------------------------------------------------------------


class MeetingState(StrEnum):
    awaiting_consent = "awaiting_consent"
    scheduled = "scheduled"
    held = "held"
    minutes_archived = "minutes_archived"
    cancelled = "cancelled"


class MeetingAction(StrEnum):
    approve = "approve"  # consent to an extra meeting (E-MTG-2)
    cancel = "cancel"  # cancel, or withdraw one still awaiting consent
    reschedule = "reschedule"  # change time, place, title, agenda or chair
    hold = "hold"  # record that it took place
    adjust_invitees = "adjust_invitees"
    record_attendance = "record_attendance"
    edit_minutes = "edit_minutes"
    archive_minutes = "archive_minutes"
    add_addendum = "add_addendum"


S = MeetingState
# Per action: the states it may be taken in, and the state it leads to (None: unchanged).
TRANSITIONS: Mapping[MeetingAction, tuple[frozenset[MeetingState], MeetingState | None]] = {
    MeetingAction.approve: (frozenset({S.awaiting_consent}), S.scheduled),
    MeetingAction.cancel: (frozenset({S.awaiting_consent, S.scheduled}), S.cancelled),
    MeetingAction.reschedule: (frozenset({S.awaiting_consent, S.scheduled}), None),
    MeetingAction.hold: (frozenset({S.scheduled}), S.held),
    MeetingAction.adjust_invitees: (frozenset({S.awaiting_consent, S.scheduled, S.held}), None),
    MeetingAction.record_attendance: (frozenset({S.scheduled, S.held}), None),
    MeetingAction.edit_minutes: (frozenset({S.scheduled, S.held}), None),
    MeetingAction.archive_minutes: (frozenset({S.held}), S.minutes_archived),
    MeetingAction.add_addendum: (frozenset({S.minutes_archived}), None),
}

_WHY_NOT: Mapping[MeetingState, str] = {
    S.awaiting_consent: "it still awaits consent",
    S.scheduled: "it has not been held yet",
    S.held: "it has been held",
    S.minutes_archived: "its minutes are archived and never change (add a dated addendum)",
    S.cancelled: "it is cancelled",
}


def after(state: MeetingState, action: MeetingAction) -> MeetingState:
    """The state ``action`` leads to from ``state``; StateConflict when it may not be taken."""
    allowed, target = TRANSITIONS[action]
    if state not in allowed:
        states = ", ".join(sorted(allowed))
        raise StateConflict(
            f"A meeting that is {state} cannot {action.replace('_', ' ')}: {_WHY_NOT[state]} "
            f"(allowed only when {states})."
        )
    return target or state


def check_begun(starts_at: datetime, now: datetime) -> None:
    """A meeting is recorded as held only once it has begun."""
    if now < starts_at:
        raise StateConflict(
            f"The meeting starts at {starts_at.isoformat()}: it cannot be recorded as held "
            "before it begins."
        )


def initial_state(kind: MeetingKind, is_extra: bool) -> MeetingState:
    """An extra meeting of a kind whose rules ask for consent waits for it (E-MTG-2)."""
    if is_extra and kind.extra_consent is not None:
        return MeetingState.awaiting_consent
    return MeetingState.scheduled


FIRST_YEAR, LAST_YEAR = 1900, 2999


def check_moment(value: datetime, location: tuple[str | int, ...]) -> None:
    """A time the service keeps: with a UTC offset, in the years 1900–2999."""
    if value.tzinfo is None:
        raise InvalidInput("times need a UTC offset", (FieldError(location, "needs a UTC offset"),))
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(
            "the time is outside the years this service keeps",
            (FieldError(location, f"must be in the years {FIRST_YEAR}–{LAST_YEAR}"),),
        )


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    check_moment(starts_at, ("body", "starts_at"))
    check_moment(ends_at, ("body", "ends_at"))
    if ends_at <= starts_at:
        raise InvalidInput(
            "the meeting ends before it starts",
            (FieldError(("body", "ends_at"), "must be after starts_at"),),
        )


# --- invitees -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionHeld:
    """A position in force on the meeting's day: ``unit_id`` for unit roles."""

    person: UUID
    role: PositionRole
    unit_id: UUID | None = None


@dataclass(frozen=True)
class Invitee:
    """Someone invited (``person``), or a unit whose attendee nobody holds a position for yet
    (``person`` None): the office fills the gap. ``basis`` says why: an attendance rule of the
    rulebook, ``chair``, or ``office`` for one the office added."""

    person: UUID | None
    unit_id: UUID | None
    basis: str


LEADING_GROUP_ROLES = (PositionRole.leader, PositionRole.deputy_leader, PositionRole.member)


def derive_invitees(
    kind: MeetingKind,
    positions: Iterable[PositionHeld],
    active_units: Sequence[UUID],
    units_concerned: Sequence[UUID],
    chair: UUID,
) -> tuple[Invitee, ...]:
    """Who the attendance rule of ``kind`` invites, from the positions held on the day.

    * ``all_members``: every leader, deputy leader and member of the leading group (C-MTG-1);
    * ``unit_principal_heads`` (主要负责同志, E-MTG-3) and ``unit_responsible_persons``
      (负责同志, E-MTG-4): the unit head of every active member unit (a unit sends a deputy
      head as its responsible person by the office adjusting the list);
    * ``units_concerned`` (议题涉及单位): the unit head of each unit an agenda item concerns.

    The chair is always invited. A unit with nobody in its unit_head position is listed
    without a person. Each person and each unit appears once, under the first reason found.
    """
    positions = tuple(positions)
    found: dict[tuple[UUID | None, UUID | None], Invitee] = {}
    people: set[UUID] = set()

    def add(person: UUID | None, unit_id: UUID | None, basis: str) -> None:
        if person is not None:
            if person in people:
                return
            people.add(person)
            found[(person, None)] = Invitee(person, unit_id, basis)
        elif (None, unit_id) not in found:
            found[(None, unit_id)] = Invitee(None, unit_id, basis)

    add(chair, None, "chair")
    for rule in kind.attendance:
        if rule is Attendance.all_members:
            for role in LEADING_GROUP_ROLES:
                for p in positions:
                    if p.role is role:
                        add(p.person, None, rule)
            continue
        units = active_units if rule is not Attendance.units_concerned else units_concerned
        for unit in dict.fromkeys(units):
            heads = [
                p.person
                for p in positions
                if p.role is PositionRole.unit_head and p.unit_id == unit
            ]
            if not heads:
                add(None, unit, rule)
            for head in heads:
                add(head, unit, rule)
    return tuple(found.values())


class AttendanceStatus(StrEnum):
    invited = "invited"  # nothing recorded yet
    present = "present"
    absent = "absent"  # with a reason
    represented = "represented"  # someone attended in their place


def check_attendance(
    status: AttendanceStatus, reason: str | None, representative: str | None
) -> None:
    """An absence names its reason; a representation names who attended."""
    if status is AttendanceStatus.absent and not reason:
        raise InvalidInput(
            "an absence needs its reason",
            (FieldError(("body", "absence_reason"), "required when absent"),),
        )
    if status is AttendanceStatus.represented and not representative:
        raise InvalidInput(
            "a representation names who attended",
            (FieldError(("body", "represented_by_name"), "required when represented"),),
        )


# --- minutes (会议记录, C-MTG-3) ----------------------------------------------------------------


@dataclass(frozen=True)
class Speech:
    speaker: str
    main_points: str


@dataclass(frozen=True)
class Resolution:
    """A decision (明确意见); with a responsible unit and a deadline it can become a task."""

    text: str
    responsible_unit_id: UUID | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class AgendaRecord:
    title: str
    speeches: tuple[Speech, ...] = ()
    decisions: tuple[Resolution, ...] = ()


@dataclass(frozen=True)
class MinutesDraft:
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str | None = None
    chair: str | None = None
    agenda_items: tuple[AgendaRecord, ...] = ()


def missing_fields(
    draft: MinutesDraft, attendees: int, required: Iterable[MinutesField]
) -> tuple[FieldError, ...]:
    """Every field ``required`` asks for that the draft lacks, each with its path under
    ``minutes``. Attendees come from the attendance records (present or represented)."""
    errors: list[FieldError] = []

    def lack(*path: str | int, message: str) -> None:
        errors.append(FieldError(("minutes", *path), message))

    for item in dict.fromkeys(required):
        if item is MinutesField.time:
            if draft.started_at is None:
                lack("started_at", message="the time the meeting began is not recorded")
            if draft.ended_at is None:
                lack("ended_at", message="the time the meeting ended is not recorded")
        elif item is MinutesField.place and not (draft.place or "").strip():
            lack("place", message="the place is not recorded")
        elif item is MinutesField.chair and not (draft.chair or "").strip():
            lack("chair", message="who chaired (主持人) is not recorded")
        elif item is MinutesField.attendees and attendees == 0:
            lack("attendees", message="no attendance is recorded as present or represented")
        elif item is MinutesField.agenda_items and not draft.agenda_items:
            lack("agenda_items", message="no agenda item (议题) is recorded")
        elif item is MinutesField.speeches:
            if not draft.agenda_items:
                lack("agenda_items", message="speeches are recorded per agenda item")
            for index, agenda in enumerate(draft.agenda_items):
                if not agenda.speeches:
                    lack(
                        "agenda_items",
                        index,
                        "speeches",
                        message="no speaker's main points (发言主要观点) are recorded",
                    )
        elif item is MinutesField.decisions:
            if not draft.agenda_items:
                lack("agenda_items", message="decisions are recorded per agenda item")
            for index, agenda in enumerate(draft.agenda_items):
                if not agenda.decisions:
                    lack(
                        "agenda_items",
                        index,
                        "decisions",
                        message="no decision (明确意见) is recorded",
                    )
    # One path once, even when two required fields point at it (the first message says it).
    first: dict[tuple[str | int, ...], FieldError] = {}
    for error in errors:
        first.setdefault(error.location, error)
    return tuple(first.values())


def canonical_json(value: Any) -> str:
    """The canonical text of archived minutes: keys sorted, no insignificant white space, UTF-8
    characters as themselves. Only strings, integers, booleans, null, lists and objects occur
    (times and dates are ISO strings), so this equals RFC 8785 (JCS) for these documents."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- compliance with the cadence ------------------------------------------------------------

CADENCE_PERIOD: Mapping[Cadence, PeriodKind] = {
    Cadence.year_end: PeriodKind.year,
    Cadence.quarterly: PeriodKind.quarter,
    Cadence.monthly: PeriodKind.month,
}


class PeriodStatus(StrEnum):
    held = "held"  # at least one meeting of the kind was held in the period
    scheduled = "scheduled"  # the period is not over and one is scheduled
    not_yet_due = "not_yet_due"  # the period is not over and none is scheduled yet
    excused = "excused"  # over, none held, and a reason is recorded (原则上: in principle)
    missed = "missed"  # over, none held, no reason recorded


@dataclass(frozen=True)
class MeetingOnRecord:
    """A meeting as compliance sees it: its kind, its day (in the jurisdiction's zone)."""

    id: UUID
    kind: str
    day: date
    state: MeetingState
    is_extra: bool


@dataclass(frozen=True)
class ExpectedPeriod:
    kind: MeetingKind
    period: Period
    status: PeriodStatus
    held: tuple[MeetingOnRecord, ...]
    scheduled: tuple[MeetingOnRecord, ...]
    reason: str | None


HELD_STATES = frozenset({MeetingState.held, MeetingState.minutes_archived})
PLANNED_STATES = frozenset({MeetingState.scheduled, MeetingState.awaiting_consent})


def expected_periods(
    rulebook: Rulebook,
    year: int,
    meetings: Iterable[MeetingOnRecord],
    reasons: Mapping[tuple[str, Period], str],
    today: date,
) -> list[ExpectedPeriod]:
    """For each meeting kind with a cadence (in the rulebook's order) and each of its periods of
    ``year``: was a meeting of that kind held in it? Extra meetings count: the rule asks for a
    meeting in each period, and one held is one held. A period not yet over is not missed."""
    meetings = tuple(meetings)
    rows = []
    for kind in rulebook.meeting_kinds.values():
        period_kind = CADENCE_PERIOD.get(kind.cadence)
        if period_kind is None:
            continue
        for index in range(1, period_kind.per_year + 1):
            period = Period(period_kind, year, index)
            inside = [
                m for m in meetings if m.kind == kind.key and period.start <= m.day <= period.end
            ]
            held = tuple(m for m in inside if m.state in HELD_STATES)
            planned = tuple(m for m in inside if m.state in PLANNED_STATES)
            reason = reasons.get((kind.key, period))
            over = period.end < today
            if held:
                status = PeriodStatus.held
            elif not over:
                status = PeriodStatus.scheduled if planned else PeriodStatus.not_yet_due
            else:
                status = PeriodStatus.excused if reason else PeriodStatus.missed
            rows.append(ExpectedPeriod(kind, period, status, held, planned, reason))
    return rows


def parse_period(label: str, kind: PeriodKind, location: tuple[str | int, ...]) -> Period:
    """``2026`` (a year), ``2026-Q2`` (a quarter) or ``2026-03`` (a month), as ``kind`` wants."""
    examples = {PeriodKind.year: "2026", PeriodKind.quarter: "2026-Q2", PeriodKind.month: "2026-03"}
    try:
        if not label.isascii():
            raise ValueError(label)
        year_text, _, rest = label.partition("-")
        year = int(year_text)
        if len(year_text) != 4 or not 1900 <= year <= 2999:
            raise ValueError(label)
        period = None
        if kind is PeriodKind.year and not rest:
            period = Period(kind, year, 1)
        elif kind is PeriodKind.quarter and len(rest) == 2 and rest[0] == "Q":
            period = Period(kind, year, int(rest[1]))
        elif kind is PeriodKind.month and len(rest) == 2 and rest.isdigit():
            period = Period(kind, year, int(rest))
        # Only the period's own label: not '2026-', nor another spelling of it.
        if period is not None and str(period) == label:
            return period
    except ValueError:
        pass
    raise InvalidInput(
        f"{label!r} is not a {kind} period",
        (FieldError(location, f"must be a {kind}, e.g. {examples[kind]}"),),
    )
