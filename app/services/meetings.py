"""Meetings: convening under the rulebook, proposal and consent, the state machine, invitees and
attendance — and the helpers the minutes (app.services.minutes), compliance
(app.services.meeting_compliance) and feeds (app.services.meeting_feeds) share.

Every act is judged by the rulebook in force on the meeting's day (in the jurisdiction's time
zone), with the positions and delegations of that day; refusals name the rule (403). States move
only as app.domain.meetings.TRANSITIONS allows (409 otherwise).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import meetings as domain
from app.domain.access import Actor, ActorKind, JurisdictionRef, may_act_for, may_manage_meeting
from app.domain.errors import FieldError, InvalidInput
from app.domain.events import EventType
from app.domain.meetings import (
    AttendanceStatus,
    MeetingAction,
    MeetingState,
)
from app.domain.messages import _
from app.domain.rulebook import Act, Decision, Holding, MeetingKind, Rulebook
from app.errors import Conflict, Forbidden, NotFound
from app.models import (
    Jurisdiction,
    Meeting,
    MeetingInvitee,
)
from app.pagination import PageRequest, next_cursor_for
from app.repositories import meetings as repo
from app.repositories.common import add_unique
from app.request_context import note_resource_version
from app.schemas.meetings import (
    AgendaItemIn,
    AgendaItemOut,
    AttendanceSheet,
    AttendanceUpdate,
    InviteeCreate,
    InviteeOut,
    MeetingApprove,
    MeetingCancel,
    MeetingCreate,
    MeetingDetailOut,
    MeetingOut,
    MeetingUpdate,
)
from app.services import audit, events, rulebooks
from app.services.common import (
    Location,
    jurisdiction_zone,
    require,
    require_account_here,
    require_units_here,
)
from app.services.delegations import ActJudge, judge_on

# --- small pieces ---------------------------------------------------------------------------


def zone_of(jurisdiction: Jurisdiction) -> ZoneInfo:
    return ZoneInfo(jurisdiction.time_zone)


def local_time(value: datetime, zone: ZoneInfo) -> datetime:
    """A time without an offset is the jurisdiction's local time."""
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def local_day(value: datetime, zone: ZoneInfo) -> date:
    return value.astimezone(zone).date()


def kind_in(rulebook: Rulebook, key: str, on: date, location: Location) -> MeetingKind:
    kind = rulebook.meeting_kinds.get(key)
    if kind is None:
        known = ", ".join(rulebook.meeting_kinds) or "none"
        raise InvalidInput(
            _(
                "The rulebook in force on {on} defines no meeting kind {key!r} (it "
                "defines: {known}).",
                on=on.isoformat(),
                key=key,
                known=known,
            ),
            (FieldError(location, _("not a meeting kind of the rulebook in force")),),
        )
    return kind


def _acting_for(
    actor: Actor,
    jurisdiction: JurisdictionRef,
    person: uuid.UUID | None,
    what: str,
    *,
    field: str | None = None,
) -> uuid.UUID:
    """The person an act is recorded for: the caller, or someone the office names."""
    if person is None:
        if actor.kind is not ActorKind.user:
            raise InvalidInput(
                _(
                    "a machine client records {what} on someone's behalf: name the person",
                    what=what,
                ),
                (FieldError(("body", field or f"{what}_id"), _("required for a machine client")),),
            )
        return actor.id
    if not may_act_for(actor, jurisdiction, person):
        raise Forbidden(
            _("Only this jurisdiction's office records {what} on someone else's behalf.", what=what)
        )
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


def meeting_out(row: Meeting) -> MeetingOut:
    return MeetingOut.model_validate(
        {
            **{name: getattr(row, name) for name in MeetingOut.model_fields if hasattr(row, name)},
            "agenda_items": [AgendaItemOut.model_validate(item) for item in row.agenda],
        }
    )


def invitee_out(row: MeetingInvitee, display_name: str | None) -> InviteeOut:
    return InviteeOut.model_validate(
        {
            **{n: getattr(row, n) for n in InviteeOut.model_fields if hasattr(row, n)},
            "display_name": display_name,
        }
    )


def _detail_of(
    row: Meeting, invitees: Sequence[tuple[MeetingInvitee, str | None]]
) -> MeetingDetailOut:
    return MeetingDetailOut(
        **meeting_out(row).model_dump(),
        invitees=[invitee_out(invitee, name) for invitee, name in invitees],
    )


