"""The iCalendar feeds (RFC 5545) of meetings: a jurisdiction's, one person's, one's own."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ActorKind
from app.domain.meetings import (
    AttendanceStatus,
    MeetingState,
)
from app.domain.messages import _
from app.errors import Forbidden
from app.models import Meeting, MeetingInvitee
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import meetings as repo
from app.schemas.meetings import MyInvitationOut, MyMeetingOut
from app.services.common import load_jurisdiction
from app.services.meetings import (
    FIRST_DAY,
    LAST_DAY,
    check_day_range,
    local_midnight,
    meeting_out,
    zone_of,
)

# The feed's default window around today, and the most events it serves (those nearest now).
FEED_PAST = timedelta(days=366)
FEED_AHEAD = timedelta(days=731)
FEED_MAX_EVENTS = 2000


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
    check_day_range(from_, to)
    start = from_ or max(FIRST_DAY, (to or today) - FEED_PAST)
    end = to or min(LAST_DAY, (from_ or today) + FEED_AHEAD)
    return start, end


def _ics(name: str, zone: ZoneInfo, meetings: Sequence[tuple[Meeting, ZoneInfo]]) -> bytes:
    """An iCalendar document of ``meetings``, each in its own jurisdiction's zone."""
    from icalendar import Calendar, Event  # lazily: ~110 ms at import, only the feeds need it

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
    jurisdiction = await load_jurisdiction(session, jid)
    zone = zone_of(jurisdiction)
    start, end = _window(from_, to, now.astimezone(zone).date())
    rows = await repo.in_window(
        session,
        jid,
        local_midnight(start, zone),
        local_midnight(end + timedelta(days=1), zone),
        person=person,
        limit=FEED_MAX_EVENTS,
        nearest=now,
    )
    return _ics(f"{jurisdiction.name} 改办会议", zone, [(row, zone) for row in rows])


async def _own_meetings(
    session: AsyncSession,
    actor: Actor,
    *,
    now: datetime,
    default_zone: ZoneInfo,
    from_: date | None,
    to: date | None,
) -> list[Meeting]:
    """The caller's meetings in every jurisdiction (chaired or invited to), in the feed's window
    and bound: the one selection behind both the .ics feed and the JSON list."""
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("A personal calendar is a person's; a machine client has none."))
    start, end = _window(from_, to, now.astimezone(default_zone).date())
    return await repo.of_person(
        session,
        actor.id,
        local_midnight(start, default_zone),
        local_midnight(end + timedelta(days=1), default_zone),
        limit=FEED_MAX_EVENTS,
        nearest=now,
    )


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
    rows = await _own_meetings(
        session, actor, now=now, default_zone=default_zone, from_=from_, to=to
    )
    zones = {
        row.id: ZoneInfo(row.time_zone)
        for row in await jurisdictions_repo.get_many(session, {m.jurisdiction_id for m in rows})
    }
    return _ics(
        f"{actor.display_name} 的改办会议",
        default_zone,
        [(row, zones.get(row.jurisdiction_id, default_zone)) for row in rows],
    )


async def my_meetings(
    session: AsyncSession,
    actor: Actor,
    *,
    now: datetime,
    default_zone: ZoneInfo,
    from_: date | None,
    to: date | None,
) -> list[MyMeetingOut]:
    """The caller's own calendar as JSON: the same meetings as :func:`personal_feed`, by start,
    each with the caller's invitation."""
    rows = await _own_meetings(
        session, actor, now=now, default_zone=default_zone, from_=from_, to=to
    )
    if not rows:
        return []
    invitations = await repo.invitations_of(session, actor.id, [row.id for row in rows])
    return [
        MyMeetingOut(
            **meeting_out(row).model_dump(),
            invitation=_invitation(invitations.get(row.id)),
        )
        for row in rows
    ]


def _invitation(row: MeetingInvitee | None) -> MyInvitationOut | None:
    if row is None:
        return None
    return MyInvitationOut(basis=row.basis, attendance=AttendanceStatus(row.attendance))
