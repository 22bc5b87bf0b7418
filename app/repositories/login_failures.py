"""Runs of failed sign-ins per key (app/domain/login_throttle.py), read with the account that
signs in and counted in one statement each, so that throttling adds no round trip to a right
sign-in and one to a wrong one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, case, delete, literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.domain.login_throttle import POLICIES, FailureRun, forgotten_before, kind_of
from app.models import Client, LoginFailure, User

Account = TypeVar("Account", User, Client)

# Spent runs deleted by each counted failure, at most: the table stays as small as the runs
# that still matter, a little at a time.
_PRUNED_AT_ONCE = 100


def _run(key: str, row: Sequence[Any]) -> FailureRun | None:
    failures, first_failed_at, last_failed_at, ends_at = row
    if failures is None:
        return None
    return FailureRun(key, failures, first_failed_at, last_failed_at, ends_at)


def _columns(table: Any) -> tuple[Any, ...]:
    return (table.failures, table.first_failed_at, table.last_failed_at, table.ends_at)


async def find_with_runs(
    session: AsyncSession,
    model: type[Account],
    condition: ColumnElement[bool],
    keys: tuple[str, str],
) -> tuple[Account | None, list[FailureRun]]:
    """The account (or client) ``condition`` finds, if any, and the runs of the two keys its
    sign-in counts under, in one statement: one row whether or not any of them exists."""
    one = select(literal(1).label("one")).subquery("one")
    first = aliased(LoginFailure, name="first_key")
    second = aliased(LoginFailure, name="second_key")
    statement = (
        select(model, *_columns(first), *_columns(second))
        .select_from(one)
        .outerjoin(model, condition)
        .outerjoin(first, first.key == keys[0])
        .outerjoin(second, second.key == keys[1])
    )
    row: Row[Any] = (await session.execute(statement)).one()
    runs = [_run(keys[0], row[1:5]), _run(keys[1], row[5:9])]
    return row[0], [run for run in runs if run is not None]


async def count_failure(
    session: AsyncSession, keys: Sequence[str], now: datetime
) -> list[FailureRun]:
    """Count a failure at ``now`` under each key, in one statement, and return the runs as
    they are now. The rule is the domain's ``after_failure``: a key without a run, or whose
    run's window has ended, starts a new run; else its run gains a failure. The same statement
    deletes up to a hundred spent runs of other keys, skipping any a concurrent sign-in holds
    (so it never waits for one, nor deadlocks with one)."""
    spent = (
        select(LoginFailure.key)
        .where(LoginFailure.ends_at < forgotten_before(now), LoginFailure.key.not_in(keys))
        .limit(_PRUNED_AT_ONCE)
        .with_for_update(skip_locked=True)
    )
    prune = delete(LoginFailure).where(LoginFailure.key.in_(spent.scalar_subquery())).cte("pruned")
    values = pg_insert(LoginFailure).values(
        [
            {
                "key": key,
                "failures": 1,
                "first_failed_at": now,
                "last_failed_at": now,
                "ends_at": now + POLICIES[kind_of(key)].window,
            }
            for key in keys
        ]
    )
    new_run = LoginFailure.ends_at <= values.excluded.last_failed_at
    statement = (
        values.on_conflict_do_update(
            index_elements=[LoginFailure.key],
            set_={
                "failures": case((new_run, 1), else_=LoginFailure.failures + 1),
                "first_failed_at": case(
                    (new_run, values.excluded.first_failed_at), else_=LoginFailure.first_failed_at
                ),
                "last_failed_at": values.excluded.last_failed_at,
                "ends_at": case((new_run, values.excluded.ends_at), else_=LoginFailure.ends_at),
            },
        )
        .returning(LoginFailure.key, *_columns(LoginFailure))
        .add_cte(prune)
    )
    result = await session.execute(statement)
    return [FailureRun(*row) for row in result]


async def forget(session: AsyncSession, key: str) -> None:
    """A successful sign-in ends its account's run (not its address's)."""
    await session.execute(delete(LoginFailure).where(LoginFailure.key == key))


async def user_with_runs(
    session: AsyncSession, username: str, keys: tuple[str, str]
) -> tuple[User | None, list[FailureRun]]:
    return await find_with_runs(session, User, User.username == username, keys)


async def client_with_runs(
    session: AsyncSession, client_id: str, keys: tuple[str, str]
) -> tuple[Client | None, list[FailureRun]]:
    return await find_with_runs(session, Client, Client.client_id == client_id, keys)
