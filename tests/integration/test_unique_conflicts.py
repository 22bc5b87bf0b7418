"""A concurrent twin that wins the race for a unique name gets 409, and the transaction survives."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import Conflict
from app.models import User
from app.repositories.common import add_unique
from app.security import hash_password


async def test_unique_violation_is_a_conflict_and_the_transaction_goes_on(
    database: Database,
) -> None:
    async with database.sessionmaker() as session, session.begin():
        await add_unique(
            session,
            User(username="twin", display_name="first", password_hash=hash_password("x" * 12)),
            "taken",
        )
        # The service's look-up happened before the first insert: this is the race's loser.
        with pytest.raises(Conflict, match="taken"):
            await add_unique(
                session,
                User(username="twin", display_name="second", password_hash="h"),
                "taken",
            )
        await add_unique(
            session, User(username="third", display_name="third", password_hash="h"), "taken"
        )
    async with database.sessionmaker() as session:
        names = (await session.execute(select(User.username).order_by(User.username))).scalars()
        assert list(names) == ["third", "twin"]
        count = await session.execute(select(func.count()).select_from(User))
        assert count.scalar_one() == 2
