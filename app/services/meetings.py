"""Meetings: convening under the rulebook, consent, invitees and attendance, minutes and their
archiving, compliance with the rules' cadence, and the iCalendar feed.

Every act is judged by the rulebook in force on the meeting's day (in the jurisdiction's time
zone), with the positions and delegations of that day; refusals name the rule (403). States move
only as app.domain.meetings.TRANSITIONS allows (409 otherwise).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import meetings as domain
from app.domain.access import Actor, ActorKind, JurisdictionRef, may_act_for, may_manage_meeting
from app.domain.errors import FieldError, IncompleteRecord, InvalidInput, RuleViolation
from app.domain.meetings import (
    AgendaRecord,
    AttendanceStatus,
    MeetingAction,
    MeetingState,
    MinutesDraft,
    Resolution,
    Speech,
)
from app.domain.reports import Period, PeriodKind
from app.domain.rulebook import Act, Decision, MeetingKind, Rulebook, parse_rulebook
from app.errors import Conflict, Forbidden, NotFound
from app.models import (
    Jurisdiction,
    Meeting,
    MeetingInvitee,
    MeetingMinutes,
    MeetingPeriodReason,
    MinutesAddendum,
)
from app.pagination import PageRequest, next_cursor_for
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import meetings as repo
from app.repositories import rulebooks as rulebooks_repo
from app.repositories import units as units_repo
from app.repositories.common import add_unique
from app.schemas.meetings import (
    AddendumIn,
    AddendumOut,
    AgendaItemIn,
    AgendaItemOut,
    AttendanceSheet,
    AttendanceUpdate,
    AttendeeOut,
    InviteeCreate,
    InviteeOut,
    MeetingApprove,
    MeetingCancel,
    MeetingComplianceOut,
    MeetingCreate,
    MeetingDetailOut,
    MeetingOut,
    MeetingPeriodOut,
    MeetingUpdate,
    MinutesContent,
    MinutesIn,
    MinutesOut,
    MinutesVerification,
    MissingField,
    PeriodReasonIn,
    PeriodReasonOut,
)
from app.services import audit, rulebooks
from app.services.common import Location, require_account_here, require_units_here
from app.services.delegations import ActJudge, judge_on

# The feed's default window around today, and the most events it serves.
FEED_PAST = timedelta(days=366)
FEED_AHEAD = timedelta(days=731)
FEED_MAX_EVENTS = 2000


# --- small pieces ---------------------------------------------------------------------------


async def _jurisdiction(session: AsyncSession, jid: uuid.UUID) -> Jurisdiction:
    row = await jurisdictions_repo.get(session, jid)
    if row is None:
        raise NotFound("No such jurisdiction.")
    return row


def _zone(jurisdiction: Jurisdiction) -> ZoneInfo:
    return ZoneInfo(jurisdiction.time_zone)


def _aware(value: datetime, zone: ZoneInfo) -> datetime:
    """A time without an offset is the jurisdiction's local time."""
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _day(value: datetime, zone: ZoneInfo) -> date:
    return value.astimezone(zone).date()


def _require(decision: Decision) -> None:
    if not decision.allowed:
        raise RuleViolation(decision.reason, rule=decision.rule, source=decision.source)


def _kind(rulebook: Rulebook, key: str, on: date, location: Location) -> MeetingKind:
    kind = rulebook.meeting_kinds.get(key)
    if kind is None:
        known = ", ".join(rulebook.meeting_kinds) or "none"
        raise InvalidInput(
            f"The rulebook in force on {on.isoformat()} defines no meeting kind {key!r} "
            f"(it defines: {known}).",
            (FieldError(location, "not a meeting kind of the rulebook in force"),),
        )
    return kind


def _acting_for(
    actor: Actor, jurisdiction: JurisdictionRef, person: uuid.UUID | None, what: str
) -> uuid.UUID:
    """The person an act is recorded for: the caller, or someone the office names."""
    if person is None:
        if actor.kind is not ActorKind.user:
            raise InvalidInput(
                f"a machine client records {what} on someone's behalf: name the person",
                (FieldError(("body", f"{what}_id"), "required for a machine client"),),
            )
        return actor.id
    if not may_act_for(actor, jurisdiction, person):
        raise Forbidden(f"Only this jurisdiction's office records {what} on someone else's behalf.")
    return person


def _agenda_json(items: Sequence[AgendaItemIn]) -> list[dict[str, Any]]:
    return [
        {
            "title": item.title,
            "presenting_unit_id": str(item.presenting_unit_id) if item.presenting_unit_id else None,
            "concerned_unit_ids": [str(u) for u in dict.fromkeys(item.concerned_unit_ids)],
        }
        for item in items
    ]


def _agenda_units(items: Sequence[AgendaItemIn]) -> list[tuple[Location, uuid.UUID]]:
    found: list[tuple[Location, uuid.UUID]] = []
    for index, item in enumerate(items):
        if item.presenting_unit_id is not None:
            found.append(
                (("body", "agenda_items", index, "presenting_unit_id"), item.presenting_unit_id)
            )
        for position, unit in enumerate(item.concerned_unit_ids):
            found.append((("body", "agenda_items", index, "concerned_unit_ids", position), unit))
    return found


def _units_concerned(agenda: Sequence[dict[str, Any]]) -> list[uuid.UUID]:
    units: list[uuid.UUID] = []
    for item in agenda:
        if item.get("presenting_unit_id"):
            units.append(uuid.UUID(item["presenting_unit_id"]))
        units.extend(uuid.UUID(u) for u in item.get("concerned_unit_ids", []))
    return list(dict.fromkeys(units))


def _out(row: Meeting) -> MeetingOut:
    return MeetingOut.model_validate(
        {
            **{name: getattr(row, name) for name in MeetingOut.model_fields if hasattr(row, name)},
            "agenda_items": [AgendaItemOut.model_validate(item) for item in row.agenda],
        }
    )


