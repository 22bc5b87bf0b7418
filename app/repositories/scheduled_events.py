"""What the scheduler reads to find the events that come from time (app/services/
scheduled_events.py): set-based, one statement per kind of thing over every jurisdiction at
once, through the asyncpg connection (no ORM rows: a few thousand plain tuples a call).

Each range scan is led by the jurisdiction: the windows are given per jurisdiction (its own
today, in its own time zone) and joined with unnest, so each jurisdiction's slice of the index
is read on its own."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RulebookVersion

# A jurisdiction's window of dates: (jurisdiction, first, last), both ends included.
Window = tuple[uuid.UUID, date, date]


async def _driver(session: AsyncSession) -> Any:
    """The asyncpg connection under the session's, in its transaction."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return raw.driver_connection


def _columns(windows: Sequence[Window]) -> tuple[list[uuid.UUID], list[date], list[date]]:
    return [w[0] for w in windows], [w[1] for w in windows], [w[2] for w in windows]


class Place(NamedTuple):
    id: uuid.UUID
    ancestor_ids: tuple[uuid.UUID, ...]
    time_zone: str


async def jurisdictions(session: AsyncSession) -> list[Place]:
    driver = await _driver(session)
    rows = await driver.fetch("SELECT id, ancestor_ids, time_zone FROM jurisdictions ORDER BY id")
    return [Place(row[0], tuple(row[1]), row[2]) for row in rows]


class VersionRow(NamedTuple):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    effective_from: date


async def version_rows(session: AsyncSession) -> list[VersionRow]:
    """Every published rulebook version, without its document."""
    driver = await _driver(session)
    rows = await driver.fetch("SELECT id, jurisdiction_id, effective_from FROM rulebook_versions")
    return [VersionRow(row[0], row[1], row[2]) for row in rows]


async def version_documents(
    session: AsyncSession, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The documents of these versions (the ORM decodes JSONB as the rest of the app does)."""
    rows = await session.execute(
        select(RulebookVersion.id, RulebookVersion.document).where(
            RulebookVersion.id.in_(list(ids))
        )
    )
    return {row.id: row.document for row in rows}


async def active_units(
    session: AsyncSession, jurisdiction_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """(id, name) of each jurisdiction's active member units, by code."""
    driver = await _driver(session)
    rows = await driver.fetch(
        "SELECT jurisdiction_id, id, name FROM member_units "
        "WHERE jurisdiction_id = ANY($1::uuid[]) AND is_active ORDER BY jurisdiction_id, code",
        list(jurisdiction_ids),
    )
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for jid, unit_id, name in rows:
        found.setdefault(jid, []).append((unit_id, name))
    return found


Slot = tuple[uuid.UUID, str, date]  # (jurisdiction, report kind, period start)


async def submitted(
    session: AsyncSession, slots: Collection[Slot]
) -> set[tuple[uuid.UUID, str, date, uuid.UUID | None]]:
    """(jurisdiction, report kind, period start, unit or None for the office) of every report
    submitted for these slots, by the slot index."""
    if not slots:
        return set()
    driver = await _driver(session)
    ordered = sorted(slots)
    rows = await driver.fetch(
        "SELECT s.jurisdiction_id, s.report_kind, s.period_start, s.unit_id "
        "FROM unnest($1::uuid[], $2::text[], $3::date[]) AS w(jid, kind, period_start) "
        "JOIN report_submissions s ON s.jurisdiction_id = w.jid AND s.report_kind = w.kind "
        "AND s.period_start = w.period_start",
        [s[0] for s in ordered],
        [s[1] for s in ordered],
        [s[2] for s in ordered],
    )
    return {(row[0], row[1], row[2], row[3]) for row in rows}


class OpenTask(NamedTuple):
    jurisdiction_id: uuid.UUID
    id: uuid.UUID
    code: str
    title: str
    state: str
    percent: int
    deadline: date
    created_on: date
    started_on: date | None
    completed_on: date | None
    cancelled_on: date | None
    lead_unit_id: uuid.UUID
    lead_unit_name: str


async def open_tasks_due_in(session: AsyncSession, windows: Sequence[Window]) -> list[OpenTask]:
    """The open tasks whose deadline lies in their jurisdiction's window, with the lead unit's
    name (index: jurisdiction, deadline)."""
    if not windows:
        return []
    driver = await _driver(session)
    rows = await driver.fetch(
        "SELECT t.jurisdiction_id, t.id, t.code, t.title, t.state, t.percent, t.deadline, "
        "t.created_on, t.started_on, t.completed_on, t.cancelled_on, t.lead_unit_id, u.name "
        "FROM unnest($1::uuid[], $2::date[], $3::date[]) AS w(jid, first, last) "
        "JOIN tasks t ON t.jurisdiction_id = w.jid AND t.deadline BETWEEN w.first AND w.last "
        "JOIN member_units u ON u.jurisdiction_id = t.jurisdiction_id AND u.id = t.lead_unit_id "
        "WHERE t.state IN ('not_started', 'in_progress')",
        *_columns(windows),
    )
    return [OpenTask(*row) for row in rows]


class UnansweredNotice(NamedTuple):
    jurisdiction_id: uuid.UUID
    id: uuid.UUID
    task_id: uuid.UUID
    task_code: str
    unit_id: uuid.UUID
    unit_name: str
    issued_on: date
    reply_due_on: date
    replied_on: date | None


async def unanswered_notices_due_in(
    session: AsyncSession, windows: Sequence[Window]
) -> list[UnansweredNotice]:
    """The unanswered supervision notices whose reply date lies in their jurisdiction's window,
    with the task's code and the unit's name (the partial index of unanswered notices)."""
    if not windows:
        return []
    driver = await _driver(session)
    rows = await driver.fetch(
        "SELECT n.jurisdiction_id, n.id, n.task_id, t.code, n.unit_id, u.name, n.issued_on, "
        "n.reply_due_on, n.replied_on "
        "FROM unnest($1::uuid[], $2::date[], $3::date[]) AS w(jid, first, last) "
        "JOIN supervision_notices n ON n.jurisdiction_id = w.jid "
        "AND n.reply_due_on BETWEEN w.first AND w.last AND n.replied_at IS NULL "
        "JOIN tasks t ON t.jurisdiction_id = n.jurisdiction_id AND t.id = n.task_id "
        "JOIN member_units u ON u.jurisdiction_id = n.jurisdiction_id AND u.id = n.unit_id",
        *_columns(windows),
    )
    return [UnansweredNotice(*row) for row in rows]
