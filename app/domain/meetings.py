"""Meetings of the leading group and its office (E-MTG-*, C-MTG-*, CO-MTG-1): their states,
who is invited, what minutes must record before they are archived, and whether each period the
rules expect a meeting in had one.

Pure: plain values in, values or domain errors out. Who may convene, consent and chair is the
rulebook's ``decide`` (app.domain.rulebook); this module takes over once a meeting exists.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Any
from uuid import UUID

from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.messages import _
from app.domain.positions import DEFAULT_POSITIONS, Capability, PositionDefinition
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
    # A held meeting's record can still be corrected (the day it really met) until its minutes
    # are archived.
    MeetingAction.reschedule: (frozenset({S.awaiting_consent, S.scheduled, S.held}), None),
    MeetingAction.hold: (frozenset({S.scheduled}), S.held),
    MeetingAction.adjust_invitees: (frozenset({S.awaiting_consent, S.scheduled, S.held}), None),
    MeetingAction.record_attendance: (frozenset({S.scheduled, S.held}), None),
    MeetingAction.edit_minutes: (frozenset({S.scheduled, S.held}), None),
    MeetingAction.archive_minutes: (frozenset({S.held}), S.minutes_archived),
    MeetingAction.add_addendum: (frozenset({S.minutes_archived}), None),
}

_WHY_NOT: Mapping[MeetingState, str] = {
    S.awaiting_consent: _("it still awaits consent"),
    S.scheduled: _("it has not been held yet"),
    S.held: _("it has been held"),
    S.minutes_archived: _("its minutes are archived and never change (add a dated addendum)"),
    S.cancelled: _("it is cancelled"),
}


def after(state: MeetingState, action: MeetingAction) -> MeetingState:
    """The state ``action`` leads to from ``state``; StateConflict when it may not be taken."""
    allowed, target = TRANSITIONS[action]
    if state not in allowed:
        states = ", ".join(sorted(allowed))
        raise StateConflict(
            _(
                "A meeting that is {state} cannot {replace}: {why_not} (allowed only "
                "when {states}).",
                state=state,
                replace=action.replace("_", " "),
                why_not=_WHY_NOT[state],
                states=states,
            )
        )
    return target or state


def check_begun(starts_at: datetime, now: datetime) -> None:
    """A meeting is recorded as held only once it has begun."""
    if now < starts_at:
        raise StateConflict(
            _(
                "The meeting starts at {starts_at}: it cannot be recorded as held "
                "before it begins.",
                starts_at=starts_at.isoformat(),
            )
        )


def check_move(starts_at: datetime, now: datetime, state: MeetingState, attended: bool) -> None:
    """A held meeting's day is corrected, never moved into the future; a meeting with people
    recorded present (or represented) cannot move to a time that has not come."""
    if state is MeetingState.held or attended:
        check_begun(starts_at, now)


def consent_after_move(state: MeetingState, consent_holds: bool) -> MeetingState:
    """A consent that no longer holds on the new day lapses: the meeting waits for one again."""
    if state is MeetingState.scheduled and not consent_holds:
        return MeetingState.awaiting_consent
    return state


def initial_state(
    kind: MeetingKind, is_extra: bool, convener_consents: bool = False
) -> MeetingState:
    """An extra meeting of a kind whose rules ask for consent waits for it (E-MTG-2), unless
    the one proposing it is among those who may consent (a deputy leader proposing an extra
    joint meeting has consented by proposing it; so has Changji's leader, C-MTG-1)."""
    if is_extra and kind.extra_consent is not None and not convener_consents:
        return MeetingState.awaiting_consent
    return MeetingState.scheduled


FIRST_YEAR, LAST_YEAR = 1900, 2999


def check_moment(value: datetime, location: tuple[str | int, ...]) -> None:
    """A time the service keeps: with a UTC offset, in the years 1900–2999."""
    if value.tzinfo is None:
        raise InvalidInput(
            _("times need a UTC offset"), (FieldError(location, _("needs a UTC offset")),)
        )
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(
            _("the time is outside the years this service keeps"),
            (
                FieldError(
                    location,
                    _(
                        "must be in the years {first_year}–{last_year}",
                        first_year=FIRST_YEAR,
                        last_year=LAST_YEAR,
                    ),
                ),
            ),
        )


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    check_moment(starts_at, ("body", "starts_at"))
    check_moment(ends_at, ("body", "ends_at"))
    if ends_at <= starts_at:
        raise InvalidInput(
            _("the meeting ends before it starts"),
            (FieldError(("body", "ends_at"), _("must be after starts_at")),),
        )


# --- invitees -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionHeld:
    """A position in force on the meeting's day: ``unit_id`` for unit roles."""

    person: UUID
    role: str
    unit_id: UUID | None = None


@dataclass(frozen=True)
class Invitee:
    """Someone invited (``person``), or a unit whose attendee nobody holds a position for yet
    (``person`` None): the office fills the gap. ``basis`` says why: an attendance rule of the
    rulebook, ``chair``, or ``office`` for one the office added."""

    person: UUID | None
    unit_id: UUID | None
    basis: str


def derive_invitees(
    kind: MeetingKind,
    positions: Iterable[PositionHeld],
    active_units: Sequence[UUID],
    units_concerned: Sequence[UUID],
    chair: UUID,
    *,
    definitions: Mapping[str, PositionDefinition] = DEFAULT_POSITIONS,
) -> tuple[Invitee, ...]:
    """Who the attendance rule of ``kind`` invites, from the positions held on the day, as the
    rulebook of the day defines them (``definitions``: its positions; none in force, the
    default nine):

    * ``all_members``: every holder of a position that counts as a member of the leading group
      (C-MTG-1), position by position, those with more of the leading group's capabilities
      first (by default the leader, the deputy leaders, the members), equals by key — never by
      the order of the document's keys, which its storage (JSONB) does not keep;
    * ``unit_principal_heads`` (主要负责同志, E-MTG-3) and ``unit_responsible_persons``
      (负责同志, E-MTG-4): whoever heads each active member unit (a position with
      ``heads_unit``; a unit sends a deputy head as its responsible person by the office
      adjusting the list);
    * ``units_concerned`` (议题涉及单位): whoever heads each unit an agenda item concerns.

    The chair is always invited. A unit nobody heads is listed without a person. A position
    the rulebook does not define invites nobody. Each person and each unit appears once, under
    the first reason found.
    """
    positions = tuple(positions)
    members = sorted(
        (key for key, d in definitions.items() if d.counts_as_member),
        key=lambda key: (-len(definitions[key].capabilities), key),
    )
    heading = {key for key, d in definitions.items() if Capability.heads_unit in d.capabilities}
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
            for key in members:
                for p in positions:
                    if p.role == key:
                        add(p.person, None, rule)
            continue
        units = active_units if rule is not Attendance.units_concerned else units_concerned
        for unit in dict.fromkeys(units):
            heads = [p.person for p in positions if p.role in heading and p.unit_id == unit]
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


# Attendance that puts someone in the room (for the minutes' attendees, C-MTG-3).
ATTENDED = frozenset({AttendanceStatus.present, AttendanceStatus.represented})


def check_attendance(
    status: AttendanceStatus,
    reason: str | None,
    representative: str | None,
    *,
    begun: bool = True,
    location: tuple[str | int, ...] = ("body",),
) -> None:
    """An absence names its reason; a representation names who attended. Nobody is present
    (or represented) at a meeting that has not begun; an absence may be excused ahead (请假).
    ``location`` is where the record stands in the request (a sheet names its row)."""
    if status is AttendanceStatus.invited:
        raise InvalidInput(
            _("attendance is recorded as present, absent or represented; a record is never undone"),
            (FieldError((*location, "attendance"), _("must be present, absent or represented")),),
        )
    if status in ATTENDED and not begun:
        raise StateConflict(
            _(
                "the meeting has not begun: nobody can be recorded as {status} yet (an "
                "absence can be recorded ahead)",
                status=status,
            )
        )
    if status is AttendanceStatus.absent and not reason:
        raise InvalidInput(
            _("an absence needs its reason"),
            (FieldError((*location, "absence_reason"), _("required when absent")),),
        )
    if status is AttendanceStatus.represented and not representative:
        raise InvalidInput(
            _("a representation names who attended"),
            (FieldError((*location, "represented_by_name"), _("required when represented")),),
        )


def check_removable(
    person: UUID | None, attendance: AttendanceStatus, chair: UUID, state: MeetingState
) -> None:
    """The chair stays invited (change the chair instead); recorded attendance is the record;
    after the meeting, whoever was invited stays on the list (record them absent)."""
    if person is not None and person == chair:
        raise StateConflict(_("The chair is always invited: change the chair instead."))
    if attendance is not AttendanceStatus.invited:
        raise StateConflict(
            _(
                "This invitee's attendance is recorded ({attendance}): it stays on the record.",
                attendance=attendance,
            )
        )
    if state is MeetingState.held:
        raise StateConflict(
            _(
                "The meeting has been held: whoever was invited stays on the list; "
                "record an invitee who did not come as absent, with the reason."
            )
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
                lack("started_at", message=_("the time the meeting began is not recorded"))
            if draft.ended_at is None:
                lack("ended_at", message=_("the time the meeting ended is not recorded"))
        elif item is MinutesField.place and not (draft.place or "").strip():
            lack("place", message=_("the place is not recorded"))
        elif item is MinutesField.chair and not (draft.chair or "").strip():
            lack("chair", message=_("who chaired (主持人) is not recorded"))
        elif item is MinutesField.attendees and attendees == 0:
            lack("attendees", message=_("no attendance is recorded as present or represented"))
        elif item is MinutesField.agenda_items and not draft.agenda_items:
            lack("agenda_items", message=_("no agenda item (议题) is recorded"))
        elif item is MinutesField.speeches:
            if not draft.agenda_items:
                lack("agenda_items", message=_("speeches are recorded per agenda item"))
            for index, agenda in enumerate(draft.agenda_items):
                if not agenda.speeches:
                    lack(
                        "agenda_items",
                        index,
                        "speeches",
                        message=_("no speaker's main points (发言主要观点) are recorded"),
                    )
        elif item is MinutesField.decisions:
            if not draft.agenda_items:
                lack("agenda_items", message=_("decisions are recorded per agenda item"))
            for index, agenda in enumerate(draft.agenda_items):
                if not agenda.decisions:
                    lack(
                        "agenda_items",
                        index,
                        "decisions",
                        message=_("no decision (明确意见) is recorded"),
                    )
    # One path once, even when two required fields point at it (the first message says it).
    first: dict[tuple[str | int, ...], FieldError] = {}
    for error in errors:
        first.setdefault(error.location, error)
    return tuple(first.values())


def unrecorded_attendance(attendance: Sequence[AttendanceStatus]) -> tuple[FieldError, ...]:
    """Each invitee whose attendance is not recorded: the minutes' attendees (参加人员) are
    archived as recorded, so none may be left unknown."""
    return tuple(
        FieldError(
            ("minutes", "attendees", index),
            _("attendance not recorded: present, absent with reason, or represented"),
        )
        for index, status in enumerate(attendance)
        if status is AttendanceStatus.invited
    )


def check_minutes_day(
    started_at: datetime | None, meeting_day: date, zone: tzinfo
) -> tuple[FieldError, ...]:
    """Minutes record the meeting they belong to: they start on its day (a meeting held on
    another day is rescheduled first, so its rules are judged for that day)."""
    if started_at is None or started_at.astimezone(zone).date() == meeting_day:
        return ()
    return (
        FieldError(
            ("minutes", "started_at"),
            _(
                "is not on the meeting's day ({meeting_day}): reschedule the meeting first",
                meeting_day=meeting_day.isoformat(),
            ),
        ),
    )


def check_addendum_day(dated: date, archived_on: date, today: date) -> None:
    if not archived_on <= dated <= today:
        raise InvalidInput(
            _("an addendum is dated between the archiving and today"),
            (
                FieldError(
                    ("body", "dated"),
                    _(
                        "must be from {archived_on} to {today}",
                        archived_on=archived_on.isoformat(),
                        today=today.isoformat(),
                    ),
                ),
            ),
        )


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
    held = "held"  # a regular meeting of the kind was held in the period's window
    scheduled = "scheduled"  # the window is not over and a regular one is planned in it
    not_yet_due = "not_yet_due"  # the window is not over and none is planned yet
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
    window_start: date  # the days a meeting counts in: the period, or its year end
    window_end: date
    status: PeriodStatus
    held: tuple[MeetingOnRecord, ...]
    scheduled: tuple[MeetingOnRecord, ...]
    extra: tuple[MeetingOnRecord, ...]  # extra meetings in the window: on top, never instead
    reason: str | None
    # Regular meetings held in the period but outside its window (a joint meeting in June for
    # a year-end rule): shown so the office sees why the period is not held.
    outside: tuple[MeetingOnRecord, ...] = ()


HELD_STATES = frozenset({MeetingState.held, MeetingState.minutes_archived})
PLANNED_STATES = frozenset({MeetingState.scheduled, MeetingState.awaiting_consent})


def window_of(cadence: Cadence, period: Period) -> tuple[date, date]:
    """The days a meeting counts in for ``period``. "年末召开一次" (E-MTG-1) is read as the
    year's last quarter: a joint meeting in June is no year-end meeting."""
    if cadence is Cadence.year_end:
        return date(period.year, 10, 1), period.end
    return period.start, period.end


RulebookAt = Callable[[date], Rulebook | None]


def expected_periods(
    rulebooks: Rulebook | RulebookAt,
    year: int,
    meetings: Iterable[MeetingOnRecord],
    reasons: Mapping[tuple[str, Period], str],
    today: date,
) -> list[ExpectedPeriod]:
    """For each meeting kind with a cadence and each of its periods of ``year``: was a regular
    meeting of that kind held in the period's window? Each period is judged by the rulebook in
    force on its last day (``rulebooks``: one for the whole year, or the version on a day); a
    period with none in force, or whose rulebook gives the kind another cadence, expects
    nothing. Extra meetings (临时增开) come on top of the regular ones and never stand in for
    one; they are listed. A window not yet over is not missed."""
    rulebook_at: RulebookAt = (
        (lambda _day: rulebooks) if isinstance(rulebooks, Rulebook) else rulebooks
    )
    meetings = tuple(meetings)
    period_kinds = tuple(dict.fromkeys(CADENCE_PERIOD.values()))
    ends = sorted(
        {Period(k, year, i).end for k in period_kinds for i in range(1, k.per_year + 1)},
        reverse=True,
    )
    # Kinds in the order the latest rulebook of the year lists them, then earlier ones'.
    order = dict.fromkeys(
        key for end in ends if (book := rulebook_at(end)) for key in book.meeting_kinds
    )
    rows = []
    for key in order:
        for period_kind in period_kinds:
            for index in range(1, period_kind.per_year + 1):
                period = Period(period_kind, year, index)
                book = rulebook_at(period.end)
                kind = book.meeting_kinds.get(key) if book else None
                if kind is None or CADENCE_PERIOD.get(kind.cadence) is not period_kind:
                    continue
                rows.append(_judge_period(kind, period, meetings, reasons, today))
    return rows


def _judge_period(
    kind: MeetingKind,
    period: Period,
    meetings: Sequence[MeetingOnRecord],
    reasons: Mapping[tuple[str, Period], str],
    today: date,
) -> ExpectedPeriod:
    start, end = window_of(kind.cadence, period)
    inside = [m for m in meetings if m.kind == kind.key and start <= m.day <= end]
    regular = [m for m in inside if not m.is_extra]
    held = tuple(m for m in regular if m.state in HELD_STATES)
    planned = tuple(m for m in regular if m.state in PLANNED_STATES)
    extra = tuple(m for m in inside if m.is_extra and m.state is not MeetingState.cancelled)
    reason = reasons.get((kind.key, period))
    if held:
        status = PeriodStatus.held
    elif end >= today:
        status = PeriodStatus.scheduled if planned else PeriodStatus.not_yet_due
    else:
        status = PeriodStatus.excused if reason else PeriodStatus.missed
    outside = tuple(
        m
        for m in meetings
        if m.kind == kind.key
        and not m.is_extra
        and m.state in HELD_STATES
        and period.start <= m.day <= period.end
        and not start <= m.day <= end
    )
    return ExpectedPeriod(kind, period, start, end, status, held, planned, extra, reason, outside)


def period_from_label(label: str, location: tuple[str | int, ...]) -> Period:
    """A year (``2026``), quarter (``2026-Q2``) or month (``2026-03``), whichever it spells."""
    for kind in (PeriodKind.year, PeriodKind.quarter, PeriodKind.month):
        try:
            return parse_period(label, kind, location)
        except InvalidInput:
            continue
    raise InvalidInput(
        _("{label!r} is not a period", label=label),
        (FieldError(location, _("must be a year, quarter or month, e.g. 2026, 2026-Q2, 2026-03")),),
    )


def check_expected(
    kind: MeetingKind,
    period: Period,
    kind_location: tuple[str | int, ...],
    period_location: tuple[str | int, ...],
) -> None:
    """``period`` must be one the kind's cadence expects a meeting in."""
    expected = CADENCE_PERIOD.get(kind.cadence)
    if expected is None:
        raise InvalidInput(
            _("{key} meetings are held as needed: no period expects one", key=kind.key),
            (FieldError(kind_location, _("has no cadence")),),
        )
    if period.kind is not expected:
        raise InvalidInput(
            _(
                "{key} meetings are expected each {expected}, not each {kind}",
                key=kind.key,
                expected=expected,
                kind=period.kind,
            ),
            (FieldError(period_location, _("must be a {expected}", expected=expected)),),
        )


def parse_period(label: str, kind: PeriodKind, location: tuple[str | int, ...]) -> Period:
    """``2026`` (a year), ``2026-Q2`` (a quarter) or ``2026-03`` (a month), as ``kind`` wants."""
    examples = {PeriodKind.year: "2026", PeriodKind.quarter: "2026-Q2", PeriodKind.month: "2026-03"}
    try:
        if not label.isascii():
            raise ValueError(label)
        year_text, __, rest = label.partition("-")
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
        _("{label!r} is not a {kind} period", label=label, kind=kind),
        (
            FieldError(
                location, _("must be a {kind}, e.g. {examples}", kind=kind, examples=examples[kind])
            ),
        ),
    )