def _invitee_out(row: MeetingInvitee, display_name: str | None) -> InviteeOut:
    return InviteeOut.model_validate(
        {
            **{n: getattr(row, n) for n in InviteeOut.model_fields if hasattr(row, n)},
            "display_name": display_name,
        }
    )


async def _detail(session: AsyncSession, row: Meeting) -> MeetingDetailOut:
    invitees = await repo.invitees(session, row.jurisdiction_id, row.id)
    return MeetingDetailOut(
        **_out(row).model_dump(),
        invitees=[_invitee_out(i.invitee, i.person_name) for i in invitees],
    )


async def _meeting(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID, *, for_update: bool = False
) -> Meeting:
    row = await repo.get(session, jid, meeting_id, for_update=for_update)
    if row is None:
        raise NotFound("No such meeting in this jurisdiction.")
    return row


async def _audit(
    session: AsyncSession,
    actor: Actor,
    action: str,
    row: Meeting,
    *,
    before: MeetingOut | None,
    delegation_id: uuid.UUID | None = None,
) -> None:
    await audit.record(
        session,
        actor,
        action=action,
        entity_type="meeting",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=_out(row),
        delegation_id=delegation_id,
    )


async def _changed(session: AsyncSession, row: Meeting) -> None:
    """Flush a change subscribers should see (iCalendar SEQUENCE) and reload server values."""
    row.sequence += 1
    await session.flush()
    await session.refresh(row)


# --- convening and the state machine --------------------------------------------------------


async def _invite(
    session: AsyncSession, row: Meeting, kind: MeetingKind, day: date, *, existing: bool
) -> None:
    """Invite whom the attendance rule names on ``day``; with ``existing``, only those not
    invited yet (nobody the office added or kept is removed)."""
    positions = await repo.positions_on(session, row.jurisdiction_id, day)
    active = [
        unit for unit, _, _ in await units_repo.active_summaries(session, row.jurisdiction_id)
    ]
    derived = domain.derive_invitees(
        kind, positions, active, _units_concerned(row.agenda), row.chair_id
    )
    present: set[tuple[uuid.UUID | None, uuid.UUID | None]] = set()
    last = 0
    if existing:
        for invitee, _, _ in await repo.invitees(session, row.jurisdiction_id, row.id):
            present.add((invitee.user_id, None) if invitee.user_id else (None, invitee.unit_id))
            last = max(last, invitee.position)
    new = [
        i for i in derived if ((i.person, None) if i.person else (None, i.unit_id)) not in present
    ]
    await repo.add_invitees(
        session,
        [
            MeetingInvitee(
                jurisdiction_id=row.jurisdiction_id,
                meeting_id=row.id,
                position=last + n,
                user_id=i.person,
                unit_id=i.unit_id,
                basis=i.basis,
            )
            for n, i in enumerate(new, start=1)
        ],
    )


async def _judge_convening(
    judge: ActJudge, kind: MeetingKind, convener: uuid.UUID, is_extra: bool
) -> tuple[Decision, Decision | None]:
    """(the convening, the consent given with it). An extra meeting of a kind that asks for
    consent is proposed by whom the rule lets propose it (E-MTG-2: anyone, the office
    included; C-MTG-1: the leader or a deputy) and stands on the consent: given at once when
    the proposer may consent, else awaited. Any other meeting is convened by whom the rule
    names."""
    if is_extra and kind.extra_consent is not None:
        _require(await judge.decide(Act.propose_extra, kind.key, convener))
        consent = await judge.decide(Act.approve_extra, kind.key, convener)
        proposal = Decision(
            True,
            kind.extra_consent.ref.rule,
            kind.extra_consent.ref.source,
            "an extra meeting is proposed; it stands on the consent the rule asks for",
        )
        return proposal, consent if consent.allowed else None
    convening = await judge.decide(Act.convene, kind.key, convener)
    _require(convening)
    return convening, None


async def convene(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    data: MeetingCreate,
    *,
    now: datetime,
) -> MeetingDetailOut:
    jurisdiction = await _jurisdiction(session, ref.id)
    zone = _zone(jurisdiction)
    starts_at, ends_at = _aware(data.starts_at, zone), _aware(data.ends_at, zone)
    domain.check_times(starts_at, ends_at)
    convener = _acting_for(actor, ref, data.convener_id, "convener")
    await require_account_here(session, ref.id, convener, ("body", "convener_id"))
    await require_account_here(session, ref.id, data.chair_id, ("body", "chair_id"))
    await require_units_here(session, ref.id, _agenda_units(data.agenda_items))
    day = _day(starts_at, zone)
    judge = await judge_on(session, ref.id, day)
    kind = _kind(judge.found.rulebook, data.kind, day, ("body", "kind"))
    convening, consent = await _judge_convening(judge, kind, convener, data.is_extra)
    chairing = await judge.decide(Act.chair, kind.key, data.chair_id)
    _require(chairing)
    row = await repo.add(
        session,
        Meeting(
            jurisdiction_id=ref.id,
            kind=kind.key,
            kind_name=kind.name,
            minutes_required=kind.minutes_required,
            title=data.title,
            starts_at=starts_at,
            ends_at=ends_at,
            place=data.place,
            is_extra=data.is_extra,
            state=domain.initial_state(kind, data.is_extra, consent is not None),
            agenda=_agenda_json(data.agenda_items),
            rulebook_version_id=judge.found.version_id,
            convened_by=convener,
            convene_rule=convening.rule,
            convene_delegation_id=convening.delegation_id,
            chair_id=data.chair_id,
            chair_rule=chairing.rule,
            chair_delegation_id=chairing.delegation_id,
            consented_by=convener if consent else None,
            consented_at=now if consent else None,
            consent_rule=consent.rule if consent else None,
            consent_delegation_id=consent.delegation_id if consent else None,
        ),
    )
    await _invite(session, row, kind, day, existing=False)
    await _audit(
        session, actor, "meeting.convene", row, before=None, delegation_id=convening.delegation_id
    )
    return await _detail(session, row)


