from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.domain.major_matters import MatterAct, MatterState, Urgency
from app.schemas.base import ReadModel, WriteModel

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2_000)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class MajorMatterCreate(WriteModel):
    """A major matter reported to the leading group (CO-RPT-2)."""

    title: Title = Field(examples=["关于某园区并联审批系统对接延期的请示"])
    body: Body = Field(description="The matter, as the sender writes it (at most 20,000 chars).")
    urgency: Urgency = Urgency.normal
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The member unit sending it. May be left out when the caller holds a unit "
        "post (head, liaison or information officer) for exactly one unit here. Must be left "
        "out with `to: parent`.",
    )
    to: Literal["parent"] | None = Field(
        default=None,
        description="`parent`: this jurisdiction's office reports to the leading group of the "
        "jurisdiction above (a county to its city); the matter is kept there and read here "
        "with `direction=sent`.",
    )


class MajorMatterForward(WriteModel):
    note: Note = Field(default="", description="The office's note to the leader (呈报意见).")
    consolidated_with: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=100,
        description="Other matters received here, each `submitted`, forwarded together with "
        "this one (汇总): all get the same `consolidation_id` and the same note.",
    )


class MajorMatterReview(WriteModel):
    comment: Required = Field(description="The leader's instructions (批示).")


class MajorMatterReturn(WriteModel):
    reason: Required = Field(description="Why it goes back to its sender.")


class MajorMatterResubmit(WriteModel):
    body: Body = Field(description="The matter as amended.")
    title: Title | None = Field(default=None, description="Left out: unchanged.")
    urgency: Urgency | None = Field(default=None, description="Left out: unchanged.")
    note: Note = Field(default="", description="What changed, for the office.")


class MajorMatterEventOut(ReadModel):
    """One hand-over."""

    position: int
    act: MatterAct
    from_state: MatterState | None = Field(description="Null for the first submission.")
    to_state: MatterState
    by_user_id: uuid.UUID
    by_name: str
    at: datetime = Field(description="The server's time.")
    note: str = Field(description="The forwarding note, the 批示, the reason for returning …")
    consolidation_id: uuid.UUID | None = Field(
        description="On a forwarding: shared by the matters forwarded together."
    )


class MajorMatterOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID = Field(
        description="The jurisdiction whose leading group it went to."
    )
    title: str
    urgency: Urgency
    sender_unit_id: uuid.UUID | None = Field(description="Set when a member unit sent it.")
    sender_unit_name: str | None
    sender_jurisdiction_id: uuid.UUID | None = Field(
        description="Set when a county's office sent it (a child of jurisdiction_id)."
    )
    sender_jurisdiction_name: str | None
    submitted_by: uuid.UUID
    submitted_by_name: str
    submitted_at: datetime = Field(description="The first submission, by the server's clock.")
    state: MatterState = Field(
        description="submitted: with the office; forwarded: with the leader for review; "
        "reviewed; returned: back with its sender."
    )
    state_changed_at: datetime
    consolidation_id: uuid.UUID | None = Field(
        description="Shared by the matters forwarded together; null until forwarded."
    )
    rule: str = Field(examples=["CO-RPT-2"])
    source: str


class MajorMatterRecord(MajorMatterOut):
    """A matter as the audit trail keeps it: with its text, so an amended one keeps the old."""

    body: str


class MajorMatterDetailOut(MajorMatterRecord):
    history: list[MajorMatterEventOut] = Field(description="Every hand-over, oldest first.")
