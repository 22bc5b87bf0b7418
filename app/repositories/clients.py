from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ActorKind, ClientScope
from app.models import Client
from app.pagination import PageRequest, apply_keyset


async def get(session: AsyncSession, client_pk: uuid.UUID) -> Client | None:
    return await session.get(Client, client_pk)


async def get_by_client_id(session: AsyncSession, client_id: str) -> Client | None:
    result = await session.execute(select(Client).where(Client.client_id == client_id))
    return result.scalar_one_or_none()


async def load_actor(session: AsyncSession, client_pk: uuid.UUID) -> Actor | None:
    client = await session.get(Client, client_pk)
    if client is None or not client.is_active:
        return None
    return Actor(
        kind=ActorKind.client,
        id=client.id,
        name=client.client_id,
        home_jurisdiction_id=client.jurisdiction_id,
        client_scopes=frozenset(ClientScope(s) for s in client.scopes),
        token_generation=client.token_generation,
    )


async def list_clients(
    session: AsyncSession,
    visible_jurisdictions: Select[Any] | None,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
) -> list[Client]:
    statement = select(Client)
    if visible_jurisdictions is not None:
        statement = statement.where(Client.jurisdiction_id.in_(visible_jurisdictions))
    if jurisdiction_id is not None:
        statement = statement.where(Client.jurisdiction_id == jurisdiction_id)
    statement = apply_keyset(statement, [Client.client_id], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: Client) -> Client:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row