async def get(session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID) -> MeetingDetailOut:
    return await _detail(session, await _meeting(session, jid, meeting_id))


async def list_meetings(
    session: AsyncSession,
    jid: uuid.UUID,
    page: PageRequest,
    *,
    kind: str | None,
    state: MeetingState | None,
    from_: date | None,
    to: date | None,
    minutes_pending: bool | None = None,
) -> tuple[list[MeetingOut], str | None]:
    zone = _zone(await _jurisdiction(session, jid))
    _check_range(from_, to)
    rows = await repo.list_meetings(
        session,
        jid,
        page,
        kind=kind,
        state=state,
        starts_from=_local_midnight(from_, zone) if from_ else None,
        starts_before=_local_midnight(to + timedelta(days=1), zone) if to else None,
        minutes_pending=minutes_pending,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.starts_at, r.id])
    return [_out(r) for r in kept], cursor


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


# Days a query may name: far enough for any record, near enough that a day after the last one
# and times in UTC still exist.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def _check_range(from_: date | None, to: date | None) -> None:
    for name, day in (("from", from_), ("to", to)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise InvalidInput(
                f"{name} is outside the dates this service keeps",
                (FieldError(("query", name), f"must be from {FIRST_DAY} to {LAST_DAY}"),),
            )
    if from_ is not None and to is not None and to < from_:
        raise InvalidInput(
            "The range ends before it starts.",
            (FieldError(("query", "to"), "must not be before from"),),
        )


async def approve(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: MeetingApprove,
    *,
    now: datetime,
) -> MeetingDetailOut:
    """Consent to an extra meeting (E-MTG-2), judged on the meeting's day."""
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(row.state), MeetingAction.approve)
    consenter = _acting_for(actor, ref, data.consenter_id, "consenter")
    await require_account_here(session, ref.id, consenter, ("body", "consenter_id"))
    zone = _zone(await _jurisdiction(session, ref.id))
    judge = await judge_on(session, ref.id, _day(row.starts_at, zone))
    consent = await judge.decide(Act.approve_extra, row.kind, consenter)
    _require(consent)
    before = _out(row)
    row.state = target
    row.consented_by = consenter
    row.consented_at = now
    row.consent_rule = consent.rule
    row.consent_delegation_id = consent.delegation_id
    await _changed(session, row)
    await _audit(
        session, actor, "meeting.approve", row, before=before, delegation_id=consent.delegation_id
    )
    return await _detail(session, row)


async def cancel(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: MeetingCancel,
    *,
    now: datetime,
) -> MeetingDetailOut:
    """Cancel a meeting, or withdraw one still awaiting consent: its convener or the office."""
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    if not may_manage_meeting(actor, ref, row.convened_by):
        raise Forbidden("Only the meeting's convener or this jurisdiction's office may cancel it.")
    target = domain.after(MeetingState(row.state), MeetingAction.cancel)
    before = _out(row)
    row.state = target
    row.cancelled_at = now
    row.cancellation_reason = data.reason
    await _changed(session, row)
    await _audit(session, actor, "meeting.cancel", row, before=before)
    return await _detail(session, row)


async def _rejudge(
    session: AsyncSession, row: Meeting, day: date, chair_id: uuid.UUID, *, convening: bool
) -> MeetingKind:
    """Judge the meeting again by the rulebook, positions and delegations of ``day``: its chair
    (who acts on the day: a revoked entrustment or an ended tenure counts) and, with
    ``convening`` (a new day), its convener — or, for an extra meeting standing on consent, its
    proposer and the consent given, which lapses (back to awaiting_consent) if it no longer
    holds that day."""
    judge = await judge_on(session, row.jurisdiction_id, day)
    kind = judge.found.rulebook.meeting_kinds.get(row.kind)
    if kind is None:
        raise Conflict(
            f"The rulebook in force on {day.isoformat()} defines no {row.kind} meetings: this "
            "meeting cannot take place under it (cancel it, or move it to a day it can)."
        )
    if convening and row.is_extra and kind.extra_consent is not None:
        _require(await judge.decide(Act.propose_extra, kind.key, row.convened_by))
        consent = (
            await judge.decide(Act.approve_extra, kind.key, row.consented_by)
            if row.consented_by
            else None
        )
        holds = consent is not None and consent.allowed
        row.state = domain.consent_after_move(MeetingState(row.state), holds)
        if consent is not None and consent.allowed:
            row.consent_rule, row.consent_delegation_id = consent.rule, consent.delegation_id
        elif row.state == MeetingState.awaiting_consent:
            row.consented_by = row.consented_at = None
            row.consent_rule = row.consent_delegation_id = None
    elif convening:
        convened = await judge.decide(Act.convene, kind.key, row.convened_by)
        _require(convened)
        row.convene_rule, row.convene_delegation_id = convened.rule, convened.delegation_id
    chairing = await judge.decide(Act.chair, kind.key, chair_id)
    _require(chairing)
    row.rulebook_version_id = judge.found.version_id
    row.kind_name, row.minutes_required = kind.name, kind.minutes_required
    row.chair_id, row.chair_rule = chair_id, chairing.rule
    row.chair_delegation_id = chairing.delegation_id
    return kind


