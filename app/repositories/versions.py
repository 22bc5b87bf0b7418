"""The stored version of a resource (``row_version``, migration b3d5f7a9c1e4), for its ETag and
for If-Match (app/routers/conditional.py): one statement, before the request reads or changes
the resource.

Each resource's query reads the version of the row that carries it (``r``) and whether the
resource exists (``present``; the rulebook and the minutes carry the version of the row they
hang on: their jurisdiction, their meeting). A write locks ``r`` (FOR UPDATE): a concurrent
writer holding it makes this statement wait, and under READ COMMITTED the statement then reads
the locked row again as that writer committed it, so a stale If-Match is found stale. It also
reads the writing transaction's id, the version its own writes will leave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_IN_JURISDICTION = "r.jurisdiction_id = :jid AND r.id = :{}"

# resource name -> (FROM … WHERE …, the path parameters it binds)
QUERIES: dict[str, str] = {
    "jurisdiction": "FROM jurisdictions AS r WHERE r.id = :jid",
    "unit": "FROM member_units AS r WHERE " + _IN_JURISDICTION.format("unit_id"),
    "position": "FROM positions AS r WHERE " + _IN_JURISDICTION.format("position_id"),
    "user": "FROM users AS r WHERE r.id = :user_id",
    "client": "FROM clients AS r WHERE r.id = :client_pk",
    "calendar year": "FROM calendar_years AS r WHERE r.year = :year",
    "rulebook": "FROM jurisdictions AS r WHERE r.id = :jid",
    "meeting": "FROM meetings AS r WHERE " + _IN_JURISDICTION.format("meeting_id"),
    "minutes": "FROM meetings AS r WHERE " + _IN_JURISDICTION.format("meeting_id"),
    "period reason": "FROM meeting_period_reasons AS r WHERE r.jurisdiction_id = :jid "
    "AND r.meeting_kind = :meeting_kind AND r.period = :period",
    "bulletin": "FROM bulletins AS r WHERE " + _IN_JURISDICTION.format("bulletin_id"),
    "briefing": "FROM briefings AS r WHERE " + _IN_JURISDICTION.format("briefing_id"),
    "document": "FROM documents AS r WHERE " + _IN_JURISDICTION.format("document_id"),
    "task": "FROM tasks AS r WHERE " + _IN_JURISDICTION.format("task_id"),
    "assessment": "FROM assessments AS r WHERE r.jurisdiction_id = :jid AND r.year = :year",
    "webhook subscription": "FROM webhook_subscriptions AS r WHERE "
    + _IN_JURISDICTION.format("subscription_id"),
}
# Whether the resource exists, where that is not the row carrying the version.
_PRESENT = {
    "rulebook": "EXISTS (SELECT FROM rulebook_versions AS v WHERE v.jurisdiction_id = r.id)",
    "minutes": "EXISTS (SELECT FROM meeting_minutes AS m "
    "WHERE m.jurisdiction_id = r.jurisdiction_id AND m.meeting_id = r.id)",
}


def _statement(resource: str, *, lock: bool) -> Any:
    columns = f"r.row_version::text AS version, {_PRESENT.get(resource, 'true')} AS present"
    if lock:
        columns += ", pg_current_xact_id()::text::bigint::text AS transaction"
    return text(f"SELECT {columns} {QUERIES[resource]}" + (" FOR UPDATE OF r" if lock else ""))


_READS = {name: _statement(name, lock=False) for name in QUERIES}
_LOCKS = {name: _statement(name, lock=True) for name in QUERIES}


@dataclass(frozen=True)
class Stored:
    version: str | None  # None: no row carries the resource's version
    present: bool  # the resource exists (a PUT may create it)
    transaction: str | None  # the writing transaction's id (writes only)


async def read(
    session: AsyncSession, resource: str, params: dict[str, Any], *, lock: bool
) -> Stored:
    """The resource's stored version; locked for the transaction when ``lock``."""
    connection = await session.connection()
    statement = (_LOCKS if lock else _READS)[resource]
    row = (await connection.execute(statement, params)).one_or_none()
    if row is None:
        return Stored(None, False, None)
    return Stored(row.version, bool(row.present), getattr(row, "transaction", None))
