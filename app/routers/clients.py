from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import CurrentActor
from app.errors import problem_responses
from app.idempotency import answers_a_secret
from app.pagination import Page, Paging
from app.schemas.clients import ClientCreate, ClientOut, ClientUpdate, ClientWithSecret
from app.services import clients as service

router = APIRouter(prefix="/clients", tags=["accounts"])

ClientPk = Annotated[uuid.UUID, Path(description="The client's id (not its client_id).")]


@router.get(
    "",
    summary="List the machine clients the caller oversees",
    description="The machine clients of the jurisdictions the caller oversees (its office here "
    "or above; administrators see all), by client_id, without their secrets.",
    response_model=Page[ClientOut],
    responses=problem_responses(401, 422),
)
async def list_clients(
    actor: CurrentActor,
    session: Session,
    paging: Paging,
    jurisdiction_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[ClientOut]:
    items, cursor = await service.list_clients(
        session, actor, paging, jurisdiction_id=jurisdiction_id
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Register a machine client; its secret is shown once",
    description="A client for another system (the approval-management system, a county portal, "
    "a script), bound to one jurisdiction with scopes `read`, `write` and `act_as` (act_as only "
    "from a platform administrator). The secret is in this answer only, and no Idempotency-Key "
    "is taken (400): it would keep the secret. For those who manage accounts of the "
    "jurisdiction (403 otherwise); 409 when the client_id is taken.",
    status_code=status.HTTP_201_CREATED,
    response_model=ClientWithSecret,
    responses=problem_responses(401, 403, 404, 409, 422),
)
@answers_a_secret
async def create_client(
    actor: CurrentActor,
    session: Session,
    body: ClientCreate,
    response: Response,
) -> ClientWithSecret:
    out = await service.create(session, actor, body)
    response.headers["Location"] = f"/v1/clients/{out.id}"
    return out


@router.get(
    "/{client_pk}",
    summary="Get a machine client",
    description="One machine client, without its secret; 404 when the caller does not oversee "
    "its jurisdiction.",
    response_model=ClientOut,
    responses=problem_responses(401, 404),
)
async def get_client(actor: CurrentActor, session: Session, client_pk: ClientPk) -> ClientOut:
    return await service.get(session, actor, client_pk)


@router.patch(
    "/{client_pk}",
    summary="Rename, re-scope or disable a machine client",
    description="Changes the name or scopes, or disables the client (its tokens stop working at "
    "once; re-enabling does not bring them back). Only a platform administrator grants `act_as` "
    "(403).",
    response_model=ClientOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def update_client(
    actor: CurrentActor, session: Session, client_pk: ClientPk, body: ClientUpdate
) -> ClientOut:
    return await service.update(session, actor, client_pk, body)


@router.post(
    "/{client_pk}/secret",
    summary="Issue a new secret (the old one stops working); shown once",
    description="A new secret, in this answer only; the old one stops working at once. No "
    "Idempotency-Key is taken (400): it would keep the secret.",
    response_model=ClientWithSecret,
    responses=problem_responses(401, 403, 404),
)
@answers_a_secret
async def rotate_client_secret(
    actor: CurrentActor, session: Session, client_pk: ClientPk
) -> ClientWithSecret:
    return await service.rotate_secret(session, actor, client_pk)
