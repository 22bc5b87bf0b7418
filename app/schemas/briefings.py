from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, model_validator

from app.domain.briefings import BriefingState
from app.domain.messages import _
from app.domain.recipients import RecipientKind
from app.schemas.base import WriteModel
from app.schemas.periods import PeriodOut
from app.schemas.recipients import MyRecipientOut, RecipientReadsOut

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(max_length=50_000)]
ItemText = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]

MAX_ITEMS = 500


class CompileFrom(WriteModel):
    """Compile the items from the submissions of a report kind for a period (the latest
    version of each)."""

    report_kind: Annotated[str, StringConstraints(min_length=1, max_length=64)] = Field(
        examples=["monthly_information"],
        description="A report kind of the rulebook in force today.",
    )
    period: Annotated[str, StringConstraints(min_length=4, max_length=16)] = Field(
        examples=["2026-11"],
        description="The period's label: `2026-11`, `2026-Q3` or `2026`, as the kind's period. "
        "Answers name it as a whole period object (`compiled_from.period.label` is this).",
    )


class BriefingItemIn(WriteModel):
    """One item of a draft: a unit's information (by its submission) or the office's own."""

    submission_id: uuid.UUID | None = Field(
        default=None,
        description="The submission of this jurisdiction the item is drawn from; null for an "
        "item the office writes itself.",
    )
    submission_version: int | None = Field(
        default=None,
        ge=1,
        le=1_000_000,
        description="Which version of it; the latest when left out. Needs submission_id.",
    )
    text: ItemText = Field(description="The item as the briefing prints it.")

    @model_validator(mode="after")
    def _version_needs_submission(self) -> BriefingItemIn:
        if self.submission_version is not None and self.submission_id is None:
            raise ValueError(_("submission_version needs submission_id"))
        return self


class BriefingCreate(WriteModel):
    title: Title = Field(examples=["工程建设项目审批制度改革工作信息（11月）"])
    body: Body = Field(default="", description="The office's compiled text (编者按、综述).")
    compile_from: CompileFrom | None = Field(
        default=None,
        description="Draw one item per submission of this kind and period. Not with "
        "source_submission_ids or items.",
    )
    source_submission_ids: list[uuid.UUID] | None = Field(
        default=None,
        max_length=MAX_ITEMS,
        description="Draw one item from each of these submissions (latest version), in this "
        "order. Not with compile_from or items.",
    )
    items: list[BriefingItemIn] | None = Field(
        default=None,
        max_length=MAX_ITEMS,
        description="The items as written. Not with compile_from or source_submission_ids.",
    )

    @model_validator(mode="after")
    def _one_source(self) -> BriefingCreate:
        given = [
            name
            for name in ("compile_from", "source_submission_ids", "items")
            if getattr(self, name) is not None
        ]
        if len(given) > 1:
            raise ValueError(
                _("give one of compile_from, source_submission_ids, items: {given}", given=given)
            )
        return self


class BriefingUpdate(WriteModel):
    """A draft's changes: only what is given changes; ``items`` replaces the whole list."""

    title: Title | None = None
    body: Body | None = None
    items: list[BriefingItemIn] | None = Field(default=None, max_length=MAX_ITEMS)


class BriefingItemOut(BaseModel):
    position: int
    unit_id: uuid.UUID | None = Field(description="Null: the office's own item.")
    unit_name: str | None
    submission_id: uuid.UUID | None
    submission_version: int | None
    text: str


class CompiledFromOut(BaseModel):
    report_kind: str
    period: PeriodOut


class RecipientOut(BaseModel):
    id: uuid.UUID
    kind: RecipientKind
    is_copy: bool = Field(
        serialization_alias="copy",
        description="false: 报送 (the leading group); true: 抄送 (copied).",
    )
    name: str = Field(description="As on the day it was sent.")
    unit_id: uuid.UUID | None
    jurisdiction_id: uuid.UUID = Field(
        description="The recipient's jurisdiction: the briefing's own, or the county's."
    )
    first_read_at: datetime | None = Field(
        default=None, description="Shown to the office only: the first read by any of its people."
    )
    first_read_by: uuid.UUID | None = None
    first_read_by_name: str | None = None


class BriefingOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    state: BriefingState
    title: str
    body: str
    items: list[BriefingItemOut]
    compiled_from: CompiledFromOut | None
    created_by: uuid.UUID
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    sent_by: uuid.UUID | None
    sent_by_name: str | None
    issue_year: int | None
    issue_number: int | None
    issue_label: str | None = Field(examples=["2026年第3期"])
    rule: str = Field(examples=["CO-RPT-1"])
    source: str
    recipients: list[RecipientOut] = Field(
        description="Fixed when sent (empty for a draft): the leading group, then the member "
        "units and county offices copied."
    )
    read_status_shown: bool = Field(
        description="Whether the recipients' first reads are shown (to the office only)."
    )


class BriefingSummaryOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    state: BriefingState
    title: str
    item_count: int
    created_at: datetime
    sent_at: datetime | None
    issue_year: int | None
    issue_number: int | None
    issue_label: str | None


class BriefingReadsOut(BaseModel):
    briefing_id: uuid.UUID
    issue_label: str | None
    sent_at: datetime | None
    recipients: list[RecipientReadsOut]
    unread_recipients: list[uuid.UUID] = Field(description="Recipients nobody has read it as.")
    read_count: int
    unread_count: int


class InboxItemOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    jurisdiction_name: str
    title: str
    issue_label: str
    sent_at: datetime
    received_as: list[MyRecipientOut] = Field(description="The recipients the caller is one of.")
    read_at: datetime | None = Field(description="The caller's first read; null: unread.")


class BriefingFileOut(BaseModel):
    """A file of the submission version an item is drawn from, as its recipients download it."""

    id: uuid.UUID
    filename: str
    file_type: str = Field(description="As found in the content.", examples=["pdf"])
    media_type: str = Field(examples=["application/pdf"])
    size_bytes: int
    sha256: str = Field(description="Hex SHA-256 of the content, also the download's ETag.")
    href: str = Field(
        description="Where a recipient downloads it: `GET /v1/me/briefings/{briefing_id}/files/"
        "{file_id}` (recording the read, as opening the briefing does)."
    )


class MyBriefingItemOut(BriefingItemOut):
    files: list[BriefingFileOut] = Field(
        description="The files of the submission version the item is drawn from (the unit's "
        "report as uploaded: 本期信息见报送的附件); empty for the office's own item."
    )


class MyBriefingOut(BriefingOut):
    items: list[MyBriefingItemOut]  # type: ignore[assignment]
    received_as: list[MyRecipientOut]
    read_at: datetime = Field(description="The caller's first read (this one, if it was).")
