from __future__ import annotations

import secrets
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ClientScope, Permission, allows, visible_roots
from app.domain.messages import _
from app.errors import Forbidden, NotFound
from app.models import Client
from app.pagination import PageRequest, next_cursor_for
from app.repositories import clients as repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories.common import add_unique
from app.schemas.clients import ClientCreate, ClientOut, ClientUpdate, ClientWithSecret
from app.security import hash_client_secret, new_client_secret
from app.services import audit
from app.services.common import changes_of, jurisdiction_ref


async def _require(
    session: AsyncSession, actor: Actor, jid: uuid.UUID, permission: Permission
) -> None:
    ref = await jurisdiction_ref(session, jid)
    if ref is None or not allows(actor, Permission.read_jurisdiction, ref):
        raise NotFound(_("No such jurisdiction."))
    if not allows(actor, permission, ref):
        raise Forbidden(_("Only the office director or deputy of that jurisdiction may do this."))


def _require_act_as_grant(actor: Actor, scopes: set[ClientScope], held: set[ClientScope]) -> None:
    """Only a platform administrator grants ``act_as``: with it a client acts as any person of
    its jurisdiction, the leader included, whose account an office may not even reset (issue
    16's separation of duties); an office director granting it would reach around that."""
    if ClientScope.act_as in scopes - held and not actor.is_platform_admin:
        raise Forbidden(
            _(
                "Only a platform administrator grants a client the act_as scope: it "
                "lets the client act as any person of its jurisdiction."
            )
        )


async def create(
    session: AsyncSession,
    actor: Actor | None,
    data: ClientCreate,
    *,
    client_id: str | None = None,
    secret: str | None = None,
) -> ClientWithSecret:
    if actor is not None:
        await _require(session, actor, data.jurisdiction_id, Permission.manage_accounts)
        _require_act_as_grant(actor, set(data.scopes), set())
    client_id = client_id or "gbc_" + secrets.token_hex(8)
    secret = secret or new_client_secret()
    row = await add_unique(
        session,
        Client(
            client_id=client_id,
            name=data.name,
            jurisdiction_id=data.jurisdiction_id,
            secret_hash=hash_client_secret(secret),
            scopes=sorted({s.value for s in data.scopes}),
        ),
        _("A client {client_id!r} already exists.", client_id=client_id),
    )
    out = ClientOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="client.create",
        entity_type="client",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        after=out,
    )
    return ClientWithSecret(**out.model_dump(), client_secret=secret)


async def _visible_row(session: AsyncSession, actor: Actor, client_pk: uuid.UUID) -> Client:
    row = await repo.get(session, client_pk)
    if row is None:
        raise NotFound(_("No such client."))
    ref = await jurisdiction_ref(session, row.jurisdiction_id)
    assert ref is not None
    if not allows(actor, Permission.oversee, ref):
        raise NotFound(_("No such client."))
    return row


async def get(session: AsyncSession, actor: Actor, client_pk: uuid.UUID) -> ClientOut:
    return ClientOut.model_validate(await _visible_row(session, actor, client_pk))


async def list_clients(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
) -> tuple[list[ClientOut], str | None]:
    see_all, roots = visible_roots(actor, Permission.oversee)
    visible = None if see_all else jurisdictions_repo.visible_ids_subquery(False, roots)
    rows = await repo.list_clients(session, visible, page, jurisdiction_id=jurisdiction_id)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.client_id])
    return [ClientOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession, actor: Actor, client_pk: uuid.UUID, data: ClientUpdate
) -> ClientOut:
    row = await _visible_row(session, actor, client_pk)
    await _require(session, actor, row.jurisdiction_id, Permission.manage_accounts)
    before = ClientOut.model_validate(row)
    changes = changes_of(data, not_null=("name", "scopes", "is_active"))
    if "scopes" in changes:
        _require_act_as_grant(actor, set(data.scopes or []), {ClientScope(s) for s in row.scopes})
        changes["scopes"] = sorted({s.value for s in data.scopes or []})
    if "is_active" in changes and changes["is_active"] != row.is_active:
        # Disabling revokes its tokens; re-enabling does not bring them back.
        row.token_generation = Client.token_generation + 1
    for field, value in changes.items():
        setattr(row, field, value)
    await session.flush()
    await session.refresh(row)
    after = ClientOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="client.update",
        entity_type="client",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )
    return after


async def rotate_secret(
    session: AsyncSession, actor: Actor, client_pk: uuid.UUID
) -> ClientWithSecret:
    row = await _visible_row(session, actor, client_pk)
    await _require(session, actor, row.jurisdiction_id, Permission.manage_accounts)
    secret = new_client_secret()
    row.secret_hash = hash_client_secret(secret)
    # Tokens got with the old secret stop working with it.
    row.token_generation = Client.token_generation + 1
    await session.flush()
    await session.refresh(row)
    out = ClientOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="client.rotate_secret",
        entity_type="client",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        after=out,
    )
    return ClientWithSecret(**out.model_dump(), client_secret=secret)
