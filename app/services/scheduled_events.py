"""The events that come from time, not from a request (issue 17): ``report.overdue``,
``report.due_soon``, ``task.overdue`` and ``supervision_notice.reply_overdue``.

The worker calls ``emit_time_driven_events(session, now)`` every few seconds, from any number of
processes at once, and commits. Each event names its occasion in ``events.dedupe_key``
(``task.overdue:<task>:<deadline>``), unique per jurisdiction: whoever writes it first writes it,
the others' INSERT … ON CONFLICT DO NOTHING skips it, so each exists once across workers and
restarts. What is due on a day is decided by app.domain.scheduled_events (with its look-back
window); this module reads what it needs for every jurisdiction at once and writes the events.

Round trips of one call: jurisdictions, rulebook versions (their documents only when a version
is new to the process), the calendar's entered years (unless cached), active units when a
report is overdue or due soon somewhere, the reports submitted for those, open tasks, unanswered
notices, then which keys are not written yet; only when some are, the INSERT. A call that finds
nothing new writes nothing: no NOTIFY wakes the feeds' long polls.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown
from app.domain.events import EventType
from app.domain.reports import Submitter
from app.domain.rulebook import PublishedVersion, version_in_force
from app.domain.scheduled_events import (
    ReportOccasion,
    Submitted,
    owed,
    reply_overdue_since,
    reply_window,
    report_occasions,
    task_overdue_since,
    task_window,
)
from app.domain.tasks import TaskDays, TaskState
from app.repositories import events as events_repo
from app.repositories import scheduled_events as repo
from app.services.calendar import load_calendar
from app.services.common import local_today
from app.services.events import resource_url

logger = logging.getLogger("gaiban.scheduled_events")

# Published versions never change (app.domain.rulebook.PublishedVersion): each is read and
# parsed once per process, not every few seconds.
_VERSIONS: dict[uuid.UUID, PublishedVersion] = {}


async def emit_time_driven_events(session: AsyncSession, now: datetime) -> int:
    """Write every event from time that is due at ``now`` and not written before, in the
    session's transaction (the caller commits); how many were written. Safe to call from
    several processes at once: each event is written once (its dedupe key)."""
    places = await repo.jurisdictions(session)
    if not places:
        return 0
    calendar = await load_calendar(session)
    today = {place.id: local_today(place, now) for place in places}
    rows: list[dict[str, Any]] = []
    rows += await _report_events(session, places, today, calendar)
    rows += await _task_events(session, today, calendar)
    rows += await _notice_events(session, today)
    if not rows:
        return 0
    fresh = await events_repo.not_written(
        session, [(row["jurisdiction_id"], row["dedupe_key"]) for row in rows]
    )
    new = [row for row in rows if (row["jurisdiction_id"], row["dedupe_key"]) in fresh]
    return await events_repo.insert_once(session, new)


def _row(
    type: EventType,
    jid: uuid.UUID,
    resource_type: str,
    resource_id: str,
    url: str,
    payload: dict[str, Any],
    key: str,
) -> dict[str, Any]:
    return {
        "jurisdiction_id": jid,
        "type": type.value,
        "resource_type": resource_type,
        "resource_id": resource_id,
        "resource_url": url,
        "payload": payload,
        "dedupe_key": f"{type.value}:{key}",
    }


# --- reports --------------------------------------------------------------------------------


async def _published_versions(session: AsyncSession) -> list[PublishedVersion]:
    rows = await repo.version_rows(session)
    missing = [row.id for row in rows if row.id not in _VERSIONS]
    if missing:
        documents = await repo.version_documents(session, missing)
        for row in rows:
            if row.id in documents:
                _VERSIONS[row.id] = PublishedVersion(
                    row.id, row.jurisdiction_id, row.effective_from, documents[row.id]
                )
    return [_VERSIONS[row.id] for row in rows if row.id in _VERSIONS]


async def _report_events(
    session: AsyncSession,
    places: Sequence[repo.Place],
    today: dict[uuid.UUID, date],
    calendar: ArrangementCalendar,
) -> list[dict[str, Any]]:
    versions = await _published_versions(session)
    if not versions:
        return []
    # Counties follow their city's rulebook, mostly on the same day: computed once per
    # (version, day), not once per jurisdiction.
    computed: dict[tuple[uuid.UUID, date], list[ReportOccasion]] = {}
    occasions: dict[uuid.UUID, list[ReportOccasion]] = {}
    for place in places:
        day = today[place.id]
        lineage = (place.id, *reversed(place.ancestor_ids))
        version = version_in_force(versions, lineage, day)
        if version is None:
            continue
        if (version.id, day) not in computed:
            found: list[ReportOccasion] = []
            for report in version.rulebook.report_kinds.values():
                occasions_of = report_occasions(report, calendar, day)
                found += occasions_of.found
                if occasions_of.unknown_years:
                    logger.warning(
                        "report kind %s: some due dates need calendar years not known (%s); "
                        "no report events for them until they are entered",
                        report.key,
                        ", ".join(map(str, sorted(occasions_of.unknown_years))),
                    )
            computed[version.id, day] = found
        if computed[version.id, day]:
            occasions[place.id] = computed[version.id, day]
    if not occasions:
        return []
    with_units = [
        jid
        for jid, found in occasions.items()
        if any(o.report.submitter is Submitter.member_units for o in found)
    ]
    units = await repo.active_units(session, with_units) if with_units else {}
    done = await repo.submitted(
        session,
        {(jid, o.report.key, o.period.start) for jid, found in occasions.items() for o in found},
    )
    submitted: dict[uuid.UUID, set[Submitted]] = {}
    for jid, kind, start, unit in done:
        submitted.setdefault(jid, set()).add((kind, start, unit))
    rows = []
    for jid, found in occasions.items():
        names = dict(units.get(jid, []))
        for occasion, unit in owed(found, list(names), submitted.get(jid, set())):
            rows.append(_report_row(jid, occasion, unit, names.get(unit) if unit else None))
    return rows


def _report_row(
    jid: uuid.UUID, occasion: ReportOccasion, unit: uuid.UUID | None, unit_name: str | None
) -> dict[str, Any]:
    report, period = occasion.report, str(occasion.period)
    query = {"report_kind": report.key, "period": period}
    if unit is not None:
        query["unit_id"] = str(unit)
    payload: dict[str, Any] = {
        "report_kind": report.key,
        "report_name": report.name,
        "period": period,
        "unit_id": str(unit) if unit else None,
        "unit_name": unit_name,
        "due_date": occasion.due.isoformat(),
        "provisional_calendar": occasion.provisional,
    }
    if occasion.type is EventType.report_due_soon:
        payload["reminder_working_days_before"] = report.reminder_working_days_before
    slot = f"{report.key}:{period}:{unit or 'office'}"
    return _row(
        occasion.type,
        jid,
        "report",
        slot,
        f"/v1/jurisdictions/{jid}/submissions?{urlencode(query)}",
        payload,
        f"{jid}:{unit or 'office'}:{report.key}:{period}",
    )


# --- tasks and supervision notices ------------------------------------------------------------


def _windows(
    today: dict[uuid.UUID, date], window: Callable[[date], tuple[date, date]]
) -> list[repo.Window]:
    return [(jid, *window(day)) for jid, day in sorted(today.items())]


async def _task_events(
    session: AsyncSession, today: dict[uuid.UUID, date], calendar: ArrangementCalendar
) -> list[dict[str, Any]]:
    rows = []
    unknown: set[int] = set()
    for task in await repo.open_tasks_due_in(session, _windows(today, task_window)):
        days = TaskDays(
            task.created_on, task.deadline, task.started_on, task.completed_on, task.cancelled_on
        )
        try:
            since = task_overdue_since(calendar, days, today[task.jurisdiction_id])
        except CalendarYearUnknown as exc:
            unknown.add(exc.year)
            continue
        if since is None:
            continue
        jid = task.jurisdiction_id
        payload = {
            "code": task.code,
            "title": task.title,
            "state": TaskState(task.state).value,
            "lead_unit": {"id": str(task.lead_unit_id), "name": task.lead_unit_name},
            "deadline": task.deadline.isoformat(),
            "percent": task.percent,
            "completed_on": None,
            "completed_on_time": None,
            "overdue_since": since.isoformat(),
        }
        rows.append(
            _row(
                EventType.task_overdue,
                jid,
                "task",
                str(task.id),
                resource_url(jid, "tasks", task.id),
                payload,
                # A deadline moved later and passed again is a new occasion.
                f"{task.id}:{task.deadline.isoformat()}",
            )
        )
    if unknown:
        logger.warning(
            "calendar years not known (%s): no task.overdue for the tasks that need them",
            ", ".join(map(str, sorted(unknown))),
        )
    return rows


async def _notice_events(
    session: AsyncSession, today: dict[uuid.UUID, date]
) -> list[dict[str, Any]]:
    rows = []
    for notice in await repo.unanswered_notices_due_in(session, _windows(today, reply_window)):
        jid = notice.jurisdiction_id
        since = reply_overdue_since(notice.reply_due_on, notice.replied_on, today[jid])
        if since is None:
            continue
        payload = {
            "task": {"id": str(notice.task_id), "code": notice.task_code},
            "unit": {"id": str(notice.unit_id), "name": notice.unit_name},
            "issued_on": notice.issued_on.isoformat(),
            "reply_due_on": notice.reply_due_on.isoformat(),
            "answered": False,
            "replied_on": None,
        }
        rows.append(
            _row(
                EventType.supervision_notice_reply_overdue,
                jid,
                "supervision_notice",
                str(notice.id),
                resource_url(jid, "supervision-notices", notice.id),
                payload,
                f"{notice.id}:{notice.reply_due_on.isoformat()}",
            )
        )
    return rows
