from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.domain.documents import IncomingAct, IncomingAddressee, IncomingPurpose, IncomingState
from app.schemas.base import ReadModel, WriteModel

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
SenderNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)
]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2_000)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class IncomingDocumentCreate(WriteModel):
    """A document sent to the leading group or its office for approval or filing (CO-DOC-3)."""

    title: Title = Field(examples=["关于某园区工程建设项目审批流程优化方案的请示"])
    body: Body = Field(description="The document's text (at most 20,000 characters).")
    purpose: IncomingPurpose = Field(
        description="`approval` (审批): it asks for a decision; `filing` (报备): for the record."
    )
    addressee: IncomingAddressee = Field(
        description="Sent to the `leading_group` or to its `office`. Either way it goes through "
        "the office (统一由领导小组办公室呈批); one addressed to the leading group is decided by "
        "its leader or a deputy leader."
    )
    is_major: bool = Field(
        default=False,
        description="A major matter (重大事项): the office submits it on to the leader, who alone "
        "decides it (重大事项报领导小组组长审阅).",
    )
    sender_number: SenderNumber | None = Field(
        default=None,
        description="The sender's own document number (来文字号), as the sender wrote it.",
        examples=["昌州住建〔2026〕12号"],
    )
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The member unit sending it. May be left out when the caller holds a unit "
        "post (head, liaison or information officer) for exactly one unit here. Must be left "
        "out with `to: parent`.",
    )
    to: Literal["parent"] | None = Field(
        default=None,
        description="`parent`: this jurisdiction's office sends it to the leading group (or its "
        "office) of the jurisdiction above (a county to its city); the document is kept there "
        "and read here with `direction=sent`.",
    )


class IncomingForward(WriteModel):
    note: Note = Field(default="", description="The office's note to the leadership (呈批意见).")


class IncomingApprove(WriteModel):
    note: Note = Field(default="", description="The decision's words (批示, 审批意见).")


class IncomingFile(WriteModel):
    note: Note = Field(default="", description="A note on the filing (备案意见).")


class IncomingReturn(WriteModel):
    reason: Required = Field(description="Why it goes back to its sender.")


class IncomingDocumentEventOut(ReadModel):
    """One hand-over."""

    position: int
    act: IncomingAct
    from_state: IncomingState | None = Field(description="Null for the submission.")
    to_state: IncomingState
    by_user_id: uuid.UUID
    by_name: str
    at: datetime = Field(description="The server's time.")
    note: str = Field(description="The 呈批 note, the 批示, the reason for returning …")


class IncomingDocumentOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID = Field(
        description="The jurisdiction whose leading group (or office) it went to."
    )
    title: str
    purpose: IncomingPurpose
    addressee: IncomingAddressee
    is_major: bool
    needs_leadership: bool = Field(
        description="Whether the office submits it on to the leadership rather than deciding it "
        "itself: a major matter, or one addressed to the leading group."
    )
    sender_number: str | None = Field(description="来文字号, as the sender wrote it.")
    sender_unit_id: uuid.UUID | None = Field(description="Set when a member unit sent it.")
    sender_unit_name: str | None
    sender_jurisdiction_id: uuid.UUID | None = Field(
        description="Set when a county's office sent it (a child of jurisdiction_id)."
    )
    sender_jurisdiction_name: str | None
    submitted_by: uuid.UUID
    submitted_by_name: str
    submitted_at: datetime = Field(description="When it was received, by the server's clock.")
    state: IncomingState = Field(
        description="with_office: received by the office; with_leader: submitted on to the "
        "leadership (呈批); approved; filed; returned: back with its sender."
    )
    state_changed_at: datetime
    rule: str = Field(examples=["CO-DOC-3"])
    source: str


class IncomingDocumentRecord(IncomingDocumentOut):
    """A document as the audit trail keeps it: with its text."""

    body: str


class IncomingDocumentDetailOut(IncomingDocumentRecord):
    history: list[IncomingDocumentEventOut] = Field(description="Every hand-over, oldest first.")