async def update(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: MeetingUpdate,
    *,
    now: datetime,
) -> MeetingDetailOut:
    """Reschedule or change a meeting not yet held, or correct a held one's record (the day it
    really met) before its minutes are archived. The chair is judged again for the (new) day,
    and the convener when the day changes; newly concerned units' heads and a new chair are
    invited, nobody whose attendance is recorded is removed."""
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    if not may_manage_meeting(actor, ref, row.convened_by):
        raise Forbidden("Only the meeting's convener or this jurisdiction's office may change it.")
    domain.after(MeetingState(row.state), MeetingAction.reschedule)
    changes = data.model_dump(exclude_unset=True)
    nulls = [name for name, value in changes.items() if value is None]
    if nulls:
        raise InvalidInput(
            "these fields cannot be null: " + ", ".join(nulls),
            tuple(FieldError(("body", name), "cannot be null") for name in nulls),
        )
    if not changes:
        return await _detail(session, row)  # nothing to change: no new SEQUENCE, no audit
    zone = _zone(await _jurisdiction(session, ref.id))
    starts_at = _aware(data.starts_at, zone) if data.starts_at else row.starts_at
    ends_at = _aware(data.ends_at, zone) if data.ends_at else row.ends_at
    domain.check_times(starts_at, ends_at)
    attended = any(
        AttendanceStatus(i.invitee.attendance) in domain.ATTENDED
        for i in await repo.invitees(session, ref.id, row.id)
    )
    domain.check_move(starts_at, now, MeetingState(row.state), attended)
    if data.chair_id is not None:
        await require_account_here(session, ref.id, data.chair_id, ("body", "chair_id"))
    if data.agenda_items is not None:
        await require_units_here(session, ref.id, _agenda_units(data.agenda_items))
    before = _out(row)
    day = _day(starts_at, zone)
    old_chair = row.chair_id
    kind = await _rejudge(
        session,
        row,
        day,
        data.chair_id or row.chair_id,
        convening=day != _day(row.starts_at, zone),
    )
    row.starts_at, row.ends_at = starts_at, ends_at
    if data.title is not None:
        row.title = data.title
    if data.place is not None:
        row.place = data.place
    if data.agenda_items is not None:
        row.agenda = _agenda_json(data.agenda_items)
    await _changed(session, row)
    if row.chair_id != old_chair:
        dropped = await repo.drop_chair_invitation(session, row.jurisdiction_id, row.id, old_chair)
        if dropped is not None:
            await audit.record(
                session,
                actor,
                action="meeting.invitee.remove",
                entity_type="meeting",
                entity_id=row.id,
                jurisdiction_id=row.jurisdiction_id,
                before=_invitee_out(dropped, None),
            )
    await _invite(session, row, kind, day, existing=True)
    await _audit(session, actor, "meeting.update", row, before=before)
    return await _detail(session, row)


async def hold(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    *,
    now: datetime,
) -> MeetingDetailOut:
    """Record that a scheduled meeting took place: not before it begins, and only if its chair
    may chair it that day (an entrustment revoked since convening counts)."""
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(row.state), MeetingAction.hold)
    domain.check_begun(row.starts_at, now)
    before = _out(row)
    zone = _zone(await _jurisdiction(session, ref.id))
    await _rejudge(session, row, _day(row.starts_at, zone), row.chair_id, convening=False)
    row.state = target
    row.held_recorded_at = now
    await _changed(session, row)
    await _audit(session, actor, "meeting.hold", row, before=before)
    return await _detail(session, row)


async def _judging_kind(session: AsyncSession, row: Meeting) -> MeetingKind:
    """The meeting kind as the rulebook version that judged the meeting defines it."""
    version = await rulebooks_repo.get_by_id(session, row.rulebook_version_id)
    assert version is not None  # a foreign key keeps it
    kind = parse_rulebook(version.document).meeting_kinds.get(row.kind)
    assert kind is not None  # the meeting was judged by this version
    return kind


# --- invitees and attendance ----------------------------------------------------------------


async def add_invitee(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: InviteeCreate,
) -> InviteeOut:
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(row.state), MeetingAction.adjust_invitees)
    if data.user_id is None and data.unit_id is None:
        raise InvalidInput(
            "name the person to invite, the unit, or both",
            (FieldError(("body", "user_id"), "required when unit_id is not given"),),
        )
    if data.user_id is not None:
        await require_account_here(session, ref.id, data.user_id, ("body", "user_id"))
    if data.unit_id is not None:
        await require_units_here(session, ref.id, [(("body", "unit_id"), data.unit_id)])
    existing = await repo.invitees(session, ref.id, row.id)
    invitee = await add_unique(
        session,
        MeetingInvitee(
            jurisdiction_id=ref.id,
            meeting_id=row.id,
            position=max((i.invitee.position for i in existing), default=0) + 1,
            user_id=data.user_id,
            unit_id=data.unit_id,
            basis="office",
        ),
        "This person (or this unit) is already invited.",
    )
    await audit.record(
        session,
        actor,
        action="meeting.invitee.add",
        entity_type="meeting",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        after=_invitee_out(invitee, None),
    )
    return await _invitee(session, ref.id, row.id, invitee.id)


async def _invitee(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID, invitee_id: uuid.UUID
) -> InviteeOut:
    for invitee, name, _ in await repo.invitees(session, jid, meeting_id):
        if invitee.id == invitee_id:
            return _invitee_out(invitee, name)
    raise NotFound("No such invitee of this meeting.")


async def remove_invitee(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
) -> None:
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    invitee = await repo.get_invitee(session, ref.id, row.id, invitee_id)
    if invitee is None:
        raise NotFound("No such invitee of this meeting.")
    domain.after(MeetingState(row.state), MeetingAction.adjust_invitees)
    domain.check_removable(
        invitee.user_id,
        AttendanceStatus(invitee.attendance),
        row.chair_id,
        MeetingState(row.state),
    )
    before = _invitee_out(invitee, None)
    await session.delete(invitee)
    await session.flush()
    await audit.record(
        session,
        actor,
        action="meeting.invitee.remove",
        entity_type="meeting",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        before=before,
    )


