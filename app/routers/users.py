from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from app.db import Session
from app.deps import CurrentActor
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.users import UserCreate, UserOut, UserUpdate
from app.services import users as service

router = APIRouter(prefix="/users", tags=["accounts"])

UserId = Annotated[uuid.UUID, Path(description="The account's id.")]


@router.get(
    "",
    summary="List the accounts the caller oversees",
    response_model=Page[UserOut],
    responses=problem_responses(401, 422),
)
async def list_users(
    actor: CurrentActor,
    session: Session,
    paging: Paging,
    jurisdiction_id: Annotated[uuid.UUID | None, Query()] = None,
    active: Annotated[bool | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=100, description="Part of a name.")] = None,
) -> Page[UserOut]:
    items, cursor = await service.list_users(
        session, actor, paging, jurisdiction_id=jurisdiction_id, active=active, query=q
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Create a person's account (office director or deputy of its jurisdiction)",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_user(actor: CurrentActor, session: Session, body: UserCreate) -> UserOut:
    return await service.create(session, actor, body)


@router.get(
    "/{user_id}",
    summary="Get an account",
    response_model=UserOut,
    responses=problem_responses(401, 404),
)
async def get_user(actor: CurrentActor, session: Session, user_id: UserId) -> UserOut:
    return await service.get(session, actor, user_id)


@router.patch(
    "/{user_id}",
    summary="Rename, disable or reset the password of an account",
    response_model=UserOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_user(
    actor: CurrentActor, session: Session, user_id: UserId, body: UserUpdate
) -> UserOut:
    return await service.update(session, actor, user_id, body)
