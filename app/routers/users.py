from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import AppSettings, CurrentActor, Now
from app.errors import problem_responses
from app.idempotency import answers_a_secret
from app.pagination import Page, Paging
from app.schemas.users import PasswordSetupToken, UserCreate, UserCreated, UserOut, UserUpdate
from app.services import users as service

router = APIRouter(prefix="/users", tags=["accounts"])

UserId = Annotated[uuid.UUID, Path(description="The account's id.")]


@router.get(
    "",
    summary="List the accounts the caller oversees",
    description="The people's accounts of the jurisdictions the caller oversees (its office "
    "here or above; administrators see all): filter by jurisdiction, active and part of a name.",
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
    description="The account has no password: the answer carries a one-time setup token, shown "
    "once, which the person uses to choose theirs (POST /v1/auth/password-setup). An office "
    "names its accounts `<jurisdiction code>.<name>`.",
    status_code=status.HTTP_201_CREATED,
    response_model=UserCreated,
    responses=problem_responses(401, 403, 404, 409, 422),
)
@answers_a_secret
async def create_user(
    actor: CurrentActor,
    session: Session,
    settings: AppSettings,
    now: Now,
    body: UserCreate,
    response: Response,
) -> UserCreated:
    setup_ttl = timedelta(seconds=settings.password_setup_ttl_seconds)
    out = await service.create(session, actor, body, now, setup_ttl)
    response.headers["Location"] = f"/v1/users/{out.id}"
    return out


@router.get(
    "/{user_id}",
    summary="Get an account",
    description="One account: username, display name, jurisdiction and whether it is active; "
    "404 when the caller does not oversee its jurisdiction.",
    response_model=UserOut,
    responses=problem_responses(401, 404),
)
async def get_user(actor: CurrentActor, session: Session, user_id: UserId) -> UserOut:
    return await service.get(session, actor, user_id)


@router.post(
    "/{user_id}/password-reset",
    summary="Reset an account's password: a one-time setup token for its person",
    description="The account's password stops working, and so does every access and feed token "
    "it has. The answer's setup token, shown once, is for the account's person, who chooses a "
    "new password with it (POST /v1/auth/password-setup); the resetter never holds a usable "
    "password. The office director or deputy of the account's jurisdiction resets its "
    "accounts, except those holding a leading-group or office-leadership post (leader, deputy "
    "leader, member, office director or deputy), which only a platform administrator resets. "
    "Your own password: PUT /v1/me/password.",
    response_model=PasswordSetupToken,
    responses=problem_responses(401, 403, 404, 409),
)
@answers_a_secret
async def reset_password(
    actor: CurrentActor, session: Session, settings: AppSettings, now: Now, user_id: UserId
) -> PasswordSetupToken:
    setup_ttl = timedelta(seconds=settings.password_setup_ttl_seconds)
    return await service.reset_password(session, actor, user_id, now, setup_ttl)


@router.patch(
    "/{user_id}",
    summary="Rename, disable or re-enable an account",
    description="Changes the display name, or disables the account (its tokens stop working at "
    "once) or enables it again. Those who manage the jurisdiction's accounts (403 otherwise); "
    "409 for disabling one's own account.",
    response_model=UserOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_user(
    actor: CurrentActor, session: Session, user_id: UserId, body: UserUpdate
) -> UserOut:
    return await service.update(session, actor, user_id, body)
