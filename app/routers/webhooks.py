from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request, Response, status

from app.db import Session
from app.deps import JurisdictionScope, jurisdiction_scope
from app.domain.access import Permission
from app.domain.events import EventType
from app.domain.webhooks import DeliveryStatus
from app.errors import problem_responses
from app.idempotency import answers_a_secret
from app.pagination import Page, Paging
from app.schemas.webhooks import (
    RedeliveryCount,
    WebhookDeliveryOut,
    WebhookPayload,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionOut,
    WebhookSubscriptionUpdate,
)
from app.services import webhooks as service

router = APIRouter(prefix="/jurisdictions/{jid}/webhook-subscriptions", tags=["events"])

ManageWebhooks = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.manage_webhooks))
]
SubscriptionId = Annotated[uuid.UUID, Path(description="The subscription's id.")]
DeliveryId = Annotated[uuid.UUID, Path(description="The delivery's id (its `webhook-id`).")]
WHO = "The jurisdiction's office director, or a platform administrator."


@router.post(
    "",
    summary="Subscribe a receiver to the jurisdiction's events (its secret is shown once)",
    description="Each event of the listed types that happens from now on is POSTed to the URL, "
    "signed by the Standard Webhooks scheme with the secret answered here, at least once, "
    "retried with backoff (README, Webhooks). The URL must be https on a public address: one "
    "that is or resolves to a loopback, private, link-local or metadata address is refused "
    "(422). " + WHO,
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookSubscriptionCreated,
    responses=problem_responses(401, 403, 404, 422),
)
@answers_a_secret
async def create_webhook_subscription(
    scope: ManageWebhooks,
    session: Session,
    request: Request,
    body: WebhookSubscriptionCreate,
    response: Response,
) -> WebhookSubscriptionCreated:
    out = await service.create(
        session, scope.actor, scope.jurisdiction, body, request.app.state.settings
    )
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/webhook-subscriptions/{out.id}"
    return out


@router.get(
    "",
    summary="List the jurisdiction's webhook subscriptions",
    description=WHO,
    response_model=Page[WebhookSubscriptionOut],
    responses=problem_responses(401, 403, 404, 422),
)
async def list_webhook_subscriptions(
    scope: ManageWebhooks, session: Session, paging: Paging
) -> Page[WebhookSubscriptionOut]:
    items, cursor = await service.list_subscriptions(session, scope.jurisdiction, paging)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{subscription_id}",
    summary="Get a webhook subscription (without its secret)",
    description=WHO,
    response_model=WebhookSubscriptionOut,
    responses=problem_responses(401, 403, 404),
)
async def get_webhook_subscription(
    scope: ManageWebhooks, session: Session, subscription_id: SubscriptionId
) -> WebhookSubscriptionOut:
    return await service.get(session, scope.jurisdiction, subscription_id)


@router.patch(
    "/{subscription_id}",
    summary="Change a subscription's URL or types, or switch it off or on",
    description="Switched off, its pending deliveries die (they can be redelivered once it is "
    "on again); switched on, it receives the events that happen from then on. " + WHO,
    response_model=WebhookSubscriptionOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def update_webhook_subscription(
    scope: ManageWebhooks,
    session: Session,
    request: Request,
    subscription_id: SubscriptionId,
    body: WebhookSubscriptionUpdate,
) -> WebhookSubscriptionOut:
    return await service.update(
        session,
        scope.actor,
        scope.jurisdiction,
        subscription_id,
        body,
        request.app.state.settings,
    )


@router.delete(
    "/{subscription_id}",
    summary="Delete a webhook subscription and its deliveries",
    description=WHO,
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404),
)
async def delete_webhook_subscription(
    scope: ManageWebhooks, session: Session, subscription_id: SubscriptionId
) -> Response:
    await service.delete(session, scope.actor, scope.jurisdiction, subscription_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{subscription_id}/deliveries",
    summary="List a subscription's deliveries, newest first (e.g. the dead ones)",
    description="A delivery is `pending` until its receiver answers 2xx (`delivered`) or every "
    "attempt of the retry schedule failed (`dead`). " + WHO,
    response_model=Page[WebhookDeliveryOut],
    responses=problem_responses(401, 403, 404, 422),
)
async def list_webhook_deliveries(
    scope: ManageWebhooks,
    session: Session,
    paging: Paging,
    subscription_id: SubscriptionId,
    delivery_status: Annotated[
        DeliveryStatus | None, Query(alias="status", description="Only deliveries in this state.")
    ] = None,
) -> Page[WebhookDeliveryOut]:
    items, cursor = await service.list_deliveries(
        session, scope.jurisdiction, subscription_id, delivery_status, paging
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "/{subscription_id}/deliveries/redelivery",
    summary="Redeliver all of a subscription's dead deliveries",
    description="Each is queued again with a fresh retry schedule, keeping its `webhook-id`. "
    "409 while the subscription is switched off. " + WHO,
    status_code=status.HTTP_202_ACCEPTED,
    response_model=RedeliveryCount,
    responses=problem_responses(401, 403, 404, 409),
)
async def redeliver_dead_webhook_deliveries(
    scope: ManageWebhooks, session: Session, subscription_id: SubscriptionId
) -> RedeliveryCount:
    return await service.redeliver(session, scope.actor, scope.jurisdiction, subscription_id, None)


@router.post(
    "/{subscription_id}/deliveries/{delivery_id}/redelivery",
    summary="Redeliver one dead delivery",
    description="Queued again with a fresh retry schedule, keeping its `webhook-id`. 409 when "
    "it is not dead or the subscription is switched off. " + WHO,
    status_code=status.HTTP_202_ACCEPTED,
    response_model=RedeliveryCount,
    responses=problem_responses(401, 403, 404, 409),
)
async def redeliver_webhook_delivery(
    scope: ManageWebhooks,
    session: Session,
    subscription_id: SubscriptionId,
    delivery_id: DeliveryId,
) -> RedeliveryCount:
    return await service.redeliver(
        session, scope.actor, scope.jurisdiction, subscription_id, delivery_id
    )


# What a receiver gets: one entry per event type in the OpenAPI `webhooks` section, each the
# same signed POST (README, Webhooks).
WEBHOOK_DESCRIPTION = (
    "POSTed to each subscription that lists this type, at least once: drop repeats by "
    "`webhook-id`. Verify `webhook-signature` (Standard Webhooks, HMAC-SHA256 over "
    "`{webhook-id}.{webhook-timestamp}.{body}` with the subscription's secret) and refuse a "
    "timestamp more than five minutes off. Answer 2xx within 10 s; anything else (a redirect "
    "included) is retried with backoff: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 12 h."
)


def document_webhooks(app: FastAPI) -> None:
    for event_type in EventType:

        async def receive(
            body: WebhookPayload,
            webhook_id: Annotated[
                str, Header(alias="webhook-id", description="The delivery's id, same on retries.")
            ],
            webhook_timestamp: Annotated[
                str, Header(alias="webhook-timestamp", description="Unix seconds of signing.")
            ],
            webhook_signature: Annotated[
                str,
                Header(alias="webhook-signature", description="`v1,` and the base64 HMAC."),
            ],
        ) -> None:
            """Implemented by the receiver, not by this service."""

        app.webhooks.post(
            event_type.value,
            summary=f"The event {event_type.value} (README, Events)",
            description=WEBHOOK_DESCRIPTION,
            operation_id=f"receive_{event_type.name}",
            status_code=status.HTTP_204_NO_CONTENT,
            response_class=Response,
            responses={"2XX": {"description": "Received; not sent again."}},
        )(receive)
