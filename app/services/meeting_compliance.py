"""Compliance with the rules' cadence (E-MTG-1, C-MTG-1, CO-MTG-1): each period the rules expect
a meeting in, judged by the rulebook version in force on its last day, and the office's
reasons for periods without one."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import meetings as domain
from app.domain.access import Actor, JurisdictionRef
from app.domain.meetings import (
    MeetingState,
)
from app.domain.messages import _
from app.domain.reports import Period, PeriodKind
from app.domain.rulebook import Rulebook
from app.errors import Conflict
from app.models import MeetingPeriodReason
from app.repositories import meetings as repo
from app.repositories.common import add_unique
from app.schemas.meetings import (
    MeetingComplianceOut,
    MeetingPeriodOut,
    PeriodReasonIn,
    PeriodReasonOut,
)
from app.schemas.periods import PeriodOut
from app.services import audit, rulebooks
from app.services.common import load_jurisdiction
from app.services.meetings import (
    kind_in,
    local_day,
    local_midnight,
    zone_of,
)

# --- compliance with the cadence ------------------------------------------------------------


async def compliance(
    session: AsyncSession, jid: uuid.UUID, year: int, *, now: datetime
) -> MeetingComplianceOut:
    """Each period is judged by the rulebook version in force on its last day."""
    jurisdiction = await load_jurisdiction(session, jid)
    zone = zone_of(jurisdiction)
    ends = sorted({Period(PeriodKind.month, year, month).end for month in range(1, 13)})
    books = await rulebooks.in_force_on_days(session, jid, ends)
    if not any(books.values()):
        raise Conflict(
            _(
                "No rulebook is in force in this jurisdiction in {year}: a rulebook "
                "must be published first.",
                year=year,
            )
        )
    rows = await repo.starting_between(
        session,
        jid,
        local_midnight(date(year, 1, 1), zone),
        local_midnight(date(year + 1, 1, 1), zone),
    )
    on_record = [
        domain.MeetingOnRecord(
            r.id, r.kind, local_day(r.starts_at, zone), MeetingState(r.state), r.is_extra
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
                period=PeriodOut.of(row.period),
                window_start=row.window_start,
                window_end=row.window_end,
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
            _(
                "No rulebook is in force in this jurisdiction on {end}: no meeting was expected.",
                end=period.end.isoformat(),
            )
        )
    kind = kind_in(found.rulebook, meeting_kind, period.end, ("path", "meeting_kind"))
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
                recorded_by=actor.display_name,
            ),
            _("A reason for this period was recorded at the same moment; read it and try again."),
        )
    else:
        row.reason = data.reason
        row.recorded_by = actor.display_name
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
