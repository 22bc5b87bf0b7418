"""The positions of a jurisdiction against the rulebook versions in force during their tenures
(GET …/rulebook/check-holdings): a version that drops a held position, defines it at another
level or lowers a limit does not rewrite history; its holders are reported here."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import JurisdictionRef
from app.domain.holdings import check_holdings as judge
from app.repositories import positions as positions_repo
from app.schemas.rulebooks import HoldingProblemOut, HoldingsCheckOut, JudgedVersionOut
from app.services import rulebooks
from app.services.common import local_today


async def check_holdings(
    session: AsyncSession, jurisdiction: JurisdictionRef, on: date | None, now: datetime
) -> HoldingsCheckOut:
    jid = jurisdiction.id
    day = on or local_today(jurisdiction, now)
    spans = await rulebooks.spans_from(session, jid, day)
    held = await positions_repo.held_from(session, jid, day) if spans else []
    problems = judge(held, spans)
    return HoldingsCheckOut(
        jurisdiction_id=jid,
        on=day,
        versions=[
            JudgedVersionOut(
                version_id=s.version.id,
                owner_jurisdiction_id=s.version.jurisdiction_id,
                inherited=s.version.jurisdiction_id != jid,
                effective_from=s.version.effective_from,
                judged_from=s.days.valid_from,
                judged_until=s.days.valid_to,
            )
            for s in spans
        ],
        problems=[
            HoldingProblemOut(
                kind=p.kind,
                role=p.key,
                version_id=p.version.id,
                effective_from=p.version.effective_from,
                first_day=p.first_day,
                message=p.message,
                rule=p.definition.rule if p.definition else None,
                source=p.definition.source if p.definition else None,
                position_ids=list(p.position_ids),
                user_ids=list(p.user_ids),
                unit_id=p.unit_id,
                held_level=p.held_level,
                defined_level=p.definition.level if p.definition else None,
                limit=p.limit,
                peak=p.peak,
            )
            for p in problems
        ],
        sound=not problems,
    )
