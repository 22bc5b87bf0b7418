from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, StringConstraints, model_validator

from app.domain.meetings import AttendanceStatus, MeetingState, PeriodStatus, period_from_label
from app.domain.rulebook import Cadence
from app.schemas.base import ReadModel, WriteModel
from app.schemas.periods import PeriodOut

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
KindKey = Annotated[str, StringConstraints(min_length=1, max_length=64)]

TIMES = (
    "Times are ISO 8601; one without a UTC offset is read in the jurisdiction's time zone "
    "(Asia/Shanghai unless set otherwise)."
)


class AgendaItemIn(WriteModel):
    title: Title = Field(examples=["研究部署全州工程建设项目审批制度改革下一阶段工作"])
    presenting_unit_id: uuid.UUID | None = Field(
        default=None, description="The member unit presenting the item (汇报单位)."
    )
    concerned_unit_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=200,
        description="The member units the item concerns (议题涉及单位); their heads are invited "
        "where the attendance rule says so.",
    )


class AgendaItemOut(BaseModel):
    title: str
    presenting_unit_id: uuid.UUID | None
    concerned_unit_ids: list[uuid.UUID]


class MeetingCreate(WriteModel):
    kind: KindKey = Field(
        description="A meeting kind of the rulebook in force on the meeting's day.",
        examples=["plenary_meeting"],
    )
    title: Title = Field(examples=["2026年第一季度领导小组全体会议"])
    starts_at: datetime = Field(description=TIMES, examples=["2026-03-20T09:30:00+08:00"])
    ends_at: datetime = Field(examples=["2026-03-20T11:30:00+08:00"])
    place: Title = Field(examples=["州政府3楼会议室"])
    chair_id: uuid.UUID = Field(description="The user account of the person who will chair.")
    convener_id: uuid.UUID | None = Field(
        default=None,
        description="The person convening (召集). Defaults to the caller; the office (or a write "
        "client) enters meetings on a convener's behalf by naming them.",
    )
    is_extra: bool = Field(
        default=False,
        description="An extra (unscheduled, 临时增开) meeting; where the rules ask for consent it "
        "starts as awaiting_consent (E-MTG-2).",
    )
    agenda_items: list[AgendaItemIn] = Field(default_factory=list, max_length=50)


class MeetingUpdate(WriteModel):
    """Reschedule a meeting not yet held, or correct a held one's record before its minutes are
    archived; the chair is judged again, and on a new day the convener (or an extra meeting's
    proposer and consent)."""

    title: Title | None = None
    starts_at: datetime | None = Field(default=None, description=TIMES)
    ends_at: datetime | None = None
    place: Title | None = None
    chair_id: uuid.UUID | None = None
    agenda_items: list[AgendaItemIn] | None = Field(default=None, max_length=50)


class MeetingApprove(WriteModel):
    consenter_id: uuid.UUID | None = Field(
        default=None,
        description="The person consenting. Defaults to the caller; the office records a "
        "consent given by someone else by naming them.",
    )


class MeetingCancel(WriteModel):
    reason: Reason = Field(examples=["议题已在专题会议上研究，取消本次会议"])
    decided_by: uuid.UUID | None = Field(
        default=None,
        description="The person on whose decision it is cancelled (e.g. the leader, by "
        "telephone). Defaults to the caller; only the office names someone else.",
    )


class MeetingOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    kind: str
    kind_name: str = Field(description="The meeting kind's name in the rulebook, e.g. 全体会议.")
    minutes_required: bool = Field(
        description="The rules require its minutes to be kept and archived (C-MTG-3)."
    )
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    is_extra: bool
    state: MeetingState
    agenda_items: list[AgendaItemOut]
    rulebook_version_id: uuid.UUID = Field(description="The rulebook version that judged it.")
    convened_by: uuid.UUID
    convene_rule: str
    convene_delegation_id: uuid.UUID | None
    chair_id: uuid.UUID
    chair_rule: str
    chair_delegation_id: uuid.UUID | None = Field(
        description="The entrustment (委托) the chair acts under, if any."
    )
    consented_by: uuid.UUID | None
    consented_at: datetime | None
    consent_rule: str | None
    consent_delegation_id: uuid.UUID | None
    held_recorded_at: datetime | None
    cancelled_at: datetime | None
    cancelled_by: uuid.UUID | None = Field(description="On whose decision it was cancelled.")
    cancellation_reason: str | None
    sequence: int = Field(description="Raised on every change (the iCalendar SEQUENCE).")
    created_at: datetime
    updated_at: datetime


