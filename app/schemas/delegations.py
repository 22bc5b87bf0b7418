from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from app.domain.rulebook import Act
from app.schemas.base import ReadModel, WriteModel

ScopeText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class DelegationCreate(WriteModel):
    from_user_id: uuid.UUID | None = Field(
        default=None,
        description="The delegator. Defaults to the caller; only a platform administrator may "
        "enter a delegation on someone else's behalf.",
    )
    to_user_id: uuid.UUID = Field(description="The delegate: an account of this jurisdiction.")
    scopes: list[ScopeText] = Field(
        min_length=1,
        max_length=50,
        description="The acts entrusted, each `act:subject` with act convene, chair or sign and "
        "subject a meeting kind or issuer of the rulebook in force on valid_from. Entrusting "
        "convene also covers consenting to an extra meeting of that kind.",
        examples=[["chair:plenary_meeting", "convene:plenary_meeting"]],
    )
    valid_from: date
    valid_to: date | None = Field(default=None, description="Last day it counts (inclusive).")
    reason: str = Field(min_length=1, max_length=1000, examples=["组长出差期间委托副组长主持"])


class DelegationRevoke(WriteModel):
    reason: str = Field(min_length=1, max_length=1000)
    revoked_on: date | None = Field(
        default=None,
        description="The first day the delegation no longer counts. Defaults to today in the "
        "jurisdiction's time zone; cannot be earlier (acts already done under it stay valid).",
    )


class DelegationOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    from_user_id: uuid.UUID
    to_user_id: uuid.UUID
    scopes: list[str]
    valid_from: date
    valid_to: date | None
    reason: str
    revoked_on: date | None = Field(description="First day it no longer counts, once revoked.")
    revoked_at: datetime | None
    revocation_reason: str | None
    created_at: datetime
    updated_at: datetime


class ActCheck(WriteModel):
    act: Act
    person_id: uuid.UUID = Field(description="The user account of the person who would act.")
    subject: str = Field(
        min_length=1,
        max_length=100,
        description="The meeting kind (convene, propose_extra, approve_extra, chair) or the "
        "issuer (sign).",
        examples=["plenary_meeting"],
    )
    on: date = Field(description="The day the act would be done.")


class DecisionOut(BaseModel):
    allowed: bool
    rule: str = Field(description="The rule id that decides, e.g. C-MTG-1.")
    source: str = Field(description="The document and article of the rule.")
    reason: str
    delegation_id: uuid.UUID | None = Field(
        description="The delegation the person would act under, when allowed by entrustment."
    )