async def _apply_attendance(
    session: AsyncSession,
    jid: uuid.UUID,
    row: Meeting,
    invitee: MeetingInvitee,
    data: AttendanceUpdate,
    now: datetime,
    location: Location,
) -> None:
    """Record one invitee's attendance (the caller has locked the meeting)."""
    domain.check_attendance(
        data.attendance,
        data.absence_reason,
        data.represented_by_name,
        begun=now >= row.starts_at,
        location=location,
    )
    if data.represented_by_user_id is not None:
        await require_account_here(
            session, jid, data.represented_by_user_id, (*location, "represented_by_user_id")
        )
    invitee.attendance = data.attendance
    absent = data.attendance is AttendanceStatus.absent
    represented = data.attendance is AttendanceStatus.represented
    invitee.absence_reason = data.absence_reason if absent or represented else None
    invitee.represented_by_name = data.represented_by_name if represented else None
    invitee.represented_by_user_id = data.represented_by_user_id if represented else None
    invitee.attendance_recorded_at = now


async def record_attendance(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
    data: AttendanceUpdate,
    *,
    now: datetime,
) -> InviteeOut:
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    invitee = await repo.get_invitee(session, ref.id, row.id, invitee_id)
    if invitee is None:
        raise NotFound("No such invitee of this meeting.")
    domain.after(MeetingState(row.state), MeetingAction.record_attendance)
    before = _invitee_out(invitee, None)
    await _apply_attendance(session, ref.id, row, invitee, data, now, ("body",))
    await session.flush()
    out = await _invitee(session, ref.id, row.id, invitee.id)
    await _audit_attendance(session, actor, row, [(before, out)])
    return out


async def record_attendances(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: AttendanceSheet,
    *,
    now: datetime,
) -> MeetingDetailOut:
    """The attendance sheet (签到表) at once: every record, or none when one is refused."""
    row = await _meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(row.state), MeetingAction.record_attendance)
    by_id = {i.invitee.id: i for i in await repo.invitees(session, ref.id, row.id)}
    unknown = [
        FieldError(("body", "records", n, "invitee_id"), "not an invitee of this meeting")
        for n, record in enumerate(data.records)
        if record.invitee_id not in by_id
    ]
    seen: set[uuid.UUID] = set()
    for n, record in enumerate(data.records):
        if record.invitee_id in seen:
            unknown.append(
                FieldError(("body", "records", n, "invitee_id"), "names an invitee already listed")
            )
        seen.add(record.invitee_id)
    if unknown:
        raise InvalidInput(
            f"{len(unknown)} record(s) name no invitee of this meeting or one twice",
            tuple(unknown),
        )
    changes = []
    for n, record in enumerate(data.records):
        found = by_id[record.invitee_id]
        before = _invitee_out(found.invitee, found.person_name)
        update = AttendanceUpdate.model_validate(record.model_dump(exclude={"invitee_id"}))
        await _apply_attendance(
            session, ref.id, row, found.invitee, update, now, ("body", "records", n)
        )
        changes.append((before, _invitee_out(found.invitee, found.person_name)))
    await session.flush()
    await _audit_attendance(session, actor, row, changes)
    return await _detail(session, row)


async def _audit_attendance(
    session: AsyncSession,
    actor: Actor,
    row: Meeting,
    changes: Sequence[tuple[InviteeOut, InviteeOut]],
) -> None:
    for before, after in changes:
        await audit.record(
            session,
            actor,
            action="meeting.attendance",
            entity_type="meeting",
            entity_id=row.id,
            jurisdiction_id=row.jurisdiction_id,
            before=before,
            after=after,
        )


# --- minutes --------------------------------------------------------------------------------


