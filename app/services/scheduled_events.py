"""The events that come from time, not from a request (issue 17): ``report.overdue``,
``report.due_soon``, ``task.overdue``, ``supervision_notice.reply_overdue`` and
``finding.overdue`` (an inspection's finding unrectified past its deadline, issue 18).

The worker calls ``emit_time_driven_events(session, now)`` every few seconds, from any number of
processes at once, and commits. Each event names its occasion in ``events.dedupe_key``
(``task.overdue:<task>:<deadline>``), unique per jurisdiction: whoever writes it first writes it,
the others' INSERT … ON CONFLICT DO NOTHING skips it, so each exists once across workers and
restarts. What is due on a day is decided by app.domain.scheduled_events (with its look-back
window); this module reads what it needs for every jurisdiction at once and writes the events.

Round trips of one call: jurisdictions, rulebook versions (their documents only when a version
is new to the process), the calendar's entered years (unless cached), active units when a
report is overdue or due soon somewhere, the reports submitted for those, open tasks, unanswered
notices, unrectified findings; then, for the keys this process has not yet seen written, which
of them are not, and only when some are, the INSERT. A call that finds nothing new writes
nothing: no NOTIFY wakes the feeds' long polls.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown
from app.domain.events import EventType
from app.domain.inspections import FindingState
from app.domain.reports import Submitter
from app.domain.rulebook import PublishedVersion, version_in_force
from app.domain.scheduled_events import (
    LOOKBACK_DAYS,
    ReportOccasion,
    Submitted,
    finding_overdue_since,
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
from app.services.inspections import parties, responsible_payload

logger = logging.getLogger("gaiban.scheduled_events")

# At most this many events a call (the rest: on the next call, which the worker makes at once
# when a call wrote this many). Their commit numbers them one by one holding the lock every
# event-writing commit takes (app/repositories/events.py), ~0.1 ms an event: a first start or a
# due date shared by a province's units must not hold up the requests' commits for long.
MAX_EVENTS_PER_CALL = 500

# Published versions never change (app.domain.rulebook.PublishedVersion): each is read and
# parsed once per process, not every few seconds.
_VERSIONS: dict[uuid.UUID, PublishedVersion] = {}


class _Candidate(NamedTuple):
    """An event that may be due: its key, and how to make its row (only when it is new)."""

    jurisdiction_id: uuid.UUID
    dedupe_key: str
    make: Callable[[], dict[str, Any]]


class _Seen:
    """The keys this process has seen written and committed, with the day it last met each: an
    event is never deleted (the application's role may not), so a key seen once need not be
    judged nor asked for again while its occasion stays in the window. Keys this process wrote
    are learnt on its next call, once their commit is visible. Forgetting one costs a look."""

    def __init__(self) -> None:
        self._days: dict[tuple[uuid.UUID, str], date] = {}
        self._today: date | None = None

    def start(self, day: date) -> None:
        """Once a day, forget the keys not met since before the last window."""
        if day != self._today:
            self._today = day
            oldest = day - timedelta(days=LOOKBACK_DAYS + 2)
            for key in [k for k, seen in self._days.items() if seen < oldest]:
                del self._days[key]

    def has(self, jid: uuid.UUID, key: str, day: date) -> bool:
        if (jid, key) not in self._days:
            return False
        self._days[jid, key] = day
        return True

    def learn(self, jid: uuid.UUID, key: str, day: date) -> None:
        self._days[jid, key] = day


_SEEN = _Seen()


async def emit_time_driven_events(session: AsyncSession, now: datetime) -> int:
    """Write every event from time that is due at ``now`` and not written before, in the
    session's transaction (the caller commits); how many were written, at most
    MAX_EVENTS_PER_CALL (then more may be due: call again). Safe to call from several
    processes at once: each event is written once (its dedupe key)."""
    places = await repo.jurisdictions(session)
    if not places:
        return 0
    calendar = await load_calendar(session)
    today = {place.id: local_today(place, now) for place in places}
    day = now.date()
    _SEEN.start(day)
    candidates: list[_Candidate] = []
    candidates += await _report_events(session, places, today, calendar, day)
    candidates += await _task_events(session, today, calendar, day)
    candidates += await _notice_events(session, today, day)
    candidates += await _finding_events(session, today, calendar, day)
    if not candidates:
        return 0
    fresh = await events_repo.not_written(
        session, [(c.jurisdiction_id, c.dedupe_key) for c in candidates]
    )
    new: list[dict[str, Any]] = []
    for candidate in sorted(candidates, key=lambda c: (c.jurisdiction_id, c.dedupe_key)):
        if (candidate.jurisdiction_id, candidate.dedupe_key) not in fresh:
            _SEEN.learn(candidate.jurisdiction_id, candidate.dedupe_key, day)
        elif len(new) < MAX_EVENTS_PER_CALL:
            new.append(candidate.make())
    return await events_repo.insert_once(session, new)


def _candidate(
    type: EventType,
    jid: uuid.UUID,
    key: str,
    resource_type: str,
    resource_id: str,
    url: str,
    payload: Callable[[], dict[str, Any]],
) -> _Candidate:
    def make() -> dict[str, Any]:
        return {
            "jurisdiction_id": jid,
            "type": type.value,
            "resource_type": resource_type,
            "resource_id": resource_id,
            "resource_url": url,
            "payload": payload(),
            "dedupe_key": key,
        }

    return _Candidate(jid, key, make)


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
    day: date,
) -> list[_Candidate]:
    versions = await _published_versions(session)
    if not versions:
        return []
    # Counties follow their city's rulebook, mostly on the same day: computed once per
    # (version, day), not once per jurisdiction.
    computed: dict[tuple[uuid.UUID, date], list[ReportOccasion]] = {}
    occasions: dict[uuid.UUID, list[ReportOccasion]] = {}
    for place in places:
        local = today[place.id]
        lineage = (place.id, *reversed(place.ancestor_ids))
        version = version_in_force(versions, lineage, local)
        if version is None:
            continue
        if (version.id, local) not in computed:
            found: list[ReportOccasion] = []
            for report in version.rulebook.report_kinds.values():
                occasions_of = report_occasions(report, calendar, local)
                found += occasions_of.found
                if occasions_of.unknown_years:
                    logger.warning(
                        "report kind %s: some due dates need calendar years not known (%s); "
                        "no report events for them until they are entered",
                        report.key,
                        ", ".join(map(str, sorted(occasions_of.unknown_years))),
                    )
            computed[version.id, local] = found
        if computed[version.id, local]:
            occasions[place.id] = computed[version.id, local]
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
    candidates = []
    for jid, found in occasions.items():
        names = dict(units.get(jid, []))
        for occasion, unit in owed(found, list(names), submitted.get(jid, set())):
            report, period = occasion.report, str(occasion.period)
            key = f"{occasion.type.value}:{jid}:{unit or 'office'}:{report.key}:{period}"
            if not _SEEN.has(jid, key, day):
                name = names.get(unit) if unit else None
                candidates.append(_report_candidate(jid, key, occasion, unit, name))
    return candidates


def _report_candidate(
    jid: uuid.UUID,
    key: str,
    occasion: ReportOccasion,
    unit: uuid.UUID | None,
    unit_name: str | None,
) -> _Candidate:
    report, period = occasion.report, str(occasion.period)

    def payload() -> dict[str, Any]:
        made: dict[str, Any] = {
            "report_kind": report.key,
            "report_name": report.name,
            "period": period,
            "unit_id": str(unit) if unit else None,
            "unit_name": unit_name,
            "due_date": occasion.due.isoformat(),
            "provisional_calendar": occasion.provisional,
        }
        if occasion.type is EventType.report_due_soon:
            made["reminder_working_days_before"] = report.reminder_working_days_before
        return made

    # Report kinds are [a-z0-9_] and periods 2026-10, 2026-Q3 or 2026: nothing to escape.
    query = f"report_kind={report.key}&period={period}"
    if unit is not None:
        query += f"&unit_id={unit}"
    return _candidate(
        occasion.type,
        jid,
        key,
        "report",
        f"{report.key}:{period}:{unit or 'office'}",
        f"/v1/jurisdictions/{jid}/submissions?{query}",
        payload,
    )


# --- tasks and supervision notices ------------------------------------------------------------


def _span(
    today: dict[uuid.UUID, date], window: Callable[[date], tuple[date, date]]
) -> tuple[date, date]:
    """The union of every jurisdiction's window (their days differ only by time zone)."""
    windows = [window(day) for day in set(today.values())]
    return min(w[0] for w in windows), max(w[1] for w in windows)


async def _task_events(
    session: AsyncSession, today: dict[uuid.UUID, date], calendar: ArrangementCalendar, day: date
) -> list[_Candidate]:
    candidates = []
    unknown: set[int] = set()
    first, last = _span(today, task_window)
    for task in await repo.open_tasks_due_in(session, today, first, last):
        # A deadline moved later and passed again is a new occasion.
        key = f"{EventType.task_overdue.value}:{task.id}:{task.deadline.isoformat()}"
        if _SEEN.has(task.jurisdiction_id, key, day):
            continue
        days = TaskDays(
            task.created_on, task.deadline, task.started_on, task.completed_on, task.cancelled_on
        )
        try:
            since = task_overdue_since(calendar, days, today[task.jurisdiction_id])
        except CalendarYearUnknown as exc:
            unknown.add(exc.year)
            continue
        if since is not None:
            candidates.append(_task_candidate(task, key, since))
    if unknown:
        logger.warning(
            "calendar years not known (%s): no task.overdue for the tasks that need them",
            ", ".join(map(str, sorted(unknown))),
        )
    return candidates


def _task_candidate(task: repo.OpenTask, key: str, since: date) -> _Candidate:
    """The payload of the other task events (app/services/tasks.py emit_task) and the day it
    has been overdue since."""

    def payload() -> dict[str, Any]:
        return {
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

    jid = task.jurisdiction_id
    return _candidate(
        EventType.task_overdue,
        jid,
        key,
        "task",
        str(task.id),
        resource_url(jid, "tasks", task.id),
        payload,
    )


async def _notice_events(
    session: AsyncSession, today: dict[uuid.UUID, date], day: date
) -> list[_Candidate]:
    candidates = []
    first, last = _span(today, reply_window)
    for notice in await repo.unanswered_notices_due_in(session, today, first, last):
        jid = notice.jurisdiction_id
        event_type = EventType.supervision_notice_reply_overdue
        key = f"{event_type.value}:{notice.id}:{notice.reply_due_on.isoformat()}"
        if _SEEN.has(jid, key, day):
            continue
        since = reply_overdue_since(notice.reply_due_on, notice.replied_on, today[jid])
        if since is not None:
            candidates.append(_notice_candidate(notice, key))
    return candidates


def _notice_candidate(notice: repo.UnansweredNotice, key: str) -> _Candidate:
    """The payload of the other supervision notice events (app/services/supervision.py)."""

    def payload() -> dict[str, Any]:
        return {
            "task": {"id": str(notice.task_id), "code": notice.task_code},
            "unit": {"id": str(notice.unit_id), "name": notice.unit_name},
            "issued_on": notice.issued_on.isoformat(),
            "reply_due_on": notice.reply_due_on.isoformat(),
            "answered": False,
            "replied_on": None,
        }

    jid = notice.jurisdiction_id
    return _candidate(
        EventType.supervision_notice_reply_overdue,
        jid,
        key,
        "supervision_notice",
        str(notice.id),
        resource_url(jid, "supervision-notices", notice.id),
        payload,
    )


# --- inspections' findings ------------------------------------------------------------------


async def _finding_events(
    session: AsyncSession, today: dict[uuid.UUID, date], calendar: ArrangementCalendar, day: date
) -> list[_Candidate]:
    candidates = []
    unknown: set[int] = set()
    # A finding falls overdue as a task does: the tasks' window of deadlines.
    first, last = _span(today, task_window)
    for finding in await repo.unrectified_findings_due_in(session, today, first, last):
        jid = finding.jurisdiction_id
        key = f"{EventType.finding_overdue.value}:{finding.id}:{finding.due_on.isoformat()}"
        if _SEEN.has(jid, key, day):
            continue
        try:
            since = finding_overdue_since(
                calendar, finding.recorded_on, finding.due_on, finding.rectified_on, today[jid]
            )
        except CalendarYearUnknown as exc:
            unknown.add(exc.year)
            continue
        if since is not None:
            candidates.append(_finding_candidate(finding, key, since))
    if unknown:
        logger.warning(
            "calendar years not known (%s): no finding.overdue for the findings that need them",
            ", ".join(map(str, sorted(unknown))),
        )
    return candidates


def _finding_candidate(finding: repo.UnrectifiedFinding, key: str, since: date) -> _Candidate:
    """The payload of the other finding events (app/services/inspections.py _emit_finding) and
    the day it has been overdue since."""

    def payload() -> dict[str, Any]:
        return {
            "inspection_id": str(finding.inspection_id),
            **responsible_payload(
                *parties(finding.unit_id, finding.county_id, finding.responsible_name)
            ),
            "state": FindingState(finding.state).value,
            "due_on": finding.due_on.isoformat(),
            "rectified_on": None,
            "overdue_since": since.isoformat(),
        }

    jid = finding.jurisdiction_id
    inspection = resource_url(jid, "inspections", finding.inspection_id)
    return _candidate(
        EventType.finding_overdue,
        jid,
        key,
        "inspection_finding",
        str(finding.id),
        f"{inspection}/findings/{finding.id}",
        payload,
    )