async def _detail(session: AsyncSession, row: Meeting) -> MeetingDetailOut:
    invitees = await repo.invitees(session, row.jurisdiction_id, row.id)
    return _detail_of(row, [(i.invitee, i.person_name) for i in invitees])


NO_SUCH_MEETING = _("No such meeting in this jurisdiction.")


async def load_meeting(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID, *, for_update: bool = False
) -> Meeting:
    row = await repo.get(session, jid, meeting_id, for_update=for_update)
    if row is None:
        raise NotFound(NO_SUCH_MEETING)
    return row


async def audit_meeting(
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
        after=meeting_out(row),
        delegation_id=delegation_id,
    )


def emit_meeting(session: AsyncSession, type: EventType, row: Meeting, **extra: object) -> None:
    """An event about the meeting, for the outbox (before its audit record)."""
    events.emit(
        session,
        type,
        row.jurisdiction_id,
        "meeting",
        row.id,
        events.resource_url(row.jurisdiction_id, "meetings", row.id),
        {
            "kind": row.kind,
            "title": row.title,
            "state": row.state,
            "starts_at": row.starts_at.isoformat(),
            "ends_at": row.ends_at.isoformat(),
            **extra,
        },
    )


async def mark_changed(session: AsyncSession, row: Meeting) -> None:
    """Flush a change subscribers should see (iCalendar SEQUENCE) and reload server values."""
    row.sequence += 1
    await session.flush()
    await session.refresh(row)


# --- convening and the state machine --------------------------------------------------------


async def _invite(
    session: AsyncSession,
    row: Meeting,
    rulebook: Rulebook,
    kind: MeetingKind,
    roster: repo.Roster,
    *,
    existing: bool,
) -> list[MeetingInvitee]:
    """Invite whom the attendance rule names from the ``roster`` of the meeting's day, its
    positions as the ``rulebook`` of that day defines them; with ``existing``, only those not
    invited yet (nobody the office added or kept is removed). The rows invited now."""
    derived = domain.derive_invitees(
        kind,
        roster.positions,
        roster.active_units,
        _units_concerned(row.agenda),
        row.chair_id,
        definitions=rulebook.positions,
    )
    present: set[tuple[uuid.UUID | None, uuid.UUID | None]] = set()
    last = 0
    if existing:
        for invitee, __, __ in await repo.invitees(session, row.jurisdiction_id, row.id):
            present.add((invitee.user_id, None) if invitee.user_id else (None, invitee.unit_id))
            last = max(last, invitee.position)
    new = [
        i for i in derived if ((i.person, None) if i.person else (None, i.unit_id)) not in present
    ]
    invited = [
        MeetingInvitee(
            jurisdiction_id=row.jurisdiction_id,
            meeting_id=row.id,
            position=last + n,
            user_id=i.person,
            unit_id=i.unit_id,
            basis=i.basis,
        )
        for n, i in enumerate(new, start=1)
    ]
    await repo.add_invitees(session, invited)
    return invited


async def _require_person_here(
    session: AsyncSession, jid: uuid.UUID, roster: repo.Roster, person: uuid.UUID, at: Location
) -> None:
    """require_account_here, answered by the roster for a person holding a post that day (as
    whoever convenes or chairs must, so only a refusal still reads the account)."""
    holder = roster.holders.get(person)
    if holder is None or holder.home_id != jid:
        await require_account_here(session, jid, person, at)


def _utc(moment: datetime) -> datetime:
    """A time as the database gives it back (UTC), so that an answer built from the rows just
    written reads as a later read of them does."""
    return moment.astimezone(UTC)


async def _judge_convening(
    judge: ActJudge, kind: MeetingKind, convener: uuid.UUID, is_extra: bool
) -> tuple[Decision, Decision | None]:
    """(the convening, the consent given with it). An extra meeting of a kind that asks for
    consent is proposed by whom the rule lets propose it (E-MTG-2: anyone, the office
    included; C-MTG-1: the leader or a deputy) and stands on the consent: given at once when
    the proposer may consent, else awaited. Any other meeting is convened by whom the rule
    names."""
    if is_extra and kind.extra_consent is not None:
        require(await judge.decide(Act.propose_extra, kind.key, convener))
        consent = await judge.decide(Act.approve_extra, kind.key, convener)
        proposal = Decision(
            True,
            kind.extra_consent.ref.rule,
            kind.extra_consent.ref.source,
            _("an extra meeting is proposed; it stands on the consent the rule asks for"),
        )
        return proposal, consent if consent.allowed else None
    convening = await judge.decide(Act.convene, kind.key, convener)
    require(convening)
    return convening, None