def _draft(content: dict[str, Any]) -> MinutesDraft:
    def moment(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return MinutesDraft(
        started_at=moment(content.get("started_at")),
        ended_at=moment(content.get("ended_at")),
        place=content.get("place"),
        chair=content.get("chair"),
        agenda_items=tuple(
            AgendaRecord(
                title=item["title"],
                speeches=tuple(Speech(s["speaker"], s["main_points"]) for s in item["speeches"]),
                decisions=tuple(
                    Resolution(
                        d["text"],
                        uuid.UUID(d["responsible_unit_id"])
                        if d.get("responsible_unit_id")
                        else None,
                        date.fromisoformat(d["deadline"]) if d.get("deadline") else None,
                    )
                    for d in item["decisions"]
                ),
            )
            for item in content.get("agenda_items", [])
        ),
    )


EMPTY_DRAFT: dict[str, Any] = {
    "started_at": None,
    "ended_at": None,
    "place": None,
    "chair": None,
    "agenda_items": [],
}


def _attendees(invitees: Sequence[repo.InviteeRow]) -> list[AttendeeOut]:
    """Everyone invited with their attendance; a unit invited without a person by its name."""
    return [
        AttendeeOut(
            name=row.person_name or row.unit_name or "",
            user_id=row.invitee.user_id,
            unit_id=row.invitee.unit_id,
            attendance=AttendanceStatus(row.invitee.attendance),
            absence_reason=row.invitee.absence_reason,
            represented_by_name=row.invitee.represented_by_name,
        )
        for row in invitees
    ]


@dataclass(frozen=True)
class _MinutesState:
    meeting: Meeting
    kind: MeetingKind
    row: MeetingMinutes | None
    attendees: list[AttendeeOut]
    missing: tuple[FieldError, ...]


async def _minutes_state(session: AsyncSession, meeting: Meeting) -> _MinutesState:
    kind = await _judging_kind(session, meeting)
    row = await repo.get_minutes(session, meeting.jurisdiction_id, meeting.id)
    attendees = _attendees(await repo.invitees(session, meeting.jurisdiction_id, meeting.id))
    attended = sum(1 for a in attendees if a.attendance in domain.ATTENDED)
    draft = _draft(row.draft if row else EMPTY_DRAFT)
    zone = _zone(await _jurisdiction(session, meeting.jurisdiction_id))
    missing = (
        *domain.missing_fields(draft, attended, kind.minutes_fields),
        *domain.unrecorded_attendance([a.attendance for a in attendees]),
        *domain.check_minutes_day(draft.started_at, _day(meeting.starts_at, zone), zone),
    )
    return _MinutesState(meeting, kind, row, attendees, missing)


async def _addenda_out(session: AsyncSession, meeting: Meeting) -> list[AddendumOut]:
    rows = await repo.addenda(session, meeting.jurisdiction_id, meeting.id)
    return [AddendumOut.model_validate(r) for r in rows]


async def _minutes_out(session: AsyncSession, state: _MinutesState) -> MinutesOut:
    row = state.row
    ref = state.kind.minutes.ref if state.kind.minutes else None
    return MinutesOut(
        meeting_id=state.meeting.id,
        status="archived" if row is not None and row.archived_at else "draft",
        draft=MinutesContent.model_validate(row.draft if row else EMPTY_DRAFT),
        attendees=state.attendees,
        missing=[MissingField(loc=list(e.location), msg=e.message) for e in state.missing],
        required_fields=[f.value for f in state.kind.minutes_fields],
        rule=ref.rule if ref else None,
        source=ref.source if ref else None,
        archived_at=row.archived_at if row else None,
        archived_by=row.archived_by if row else None,
        sha256=row.sha256 if row else None,
        archived_record=json.loads(row.canonical) if row and row.canonical else None,
        addenda=await _addenda_out(session, state.meeting),
        updated_at=row.updated_at if row else state.meeting.updated_at,
    )


async def get_minutes(session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID) -> MinutesOut:
    meeting = await _meeting(session, jid, meeting_id)
    state = await _minutes_state(session, meeting)
    if state.row is None:
        raise NotFound("No minutes are recorded for this meeting yet: PUT a draft first.")
    return await _minutes_out(session, state)


def _minutes_units(data: MinutesIn) -> list[tuple[Location, uuid.UUID]]:
    found: list[tuple[Location, uuid.UUID]] = []
    for index, item in enumerate(data.agenda_items):
        for position, speech in enumerate(item.speeches):
            if speech.unit_id is not None:
                found.append(
                    (
                        ("body", "agenda_items", index, "speeches", position, "unit_id"),
                        speech.unit_id,
                    )
                )
        for position, decision in enumerate(item.decisions):
            if decision.responsible_unit_id is not None:
                found.append(
                    (
                        (
                            "body",
                            "agenda_items",
                            index,
                            "decisions",
                            position,
                            "responsible_unit_id",
                        ),
                        decision.responsible_unit_id,
                    )
                )
    return found


async def put_minutes(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: MinutesIn,
) -> MinutesOut:
    """Replace the draft minutes (the office keeps them, C-MTG-3); archived ones never change."""
    meeting = await _meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(meeting.state), MeetingAction.edit_minutes)
    zone = _zone(await _jurisdiction(session, ref.id))
    started = _aware(data.started_at, zone) if data.started_at else None
    ended = _aware(data.ended_at, zone) if data.ended_at else None
    for name, moment in (("started_at", started), ("ended_at", ended)):
        if moment is not None:
            domain.check_moment(moment, ("body", name))
    if started and ended and ended <= started:
        raise InvalidInput(
            "the minutes' meeting ends before it starts",
            (FieldError(("body", "ended_at"), "must be after started_at"),),
        )
    await require_units_here(session, ref.id, _minutes_units(data))
    content = data.model_copy(update={"started_at": started, "ended_at": ended}).model_dump(
        mode="json"
    )
    row = await repo.get_minutes(session, ref.id, meeting.id)
    before = MinutesContent.model_validate(row.draft) if row else None
    if row is None:
        row = MeetingMinutes(meeting_id=meeting.id, jurisdiction_id=ref.id, draft=content)
        session.add(row)
    else:
        row.draft = content
    await session.flush()
    await session.refresh(row)
    await audit.record(
        session,
        actor,
        action="meeting.minutes.update",
        entity_type="meeting",
        entity_id=meeting.id,
        jurisdiction_id=ref.id,
        before=before,
        after=MinutesContent.model_validate(content),
    )
    return await _minutes_out(session, await _minutes_state(session, meeting))


def _record(state: _MinutesState, archived_at: datetime, archived_by: str) -> dict[str, Any]:
    """The archived minutes: everything C-MTG-3 names, as one JSON object."""
    meeting = state.meeting
    draft = state.row.draft if state.row else EMPTY_DRAFT
    ref = state.kind.minutes.ref if state.kind.minutes else None
    return {
        "meeting": {
            "id": str(meeting.id),
            "jurisdiction_id": str(meeting.jurisdiction_id),
            "kind": meeting.kind,
            "kind_name": meeting.kind_name,
            "title": meeting.title,
            "is_extra": meeting.is_extra,
            "scheduled_start": meeting.starts_at.astimezone(UTC).isoformat(),
            "rulebook_version_id": str(meeting.rulebook_version_id),
        },
        "time": {"started_at": draft["started_at"], "ended_at": draft["ended_at"]},
        "place": draft["place"],
        "chair": draft["chair"],
        "attendees": [a.model_dump(mode="json") for a in state.attendees],
        "agenda_items": draft["agenda_items"],
        "required_fields": [f.value for f in state.kind.minutes_fields],
        "rule": {"rule": ref.rule, "source": ref.source} if ref else None,
        "archived_at": archived_at.isoformat(),
        "archived_by": archived_by,
    }


