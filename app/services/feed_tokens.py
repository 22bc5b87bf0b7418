"""Calendar-feed tokens: long-lived and revocable, because calendar programs poll a feed for
months while access tokens last minutes. A feed token reads feeds as its person (with the
positions that person holds at the time of each request) and opens nothing else."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ActorKind
from app.domain.messages import _
from app.errors import Conflict, Forbidden, NotFound
from app.models import FeedToken
from app.repositories import feed_tokens as repo
from app.schemas.feed_tokens import FeedTokenCreate, FeedTokenCreated, FeedTokenList, FeedTokenOut
from app.security import hash_feed_token, new_feed_token
from app.services import audit


def _person(actor: Actor) -> uuid.UUID:
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("Feed tokens are for people; a machine client uses client credentials."))
    return actor.id


async def create(session: AsyncSession, actor: Actor, data: FeedTokenCreate) -> FeedTokenCreated:
    if actor.is_platform_admin:
        # A long-lived token in a calendar program would read every jurisdiction's feeds.
        raise Forbidden(
            _("A platform administrator reads feeds with an access token, not a feed token.")
        )
    if actor.acting_client_id is not None:
        # An exchanged token lives minutes so that a portal acts for a person only while it
        # signs them in; a feed token would outlive it by up to a year.
        raise Forbidden(
            _(
                "A token a portal exchanged for a person does not create feed tokens: "
                "the person creates them with their own sign-in."
            )
        )
    token = new_feed_token()
    row = await repo.add(
        session,
        FeedToken(
            user_id=_person(actor),
            label=data.label,
            token_hash=hash_feed_token(token),
            expires_at=func.now() + timedelta(days=data.expires_in_days),
        ),
    )
    out = FeedTokenOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="feed_token.create",
        entity_type="feed_token",
        entity_id=row.id,
        jurisdiction_id=actor.home_jurisdiction_id,
        after=out,
    )
    return FeedTokenCreated(**out.model_dump(), token=token)


async def list_tokens(session: AsyncSession, actor: Actor) -> FeedTokenList:
    rows = await repo.list_for_user(session, _person(actor))
    return FeedTokenList(items=[FeedTokenOut.model_validate(r) for r in rows])


async def revoke(session: AsyncSession, actor: Actor, token_id: uuid.UUID) -> FeedTokenOut:
    # A machine client has no feed tokens: none of its own to revoke.
    row = (
        await repo.get_for_user(session, actor.id, token_id)
        if actor.kind is ActorKind.user
        else None
    )
    if row is None:
        raise NotFound(_("No such feed token of yours."))
    if row.revoked_at is not None:
        raise Conflict(_("This feed token is already revoked."))
    before = FeedTokenOut.model_validate(row)
    row.revoked_at = datetime.now(UTC)
    await session.flush()
    await session.refresh(row)
    out = FeedTokenOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="feed_token.revoke",
        entity_type="feed_token",
        entity_id=row.id,
        jurisdiction_id=actor.home_jurisdiction_id,
        before=before,
        after=out,
    )
    return out
