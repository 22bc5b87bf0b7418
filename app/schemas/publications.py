"""Public disclosure (E-PUB-1 / C-PUB-1): the office's publish and withdraw requests, its internal
view of an item (with who published and withdrew it, and why), and the public view (what was
published, nothing else)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.domain.publications import PublicationKind, PublicationState
from app.schemas.base import WriteModel
from app.schemas.tasks import TaskTally

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100_000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class MeasurePublish(WriteModel):
    kind: Literal["measure"]
    document_id: uuid.UUID = Field(
        description="An issued (signed and numbered) document of this jurisdiction. A draft, "
        "a voided document or an internal bulletin is refused (403, the rule named)."
    )
    include_text: bool = Field(
        default=True,
        description="Publish the document's text too (false: its number, title "
        "and date only, with the files chosen).",
    )
    attachment_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=50,
        description="The document's attachments to publish with it (copied when published).",
    )
    title: Title | None = Field(default=None, description="Defaults to the document's title.")


class ProgressPublish(WriteModel):
    kind: Literal["progress"]
    as_of: date | None = Field(
        default=None,
        description="The day the figures are as of (not after today); default today. Computed "
        "now and kept as they are.",
    )
    title: Title | None = Field(default=None, description="Defaults to 改革进度（截至 as_of）.")


class ResultPublish(WriteModel):
    kind: Literal["result"]
    title: Title
    text: Text


PublicationCreate = Annotated[
    MeasurePublish | ProgressPublish | ResultPublish, Field(discriminator="kind")
]


class WithdrawalCreate(WriteModel):
    reason: Reason = Field(description="Why it is withdrawn: kept, never shown to the public.")


class PublishedDocument(BaseModel):
    number: str = Field(description="发文字号.", examples=["鄂州工改办〔2026〕3号"])
    title: str
    issued_on: date = Field(description="The day it was signed (签发).")
    issuer_name: str


class UnitTaskFigures(TaskTally):
    unit_name: str = Field(description="The lead unit (a public body).")


class ReportTimeliness(BaseModel):
    report_kind: str
    name: str
    period_from: date
    period_to: date
    on_time: int
    late: int
    missing: int
    timeliness_rate: float | None = Field(
        description="on_time / (on_time + late + missing); null when none was due."
    )


class ProgressFigures(BaseModel):
    as_of: date
    tasks: TaskTally
    units: list[UnitTaskFigures]
    reports: list[ReportTimeliness]
    provisional_calendar_years: list[int] = Field(
        default_factory=list,
        description="Years whose working days came from the provisional calendar when computed.",
    )


class PublicFile(BaseModel):
    id: uuid.UUID
    filename: str
    media_type: str
    size_bytes: int
    sha256: str


class PublicItem(BaseModel):
    """An item as the public sees it."""

    id: uuid.UUID
    kind: PublicationKind
    kind_name: str = Field(examples=["改革措施"])
    title: str
    published_at: datetime
    document: PublishedDocument | None = Field(default=None, description="A measure's.")
    text: str | None = Field(default=None, description="A measure's text, or a result's.")
    progress: ProgressFigures | None = Field(default=None, description="A progress item's.")
    files: list[PublicFile]


class WithdrawalOut(BaseModel):
    withdrawn_at: datetime
    withdrawn_by: uuid.UUID
    withdrawn_by_name: str
    reason: str


class PublicationOut(PublicItem):
    """An item as the office sees it: the public item, its state, who published it under which
    rule, and its withdrawal."""

    jurisdiction_id: uuid.UUID
    state: PublicationState
    document_id: uuid.UUID | None
    rule: str
    source: str
    published_by: uuid.UUID
    published_by_name: str
    withdrawal: WithdrawalOut | None
    public_url: str = Field(description="Where the public reads it (410 once withdrawn).")


class PublicJurisdiction(BaseModel):
    id: uuid.UUID
    name: str
    feeds: dict[str, str] = Field(description="The Atom and JSON Feed addresses of its items.")


def content_fields(content: dict[str, Any]) -> dict[str, Any]:
    """The public members an item's stored content gives (document, text, progress, files)."""
    return {
        "document": content.get("document"),
        "text": content.get("text"),
        "progress": content.get("progress"),
        "files": content.get("files", []),
    }
