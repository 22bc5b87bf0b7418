"""The recipients (主送/抄送) of what the office sends — briefings and documents — and their
reads: who read each recipient's copy, and who holds its posts and has not read it yet."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Grant
from app.domain.positions import PositionLevel
from app.domain.recipients import Recipient, RecipientKind, is_recipient_person
from app.repositories import positions as positions_repo
from app.repositories.recipients import ReadRow
from app.schemas.recipients import MyRecipientOut, ReaderOut, RecipientReadsOut


class RecipientRow(Protocol):
    """A recipient table's row (briefing_recipients, document_recipients)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def kind(self) -> str: ...
    @property
    def copy(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def unit_id(self) -> uuid.UUID | None: ...
    @property
    def recipient_jurisdiction_id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=RecipientRow)


def as_recipient(row: RecipientRow) -> Recipient:
    return Recipient(RecipientKind(row.kind), row.recipient_jurisdiction_id, row.unit_id, row.copy)


def of_person(rows: Iterable[R], grants: Iterable[Grant]) -> list[R]:
    """The rows a person with these posts is one of the readers of."""
    held = frozenset(grants)
    return [r for r in rows if is_recipient_person(as_recipient(r), held)]


def mine(rows: Sequence[RecipientRow]) -> list[MyRecipientOut]:
    return [
        MyRecipientOut(recipient_id=r.id, kind=RecipientKind(r.kind), is_copy=r.copy, name=r.name)
        for r in rows
    ]


async def reads_by_recipient(
    session: AsyncSession,
    recipients: Sequence[RecipientRow],
    reads: Iterable[ReadRow],
    today: date,
) -> list[RecipientReadsOut]:
    """Per recipient: who read it as that recipient and when, and who holds its posts ``today``
    and has not read it yet."""
    by_recipient: dict[uuid.UUID, list[ReadRow]] = defaultdict(list)
    for read in reads:
        by_recipient[read.recipient_id].append(read)
    holders = await positions_repo.holders_on(
        session, {r.recipient_jurisdiction_id for r in recipients}, today
    )
    out = []
    for r in recipients:
        done = by_recipient.get(r.id, [])
        have_read = {d.user_id for d in done}
        recipient = as_recipient(r)
        waiting: dict[uuid.UUID, ReaderOut] = {}
        for holder in holders:
            if holder.user_id in have_read or holder.user_id in waiting:
                continue
            # Who is a recipient follows from the post's level alone (app.domain.recipients).
            grant = Grant(
                holder.jurisdiction_id, holder.role, holder.unit_id, PositionLevel(holder.level)
            )
            if is_recipient_person(recipient, [grant]):
                waiting[holder.user_id] = ReaderOut(
                    user_id=holder.user_id, display_name=holder.display_name, read_at=None
                )
        out.append(
            RecipientReadsOut(
                recipient_id=r.id,
                kind=recipient.kind,
                is_copy=r.copy,
                name=r.name,
                unit_id=r.unit_id,
                jurisdiction_id=r.recipient_jurisdiction_id,
                read=bool(done),
                first_read_at=done[0].first_read_at if done else None,
                readers=[
                    ReaderOut(
                        user_id=d.user_id, display_name=d.display_name, read_at=d.first_read_at
                    )
                    for d in done
                ],
                not_read_by=list(waiting.values()),
            )
        )
    return out