class MyInvitationOut(BaseModel):
    basis: str = Field(description="Why the caller is invited (as an invitee's basis).")
    attendance: AttendanceStatus


class MyMeetingOut(MeetingOut):
    invitation: MyInvitationOut | None = Field(
        description="The caller's invitation; null when they chair without being an invitee."
    )


class MyMeetingsOut(BaseModel):
    items: list[MyMeetingOut] = Field(
        description="By start time; at most 2,000, those nearest now (as in the .ics feed)."
    )


class InviteeOut(ReadModel):
    id: uuid.UUID
    meeting_id: uuid.UUID
    user_id: uuid.UUID | None = Field(description="Null: the unit has nobody to send yet.")
    display_name: str | None
    unit_id: uuid.UUID | None
    basis: str = Field(
        description="Why invited: an attendance rule (all_members, unit_principal_heads, "
        "unit_responsible_persons, units_concerned), chair, or office (added by the office)."
    )
    attendance: AttendanceStatus
    absence_reason: str | None
    represented_by_name: str | None
    represented_by_user_id: uuid.UUID | None
    attendance_recorded_at: datetime | None


class MeetingDetailOut(MeetingOut):
    invitees: list[InviteeOut]


class InviteeCreate(WriteModel):
    user_id: uuid.UUID | None = Field(default=None, description="A person to invite.")
    unit_id: uuid.UUID | None = Field(
        default=None, description="The member unit the person attends for (or a unit alone)."
    )


class AttendanceUpdate(WriteModel):
    attendance: AttendanceStatus = Field(
        description="present, absent or represented (invited is what nothing recorded shows; "
        "a record is never undone)."
    )
    absence_reason: Reason | None = Field(default=None, description="Required when absent.")
    represented_by_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = Field(default=None, description="Required when represented (代参会人).")
    represented_by_user_id: uuid.UUID | None = None


class AttendanceRecordIn(AttendanceUpdate):
    invitee_id: uuid.UUID


class AttendanceSheet(WriteModel):
    """Several invitees' attendance in one request (the 签到表 after the meeting)."""

    records: list[AttendanceRecordIn] = Field(min_length=1, max_length=500)


# --- minutes --------------------------------------------------------------------------------


class SpeechIn(WriteModel):
    speaker: Title = Field(examples=["州自然资源局局长"])
    unit_id: uuid.UUID | None = None
    main_points: Text = Field(examples=["建议将用地预审与选址意见书合并办理"])


class DecisionIn(WriteModel):
    text: Text = Field(examples=["由州自然资源局牵头，5月底前出台合并办理实施细则"])
    responsible_unit_id: uuid.UUID | None = Field(
        default=None, description="The unit responsible; with a deadline it can become a task."
    )
    deadline: date | None = None


class MinutesAgendaItemIn(WriteModel):
    title: Title
    speeches: list[SpeechIn] = Field(default_factory=list, max_length=200)
    decisions: list[DecisionIn] = Field(default_factory=list, max_length=200)


class MinutesIn(WriteModel):
    """The draft minutes (会议记录), replaced whole by each PUT. Attendees are not entered here:
    they come from the attendance records."""

    started_at: datetime | None = Field(default=None, description=TIMES)
    ended_at: datetime | None = None
    place: Title | None = None
    chair: Title | None = Field(default=None, description="Who chaired (主持人), as recorded.")
    agenda_items: list[MinutesAgendaItemIn] = Field(default_factory=list, max_length=50)


class MinutesContent(BaseModel):
    started_at: datetime | None
    ended_at: datetime | None
    place: str | None
    chair: str | None
    agenda_items: list[dict[str, Any]]


class AttendeeOut(BaseModel):
    name: str = Field(description="The person's name, or the unit's when invited without one.")
    user_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    attendance: AttendanceStatus
    absence_reason: str | None
    represented_by_name: str | None


class MissingField(BaseModel):
    loc: list[str | int]
    msg: str


