"""Small pieces every service uses the same way."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.errors import FieldError, InvalidInput, RuleViolation
from app.domain.rulebook import Decision
from app.errors import NotFound
from app.models import Jurisdiction
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import units as units_repo
from app.repositories import users as users_repo


def changes_of(data: BaseModel, *, not_null: Iterable[str] = ()) -> dict[str, Any]:
    """The fields a PATCH body sets; an explicit null on a required field is an error."""
    changes = data.model_dump(exclude_unset=True)
    nulls = [name for name in not_null if name in changes and changes[name] is None]
    if nulls:
        raise InvalidInput(
            "these fields cannot be null: " + ", ".join(nulls),
            tuple(FieldError(("body", name), "cannot be null") for name in nulls),
        )
    return changes


Location = tuple[str | int, ...]


async def require_account_here(
    session: AsyncSession, jid: uuid.UUID, user_id: uuid.UUID, location: Location
) -> None:
    """``user_id`` must be an account of jurisdiction ``jid`` (a 422 at ``location`` otherwise).
    Accounts of other jurisdictions are not acknowledged, so none leaks."""
    user = await users_repo.get(session, user_id)
    if user is None or user.jurisdiction_id != jid:
        raise InvalidInput(
            "no such user account in this jurisdiction",
            (FieldError(location, "not an account of this jurisdiction"),),
        )


async def require_units_here(
    session: AsyncSession, jid: uuid.UUID, units: Iterable[tuple[Location, uuid.UUID]]
) -> None:
    """Every unit named must be a member unit of ``jid``; each one that is not is named."""
    units = list(units)
    if not units:
        return
    known = await units_repo.existing_ids(session, jid, {unit for _, unit in units})
    errors = tuple(
        FieldError(location, "not a member unit of this jurisdiction")
        for location, unit in units
        if unit not in known
    )
    if errors:
        raise InvalidInput(f"{len(errors)} unit(s) are not member units here", errors)


async def load_jurisdiction(session: AsyncSession, jid: uuid.UUID) -> Jurisdiction:
    row = await jurisdictions_repo.get(session, jid)
    if row is None:
        raise NotFound("No such jurisdiction.")
    return row


def local_today(jurisdiction: Jurisdiction, now: datetime) -> date:
    """The day ``now`` falls on in the jurisdiction's own time zone (never the server's): the
    day rules are judged on."""
    return now.astimezone(ZoneInfo(jurisdiction.time_zone)).date()


def require(decision: Decision) -> None:
    """A refusal by the rules is a RuleViolation naming the rule and its source (403)."""
    if not decision.allowed:
        raise RuleViolation(decision.reason, rule=decision.rule, source=decision.source)