async def convene(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    data: MeetingCreate,
    *,
    now: datetime,
) -> MeetingDetailOut:
    zone = await jurisdiction_zone(session, ref.id)
    starts_at, ends_at = local_time(data.starts_at, zone), local_time(data.ends_at, zone)
    domain.check_times(starts_at, ends_at)
    convener = _acting_for(actor, ref, data.convener_id, _("convener"))
    day = local_day(starts_at, zone)
    # One read answers the account checks, the units named, the posts judged and the invitees.
    roster = await repo.roster_on(session, ref.id, day)
    await _require_person_here(session, ref.id, roster, convener, ("body", "convener_id"))
    await _require_person_here(session, ref.id, roster, data.chair_id, ("body", "chair_id"))
    await require_units_here(session, ref.id, _agenda_units(data.agenda_items), known=roster.units)
    judge = await judge_on(session, ref.id, day, holdings=roster.holdings)
    kind = kind_in(judge.found.rulebook, data.kind, day, ("body", "kind"))
    convening, consent = await _judge_convening(judge, kind, convener, data.is_extra)
    chairing = await judge.decide(Act.chair, kind.key, data.chair_id)
    require(chairing)
    row = await repo.add(
        session,
        Meeting(
            jurisdiction_id=ref.id,
            kind=kind.key,
            kind_name=kind.name,
            minutes_required=kind.minutes_required,
            title=data.title,
            starts_at=_utc(starts_at),
            ends_at=_utc(ends_at),
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
            consented_at=_utc(now) if consent else None,
            consent_rule=consent.rule if consent else None,
            consent_delegation_id=consent.delegation_id if consent else None,
        ),
    )
    invited = await _invite(session, row, judge.found.rulebook, kind, roster, existing=False)
    emit_meeting(session, EventType.meeting_convened, row, is_extra=row.is_extra)
    await audit_meeting(
        session, actor, "meeting.convene", row, before=None, delegation_id=convening.delegation_id
    )
    # Everyone invited holds a post that day (the chair too): the roster has their names.
    return _detail_of(row, [(i, roster.name_of(i.user_id)) for i in invited])


async def get(session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID) -> MeetingDetailOut:
    row = await load_meeting(session, jid, meeting_id)
    note_resource_version(row.row_version)
    return await _detail(session, row)


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
    changed_since: datetime | None = None,
) -> tuple[list[MeetingOut], str | None]:
    zone = await jurisdiction_zone(session, jid)
    check_day_range(from_, to)
    rows = await repo.list_meetings(
        session,
        jid,
        page,
        kind=kind,
        state=state,
        starts_from=local_midnight(from_, zone) if from_ else None,
        starts_before=local_midnight(to + timedelta(days=1), zone) if to else None,
        minutes_pending=minutes_pending,
        changed_since=changed_since,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.starts_at, r.id])
    return [meeting_out(r) for r in kept], cursor


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