class AddendumIn(WriteModel):
    dated: date | None = Field(
        default=None,
        description="The day of the correction; defaults to today in the jurisdiction's zone, "
        "never in the future nor before the archiving.",
    )
    text: Text = Field(examples=["更正：第二项议题明确意见中“6月底前”应为“5月底前”。"])


class AddendumOut(ReadModel):
    id: uuid.UUID
    dated: date
    text: str
    recorded_by: str
    created_at: datetime
    sha256: str = Field(
        description="SHA-256 of the addendum's canonical JSON (meeting_id, minutes_sha256, "
        "dated, text, recorded_by)."
    )


class MinutesOut(BaseModel):
    meeting_id: uuid.UUID
    status: str = Field(description="draft or archived.")
    draft: MinutesContent
    attendees: list[AttendeeOut] = Field(description="From the attendance records.")
    missing: list[MissingField] = Field(
        description="What archiving would refuse now (the rulebook's required fields)."
    )
    required_fields: list[str]
    rule: str | None = Field(description="The rule naming the required fields, e.g. C-MTG-3.")
    source: str | None
    archived_at: datetime | None
    archived_by: str | None
    sha256: str | None = Field(description="SHA-256 (hex) of `archived_record`'s canonical JSON.")
    archived_record: dict[str, Any] | None = Field(
        description="The record as archived. Its canonical JSON is the UTF-8 text of "
        "json.dumps(record, sort_keys=True, separators=(',', ':'), ensure_ascii=False) "
        "(RFC 8785 for these documents: no numbers but integers)."
    )
    addenda: list[AddendumOut]
    updated_at: datetime


class MinutesVerification(BaseModel):
    meeting_id: uuid.UUID
    sha256: str = Field(description="The hash recorded when archived.")
    recomputed: str = Field(description="The hash of the stored canonical text, computed now.")
    canonical: bool = Field(description="The stored text is the canonical form of its record.")
    intact: bool = Field(description="Both hashes agree and the text is canonical.")
    addenda_intact: bool


# --- compliance -----------------------------------------------------------------------------


class MeetingPeriodOut(BaseModel):
    meeting_kind: str
    name: str
    cadence: Cadence
    rule: str | None
    source: str | None
    period: PeriodOut
    window_start: date = Field(
        description="First day a meeting counts in: the period's, or for a year-end meeting "
        "(年末, E-MTG-1) the first day of the year's last quarter."
    )
    window_end: date = Field(description="Last day a meeting counts in: the period's last.")
    status: PeriodStatus
    meeting_ids: list[uuid.UUID] = Field(
        description="Regular meetings of the kind held between window_start and window_end."
    )
    scheduled_meeting_ids: list[uuid.UUID] = Field(
        description="Regular meetings of the kind planned in that window and not held (yet)."
    )
    outside_window_meeting_ids: list[uuid.UUID] = Field(
        description="Regular meetings of the kind held in the period but outside its window (a "
        "joint meeting in June for a year-end rule): why a period may show missed."
    )
    extra_meeting_ids: list[uuid.UUID] = Field(
        description="Extra meetings (临时增开) of the kind in the period: on top of the regular "
        "one, never instead of it."
    )
    reason: str | None = Field(description="Why none was held, as the office recorded it.")
    rulebook_version_id: uuid.UUID = Field(
        description="The rulebook version in force on the period's last day, which judges it."
    )


class MeetingComplianceOut(BaseModel):
    jurisdiction_id: uuid.UUID
    year: int
    on: date = Field(description="Today in the jurisdiction: periods ending later are not due.")
    rulebook_version_id: uuid.UUID | None = Field(
        description="The version in force on the year's last day (each period names its own)."
    )
    items: list[MeetingPeriodOut]


class PeriodReasonIn(WriteModel):
    reason: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
    ] = Field(examples=["本季度改革重点工作已在专题会议上研究部署，经组长同意不再召开全体会议"])


class PeriodReasonOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    meeting_kind: str
    period: PeriodOut
    reason: str
    recorded_by: str
    created_at: datetime
    updated_at: datetime

    @model_validator(mode="before")
    @classmethod
    def _period_of_row(cls, data: Any) -> Any:
        """A stored reason keeps its period by label: answered as a PeriodOut."""
        if isinstance(data, dict):
            return data
        values = {name: getattr(data, name) for name in cls.model_fields if name != "period"}
        return {**values, "period": PeriodOut.of(period_from_label(data.period, ("period",)))}
