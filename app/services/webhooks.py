"""Webhook subscriptions (issue 17): a jurisdiction's office director sends its events to
another system, signed. The deliveries themselves are the worker's (app/worker.py)."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef, Permission, allows_below
from app.domain.messages import _
from app.domain.webhooks import DeliveryStatus
from app.errors import Conflict, Forbidden, NotFound, ValidationProblem
from app.models import WebhookSubscription
from app.pagination import PageRequest
from app.repositories import webhooks as repo
from app.request_context import note_resource_version
from app.schemas.webhooks import (
    RedeliveryCount,
    WebhookDeliveryOut,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionOut,
    WebhookSubscriptionUpdate,
)
from app.security import new_webhook_secret
from app.services import audit
from app.settings import Settings
from app.webhook_sender import AddressRefused, destination

ENTITY = "webhook_subscription"


# A subscription's URL is resolved while its request waits (and, on a change, holds the row).
_RESOLVE_SECONDS = 5.0


async def _checked_url(url: str, settings: Settings) -> str:
    """Refuse at once what every delivery would refuse: a URL that is not https, or whose
    host is or resolves to a loopback, private or link-local address."""
    try:
        async with asyncio.timeout(_RESOLVE_SECONDS):
            await destination(
                url,
                allow_http=settings.webhook_allow_http,
                allow_private=settings.webhook_allow_private_addresses,
            )
    except AddressRefused as exc:
        problem = exc.args[0] if exc.args else str(exc)
    except TimeoutError:
        problem = _("its host did not resolve within {seconds:g} s", seconds=_RESOLVE_SECONDS)
    else:
        return url
    raise ValidationProblem(
        _("The webhook URL is refused: {problem}.", problem=problem),
        [{"loc": ["body", "url"], "msg": problem, "type": "value_error"}],
    )


async def create(
    session: AsyncSession,
    actor: Actor,
    jurisdiction: JurisdictionRef,
    data: WebhookSubscriptionCreate,
    settings: Settings,
) -> WebhookSubscriptionCreated:
    if data.include_descendants and not allows_below(actor, Permission.read_events, jurisdiction):
        raise Forbidden(
            _("Only those who read the events of the jurisdictions below send them on.")
        )
    url = await _checked_url(data.url, settings)
    secret = new_webhook_secret()
    row = await repo.add(
        session,
        WebhookSubscription(
            jurisdiction_id=jurisdiction.id,
            url=url,
            description=data.description,
            event_types=[t.value for t in dict.fromkeys(data.event_types)],
            include_descendants=data.include_descendants,
            secret=secret,
            created_by=actor.id,
        ),
    )
    out = WebhookSubscriptionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="webhook_subscription.create",
        entity_type=ENTITY,
        entity_id=row.id,
        jurisdiction_id=jurisdiction.id,
        after=out,
    )
    return WebhookSubscriptionCreated(**out.model_dump(), secret=secret)


async def list_subscriptions(
    session: AsyncSession, jurisdiction: JurisdictionRef, page: PageRequest
) -> tuple[list[WebhookSubscriptionOut], str | None]:
    rows, cursor = await repo.list_subscriptions(session, jurisdiction.id, page)
    return [WebhookSubscriptionOut.model_validate(r) for r in rows], cursor


async def _subscription(
    session: AsyncSession,
    jurisdiction: JurisdictionRef,
    subscription_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> WebhookSubscription:
    row = await repo.get(session, jurisdiction.id, subscription_id, for_update=for_update)
    if row is None:
        raise NotFound(_("No such webhook subscription."))
    return row


async def get(
    session: AsyncSession, jurisdiction: JurisdictionRef, subscription_id: uuid.UUID
) -> WebhookSubscriptionOut:
    row = await _subscription(session, jurisdiction, subscription_id)
    note_resource_version(row.row_version)
    return WebhookSubscriptionOut.model_validate(row)


async def update(
    session: AsyncSession,
    actor: Actor,
    jurisdiction: JurisdictionRef,
    subscription_id: uuid.UUID,
    data: WebhookSubscriptionUpdate,
    settings: Settings,
) -> WebhookSubscriptionOut:
    row = await _subscription(session, jurisdiction, subscription_id, for_update=True)
    before = WebhookSubscriptionOut.model_validate(row)
    fields = data.model_dump(exclude_unset=True)
    for name in ("url", "event_types", "description", "is_active"):
        if name in fields and fields[name] is None:
            raise ValidationProblem(
                _("{name} cannot be null.", name=name),
                [{"loc": ["body", name], "msg": _("cannot be null"), "type": "value_error"}],
            )
    if data.url is not None and data.url != row.url:
        row.url = await _checked_url(data.url, settings)
    if data.event_types is not None:
        row.event_types = [t.value for t in dict.fromkeys(data.event_types)]
    if data.description is not None:
        row.description = data.description
    if data.is_active is True and not row.is_active:
        await repo.restart_at_head(session, row)
    await session.flush()  # UPDATE … RETURNING what the server set (eager_defaults)
    if data.is_active is False and row.is_active:
        await repo.disable(session, row.id, f"switched off by {actor.display_name}")
        await session.refresh(row)
    out = WebhookSubscriptionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="webhook_subscription.update",
        entity_type=ENTITY,
        entity_id=row.id,
        jurisdiction_id=jurisdiction.id,
        before=before,
        after=out,
    )
    return out


async def delete(
    session: AsyncSession, actor: Actor, jurisdiction: JurisdictionRef, subscription_id: uuid.UUID
) -> None:
    row = await _subscription(session, jurisdiction, subscription_id, for_update=True)
    before = WebhookSubscriptionOut.model_validate(row)
    await session.delete(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        action="webhook_subscription.delete",
        entity_type=ENTITY,
        entity_id=subscription_id,
        jurisdiction_id=jurisdiction.id,
        before=before,
    )


async def list_deliveries(
    session: AsyncSession,
    jurisdiction: JurisdictionRef,
    subscription_id: uuid.UUID,
    status: DeliveryStatus | None,
    page: PageRequest,
) -> tuple[list[WebhookDeliveryOut], str | None]:
    await _subscription(session, jurisdiction, subscription_id)
    rows, cursor = await repo.list_deliveries(
        session, jurisdiction.id, subscription_id, status, page
    )
    return [_delivery_out(r) for r in rows], cursor


def _delivery_out(row: object) -> WebhookDeliveryOut:
    out = WebhookDeliveryOut.model_validate(row)
    if out.status is not DeliveryStatus.pending:
        out.next_attempt_at = None
    return out


async def redeliver(
    session: AsyncSession,
    actor: Actor,
    jurisdiction: JurisdictionRef,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID | None,
) -> RedeliveryCount:
    """Queue dead deliveries again (one, or all of the subscription's)."""
    row = await _subscription(session, jurisdiction, subscription_id, for_update=True)
    if not row.is_active:
        raise Conflict(
            _(
                "The subscription is disabled: switch it on (PATCH is_active true) "
                "first, then redeliver."
            )
        )
    if delivery_id is not None:
        delivery = await repo.get_delivery(session, jurisdiction.id, subscription_id, delivery_id)
        if delivery is None:
            raise NotFound(_("No such delivery of this subscription."))
        if delivery.status != DeliveryStatus.dead.value:
            raise Conflict(
                _(
                    "Only a dead delivery is redelivered; this one is {status}.",
                    status=delivery.status,
                )
            )
    count = await repo.redeliver(session, jurisdiction.id, subscription_id, delivery_id)
    await audit.record(
        session,
        actor,
        action="webhook_subscription.redeliver",
        entity_type=ENTITY,
        entity_id=subscription_id,
        jurisdiction_id=jurisdiction.id,
        after=RedeliveryCount(redelivered=count),
    )
    return RedeliveryCount(redelivered=count)
