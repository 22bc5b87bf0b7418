from __future__ import annotations

import hashlib
import uuid
from datetime import date
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Path, Query, Request, Response, status

from app.db import Session
from app.deps import (
    AppSettings,
    ConveneMeeting,
    CurrentActor,
    FeedActor,
    FeedReadJurisdiction,
    Now,
    ReadJurisdiction,
    RunMeetings,
)
from app.domain.meetings import MeetingState
from app.errors import problem_responses
from app.pagination import ChangedSince, Page, Paging
from app.routers.conditional import etag_matches
from app.schemas.meetings import (
    AddendumIn,
    AttendanceSheet,
    AttendanceUpdate,
    InviteeCreate,
    InviteeOut,
    MeetingApprove,
    MeetingCancel,
    MeetingComplianceOut,
    MeetingCreate,
    MeetingDetailOut,
    MeetingOut,
    MeetingUpdate,
    MinutesIn,
    MinutesOut,
    MinutesVerification,
    MyMeetingsOut,
    PeriodReasonIn,
    PeriodReasonOut,
)
from app.services import meeting_compliance as compliance_service
from app.services import meeting_feeds as feeds_service
from app.services import meetings as service
from app.services import minutes as minutes_service

router = APIRouter(prefix="/jurisdictions/{jid}/meetings", tags=["meetings"])
feed_router = APIRouter(prefix="/jurisdictions/{jid}", tags=["meetings"])

MeetingId = Annotated[uuid.UUID, Path(description="The meeting's id.")]
InviteeId = Annotated[uuid.UUID, Path(description="The invitee's id.")]
KindQuery = Annotated[str | None, Query(max_length=64, description="Only this meeting kind.")]
FromQuery = Annotated[
    date | None, Query(alias="from", description="First day (inclusive), local time.")
]
ToQuery = Annotated[date | None, Query(description="Last day (inclusive), local time.")]

JUDGED = (
    "Judged by the rulebook in force on the meeting's day (in the jurisdiction's time zone), "
    "with the positions and delegations (委托) of that day; a refusal is a 403 naming the rule "
    "and its source article, 409 when no rulebook is in force or the meeting's state does not "
    "allow the act."
)


