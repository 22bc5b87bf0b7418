"""Keyset pagination: a capped ``limit``, a stable order and an opaque ``cursor``.

The cursor holds the sort key of the last row served; the next page starts strictly after it, so
pages stay stable while rows are added and no OFFSET scan grows with depth.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy import ColumnElement, Select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.messages import _
from app.errors import ValidationProblem

T = TypeVar("T")
KeyColumn = ColumnElement[Any] | InstrumentedAttribute[Any]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )
    limit: int


class PageRequest(BaseModel):
    limit: int
    cursor: str | None


async def page_request(
    request: Request,
    limit: Annotated[
        int | None,
        Query(ge=1, description="Items per page (capped by the server, default 50)."),
    ] = None,
    cursor: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
) -> PageRequest:
    settings = request.app.state.settings
    effective = min(limit or settings.list_limit_default, settings.list_limit_max)
    return PageRequest(limit=effective, cursor=cursor)


Paging = Annotated[PageRequest, Depends(page_request)]


def _encode_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _decoder(column: KeyColumn) -> Callable[[Any], Any]:
    try:
        python_type = column.type.python_type
    except NotImplementedError:  # pragma: no cover - every key column has a python type
        return lambda raw: raw
    if python_type is datetime:
        return datetime.fromisoformat
    if python_type is date:
        return date.fromisoformat
    if python_type is uuid.UUID:
        return uuid.UUID
    if python_type is int:
        return int
    if python_type is bool:
        return bool
    return str


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode_cursor(cursor: str, columns: Sequence[KeyColumn]) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(raw, list) or len(raw) != len(columns):
            raise ValueError(_("wrong shape"))
        return [_decoder(col)(value) for col, value in zip(columns, raw, strict=True)]
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise ValidationProblem(
            _("The cursor is not valid for this list; start again without it."),
            [{"loc": ["query", "cursor"], "msg": _("invalid cursor"), "type": "value_error"}],
        ) from exc


def apply_keyset(
    statement: Select[Any],
    key_columns: Sequence[KeyColumn],
    page: PageRequest,
    *,
    descending: bool = False,
) -> Select[Any]:
    """Order by the key (unique as a whole), start after the cursor, fetch one extra row."""
    if page.cursor is not None:
        values = decode_cursor(page.cursor, key_columns)
        left, right = tuple_(*key_columns), tuple_(*values)
        statement = statement.where(left < right if descending else left > right)
    order = [c.desc() for c in key_columns] if descending else list(key_columns)
    return statement.order_by(*order).limit(page.limit + 1)


def next_cursor_for(
    rows: Sequence[Any], page: PageRequest, key: Callable[[Any], Sequence[Any]]
) -> tuple[list[Any], str | None]:
    """Trim the extra row and make the cursor of the last row served, if there is more."""
    if len(rows) > page.limit:
        kept = list(rows[: page.limit])
        return kept, encode_cursor(key(kept[-1]))
    return list(rows), None


CHANGED_SINCE_DESCRIPTION = (
    "Only what changed at or after this instant (RFC 3339, with its offset): each item's "
    "`updated_at`. To pull only what changed, keep the latest `updated_at` seen and pass it, "
    "less a minute: a change is stamped when its transaction began, so one committed just "
    "after a pull can carry an earlier stamp. Items seen twice are the same by `id`."
)
ChangedSince = Annotated[AwareDatetime | None, Query(description=CHANGED_SINCE_DESCRIPTION)]