async def archive_minutes(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    *,
    now: datetime,
) -> MinutesOut:
    """Archive the minutes (存档备查): refused with every missing field named while any field
    the rulebook requires is missing; once archived they never change."""
    meeting = await _meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(meeting.state), MeetingAction.archive_minutes)
    state = await _minutes_state(session, meeting)
    if state.missing:
        rule_ref = state.kind.minutes.ref if state.kind.minutes else None
        raise IncompleteRecord(
            f"The minutes cannot be archived: {len(state.missing)} required field(s) are missing.",
            state.missing,
            rule=rule_ref.rule if rule_ref else None,
            source=rule_ref.source if rule_ref else None,
        )
    assert state.row is not None  # the basic fields are always required
    archived_at = now
    text = domain.canonical_json(_record(state, archived_at, actor.name))
    before = _out(meeting)
    state.row.archived_at = archived_at
    state.row.archived_by = actor.name
    state.row.canonical = text
    state.row.sha256 = domain.sha256_of(text)
    meeting.state = target
    await session.flush()
    await _changed(session, meeting)
    await session.refresh(state.row)
    await _audit(session, actor, "meeting.minutes.archive", meeting, before=before)
    return await _minutes_out(session, await _minutes_state(session, meeting))


def _addendum_text(meeting_id: uuid.UUID, minutes_sha: str, dated: date, text: str, by: str) -> str:
    return domain.canonical_json(
        {
            "meeting_id": str(meeting_id),
            "minutes_sha256": minutes_sha,
            "dated": dated.isoformat(),
            "text": text,
            "recorded_by": by,
        }
    )


async def add_addendum(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    data: AddendumIn,
    *,
    now: datetime,
) -> MinutesOut:
    """A dated correction to archived minutes; the minutes themselves stay as archived."""
    meeting = await _meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(meeting.state), MeetingAction.add_addendum)
    minutes = await repo.get_minutes(session, ref.id, meeting.id)
    assert minutes is not None
    assert minutes.archived_at is not None
    assert minutes.sha256 is not None
    zone = _zone(await _jurisdiction(session, ref.id))
    today = now.astimezone(zone).date()
    archived_on = minutes.archived_at.astimezone(zone).date()
    dated = data.dated or today
    domain.check_addendum_day(dated, archived_on, today)
    text = _addendum_text(meeting.id, minutes.sha256, dated, data.text, actor.name)
    row = MinutesAddendum(
        jurisdiction_id=ref.id,
        meeting_id=meeting.id,
        dated=dated,
        text=data.text,
        sha256=domain.sha256_of(text),
        recorded_by=actor.name,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    await audit.record(
        session,
        actor,
        action="meeting.minutes.addendum",
        entity_type="meeting",
        entity_id=meeting.id,
        jurisdiction_id=ref.id,
        after=AddendumOut.model_validate(row),
    )
    return await _minutes_out(session, await _minutes_state(session, meeting))


async def verify_minutes(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID
) -> MinutesVerification:
    meeting = await _meeting(session, jid, meeting_id)
    row = await repo.get_minutes(session, jid, meeting.id)
    if row is None or row.canonical is None or row.sha256 is None:
        raise Conflict("These minutes are not archived yet: only archived minutes carry a hash.")
    recomputed = domain.sha256_of(row.canonical)
    try:
        canonical = domain.canonical_json(json.loads(row.canonical)) == row.canonical
    except ValueError:
        canonical = False
    addenda_intact = all(
        a.sha256
        == domain.sha256_of(_addendum_text(meeting.id, row.sha256, a.dated, a.text, a.recorded_by))
        for a in await repo.addenda(session, jid, meeting.id)
    )
    return MinutesVerification(
        meeting_id=meeting.id,
        sha256=row.sha256,
        recomputed=recomputed,
        canonical=canonical,
        intact=canonical and recomputed == row.sha256,
        addenda_intact=addenda_intact,
    )


# --- compliance with the cadence ------------------------------------------------------------


async def compliance(
    session: AsyncSession, jid: uuid.UUID, year: int, *, now: datetime
) -> MeetingComplianceOut:
    """Each period is judged by the rulebook version in force on its last day."""
    jurisdiction = await _jurisdiction(session, jid)
    zone = _zone(jurisdiction)
    ends = sorted({Period(PeriodKind.month, year, month).end for month in range(1, 13)})
    books = await rulebooks.in_force_on_days(session, jid, ends)
    if not any(books.values()):
        raise Conflict(
            f"No rulebook is in force in this jurisdiction in {year}: a rulebook must be "
            "published first."
        )
    rows = await repo.starting_between(
        session,
        jid,
        _local_midnight(date(year, 1, 1), zone),
        _local_midnight(date(year + 1, 1, 1), zone),
    )
    on_record = [
        domain.MeetingOnRecord(
            r.id, r.kind, _day(r.starts_at, zone), MeetingState(r.state), r.is_extra
        )
        for r in rows
    ]
    labels = [
        str(Period(k, year, i))
        for k in domain.CADENCE_PERIOD.values()
        for i in range(1, k.per_year + 1)
    ]
    reasons = {
        (reason.meeting_kind, domain.period_from_label(reason.period, ("period",))): reason.reason
        for reason in await repo.period_reasons(session, jid, labels)
    }

    def rulebook_at(day: date) -> Rulebook | None:
        found = books.get(day)
        return found.rulebook if found else None

    today = now.astimezone(zone).date()
    items = []
    for row in domain.expected_periods(rulebook_at, year, on_record, reasons, today):
        version = books[row.period.end]
        assert version is not None  # the period was judged by it
        items.append(
            MeetingPeriodOut(
                meeting_kind=row.kind.key,
                name=row.kind.name,
                cadence=row.kind.cadence,
                rule=row.kind.cadence_ref.rule if row.kind.cadence_ref else None,
                source=row.kind.cadence_ref.source if row.kind.cadence_ref else None,
                period=str(row.period),
                period_start=row.window_start,
                period_end=row.window_end,
                status=row.status,
                meeting_ids=[m.id for m in row.held],
                scheduled_meeting_ids=[m.id for m in row.scheduled],
                extra_meeting_ids=[m.id for m in row.extra],
                outside_window_meeting_ids=[m.id for m in row.outside],
                reason=row.reason,
                rulebook_version_id=version.version_id,
            )
        )
    at_year_end = books[date(year, 12, 31)]
    return MeetingComplianceOut(
        jurisdiction_id=jid,
        year=year,
        on=today,
        rulebook_version_id=at_year_end.version_id if at_year_end else None,
        items=items,
    )


async def put_period_reason(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_kind: str,
    period_label: str,
    data: PeriodReasonIn,
) -> PeriodReasonOut:
    """Record why a period the rules expect a meeting in has none (原则上: in principle). The
    period must be one the rulebook in force on its last day expects the kind in."""
    period = domain.period_from_label(period_label, ("path", "period"))
    found = await rulebooks.in_force(session, ref.id, period.end)
    if found is None:
        raise Conflict(
            f"No rulebook is in force in this jurisdiction on {period.end.isoformat()}: no "
            "meeting was expected."
        )
    kind = _kind(found.rulebook, meeting_kind, period.end, ("path", "meeting_kind"))
    domain.check_expected(kind, period, ("path", "meeting_kind"), ("path", "period"))
    row = await repo.get_period_reason(session, ref.id, kind.key, str(period))
    before = PeriodReasonOut.model_validate(row) if row else None
    if row is None:
        row = await add_unique(
            session,
            MeetingPeriodReason(
                jurisdiction_id=ref.id,
                meeting_kind=kind.key,
                period=str(period),
                reason=data.reason,
                recorded_by=actor.name,
            ),
            "A reason for this period was recorded at the same moment; read it and try again.",
        )
    else:
        row.reason = data.reason
        row.recorded_by = actor.name
        await session.flush()
        await session.refresh(row)
    out = PeriodReasonOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="meeting.period_reason",
        entity_type="meeting_period_reason",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        before=before,
        after=out,
    )
    return out


