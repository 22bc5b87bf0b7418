from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from app.domain.events import EventType
from app.domain.webhooks import DeliveryStatus
from app.schemas.base import ReadModel, WriteModel
from app.schemas.events import EventOut

_URL = dict(
    min_length=1,
    max_length=2000,
    description="Where deliveries are POSTed: https, on a public address (redirects are not "
    "followed).",
    examples=["https://spxt.example.gov.cn/hooks/gaiban"],
)
_TYPES = dict(
    min_length=1,
    max_length=len(EventType),
    description="The event types to deliver (README, Events).",
    examples=[["task.created", "task.overdue"]],
)


class WebhookSubscriptionCreate(WriteModel):
    url: str = Field(**_URL)  # type: ignore[call-overload]
    event_types: list[EventType] = Field(**_TYPES)  # type: ignore[call-overload]
    description: str = Field(default="", max_length=200, examples=["城市审批管理系统"])
    include_descendants: bool = Field(
        default=False, description="Also the events of the jurisdictions below this one."
    )


class WebhookSubscriptionUpdate(WriteModel):
    url: str | None = Field(default=None, **_URL)  # type: ignore[call-overload]
    event_types: list[EventType] | None = Field(default=None, **_TYPES)  # type: ignore[call-overload]
    description: str | None = Field(default=None, max_length=200)
    is_active: bool | None = Field(
        default=None,
        description="false stops deliveries; true starts them again with the events that "
        "happen from then on (those in between are in the events feed).",
    )


class WebhookSubscriptionOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    url: str
    description: str
    event_types: list[str]
    include_descendants: bool
    is_active: bool
    disabled_at: datetime | None
    disabled_reason: str | None = Field(
        description="Why deliveries stopped: switched off by a person, or failing for the whole "
        "retry schedule."
    )
    failing_since: datetime | None = Field(
        description="When the current run of failed attempts began; null after a success."
    )
    created_at: datetime
    updated_at: datetime


class WebhookSubscriptionCreated(WebhookSubscriptionOut):
    secret: str = Field(
        description="Shown once: the Standard Webhooks secret (`whsec_…`) that signs every "
        "delivery. Keep it in the receiver to verify `webhook-signature` (README, Webhooks).",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )


class WebhookDeliveryOut(ReadModel):
    id: uuid.UUID = Field(description="Also the `webhook-id` header: the same on every retry.")
    subscription_id: uuid.UUID
    event_id: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="When it is tried next (pending only).")
    last_attempt_at: datetime | None
    last_status_code: int | None = Field(description="The receiver's last HTTP status.")
    last_error: str | None = Field(description="Why the last attempt failed.")
    delivered_at: datetime | None
    created_at: datetime


class RedeliveryCount(ReadModel):
    redelivered: int = Field(description="How many dead deliveries were queued again.")


class WebhookPayload(ReadModel):
    """The body of every delivery (Standard Webhooks' shape: type, timestamp, data)."""

    type: EventType
    timestamp: datetime = Field(description="When the event happened.")
    data: EventOut


DeliveryFilter = Literal["pending", "delivered", "dead"]
