from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.db import Session
from app.deps import ReadJurisdiction
from app.errors import problem_responses
from app.pagination import Paging
from app.routers.date_ranges import DueRange
from app.schemas.calendar import CalendarPage
from app.schemas.obligations import ObligationOut
from app.services import obligations as service

router = APIRouter(prefix="/jurisdictions/{jid}/obligations", tags=["reports"])


@router.get(
    "",
    summary="Every report due from every unit (or the office) in a date range",
    description=(
        "For each report kind of the rulebook in force on `due_to` (the jurisdiction's own or "
        "inherited), each period whose due date falls in [due_from, due_to] (at most 366 days; "
        "`from` and `to` are their deprecated former names), and "
        "each active member unit, or the office as one row with unit_id null. Ordered by due "
        "date, report kind, period and unit code. 409 when no rulebook is in force. A year "
        "with no published holiday arrangement yet is counted on the provisional calendar and "
        "the answer says so (`calendar.provisional_years`, header "
        "`Gaiban-Calendar-Provisional`); 422 calendar-year-unknown for a date before 2004."
    ),
    response_model=CalendarPage[ObligationOut],
    responses=problem_responses(401, 404, 409, 422),
)
async def list_obligations(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    due: DueRange,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this unit's.")] = None,
    report_kind: Annotated[str | None, Query(max_length=64)] = None,
) -> CalendarPage[ObligationOut]:
    return await service.list_obligations(
        session, scope.id, due.start, due.end, paging, unit_id=unit_id, report_kind=report_kind
    )
