"""Document numbers under concurrency (DOC-NUM): 200 signings at once on real PostgreSQL, a
fifth of them failing after their number was allocated, leave exactly 1..k — no gap, no
duplicate — because the number comes from a counter row raised inside the signing transaction."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import select

from app.db import Database
from app.models import Document, DocumentNumberCounter
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import users as users_repo
from app.schemas.documents import DocumentCreate, RecipientIn
from app.services import documents
from tests.conftest import PINNED_NOW
from tests.factories import World

SIGNINGS = 200
FAIL_EVERY = 5


class FailedAfterNumbering(Exception):
    """Stands for anything that breaks a signing transaction after the number was taken."""


async def test_concurrent_signings_with_failures_leave_numbers_1_to_k(
    books: World, database: Database
) -> None:
    place = books.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        jurisdiction = await jurisdictions_repo.get(session, place.id)
        assert jurisdiction is not None
        ref = jurisdictions_repo.to_ref(jurisdiction)
        staff = await users_repo.load_actor(session, place.user_ids["office_staff"])
        director = await users_repo.load_actor(session, place.user_ids["office_director"])
        assert staff is not None
        assert director is not None
        recipient = RecipientIn(kind="member_unit", unit_id=place.unit_ids["housing"])
        drafts = [
            (
                await documents.create(
                    session,
                    staff,
                    ref,
                    PINNED_NOW,
                    DocumentCreate(
                        issuer="office",
                        title=f"通知 {n}",
                        body="……",
                        main_recipients=[recipient],
                    ),
                )
            ).id
            for n in range(SIGNINGS)
        ]

    start = asyncio.Event()

    async def sign(index: int, document_id: uuid.UUID) -> str | None:
        await start.wait()
        try:
            async with database.sessionmaker() as session, session.begin():
                out = await documents.sign(session, director, ref, document_id, PINNED_NOW)
                assert out.number is not None
                if index % FAIL_EVERY == 0:
                    raise FailedAfterNumbering(out.number)
                return out.number
        except FailedAfterNumbering:
            return None

    tasks = [asyncio.create_task(sign(i, d)) for i, d in enumerate(drafts)]
    start.set()
    results = await asyncio.gather(*tasks)

    committed = [n for n in results if n is not None]
    k = SIGNINGS - SIGNINGS // FAIL_EVERY
    assert len(committed) == k
    assert sorted(committed) == sorted(f"昌建审改办〔2026〕{n}号" for n in range(1, k + 1))
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(Document.state, Document.number_sequence).where(
                    Document.jurisdiction_id == place.id
                )
            )
        ).all()
        sequences = sorted(s for state, s in rows if state == "signed")
        assert sequences == list(range(1, k + 1))
        # The failed ones are drafts again, unnumbered, ready to be signed.
        assert sorted(s is None for state, s in rows if state == "draft") == [True] * (SIGNINGS - k)
        counter = await session.get(DocumentNumberCounter, (place.id, "昌建审改办", 2026))
        assert counter is not None
        assert counter.last_sequence == k

    # The next signing, after all that, takes k + 1.
    async with database.sessionmaker() as session, session.begin():
        failed_one = drafts[0]
        out = await documents.sign(session, director, ref, failed_one, PINNED_NOW)
        assert out.number == f"昌建审改办〔2026〕{k + 1}号"
