"""Minutes (会议记录, C-MTG-3): the office's draft, the archive gate, archived records that never
change and their SHA-256, dated addenda, verification."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import meetings as domain
from app.domain.access import Actor, JurisdictionRef
from app.domain.errors import FieldError, IncompleteRecord, InvalidInput
from app.domain.events import EventType
from app.domain.meetings import (
    AgendaRecord,
    AttendanceStatus,
    MeetingAction,
    MeetingState,
    MinutesDraft,
    Resolution,
    Speech,
)
from app.domain.messages import _
from app.domain.rulebook import MeetingKind
from app.errors import Conflict, NotFound
from app.models import Meeting, MeetingMinutes, MinutesAddendum
from app.repositories import meetings as repo
from app.schemas.meetings import (
    AddendumIn,
    AddendumOut,
    AttendeeOut,
    MinutesContent,
    MinutesIn,
    MinutesOut,
    MinutesVerification,
    MissingField,
)
from app.services import audit, events
from app.services.common import Location, jurisdiction_zone, require_units_here
from app.services.meetings import (
    NO_SUCH_MEETING,
    audit_meeting,
    judging_kind,
    load_meeting,
    local_day,
    local_time,
    mark_changed,
    meeting_out,
)

# --- minutes --------------------------------------------------------------------------------


def draft_of(content: dict[str, Any]) -> MinutesDraft:
    """Stored minutes content (JSON) as the domain reads it."""

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


async def _minutes_state(
    session: AsyncSession,
    meeting: Meeting,
    row: MeetingMinutes | None,
    invitees: Sequence[repo.InviteeRow] | None = None,
) -> _MinutesState:
    """The minutes ``row`` (None: none drafted) judged against the meeting's rulebook version
    and the attendance recorded (``invitees``, when the caller read them already)."""
    kind = await judging_kind(session, meeting)
    if invitees is None:
        invitees = await repo.invitees(session, meeting.jurisdiction_id, meeting.id)
    attendees = _attendees(invitees)
    attended = sum(1 for a in attendees if a.attendance in domain.ATTENDED)
    draft = draft_of(row.draft if row else EMPTY_DRAFT)
    zone = await jurisdiction_zone(session, meeting.jurisdiction_id)
    missing = (
        *domain.missing_fields(draft, attended, kind.minutes_fields),
        *domain.unrecorded_attendance([a.attendance for a in attendees]),
        *domain.check_minutes_day(draft.started_at, local_day(meeting.starts_at, zone), zone),
    )
    return _MinutesState(meeting, kind, row, attendees, missing)


def _minutes_out(state: _MinutesState, addenda: Sequence[MinutesAddendum]) -> MinutesOut:
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
        addenda=[AddendumOut.model_validate(a) for a in addenda],
        updated_at=row.updated_at if row else state.meeting.updated_at,
    )


async def _current(session: AsyncSession, meeting: Meeting, row: MeetingMinutes) -> MinutesOut:
    """The minutes ``row`` as it stands after a change (flushed and refreshed)."""
    state = await _minutes_state(session, meeting, row)
    return _minutes_out(state, await repo.addenda(session, meeting.jurisdiction_id, meeting.id))


async def get_minutes(session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID) -> MinutesOut:
    record = await repo.minutes_record(session, jid, meeting_id)
    if record is None:
        raise NotFound(NO_SUCH_MEETING)
    if record.minutes is None:
        raise NotFound(_("No minutes are recorded for this meeting yet: PUT a draft first."))
    state = await _minutes_state(session, record.meeting, record.minutes)
    return _minutes_out(state, record.addenda)


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
    meeting = await load_meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(meeting.state), MeetingAction.edit_minutes)
    zone = await jurisdiction_zone(session, ref.id)
    started = local_time(data.started_at, zone) if data.started_at else None
    ended = local_time(data.ended_at, zone) if data.ended_at else None
    for name, moment in (("started_at", started), ("ended_at", ended)):
        if moment is not None:
            domain.check_moment(moment, ("body", name))
    if started and ended and ended <= started:
        raise InvalidInput(
            _("the minutes' meeting ends before it starts"),
            (FieldError(("body", "ended_at"), _("must be after started_at")),),
        )
    # Read once the lock is held, for the answer's attendance; their units are member units
    # here (a foreign key says so), so only the other units the minutes name are looked up.
    invitees = await repo.invitees(session, ref.id, meeting.id)
    invited = {row.invitee.unit_id for row in invitees}
    await require_units_here(
        session, ref.id, [named for named in _minutes_units(data) if named[1] not in invited]
    )
    content = data.model_copy(update={"started_at": started, "ended_at": ended}).model_dump(
        mode="json"
    )
    row, replaced = await repo.put_draft(session, ref.id, meeting.id, content)
    before = MinutesContent.model_validate(replaced) if replaced is not None else None
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
    # No addenda to read: minutes take them once archived, and archived minutes are not edited
    # (the meeting's state says so, and its lock holds that state until this commits).
    return _minutes_out(await _minutes_state(session, meeting, row, invitees), [])


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
    meeting = await load_meeting(session, ref.id, meeting_id, for_update=True)
    target = domain.after(MeetingState(meeting.state), MeetingAction.archive_minutes)
    state = await _minutes_state(
        session, meeting, await repo.get_minutes(session, ref.id, meeting.id)
    )
    if state.missing:
        rule_ref = state.kind.minutes.ref if state.kind.minutes else None
        raise IncompleteRecord(
            _(
                "The minutes cannot be archived: {missing_count} required field(s) are missing.",
                missing_count=len(state.missing),
            ),
            state.missing,
            rule=rule_ref.rule if rule_ref else None,
            source=rule_ref.source if rule_ref else None,
        )
    assert state.row is not None  # the basic fields are always required
    archived_at = now
    # The record names its archivist by display name (issue 19; records archived before named
    # the login). Nothing archived is rewritten: the hash is over the stored canonical text,
    # which verification re-hashes as stored, so an older record's hash still holds.
    text = domain.canonical_json(_record(state, archived_at, actor.display_name))
    before = meeting_out(meeting)
    state.row.archived_at = archived_at
    state.row.archived_by = actor.display_name
    state.row.canonical = text
    state.row.sha256 = domain.sha256_of(text)
    meeting.state = target
    await session.flush()
    await mark_changed(session, meeting)
    await session.refresh(state.row)
    events.emit(
        session,
        EventType.minutes_archived,
        meeting.jurisdiction_id,
        "minutes",
        meeting.id,
        events.resource_url(meeting.jurisdiction_id, "meetings", meeting.id) + "/minutes",
        {
            "meeting_id": str(meeting.id),
            "kind": meeting.kind,
            "title": meeting.title,
            "sha256": state.row.sha256,
        },
    )
    await audit_meeting(session, actor, "meeting.minutes.archive", meeting, before=before)
    return await _current(session, meeting, state.row)


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
    meeting = await load_meeting(session, ref.id, meeting_id, for_update=True)
    domain.after(MeetingState(meeting.state), MeetingAction.add_addendum)
    minutes = await repo.get_minutes(session, ref.id, meeting.id)
    assert minutes is not None
    assert minutes.archived_at is not None
    assert minutes.sha256 is not None
    zone = await jurisdiction_zone(session, ref.id)
    today = now.astimezone(zone).date()
    archived_on = minutes.archived_at.astimezone(zone).date()
    dated = data.dated or today
    domain.check_addendum_day(dated, archived_on, today)
    text = _addendum_text(meeting.id, minutes.sha256, dated, data.text, actor.display_name)
    row = MinutesAddendum(
        jurisdiction_id=ref.id,
        meeting_id=meeting.id,
        dated=dated,
        text=data.text,
        sha256=domain.sha256_of(text),
        recorded_by=actor.display_name,
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
    return await _current(session, meeting, minutes)


async def verify_minutes(
    session: AsyncSession, jid: uuid.UUID, meeting_id: uuid.UUID
) -> MinutesVerification:
    meeting = await load_meeting(session, jid, meeting_id)
    row = await repo.get_minutes(session, jid, meeting.id)
    if row is None or row.canonical is None or row.sha256 is None:
        raise Conflict(_("These minutes are not archived yet: only archived minutes carry a hash."))
    recomputed = domain.sha256_of(row.canonical)
    try:
        canonical = domain.canonical_json(json.loads(row.canonical)) == row.canonical
    except ValueError:
        canonical = False
    # Each addendum is re-hashed from its stored fields, recorded_by as stored (a login in
    # addenda recorded before issue 19, a display name since): none is rewritten.
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
