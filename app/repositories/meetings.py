from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.meetings import MeetingState, PositionHeld
from app.domain.rulebook import Holding
from app.models import (
    Meeting,
    MeetingInvitee,
    MeetingMinutes,
    MeetingPeriodReason,
    MemberUnit,
    MinutesAddendum,
    Position,
    User,
)
from app.pagination import PageRequest, apply_keyset


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    meeting_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Meeting | None:
    statement = select(Meeting).where(
        Meeting.jurisdiction_id == jurisdiction_id, Meeting.id == meeting_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def get_by_title(
    session: AsyncSession, jurisdiction_id: uuid.UUID, title: str
) -> Meeting | None:
    """The first meeting of that title (the demo loader's natural key)."""
    return (
        await session.execute(
            select(Meeting)
            .where(Meeting.jurisdiction_id == jurisdiction_id, Meeting.title == title)
            .order_by(Meeting.created_at)
            .limit(1)
        )
    ).scalar_one_or_none()


async def list_meetings(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    kind: str | None,
    state: MeetingState | None,
    starts_from: datetime | None,
    starts_before: datetime | None,
    minutes_pending: bool | None = None,
    changed_since: datetime | None = None,
) -> list[Meeting]:
    statement = select(Meeting).where(Meeting.jurisdiction_id == jurisdiction_id)
    if changed_since is not None:
        statement = statement.where(Meeting.updated_at >= changed_since)
    if minutes_pending is not None:
        pending = (Meeting.state == MeetingState.held) & Meeting.minutes_required.is_(True)
        statement = statement.where(pending if minutes_pending else ~pending)
    if kind is not None:
        statement = statement.where(Meeting.kind == kind)
    if state is not None:
        statement = statement.where(Meeting.state == state)
    if starts_from is not None:
        statement = statement.where(Meeting.starts_at >= starts_from)
    if starts_before is not None:
        statement = statement.where(Meeting.starts_at < starts_before)
    statement = apply_keyset(statement, [Meeting.starts_at, Meeting.id], page)
    return list((await session.execute(statement)).scalars())


async def in_window(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    starts_from: datetime,
    starts_before: datetime,
    *,
    person: uuid.UUID | None = None,
    limit: int,
    nearest: datetime,
) -> list[Meeting]:
    """Meetings starting in [starts_from, starts_before), by start; with ``person``, only those
    the person chairs or is invited to. Beyond ``limit``, the ones nearest ``nearest`` are kept
    (a calendar loses its most distant meetings, never the coming ones)."""
    statement = select(Meeting).where(
        Meeting.jurisdiction_id == jurisdiction_id,
        Meeting.starts_at >= starts_from,
        Meeting.starts_at < starts_before,
    )
    if person is not None:
        invited = select(MeetingInvitee.meeting_id).where(
            MeetingInvitee.jurisdiction_id == jurisdiction_id, MeetingInvitee.user_id == person
        )
        statement = statement.where(or_(Meeting.chair_id == person, Meeting.id.in_(invited)))
    return await _nearest_by_start(session, statement, nearest, limit)


async def _nearest_by_start(
    session: AsyncSession, statement: Select[Meeting], nearest: datetime, limit: int
) -> list[Meeting]:
    distance = func.abs(func.extract("epoch", Meeting.starts_at - nearest))
    kept = list(
        (await session.execute(statement.order_by(distance, Meeting.id).limit(limit))).scalars()
    )
    return sorted(kept, key=lambda m: (m.starts_at, m.id))


async def of_person(
    session: AsyncSession,
    person: uuid.UUID,
    starts_from: datetime,
    starts_before: datetime,
    *,
    limit: int,
    nearest: datetime,
) -> list[Meeting]:
    """The meetings ``person`` chairs or is invited to, in any jurisdiction: the person's own
    calendar, the one query that crosses tenants by design (by the person's indexes)."""
    invited = select(MeetingInvitee.meeting_id).where(MeetingInvitee.user_id == person)
    statement = select(Meeting).where(
        or_(Meeting.chair_id == person, Meeting.id.in_(invited)),
        Meeting.starts_at >= starts_from,
        Meeting.starts_at < starts_before,
    )
    return await _nearest_by_start(session, statement, nearest, limit)


async def invitations_of(
    session: AsyncSession, person: uuid.UUID, meeting_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, MeetingInvitee]:
    """The person's invitation to each of ``meeting_ids`` that has one (the first by position
    where a person is invited twice), by meeting, in any jurisdiction."""
    rows = await session.execute(
        select(MeetingInvitee)
        .where(MeetingInvitee.user_id == person, MeetingInvitee.meeting_id.in_(meeting_ids))
        .order_by(MeetingInvitee.position.desc(), MeetingInvitee.id.desc())
    )
    return {row.meeting_id: row for row in rows.scalars()}


async def add(session: AsyncSession, row: Meeting) -> Meeting:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


class Holder(NamedTuple):
    """A person holding a post on the day: their name and the jurisdiction of their account."""

    display_name: str
    home_id: uuid.UUID


@dataclass(frozen=True)
class Roster:
    """A jurisdiction on one day: every position in force with its unit, the holders, and every
    member unit (active or not) in the order of their codes."""

    positions: tuple[PositionHeld, ...]
    holders: dict[uuid.UUID, Holder]
    units: dict[uuid.UUID, bool]  # unit id → active

    @property
    def active_units(self) -> list[uuid.UUID]:
        return [unit for unit, active in self.units.items() if active]

    @property
    def holdings(self) -> tuple[Holding, ...]:
        """The posts as the rules judge them (app.services.delegations.judge_on)."""
        return tuple(Holding(p.person, p.role) for p in self.positions)

    def name_of(self, person: uuid.UUID | None) -> str | None:
        holder = self.holders.get(person) if person is not None else None
        return holder.display_name if holder is not None else None


async def roster_on(session: AsyncSession, jurisdiction_id: uuid.UUID, on: date) -> Roster:
    """The positions in force on ``on`` (with each holder's account) and the member units, in
    one statement: the positions fully joined to the units (a unit nobody holds a post for
    comes once, with nulls; a post without a unit, with nulls for the unit)."""
    held = (
        select(
            Position.id,
            Position.user_id,
            Position.role,
            Position.unit_id,
            Position.valid_from,
            User.display_name,
            User.jurisdiction_id.label("home_id"),
        )
        .join(User, User.id == Position.user_id)
        .where(
            Position.jurisdiction_id == jurisdiction_id,
            Position.valid_from <= on,
            Position.valid_to.is_(None) | (Position.valid_to >= on),
        )
        .subquery("held")
    )
    units = (
        select(MemberUnit.id, MemberUnit.code, MemberUnit.is_active)
        .where(MemberUnit.jurisdiction_id == jurisdiction_id)
        .subquery("units")
    )
    rows = await session.execute(
        select(
            held.c.user_id,
            held.c.role,
            held.c.unit_id,
            held.c.display_name,
            held.c.home_id,
            units.c.id.label("member_unit_id"),
            units.c.is_active,
        )
        .select_from(held.join(units, units.c.id == held.c.unit_id, full=True))
        .order_by(units.c.code.asc().nulls_last(), held.c.valid_from, held.c.id)
    )
    positions: list[PositionHeld] = []
    holders: dict[uuid.UUID, Holder] = {}
    member_units: dict[uuid.UUID, bool] = {}
    for row in rows:
        if row.member_unit_id is not None:
            member_units[row.member_unit_id] = row.is_active
        if row.user_id is not None:
            positions.append(PositionHeld(row.user_id, row.role, row.unit_id))
            holders[row.user_id] = Holder(row.display_name, row.home_id)
    return Roster(tuple(positions), holders, member_units)


# --- invitees -------------------------------------------------------------------------------


class InviteeRow(NamedTuple):
    invitee: MeetingInvitee
    person_name: str | None
    unit_name: str | None


async def invitees(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID
) -> list[InviteeRow]:
    """The meeting's invitees in their order, with the person's and the unit's names."""
    rows = await session.execute(
        select(MeetingInvitee, User.display_name, MemberUnit.name)
        .outerjoin(User, User.id == MeetingInvitee.user_id)
        .outerjoin(
            MemberUnit,
            (MemberUnit.jurisdiction_id == MeetingInvitee.jurisdiction_id)
            & (MemberUnit.id == MeetingInvitee.unit_id),
        )
        .where(
            MeetingInvitee.jurisdiction_id == jurisdiction_id,
            MeetingInvitee.meeting_id == meeting_id,
        )
        .order_by(MeetingInvitee.position, MeetingInvitee.id)
    )
    return [InviteeRow(row[0], row[1], row[2]) for row in rows]


async def get_invitee(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID, invitee_id: uuid.UUID
) -> MeetingInvitee | None:
    return (
        await session.execute(
            select(MeetingInvitee).where(
                MeetingInvitee.jurisdiction_id == jurisdiction_id,
                MeetingInvitee.meeting_id == meeting_id,
                MeetingInvitee.id == invitee_id,
            )
        )
    ).scalar_one_or_none()


async def drop_chair_invitation(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID, person: uuid.UUID
) -> MeetingInvitee | None:
    """A former chair invited only as chair, with no attendance recorded, is no longer invited;
    the row dropped, if any."""
    row = (
        await session.execute(
            delete(MeetingInvitee)
            .where(
                MeetingInvitee.jurisdiction_id == jurisdiction_id,
                MeetingInvitee.meeting_id == meeting_id,
                MeetingInvitee.user_id == person,
                MeetingInvitee.basis == "chair",
                MeetingInvitee.attendance == "invited",
            )
            .returning(MeetingInvitee)
        )
    ).scalar_one_or_none()
    return row


async def add_invitees(session: AsyncSession, rows: Sequence[MeetingInvitee]) -> None:
    session.add_all(rows)
    await session.flush()


# --- minutes --------------------------------------------------------------------------------


async def get_minutes(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    meeting_id: uuid.UUID,
) -> MeetingMinutes | None:
    return (
        await session.execute(
            select(MeetingMinutes).where(
                MeetingMinutes.jurisdiction_id == jurisdiction_id,
                MeetingMinutes.meeting_id == meeting_id,
            )
        )
    ).scalar_one_or_none()


async def put_draft(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID, draft: dict[str, Any]
) -> tuple[MeetingMinutes, dict[str, Any] | None]:
    """Write the draft minutes, the first or a replacement, and return them with the draft they
    replaced (None for the first). One statement: its sub-select reads the minutes as they
    were when it began. The caller holds the meeting's lock, taken before this statement
    began, so no other change to these minutes falls between what it reads and what it
    writes."""
    replaced = (
        select(MeetingMinutes.draft)
        .where(
            MeetingMinutes.jurisdiction_id == jurisdiction_id,
            MeetingMinutes.meeting_id == meeting_id,
        )
        .scalar_subquery()
    )
    values = pg_insert(MeetingMinutes).values(
        meeting_id=meeting_id, jurisdiction_id=jurisdiction_id, draft=draft
    )
    statement = values.on_conflict_do_update(
        index_elements=[MeetingMinutes.meeting_id],
        set_={"draft": values.excluded.draft, "updated_at": func.now()},
    ).returning(MeetingMinutes, replaced)
    result = await session.execute(statement, execution_options={"populate_existing": True})
    row, before = result.one()
    return row, before


class MinutesRecord(NamedTuple):
    meeting: Meeting
    minutes: MeetingMinutes | None
    addenda: list[MinutesAddendum]


async def minutes_record(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID
) -> MinutesRecord | None:
    """The meeting, its minutes (None before a draft) and their addenda in order, in one
    statement: the meeting and its minutes come on each addendum's row (there are few)."""
    rows = (
        await session.execute(
            select(Meeting, MeetingMinutes, MinutesAddendum)
            .outerjoin(
                MeetingMinutes,
                (MeetingMinutes.jurisdiction_id == Meeting.jurisdiction_id)
                & (MeetingMinutes.meeting_id == Meeting.id),
            )
            .outerjoin(
                MinutesAddendum,
                (MinutesAddendum.jurisdiction_id == Meeting.jurisdiction_id)
                & (MinutesAddendum.meeting_id == Meeting.id),
            )
            .where(Meeting.jurisdiction_id == jurisdiction_id, Meeting.id == meeting_id)
            .order_by(MinutesAddendum.created_at, MinutesAddendum.id)
        )
    ).all()
    if not rows:
        return None
    meeting, minutes, _ = rows[0]
    return MinutesRecord(meeting, minutes, [row[2] for row in rows if row[2] is not None])


async def addenda(
    session: AsyncSession, jurisdiction_id: uuid.UUID, meeting_id: uuid.UUID
) -> list[MinutesAddendum]:
    rows = await session.execute(
        select(MinutesAddendum)
        .where(
            MinutesAddendum.jurisdiction_id == jurisdiction_id,
            MinutesAddendum.meeting_id == meeting_id,
        )
        .order_by(MinutesAddendum.created_at, MinutesAddendum.id)
    )
    return list(rows.scalars())


# --- compliance -----------------------------------------------------------------------------


async def starting_between(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    starts_from: datetime,
    starts_before: datetime,
) -> list[Meeting]:
    rows = await session.execute(
        select(Meeting).where(
            Meeting.jurisdiction_id == jurisdiction_id,
            Meeting.starts_at >= starts_from,
            Meeting.starts_at < starts_before,
        )
    )
    return list(rows.scalars())


async def period_reasons(
    session: AsyncSession, jurisdiction_id: uuid.UUID, periods: Sequence[str]
) -> list[MeetingPeriodReason]:
    rows = await session.execute(
        select(MeetingPeriodReason).where(
            MeetingPeriodReason.jurisdiction_id == jurisdiction_id,
            MeetingPeriodReason.period.in_(periods),
        )
    )
    return list(rows.scalars())


async def get_period_reason(
    session: AsyncSession, jurisdiction_id: uuid.UUID, kind: str, period: str
) -> MeetingPeriodReason | None:
    return (
        await session.execute(
            select(MeetingPeriodReason)
            .where(
                MeetingPeriodReason.jurisdiction_id == jurisdiction_id,
                MeetingPeriodReason.meeting_kind == kind,
                MeetingPeriodReason.period == period,
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
