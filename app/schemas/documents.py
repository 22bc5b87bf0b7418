from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, model_validator

from app.domain.documents import DocumentState
from app.domain.messages import _
from app.domain.recipients import RecipientKind
from app.schemas.base import WriteModel
from app.schemas.recipients import MyRecipientOut, RecipientReadsOut

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Body = Annotated[str, StringConstraints(max_length=100_000)]
IssuerKey = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]

MAX_RECIPIENTS = 500


class RecipientIn(WriteModel):
    """A recipient: this jurisdiction's leading group, one of its member units, or the office of
    one of its counties (a child jurisdiction)."""

    kind: RecipientKind
    unit_id: uuid.UUID | None = Field(default=None, description="For kind=member_unit only.")
    jurisdiction_id: uuid.UUID | None = Field(
        default=None, description="For kind=county_office only: the county's jurisdiction."
    )

    @model_validator(mode="after")
    def _ids_fit_kind(self) -> RecipientIn:
        if (self.kind is RecipientKind.member_unit) != (self.unit_id is not None):
            raise ValueError(_("unit_id is given for kind=member_unit, and only for it"))
        if (self.kind is RecipientKind.county_office) != (self.jurisdiction_id is not None):
            raise ValueError(_("jurisdiction_id is given for kind=county_office, and only for it"))
        return self


class DocumentCreate(WriteModel):
    issuer: IssuerKey = Field(
        description="An issuer the rulebook in force defines (`office`, `leading_group`).",
        examples=["office"],
    )
    title: Title = Field(examples=["关于进一步加快工程建设项目审批制度改革工作的通知"])
    body: Body = Field(default="", description="The text (at most 100,000 characters).")
    main_recipients: list[RecipientIn] = Field(
        default_factory=list,
        max_length=MAX_RECIPIENTS,
        description="主送: expected to act on it. At least one before signing.",
    )
    copy_recipients: list[RecipientIn] = Field(
        default_factory=list,
        max_length=MAX_RECIPIENTS,
        description="抄送: for their information.",
    )


class DocumentUpdate(WriteModel):
    """A draft's changes; what is left out stays. Recipient lists given replace the old ones."""

    issuer: IssuerKey | None = None
    title: Title | None = None
    body: Body | None = None
    main_recipients: list[RecipientIn] | None = Field(default=None, max_length=MAX_RECIPIENTS)
    copy_recipients: list[RecipientIn] | None = Field(default=None, max_length=MAX_RECIPIENTS)


class DocumentVoid(WriteModel):
    reason: Reason = Field(description="Why it is void (作废原因).")


class SignatureOut(BaseModel):
    signed_by: uuid.UUID
    signed_by_name: str
    signed_for: uuid.UUID | None = Field(
        description="Set when a deputy signed as entrusted: the person entrusting (委托人)."
    )
    signed_for_name: str | None
    delegation_id: uuid.UUID | None = Field(description="The entrustment signed under.")
    signed_on: date = Field(description="The local day of signing, the day the rules were read.")
    signed_at: datetime
    rule: str = Field(examples=["CO-DOC-2"])
    source: str
    text: str = Field(
        description="How the signature reads.", examples=["李副主任（受张主任委托）签发"]
    )


class VoidOut(BaseModel):
    voided_at: datetime
    voided_by: uuid.UUID
    voided_by_name: str
    delegation_id: uuid.UUID | None
    reason: str


class DocumentRecipientOut(BaseModel):
    id: uuid.UUID
    kind: RecipientKind
    is_copy: bool = Field(
        serialization_alias="copy",
        description="false: 主送, expected to act; true: 抄送, to know.",
    )
    name: str
    unit_id: uuid.UUID | None
    jurisdiction_id: uuid.UUID = Field(
        description="The recipient's jurisdiction: the document's own, or the county's."
    )


class AttachmentOut(BaseModel):
    id: uuid.UUID
    position: int
    filename: str
    file_type: str = Field(examples=["pdf"])
    media_type: str
    size_bytes: int
    sha256: str
    uploaded_at: datetime


class DocumentSummaryOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    issuer: str
    issuer_name: str
    issuer_code: str
    title: str
    state: DocumentState
    number: str | None = Field(
        description="发文字号, set when signed; a void document keeps it.",
        examples=["鄂州工改办〔2019〕23号"],
    )
    number_year: int | None
    number_sequence: int | None
    signed_on: date | None
    created_at: datetime
    updated_at: datetime


class DocumentOut(DocumentSummaryOut):
    body: str
    created_by: uuid.UUID
    created_by_name: str
    signature: SignatureOut | None
    void: VoidOut | None
    main_recipients: list[DocumentRecipientOut]
    copy_recipients: list[DocumentRecipientOut]
    attachments: list[AttachmentOut]


class DocumentInboxItemOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    jurisdiction_name: str
    issuer_name: str
    number: str
    title: str
    state: DocumentState = Field(description="signed, or void (作废).")
    signed_on: date
    received_as: list[MyRecipientOut] = Field(description="The recipients the caller is one of.")
    action_expected: bool = Field(
        description="true: the caller is of a main recipient (主送); false: copied only."
    )
    read_at: datetime | None = Field(description="The caller's first read; null: unread.")


class MyAttachmentOut(AttachmentOut):
    href: str = Field(
        description="Where a recipient downloads it: `GET /v1/me/documents/{document_id}/"
        "attachments/{attachment_id}` (recording the read, as opening the document does)."
    )


class MyDocumentOut(DocumentOut):
    attachments: list[MyAttachmentOut]  # type: ignore[assignment]
    received_as: list[MyRecipientOut]
    action_expected: bool
    read_at: datetime = Field(description="The caller's first read (this one, if it was).")


class DocumentReadsOut(BaseModel):
    document_id: uuid.UUID
    number: str
    recipients: list[RecipientReadsOut]
    unread_recipients: list[uuid.UUID] = Field(description="Recipients nobody has read it as.")
    read_count: int
    unread_count: int
