from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from app.db import Session
from app.deps import JurisdictionScope, jurisdiction_scope
from app.domain.access import Permission
from app.domain.events import MAX_WAIT_SECONDS
from app.errors import problem_responses
from app.schemas.events import EventPage
from app.services import events as service

router = APIRouter(tags=["events"])

ReadEvents = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.read_events))]


@router.get(
    "/jurisdictions/{jid}/events",
    summary="A jurisdiction's events after a cursor, oldest first, with an optional long poll",
    description="What happened in the jurisdiction (README, Events: the types and their "
    "payloads), each written in the transaction of its change. Pass the answer's next_cursor "
    "as `after` to get what follows: the order is stable, with no gaps and no repeats, even "
    "while writers commit out of order. With `wait` and nothing after the cursor, the answer "
    "waits up to that many seconds for an event and comes as soon as one is committed. "
    "`include_descendants`: also the events of the jurisdictions below (their office or one "
    "above, and read clients). Read by the office here or above, the leading group's leader "
    "and deputies, and read clients.",
    response_model=EventPage,
    responses=problem_responses(401, 403, 404, 422),
)
async def list_events(
    scope: ReadEvents,
    session: Session,
    request: Request,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous answer.")
    ] = None,
    types: Annotated[
        str | None,
        Query(
            max_length=2000,
            description="Only these types, comma-separated.",
            examples=["meeting.convened,submission.received"],
        ),
    ] = None,
    include_descendants: Annotated[
        bool, Query(description="Also the events of the jurisdictions below this one.")
    ] = False,
    limit: Annotated[
        int | None, Query(ge=1, description="Events per answer (capped, default 50).")
    ] = None,
    wait: Annotated[
        float,
        Query(
            ge=0,
            le=MAX_WAIT_SECONDS,
            description="With nothing after the cursor, wait up to this many seconds for an "
            "event (long poll).",
        ),
    ] = 0,
) -> EventPage:
    settings = request.app.state.settings
    return await service.feed(
        session,
        scope.actor,
        scope.jurisdiction,
        include_descendants=include_descendants,
        after=after,
        types=service.parse_types(types),
        limit=min(limit or settings.list_limit_default, settings.list_limit_max),
        wait=wait,
    )
