from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey

RECIPIENT_KINDS_SQL = "('leading_group','member_unit','county_office')"


class Document(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """An official document (公文) issued in the name of one of the rulebook's issuers: a draft
    the office edits, then signed (签发) and numbered for good, and perhaps voided (作废). A
    database trigger refuses changing a signed document other than voiding it, and deleting it."""

    __tablename__ = "documents"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    # The rulebook's issuer key (office, leading_group) and, as of the last write, its name and
    # code; signing fixes them as the rulebook in force that day has them.
    issuer: Mapped[str] = mapped_column(String(64), nullable=False)
    issuer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    issuer_code: Mapped[str] = mapped_column(String(64), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    # Who drafted it: a person's or a machine client's id (the audit trail has the rest).
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)

    # 发文字号, allocated at signing: issuer code, year, sequence (no gaps, no duplicates).
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_sequence: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(120))

    # The signature: who signed, on which local day, under which rule, and — when a deputy
    # signed as entrusted — for whom, under which delegation.
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT")
    )
    signed_by_name: Mapped[str | None] = mapped_column(String(200))
    signed_for: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT")
    )
    signed_for_name: Mapped[str | None] = mapped_column(String(200))
    sign_delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("delegations.id", ondelete="RESTRICT")
    )
    sign_rule: Mapped[str | None] = mapped_column(String(64))
    sign_source: Mapped[str | None] = mapped_column(String(1000))

    voided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    voided_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT")
    )
    voided_by_name: Mapped[str | None] = mapped_column(String(200))
    void_delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("delegations.id", ondelete="RESTRICT")
    )
    void_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # ?changed_since=: a script pulls what changed in a jurisdiction since it last looked.
        Index("ix_documents_jurisdiction_id_updated_at", "jurisdiction_id", "updated_at"),
        CheckConstraint("state IN ('draft','signed','void')", name="state_known"),
        CheckConstraint(
            "(state = 'draft') = (number IS NULL) AND (number IS NULL) = (number_year IS NULL) "
            "AND (number IS NULL) = (number_sequence IS NULL)",
            name="numbered_iff_signed",
        ),
        CheckConstraint(
            "(state = 'draft') = (signed_at IS NULL) AND (signed_at IS NULL) = "
            "(signed_by IS NULL) AND (signed_at IS NULL) = (signed_on IS NULL) AND "
            "(signed_at IS NULL) = (sign_rule IS NULL)",
            name="signature_iff_signed",
        ),
        CheckConstraint(
            "(state = 'void') = (voided_at IS NOT NULL AND voided_by IS NOT NULL "
            "AND void_reason IS NOT NULL)",
            name="void_has_reason",
        ),
        CheckConstraint(
            "number_sequence IS NULL OR number_sequence >= 1", name="sequence_positive"
        ),
        CheckConstraint(
            "number_year IS NULL OR number_year BETWEEN 1000 AND 9999", name="year_four_digits"
        ),
        # The backstop behind the counter: one number, one document, ever.
        UniqueConstraint("jurisdiction_id", "issuer_code", "number_year", "number_sequence"),
        UniqueConstraint("jurisdiction_id", "id"),
        Index("ix_documents_jurisdiction_id_created_at_id", "jurisdiction_id", "created_at", "id"),
        Index(
            "ix_documents_jurisdiction_id_number_year_issuer",
            "jurisdiction_id",
            "number_year",
            "issuer",
        ),
    )


class DocumentNumberCounter(Base):
    """The last sequence given per jurisdiction, issuer code and year: raised by one atomic
    statement in the signing transaction, so a failed signing gives its number back."""

    __tablename__ = "document_number_counters"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    issuer_code: Mapped[str] = mapped_column(String(64), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    last_sequence: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("jurisdiction_id", "issuer_code", "year"),
        CheckConstraint("last_sequence >= 1", name="last_sequence_positive"),
    )


class DocumentRecipient(UuidPrimaryKey, Base):
    """A main (主送) or copy-to (抄送) recipient of a document, with its name as written."""

    __tablename__ = "document_recipients"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    document_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    copy: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # The recipient's jurisdiction: the document's own (leading group, unit) or a county's.
    recipient_jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    name: Mapped[str] = mapped_column(String(250), nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "document_id"],
            ["documents.jurisdiction_id", "documents.id"],
            name="fk_document_recipients_document",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_document_recipients_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint(f"kind IN {RECIPIENT_KINDS_SQL}", name="kind_known"),
        CheckConstraint("(kind = 'member_unit') = (unit_id IS NOT NULL)", name="unit_iff_unit"),
        UniqueConstraint("document_id", "position"),
        Index(
            "ix_document_recipients_jurisdiction_id_document_id", "jurisdiction_id", "document_id"
        ),
        # The inbox asks by the recipient (across jurisdictions): these lead with its key.
        Index(
            "ix_document_recipients_recipient_jurisdiction_id_kind",
            "recipient_jurisdiction_id",
            "kind",
        ),
        Index(
            "ix_document_recipients_unit_id",
            "unit_id",
            postgresql_where=text("unit_id IS NOT NULL"),
        ),
    )