# Days a query may name: far enough for any record, near enough that a day after the last one
# and times in UTC still exist.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def check_day_range(from_: date | None, to: date | None) -> None:
    for name, day in (("from", from_), ("to", to)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise InvalidInput(
                _("{name} is outside the dates this service keeps", name=name),
                (
                    FieldError(
                        ("query", name),
                        _(
                            "must be from {first_day} to {last_day}",
                            first_day=FIRST_DAY,
                            last_day=LAST_DAY,
                        ),
                    ),
                ),
            )
    if from_ is not None and to is not None and to < from_:
        raise InvalidInput(
            _("The range ends before it starts."),
            (FieldError(("query", "to"), _("must not be before from")),),
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(row.state), MeetingAction.approve)
    consenter = _acting_for(actor, ref, data.consenter_id, _("consenter"))
    await require_account_here(session, ref.id, consenter, ("body", "consenter_id"))
    zone = await jurisdiction_zone(session, ref.id)
    judge = await judge_on(session, ref.id, local_day(row.starts_at, zone))
    consent = await judge.decide(Act.approve_extra, row.kind, consenter)
    require(consent)
    before = meeting_out(row)
    row.state = target
    row.consented_by = consenter
    row.consented_at = now
    row.consent_rule = consent.rule
    row.consent_delegation_id = consent.delegation_id
    await mark_changed(session, row)
    emit_meeting(session, EventType.meeting_consent_given, row)
    await audit_meeting(
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    if not may_manage_meeting(actor, ref, row.convened_by):
        raise Forbidden(
            _("Only the meeting's convener or this jurisdiction's office may cancel it.")
        )
    target = domain.after(MeetingState(row.state), MeetingAction.cancel)
    decided_by = _acting_for(actor, ref, data.decided_by, _("a cancellation"), field="decided_by")
    if data.decided_by is not None:
        await require_account_here(session, ref.id, decided_by, ("body", "decided_by"))
    before = meeting_out(row)
    row.state = target
    row.cancelled_at = now
    row.cancelled_by = decided_by
    row.cancellation_reason = data.reason
    await mark_changed(session, row)
    emit_meeting(session, EventType.meeting_cancelled, row)
    await audit_meeting(session, actor, "meeting.cancel", row, before=before)
    return await _detail(session, row)


async def _rejudge(
    session: AsyncSession,
    row: Meeting,
    day: date,
    chair_id: uuid.UUID,
    *,
    convening: bool,
    holdings: Sequence[Holding] | None = None,
) -> tuple[Rulebook, MeetingKind]:
    """Judge the meeting again by the rulebook, positions and delegations of ``day``: its chair
    (who acts on the day: a revoked entrustment or an ended tenure counts) and, with
    ``convening`` (a new day), its convener — or, for an extra meeting standing on consent, its
    proposer and the consent given, which lapses (back to awaiting_consent) if it no longer
    holds that day. ``holdings``: the posts held that day, when the caller read them. The
    rulebook of the day and the kind as it defines it."""
    judge = await judge_on(session, row.jurisdiction_id, day, holdings=holdings)
    kind = judge.found.rulebook.meeting_kinds.get(row.kind)
    if kind is None:
        raise Conflict(
            _(
                "The rulebook in force on {day} defines no {kind} meetings: this "
                "meeting cannot take place under it (cancel it, or move it to a day it "
                "can).",
                day=day.isoformat(),
                kind=row.kind,
            )
        )
    if convening and row.is_extra and kind.extra_consent is not None:
        require(await judge.decide(Act.propose_extra, kind.key, row.convened_by))
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
        require(convened)
        row.convene_rule, row.convene_delegation_id = convened.rule, convened.delegation_id
    chairing = await judge.decide(Act.chair, kind.key, chair_id)
    require(chairing)
    row.rulebook_version_id = judge.found.version_id
    row.kind_name, row.minutes_required = kind.name, kind.minutes_required
    row.chair_id, row.chair_rule = chair_id, chairing.rule
    row.chair_delegation_id = chairing.delegation_id
    return judge.found.rulebook, kind


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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    if not may_manage_meeting(actor, ref, row.convened_by):
        raise Forbidden(
            _("Only the meeting's convener or this jurisdiction's office may change it.")
        )
    domain.after(MeetingState(row.state), MeetingAction.reschedule)
    changes = data.model_dump(exclude_unset=True)
    nulls = [name for name, value in changes.items() if value is None]
    if nulls:
        raise InvalidInput(
            _("these fields cannot be null: {fields}", fields=", ".join(nulls)),
            tuple(FieldError(("body", name), _("cannot be null")) for name in nulls),
        )
    if not changes:
        return await _detail(session, row)  # nothing to change: no new SEQUENCE, no audit
    zone = await jurisdiction_zone(session, ref.id)
    starts_at = local_time(data.starts_at, zone) if data.starts_at else row.starts_at
    ends_at = local_time(data.ends_at, zone) if data.ends_at else row.ends_at
    domain.check_times(starts_at, ends_at)
    attended = any(
        AttendanceStatus(i.invitee.attendance) in domain.ATTENDED
        for i in await repo.invitees(session, ref.id, row.id)
    )
    domain.check_move(starts_at, now, MeetingState(row.state), attended)
    day = local_day(starts_at, zone)
    roster = await repo.roster_on(session, ref.id, day)
    if data.chair_id is not None:
        await _require_person_here(session, ref.id, roster, data.chair_id, ("body", "chair_id"))
    if data.agenda_items is not None:
        await require_units_here(
            session, ref.id, _agenda_units(data.agenda_items), known=roster.units
        )
    before = meeting_out(row)
    old_chair = row.chair_id
    rulebook, kind = await _rejudge(
        session,
        row,
        day,
        data.chair_id or row.chair_id,
        convening=day != local_day(row.starts_at, zone),
        holdings=roster.holdings,
    )
    row.starts_at, row.ends_at = starts_at, ends_at
    if data.title is not None:
        row.title = data.title
    if data.place is not None:
        row.place = data.place
    if data.agenda_items is not None:
        row.agenda = _agenda_json(data.agenda_items)
    await mark_changed(session, row)
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
                before=invitee_out(dropped, None),
            )
    await _invite(session, row, rulebook, kind, roster, existing=True)
    if (row.starts_at, row.ends_at) != (before.starts_at, before.ends_at):
        emit_meeting(
            session,
            EventType.meeting_rescheduled,
            row,
            previous_starts_at=before.starts_at.isoformat(),
            previous_ends_at=before.ends_at.isoformat(),
        )
    await audit_meeting(session, actor, "meeting.update", row, before=before)
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(row.state), MeetingAction.hold)
    domain.check_begun(row.starts_at, now)
    before = meeting_out(row)
    zone = await jurisdiction_zone(session, ref.id)
    await _rejudge(session, row, local_day(row.starts_at, zone), row.chair_id, convening=False)
    row.state = target
    row.held_recorded_at = now
    await mark_changed(session, row)
    emit_meeting(session, EventType.meeting_held, row)
    await audit_meeting(session, actor, "meeting.hold", row, before=before)
    return await _detail(session, row)


