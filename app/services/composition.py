"""The composition of a jurisdiction's leading group and office on a day, judged by the
composition section of the rulebook in force that day (its own or inherited, C-ORG-3).

The positions are those in force that day; a holder's deactivated account holds nothing from
today on (app.domain.composition.holder_counts). The member units are those active now: units
keep no history of being active (no day of deactivation), so a past day is judged with today's
units."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.composition import Unit, check_composition, holder_counts
from app.domain.messages import _
from app.errors import Conflict, NotFound
from app.repositories import positions as positions_repo
from app.repositories import units as units_repo
from app.schemas.composition import CompositionOut, CompositionRuleOut, DeviationOut
from app.services import rulebooks
from app.services.common import jurisdiction_ref, local_today


async def get_composition(
    session: AsyncSession, jid: uuid.UUID, on: date | None, now: datetime
) -> CompositionOut:
    ref = await jurisdiction_ref(session, jid)
    if ref is None:
        raise NotFound(_("No such jurisdiction."))
    today = local_today(ref, now)
    day = on or today
    book = await rulebooks.in_force(session, jid, day)
    if book is None:
        raise Conflict(
            _(
                "No rulebook is in force here on {day}, neither the jurisdiction's own "
                "nor one above it: there are no composition rules to check.",
                day=day.isoformat(),
            )
        )
    inherited = book.owner_jurisdiction_id != jid
    composition = book.rulebook.composition
    units = [
        Unit(unit_id, code, name)
        for unit_id, code, name in await units_repo.active_summaries(session, jid)
    ]
    posts = [
        replace(post, holder_active=holder_counts(post.holder_active, day, today))
        for post in await positions_repo.posts_on(session, jid, day)
    ]
    report = check_composition(composition, units, posts, inherited=inherited)
    return CompositionOut(
        jurisdiction_id=jid,
        on=day,
        version_id=book.version_id,
        inherited=inherited,
        rules=[
            CompositionRuleOut(
                rule=r.rule,
                source=r.source,
                description=r.description,
                checked=r.checked,
                reason=r.reason,
            )
            for r in report.rules
        ],
        deviations=[
            DeviationOut(
                kind=d.kind,
                rule=d.rule,
                source=d.source,
                message=d.message,
                role=d.role,
                unit_code=d.unit_code,
                unit_id=d.unit_id,
                position_ids=list(d.position_ids),
                user_ids=list(d.user_ids),
            )
            for d in report.deviations
        ],
        compliant=not report.deviations,
    )
