"""Rulebooks: the version in force for a jurisdiction on a date, falling back to its ancestors'."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.rulebook import Rulebook, parse_rulebook
from app.errors import NotFound
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import rulebooks as repo


@dataclass(frozen=True)
class RulebookInForce:
    rulebook: Rulebook
    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID  # differs from the asked one when inherited (C-ORG-3)


async def in_force(session: AsyncSession, jid: uuid.UUID, on: date) -> RulebookInForce | None:
    jurisdiction = await jurisdictions_repo.get(session, jid)
    if jurisdiction is None:
        raise NotFound("No such jurisdiction.")
    # Own first, then the nearest ancestor's.
    lineage = [jid, *reversed(jurisdiction.ancestor_ids)]
    row = await repo.version_in_force(session, lineage, on)
    if row is None:
        return None
    return RulebookInForce(parse_rulebook(row.document), row.id, row.jurisdiction_id)