class DocumentRead(UuidPrimaryKey, Base):
    """A person's first read of an issued document as one of its recipients (签收)."""

    __tablename__ = "document_reads"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    document_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    recipient_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("document_recipients.id", ondelete="RESTRICT"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    first_read_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "document_id"],
            ["documents.jurisdiction_id", "documents.id"],
            name="fk_document_reads_document",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("recipient_id", "user_id"),
        Index("ix_document_reads_jurisdiction_id_document_id", "jurisdiction_id", "document_id"),
        Index("ix_document_reads_user_id", "user_id"),
    )


class DocumentAttachment(UuidPrimaryKey, Base):
    """A file attached to a document (附件), stored in PostgreSQL with its digest."""

    __tablename__ = "document_attachments"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    document_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_type: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    uploaded_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # Loaded only when the file itself is asked for.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "document_id"],
            ["documents.jurisdiction_id", "documents.id"],
            name="fk_document_attachments_document",
            ondelete="CASCADE",
        ),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        UniqueConstraint("document_id", "position"),
        Index(
            "ix_document_attachments_jurisdiction_id_document_id",
            "jurisdiction_id",
            "document_id",
        ),
    )


INCOMING_STATES_SQL = "('with_office','with_leader','approved','filed','returned')"


class IncomingDocument(UuidPrimaryKey, Timestamps, Base):
    """A document a member unit, or a county's office (sender_jurisdiction_id, a child), sent to
    the leading group or office of ``jurisdiction_id`` for approval or filing (呈批/报备,
    CO-DOC-3)."""

    __tablename__ = "incoming_documents"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    purpose: Mapped[str] = mapped_column(String(16), nullable=False)
    addressee: Mapped[str] = mapped_column(String(16), nullable=False)
    is_major: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # The sender's own number (来文字号), as the sender wrote it.
    sender_number: Mapped[str | None] = mapped_column(String(120))
    sender_unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    sender_jurisdiction_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT")
    )
    submitted_by: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    submitted_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    state_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # How many hand-overs its history holds (the next one's position is this plus one).
    events: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "sender_unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_incoming_documents_sender_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(f"state IN {INCOMING_STATES_SQL}", name="state_known"),
        CheckConstraint("purpose IN ('approval','filing')", name="purpose_known"),
        CheckConstraint("addressee IN ('leading_group','office')", name="addressee_known"),
        CheckConstraint(
            "(sender_unit_id IS NULL) <> (sender_jurisdiction_id IS NULL)", name="one_sender"
        ),
        CheckConstraint("sender_jurisdiction_id <> jurisdiction_id", name="sender_is_another"),
        CheckConstraint("events >= 1", name="events_positive"),
        Index(
            "ix_incoming_documents_jurisdiction_id_submitted_at_id",
            "jurisdiction_id",
            "submitted_at",
            "id",
        ),
        Index(
            "ix_incoming_documents_jurisdiction_id_sender_unit_id",
            "jurisdiction_id",
            "sender_unit_id",
        ),
        Index(
            "ix_incoming_documents_jurisdiction_id_sender_jurisdiction_id",
            "jurisdiction_id",
            "sender_jurisdiction_id",
        ),
    )


class IncomingDocumentEvent(UuidPrimaryKey, Base):
    """One hand-over of an incoming document: who did what, when, from which state to which.
    Never changed afterwards (a database trigger refuses it)."""

    __tablename__ = "incoming_document_events"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    document_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    act: Mapped[str] = mapped_column(String(16), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    by_user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "document_id"],
            ["incoming_documents.jurisdiction_id", "incoming_documents.id"],
            name="fk_incoming_document_events_document",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("jurisdiction_id", "document_id", "position"),
        CheckConstraint("act IN ('submit','forward','approve','file','return')", name="act_known"),
        CheckConstraint(f"to_state IN {INCOMING_STATES_SQL}", name="to_state_known"),
        CheckConstraint("position >= 1", name="position_positive"),
    )