async def judging_kind(session: AsyncSession, row: Meeting) -> MeetingKind:
    """The meeting kind as the rulebook version that judged the meeting defines it."""
    rulebook = await rulebooks.judged_by(session, row.jurisdiction_id, row.rulebook_version_id)
    kind = rulebook.meeting_kinds.get(row.kind)
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(row.state), MeetingAction.adjust_invitees)
    if data.user_id is None and data.unit_id is None:
        raise InvalidInput(
            _("name the person to invite, the unit, or both"),
            (FieldError(("body", "user_id"), _("required when unit_id is not given")),),
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
        _("This person (or this unit) is already invited."),
    )
    await audit.record(
        session,
        actor,
        action="meeting.invitee.add",
        entity_type="meeting",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        after=invitee_out(invitee, None),
    )
    return await _invitee(session, ref.id, row.id, invitee.id)


async def _invitee(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID, invitee_id: uuid.UUID
) -> InviteeOut:
    for invitee, name, _role in await repo.invitees(session, jid, meeting_id):
        if invitee.id == invitee_id:
            return invitee_out(invitee, name)
    raise NotFound(_("No such invitee of this meeting."))


async def remove_invitee(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
) -> None:
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    invitee = await repo.get_invitee(session, ref.id, row.id, invitee_id)
    if invitee is None:
        raise NotFound(_("No such invitee of this meeting."))
    domain.after(MeetingState(row.state), MeetingAction.adjust_invitees)
    domain.check_removable(
        invitee.user_id,
        AttendanceStatus(invitee.attendance),
        row.chair_id,
        MeetingState(row.state),
    )
    before = invitee_out(invitee, None)
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    invitee = await repo.get_invitee(session, ref.id, row.id, invitee_id)
    if invitee is None:
        raise NotFound(_("No such invitee of this meeting."))
    domain.after(MeetingState(row.state), MeetingAction.record_attendance)
    before = invitee_out(invitee, None)
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
    row = await load_meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(row.state), MeetingAction.record_attendance)
    by_id = {i.invitee.id: i for i in await repo.invitees(session, ref.id, row.id)}
    unknown = [
        FieldError(("body", "records", n, "invitee_id"), _("not an invitee of this meeting"))
        for n, record in enumerate(data.records)
        if record.invitee_id not in by_id
    ]
    seen: set[uuid.UUID] = set()
    for n, record in enumerate(data.records):
        if record.invitee_id in seen:
            unknown.append(
                FieldError(
                    ("body", "records", n, "invitee_id"), _("names an invitee already listed")
                )
            )
        seen.add(record.invitee_id)
    if unknown:
        raise InvalidInput(
            _(
                "{unknown_count} record(s) name no invitee of this meeting or one twice",
                unknown_count=len(unknown),
            ),
            tuple(unknown),
        )
    changes = []
    for n, record in enumerate(data.records):
        found = by_id[record.invitee_id]
        before = invitee_out(found.invitee, found.person_name)
        update = AttendanceUpdate.model_validate(record.model_dump(exclude={"invitee_id"}))
        await _apply_attendance(
            session, ref.id, row, found.invitee, update, now, ("body", "records", n)
        )
        changes.append((before, invitee_out(found.invitee, found.person_name)))
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