# --- the iCalendar feed (RFC 5545) ----------------------------------------------------------

ICS_STATUS = {
    MeetingState.awaiting_consent: "TENTATIVE",
    MeetingState.scheduled: "CONFIRMED",
    MeetingState.held: "CONFIRMED",
    MeetingState.minutes_archived: "CONFIRMED",
    MeetingState.cancelled: "CANCELLED",
}


def _window(from_: date | None, to: date | None, today: date) -> tuple[date, date]:
    """The feed's days: a bound not given lies the default distance from the one given (or
    from today)."""
    _check_range(from_, to)
    start = from_ or max(FIRST_DAY, (to or today) - FEED_PAST)
    end = to or min(LAST_DAY, (from_ or today) + FEED_AHEAD)
    return start, end


def _ics(name: str, zone: ZoneInfo, meetings: Sequence[tuple[Meeting, ZoneInfo]]) -> bytes:
    """An iCalendar document of ``meetings``, each in its own jurisdiction's zone."""
    calendar = Calendar()
    calendar.add("prodid", "-//Gaiban//改办 meetings//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(zone))
    for row, local in meetings:
        event = Event()
        event.add("uid", f"{row.id}@gaiban")
        event.add("dtstamp", row.updated_at.astimezone(UTC))
        event.add("created", row.created_at.astimezone(UTC))
        event.add("last-modified", row.updated_at.astimezone(UTC))
        event.add("sequence", row.sequence)
        event.add("dtstart", row.starts_at.astimezone(local))
        event.add("dtend", row.ends_at.astimezone(local))
        event.add("summary", row.title)
        event.add("location", row.place)
        event.add("status", ICS_STATUS[MeetingState(row.state)])
        event.add("categories", [row.kind_name])
        lines = [f"{row.kind_name}（{row.kind}）" + ("，临时增开" if row.is_extra else "")]
        lines += [f"议题{n}：{item['title']}" for n, item in enumerate(row.agenda, start=1)]
        if row.cancellation_reason:
            lines.append(f"取消原因：{row.cancellation_reason}")
        event.add("description", "\n".join(lines))
        calendar.add_component(event)
    if meetings:
        calendar.add_missing_timezones()
    result: bytes = calendar.to_ical()
    return result


async def feed(
    session: AsyncSession,
    jid: uuid.UUID,
    *,
    now: datetime,
    from_: date | None,
    to: date | None,
    person: uuid.UUID | None,
) -> bytes:
    """The jurisdiction's meetings (or one person's: those they chair or are invited to) as an
    iCalendar document, cancelled ones marked CANCELLED so subscribers drop them."""
    jurisdiction = await _jurisdiction(session, jid)
    zone = _zone(jurisdiction)
    start, end = _window(from_, to, now.astimezone(zone).date())
    rows = await repo.in_window(
        session,
        jid,
        _local_midnight(start, zone),
        _local_midnight(end + timedelta(days=1), zone),
        person=person,
        limit=FEED_MAX_EVENTS,
    )
    return _ics(f"{jurisdiction.name} 改办会议", zone, [(row, zone) for row in rows])


async def personal_feed(
    session: AsyncSession,
    actor: Actor,
    *,
    now: datetime,
    default_zone: ZoneInfo,
    from_: date | None,
    to: date | None,
) -> bytes:
    """The caller's meetings in every jurisdiction: those they chair or are invited to."""
    if actor.kind is not ActorKind.user:
        raise Forbidden("A personal calendar is a person's; a machine client has none.")
    start, end = _window(from_, to, now.astimezone(default_zone).date())
    rows = await repo.of_person(
        session,
        actor.id,
        _local_midnight(start, default_zone),
        _local_midnight(end + timedelta(days=1), default_zone),
        limit=FEED_MAX_EVENTS,
    )
    zones = {
        row.id: ZoneInfo(row.time_zone)
        for row in await jurisdictions_repo.get_many(session, {m.jurisdiction_id for m in rows})
    }
    return _ics(
        f"{actor.name} 的改办会议",
        default_zone,
        [(row, zones.get(row.jurisdiction_id, default_zone)) for row in rows],
    )
