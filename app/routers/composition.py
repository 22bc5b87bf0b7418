from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.db import Session
from app.deps import Now, ReadJurisdiction
from app.errors import problem_responses
from app.schemas.composition import CompositionOut
from app.services import composition as service

router = APIRouter(prefix="/jurisdictions/{jid}/composition", tags=["positions"])


@router.get(
    "",
    summary="The leading group's and office's composition on a day, checked against the rules",
    description=(
        "The composition section of the rulebook in force on the day (the jurisdiction's own "
        "or inherited, C-ORG-3) checked against the member units and the positions in force "
        "that day: the listed member units (E-ORG-1), how many hold each role in all or in "
        "each member unit (C-ORG-1 one leader, CO-ORG-1 one liaison officer, CO-ORG-2 an "
        "information officer), and the unit post a role's holders must hold as well (C-ORG-2: "
        "the office director is the housing bureau's principal leader). Each deviation names "
        "its rule and source article. Readable by whoever reads the jurisdiction's shared "
        "records. 409 when no rulebook is in force that day."
    ),
    response_model=CompositionOut,
    responses=problem_responses(401, 404, 409, 422),
)
async def get_composition(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    on: Annotated[
        date | None,
        Query(description="The day judged; default today in the jurisdiction's time zone."),
    ] = None,
) -> CompositionOut:
    return await service.get_composition(session, scope.id, on, now)
