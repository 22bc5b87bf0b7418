from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey


def _user_fk() -> ForeignKey:
    return ForeignKey("users.id", ondelete="RESTRICT")


class Publication(UuidPrimaryKey, Timestamps, Base):
    """An item the office published to the public (信息公开, E-PUB-1 / C-PUB-1): a reform measure
    (an issued document), a progress snapshot or a result. ``content`` is what the public sees,
    fixed when published; a withdrawal keeps who, when and why (internal only)."""

    __tablename__ = "publications"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    # measure: {"document": {number, title, issued_on, issuer_name}, "text", "files"};
    # progress: {"progress": {as_of, tasks, units, reports}}; result: {"text"}. "files" lists
    # the publication_files (id, filename, media_type, size_bytes, sha256) without their bytes.
    content: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    # The issued document a measure publishes (its number and text are copied into content).
    document_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("documents.id", ondelete="RESTRICT")
    )
    rule: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(1000), nullable=False)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    published_by: Mapped[uuid.UUID] = mapped_column(Uuid, _user_fk(), nullable=False)
    published_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawn_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    withdrawn_by_name: Mapped[str | None] = mapped_column(String(200))
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("kind IN ('measure','progress','result')", name="kind_known"),
        CheckConstraint("state IN ('published','withdrawn')", name="state_known"),
        CheckConstraint("(kind = 'measure') = (document_id IS NOT NULL)", name="measure_document"),
        CheckConstraint(
            "(state = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL "
            "AND withdrawal_reason IS NOT NULL)",
            name="withdrawal_recorded",
        ),
        UniqueConstraint("jurisdiction_id", "id"),
        # Newest first, for the office's list and the public one (which skips the withdrawn).
        Index(
            "ix_publications_jurisdiction_id_published_at_id",
            "jurisdiction_id",
            "published_at",
            "id",
        ),
    )


class PublicationFile(UuidPrimaryKey, Base):
    """A file published with an item (a measure's attachment the office chose), copied when
    published: the public file never changes, whatever happens to the document."""

    __tablename__ = "publication_files"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    publication_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # Loaded only when the file itself is asked for.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "publication_id"],
            ["publications.jurisdiction_id", "publications.id"],
            name="fk_publication_files_publication",
            ondelete="RESTRICT",
        ),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        UniqueConstraint("publication_id", "position"),
        Index(
            "ix_publication_files_jurisdiction_id_publication_id",
            "jurisdiction_id",
            "publication_id",
        ),
    )
