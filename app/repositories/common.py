from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.errors import Conflict
from app.models import IncomingDocument, MajorMatter

Row = TypeVar("Row")

UNIQUE_VIOLATION = "23505"

# PostgreSQL's integer: a value past it is in no integer column, and as a query argument it is
# refused by the driver (a 500) instead of matching nothing.
INTEGER_MAX = 2_147_483_647


async def add_unique(session: AsyncSession, row: Row, conflict_detail: str) -> Row:
    """Insert ``row``'s columns as set; when a unique constraint already holds its twin (a
    concurrent request won the race, or the name is simply taken), answer 409.

    One statement, ``INSERT … ON CONFLICT DO NOTHING RETURNING``: a conflict inserts nothing and
    returns nothing, so the request's transaction goes on without the savepoint (two round
    trips more) that catching the unique violation needed. A twin not yet committed makes the
    INSERT wait for its transaction, as the violation did. Only the columns are inserted: the
    row must carry no related objects. Returns the inserted row, server defaults included."""
    model = type(row)
    state = sa_inspect(row)
    values = {
        attribute.key: state.dict[attribute.key]
        for attribute in state.mapper.column_attrs
        if attribute.key in state.dict
    }
    statement = pg_insert(model).values(values).on_conflict_do_nothing().returning(model)
    inserted: Row | None = (await session.execute(statement)).scalar_one_or_none()
    if inserted is None:
        raise Conflict(conflict_detail)
    return inserted


def reached_through(
    model: type[MajorMatter] | type[IncomingDocument],
    path_id: uuid.UUID,
    parent_id: uuid.UUID | None,
) -> ColumnElement[bool]:
    """What units and county offices send up (major matters, incoming documents), reached
    through ``path_id``: those its leading group received, and those its office sent to the
    leading group above (kept in ``parent_id``). Nothing else: one of another tree matches
    neither."""
    received = model.jurisdiction_id == path_id
    if parent_id is None:
        return received
    sent = and_(model.jurisdiction_id == parent_id, model.sender_jurisdiction_id == path_id)
    return or_(received, sent)


async def next_from_counter(
    session: AsyncSession, counter: InstrumentedAttribute[int], **key: object
) -> int:
    """The next number of a gap-free series (document numbers, briefing issues, task codes):
    one statement that inserts the counter row named by ``key`` at 1 or raises ``counter`` by
    one, and keeps the row locked until the transaction ends. Concurrent callers wait for each
    other on the row, so none takes the same number; a transaction that fails gives its number
    back (a sequence would leave a gap)."""
    table = counter.class_
    statement = (
        pg_insert(table)
        .values(**key, **{counter.key: 1})
        .on_conflict_do_update(index_elements=list(key), set_={counter.key: counter + 1})
        .returning(counter)
    )
    number: int = (await session.execute(statement)).scalar_one()
    return number