@router.get(
    "",
    summary="List meetings by start time",
    description="The jurisdiction's meetings by start time: filter by kind, state, a date "
    "range, pending minutes and `changed_since`. Anyone holding a post in the jurisdiction, its "
    "office or an office above it, its read clients and administrators; 404 for anyone else.",
    response_model=Page[MeetingOut],
    responses=problem_responses(401, 404, 422),
)
async def list_meetings(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    kind: KindQuery = None,
    state: Annotated[MeetingState | None, Query(description="Only meetings in this state.")] = None,
    from_: FromQuery = None,
    to: ToQuery = None,
    minutes_pending: Annotated[
        bool | None,
        Query(
            description="true: only held meetings whose minutes the rules require and are not "
            "archived yet (C-MTG-3: 存档备查); false: all others."
        ),
    ] = None,
    changed_since: ChangedSince = None,
) -> Page[MeetingOut]:
    items, cursor = await service.list_meetings(
        session,
        scope.id,
        paging,
        kind=kind,
        state=state,
        from_=from_,
        to=to,
        minutes_pending=minutes_pending,
        changed_since=changed_since,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Convene a meeting of a kind the rulebook defines",
    description="The convener (the caller, or the person the office names) and the chair are "
    f"checked against the rulebook. {JUDGED} An extra meeting of a kind whose rules ask for "
    "consent is proposed: scheduled at once when the proposer may consent, else "
    "awaiting_consent (E-MTG-2). Invitees are derived from the kind's attendance rule and the "
    "positions held on the day.",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def convene_meeting(
    scope: ConveneMeeting,
    session: Session,
    now: Now,
    body: MeetingCreate,
    response: Response,
) -> MeetingDetailOut:
    out = await service.convene(session, scope.actor, scope.jurisdiction, body, now=now)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/meetings/{out.id}"
    return out


@router.get(
    "/compliance",
    summary="Meetings the rules expect in each period of a year, and whether one was held",
    description="Per meeting kind with a cadence (Ezhou: a joint meeting at year end, E-MTG-1; "
    "Changji: a plenary each quarter, C-MTG-1; an office regular meeting each month, CO-MTG-1) "
    "and each period of the year: held, scheduled, not_yet_due, excused (no meeting, a reason "
    "recorded: the rules say 原则上, in principle) or missed. Each period is judged by the "
    "rulebook version in force on its last day; a year-end meeting counts in the year's last "
    "quarter; extra meetings are listed but never stand in for the regular one. 409 when no "
    "version is in force in any month of the year.",
    response_model=MeetingComplianceOut,
    responses=problem_responses(401, 404, 409, 422),
)
async def get_meeting_compliance(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    year: Annotated[int, Query(ge=1900, le=2999, description="The calendar year.")],
) -> MeetingComplianceOut:
    return await compliance_service.compliance(session, scope.id, year, now=now)


@router.put(
    "/compliance/{meeting_kind}/{period}",
    summary="Record why a period the rules expect a meeting in has none (the office)",
    description="`period` is `2026` for a yearly cadence, `2026-Q2` quarterly, `2026-03` "
    "monthly. A second PUT replaces the reason.",
    response_model=PeriodReasonOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def put_meeting_period_reason(
    scope: RunMeetings,
    session: Session,
    meeting_kind: Annotated[str, Path(max_length=64)],
    period: Annotated[str, Path(max_length=16)],
    body: PeriodReasonIn,
) -> PeriodReasonOut:
    return await compliance_service.put_period_reason(
        session, scope.actor, scope.jurisdiction, meeting_kind, period, body
    )


@router.get(
    "/{meeting_id}",
    summary="Get a meeting with its invitees and their attendance",
    description="The meeting's kind, time, place, chair, state and rule, with every invitee and "
    "their attendance. Anyone holding a post in the jurisdiction, its office or an office above "
    "it, its read clients and administrators; 404 for anyone else.",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 404),
)
async def get_meeting(
    scope: ReadJurisdiction, session: Session, meeting_id: MeetingId
) -> MeetingDetailOut:
    return await service.get(session, scope.id, meeting_id)


@router.patch(
    "/{meeting_id}",
    summary="Reschedule a meeting, or correct a held one's record (its convener or the office)",
    description=f"The chair is judged again, and the convener on a new day. {JUDGED} A held "
    "meeting's record (the day it really met) can be corrected until its minutes are archived, "
    "never into the future. Heads of units newly concerned by the agenda are invited; nobody "
    "whose attendance is recorded is removed.",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_meeting(
    scope: ConveneMeeting, session: Session, now: Now, meeting_id: MeetingId, body: MeetingUpdate
) -> MeetingDetailOut:
    return await service.update(session, scope.actor, scope.jurisdiction, meeting_id, body, now=now)


@router.post(
    "/{meeting_id}/approve",
    summary="Consent to an extra meeting awaiting consent (E-MTG-2)",
    description=f"The consenter is the caller, or the person the office names. {JUDGED}",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def approve_meeting(
    scope: ConveneMeeting, session: Session, now: Now, meeting_id: MeetingId, body: MeetingApprove
) -> MeetingDetailOut:
    return await service.approve(
        session, scope.actor, scope.jurisdiction, meeting_id, body, now=now
    )


@router.post(
    "/{meeting_id}/cancel",
    summary="Cancel a meeting, or withdraw one awaiting consent (its convener or the office)",
    description="A scheduled meeting is cancelled, and one awaiting consent withdrawn, with a "
    "reason; subscribers are told by the `meeting.cancelled` event. Its convener or the office "
    "(403 otherwise); a held or cancelled meeting is final (409).",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def cancel_meeting(
    scope: ConveneMeeting, session: Session, now: Now, meeting_id: MeetingId, body: MeetingCancel
) -> MeetingDetailOut:
    return await service.cancel(session, scope.actor, scope.jurisdiction, meeting_id, body, now=now)


@router.post(
    "/{meeting_id}/hold",
    summary="Record that a scheduled meeting took place (the office)",
    description="Not before the meeting begins (409), and only if its chair may chair it that "
    "day: the chair is judged again, so an entrustment revoked since convening is a 403 naming "
    "the rule. 409 when the rulebook in force that day no longer defines the meeting kind.",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409),
)
async def hold_meeting(
    scope: RunMeetings, session: Session, now: Now, meeting_id: MeetingId
) -> MeetingDetailOut:
    return await service.hold(session, scope.actor, scope.jurisdiction, meeting_id, now=now)


@router.post(
    "/{meeting_id}/invitees",
    summary="Invite someone (or a unit) beyond the attendance rule (the office)",
    description="Invites a person or a member unit that the attendance rule of the meeting's "
    "kind does not already name. The office, its write client or an administrator (403); 409 "
    "when already invited, or once the meeting is cancelled or its minutes archived.",
    status_code=status.HTTP_201_CREATED,
    response_model=InviteeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def add_meeting_invitee(
    scope: RunMeetings,
    session: Session,
    meeting_id: MeetingId,
    body: InviteeCreate,
    response: Response,
) -> InviteeOut:
    out = await service.add_invitee(session, scope.actor, scope.jurisdiction, meeting_id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/meetings/{meeting_id}"
    return out


@router.patch(
    "/{meeting_id}/invitees/{invitee_id}",
    summary="Record an invitee's attendance: present, absent with reason, or represented",
    description="One invitee's attendance at the meeting: present, absent with the reason, or "
    "represented by someone named. The office, its write client or an administrator (403); 409 "
    "unless the meeting is scheduled or held (not once its minutes are archived).",
    response_model=InviteeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_meeting_attendance(
    scope: RunMeetings,
    session: Session,
    now: Now,
    meeting_id: MeetingId,
    invitee_id: InviteeId,
    body: AttendanceUpdate,
) -> InviteeOut:
    return await service.record_attendance(
        session, scope.actor, scope.jurisdiction, meeting_id, invitee_id, body, now=now
    )


@router.put(
    "/{meeting_id}/attendance",
    summary="Record several invitees' attendance at once (the sign-in sheet, 签到表)",
    description="All records or none: one refused record refuses the sheet. Nobody is present "
    "or represented before the meeting begins (409); an absence may be recorded ahead.",
    response_model=MeetingDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_meeting_attendances(
    scope: RunMeetings, session: Session, now: Now, meeting_id: MeetingId, body: AttendanceSheet
) -> MeetingDetailOut:
    return await service.record_attendances(
        session, scope.actor, scope.jurisdiction, meeting_id, body, now=now
    )


@router.delete(
    "/{meeting_id}/invitees/{invitee_id}",
    summary="Remove an invitee (the office); the chair stays invited",
    description="Before the meeting is held: the office, its write client or an administrator "
    "(403). The chair stays invited (change the chair instead), and an invitee whose attendance "
    "is recorded stays on the record: 409 for either, and after the meeting (record an absent "
    "invitee as absent instead).",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_meeting_invitee(
    scope: RunMeetings, session: Session, meeting_id: MeetingId, invitee_id: InviteeId
) -> Response:
    await service.remove_invitee(session, scope.actor, scope.jurisdiction, meeting_id, invitee_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{meeting_id}/minutes",
    summary="Get the minutes (会议记录): the draft, or as archived with its SHA-256",
    description="`missing` lists what archiving would refuse now. 404 before a draft is put.",
    response_model=MinutesOut,
    responses=problem_responses(401, 404),
)
async def get_meeting_minutes(
    scope: ReadJurisdiction, session: Session, meeting_id: MeetingId
) -> MinutesOut:
    return await minutes_service.get_minutes(session, scope.id, meeting_id)


@router.put(
    "/{meeting_id}/minutes",
    summary="Write the draft minutes (the office, C-MTG-3)",
    description="Replaces the whole draft. Attendees come from the attendance records. Allowed "
    "while the meeting is scheduled or held; archived minutes never change (409): add a dated "
    "addendum instead.",
    response_model=MinutesOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def put_meeting_minutes(
    scope: RunMeetings, session: Session, meeting_id: MeetingId, body: MinutesIn
) -> MinutesOut:
    return await minutes_service.put_minutes(
        session, scope.actor, scope.jurisdiction, meeting_id, body
    )


@router.post(
    "/{meeting_id}/minutes/archive",
    summary="Archive the minutes (存档备查): complete, then never changed",
    description="Refused (422 incomplete-record, naming the rule and listing every missing "
    "field) while any field the rulebook requires is missing (C-MTG-3: time, place, attendees, "
    "chair, agenda items, each speaker's main points, decisions). The meeting must have been "
    "held. The archived record carries the SHA-256 of its canonical JSON.",
    response_model=MinutesOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def archive_meeting_minutes(
    scope: RunMeetings, session: Session, now: Now, meeting_id: MeetingId
) -> MinutesOut:
    return await minutes_service.archive_minutes(
        session, scope.actor, scope.jurisdiction, meeting_id, now=now
    )


@router.post(
    "/{meeting_id}/minutes/addenda",
    summary="Add a dated correction (addendum) to archived minutes",
    description="Archived minutes never change: a correction is added beside them, dated, "
    "recorded under the caller's name and hashed itself, and the minutes keep their SHA-256. "
    "The office, its write client or an administrator (403); 409 before the minutes are "
    "archived; 422 for a day in the future or before the archiving.",
    status_code=status.HTTP_201_CREATED,
    response_model=MinutesOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def add_minutes_addendum(
    scope: RunMeetings,
    session: Session,
    now: Now,
    meeting_id: MeetingId,
    body: AddendumIn,
    response: Response,
) -> MinutesOut:
    out = await minutes_service.add_addendum(
        session, scope.actor, scope.jurisdiction, meeting_id, body, now=now
    )
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/meetings/{meeting_id}/minutes"
    return out


@router.get(
    "/{meeting_id}/minutes/verify",
    summary="Check that archived minutes are unchanged: recompute their SHA-256",
    description="Recomputes the SHA-256 of the archived minutes record and compares it with the "
    "one stored at archiving: `intact` false means the record was changed outside the service. "
    "409 when the minutes are not archived yet. Anyone holding a post in the jurisdiction, its "
    "office or an office above it, its read clients and administrators; 404 for anyone else.",
    response_model=MinutesVerification,
    responses=problem_responses(401, 404, 409),
)
async def verify_meeting_minutes(
    scope: ReadJurisdiction, session: Session, meeting_id: MeetingId
) -> MinutesVerification:
    return await minutes_service.verify_minutes(session, scope.id, meeting_id)


ICS_MEDIA_TYPE = "text/calendar"
CALENDAR_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {ICS_MEDIA_TYPE: {"schema": {"type": "string"}}}, "description": "OK"},
    304: {"description": "Unchanged since the ETag given in If-None-Match."},
}


@feed_router.get(
    "/meetings.ics",
    summary="The meetings as an iCalendar feed (RFC 5545) to subscribe to",
    description="Authenticated by a calendar-feed token (POST /v1/me/feed-tokens: long-lived, "
    "revocable, reads feeds only) in the `access_token` query parameter, for subscriptions, or "
    "by a bearer token (access or feed token) in the Authorization header. With "
    "`user_id`, only the meetings that person chairs or is invited to. Cancelled meetings stay "
    "in the feed with STATUS:CANCELLED; meetings awaiting consent are TENTATIVE. Default "
    "window: a year back, two years ahead. Answers carry an ETag; If-None-Match gives 304.",
    response_class=Response,
    responses={**CALENDAR_RESPONSES, **problem_responses(401, 404, 422)},
)
async def get_meetings_feed(
    request: Request,
    scope: FeedReadJurisdiction,
    session: Session,
    now: Now,
    from_: FromQuery = None,
    to: ToQuery = None,
    user_id: Annotated[
        uuid.UUID | None, Query(description="One person's meetings: chaired or invited to.")
    ] = None,
) -> Response:
    body = await feeds_service.feed(session, scope.id, now=now, from_=from_, to=to, person=user_id)
    return _calendar_response(request, body)


me_feed_router = APIRouter(prefix="/me", tags=["meetings"])


@me_feed_router.get(
    "/meetings.ics",
    summary="One's own meetings, in every jurisdiction, as an iCalendar feed (RFC 5545)",
    description="The meetings the caller chairs or is invited to, wherever they are: the one "
    "calendar a leader or a unit head subscribes to. Authenticated like the jurisdiction feed "
    "(a feed token as `access_token`, or a bearer token); people only. ETag and 304 as there.",
    response_class=Response,
    responses={**CALENDAR_RESPONSES, **problem_responses(401, 403, 422)},
)
async def get_my_meetings_feed(
    request: Request,
    actor: FeedActor,
    session: Session,
    settings: AppSettings,
    now: Now,
    from_: FromQuery = None,
    to: ToQuery = None,
) -> Response:
    body = await feeds_service.personal_feed(
        session,
        actor,
        now=now,
        default_zone=ZoneInfo(settings.default_time_zone),
        from_=from_,
        to=to,
    )
    return _calendar_response(request, body)


# The JSON list is an ordinary authenticated route (ETag and 304 by app/routers/conditional.py);
# only the .ics feeds authenticate themselves.
me_router = APIRouter(prefix="/me", tags=["meetings"])


@me_router.get(
    "/meetings",
    summary="One's own meetings, in every jurisdiction, as JSON",
    description="The meetings of GET /v1/me/meetings.ics (those the caller chairs or is invited "
    "to, wherever they are), as a JSON list for apps: the same window (default a year back, "
    "two years ahead; `from`/`to` in the default time zone) and the same bound (the 2,000 "
    "nearest now), so the list is not paginated. People only: a machine client gets 403.",
    response_model=MyMeetingsOut,
    responses=problem_responses(401, 403, 422),
)
async def list_my_meetings(
    actor: CurrentActor,
    session: Session,
    settings: AppSettings,
    now: Now,
    from_: FromQuery = None,
    to: ToQuery = None,
) -> MyMeetingsOut:
    items = await feeds_service.my_meetings(
        session,
        actor,
        now=now,
        default_zone=ZoneInfo(settings.default_time_zone),
        from_=from_,
        to=to,
    )
    return MyMeetingsOut(items=items)


def _calendar_response(request: Request, body: bytes) -> Response:
    # Calendar programs poll: an unchanged feed answers 304 to the ETag they kept.
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(
        content=body,
        media_type=ICS_MEDIA_TYPE,
        headers={**headers, "Content-Disposition": 'inline; filename="meetings.ics"'},
    )
