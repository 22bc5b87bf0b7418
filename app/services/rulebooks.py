"""Rulebooks: publishing versions, and the version in force for a jurisdiction on a date, falling
back to its ancestors' (C-ORG-3)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef
from app.domain.errors import FieldError, InvalidInput
from app.domain.events import EventType
from app.domain.holdings import Duties, VersionSpan
from app.domain.holdings import duties_of as judge_duties
from app.domain.holdings import spans_from as version_spans
from app.domain.messages import _
from app.domain.rulebook import (
    PublishedVersion,
    Rulebook,
    dangling_references,
    parse_rulebook,
    version_in_force,
)
from app.errors import NotFound
from app.invalidation import through_cache
from app.models import RulebookVersion
from app.pagination import PageRequest, next_cursor_for
from app.repositories import positions as positions_repo
from app.repositories import rulebooks as repo
from app.repositories.common import add_unique
from app.schemas.rulebooks import RulebookInForceOut, RulebookVersionOut, RulebookVersionSummary
from app.services import audit
from app.services.common import InTimeZone, jurisdiction_ref
from app.services.events import emit


@dataclass(frozen=True)
class RulebookInForce:
    rulebook: Rulebook
    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID  # differs from the asked one when inherited (C-ORG-3)
    # The version's stored day in force (what GET …/rulebook shows), which the document's own
    # ``effective_from`` may precede or follow.
    effective_from: date | None = None


async def _jurisdiction(session: AsyncSession, jid: uuid.UUID) -> JurisdictionRef:
    """The jurisdiction's lineage and time zone (from the process's cache when warm)."""
    ref = await jurisdiction_ref(session, jid)
    if ref is None:
        raise NotFound(_("No such jurisdiction."))
    return ref


def _lineage(jurisdiction: JurisdictionRef) -> tuple[uuid.UUID, ...]:
    """Own first, then the nearest ancestor's (C-ORG-3)."""
    return (jurisdiction.id, *reversed(jurisdiction.ancestor_ids))


async def _row_in_force(
    session: AsyncSession, jurisdiction: JurisdictionRef, on: date
) -> RulebookVersion | None:
    return await repo.version_in_force(session, _lineage(jurisdiction), on)


async def _lineage_versions(
    session: AsyncSession, lineage: tuple[uuid.UUID, ...]
) -> tuple[PublishedVersion, ...]:
    """Every published version of the lineage, from the process's cache when warm (dropped when
    any version is published, app/invalidation.py): the governance checks of nearly every
    write ask for the version in force, each a round trip and a parse before."""

    async def load() -> tuple[PublishedVersion, ...]:
        rows = await repo.versions_of(session, lineage)
        return tuple(
            PublishedVersion(row.id, row.jurisdiction_id, row.effective_from, row.document)
            for row in rows
        )

    versions = await through_cache(session, lambda c: c.rulebooks, lineage, load)
    return versions or ()


def _found(version: PublishedVersion | None) -> RulebookInForce | None:
    if version is None:
        return None
    return RulebookInForce(
        version.rulebook, version.id, version.jurisdiction_id, version.effective_from
    )


async def in_force(session: AsyncSession, jid: uuid.UUID, on: date) -> RulebookInForce | None:
    lineage = _lineage(await _jurisdiction(session, jid))
    return _found(version_in_force(await _lineage_versions(session, lineage), lineage, on))


async def in_force_on_days(
    session: AsyncSession, jid: uuid.UUID, days: Iterable[date]
) -> dict[date, RulebookInForce | None]:
    """The version in force on each of ``days``, each version parsed once."""
    lineage = _lineage(await _jurisdiction(session, jid))
    versions = await _lineage_versions(session, lineage)
    found: dict[uuid.UUID | None, RulebookInForce | None] = {None: None}
    on_day: dict[date, RulebookInForce | None] = {}
    for day in days:
        version = version_in_force(versions, lineage, day)
        key = version.id if version else None
        if key not in found:
            found[key] = _found(version)
        on_day[day] = found[key]
    return on_day


async def duties_of(session: AsyncSession, jid: uuid.UUID, key: str) -> Duties:
    """Separation of duties for ``key`` in the jurisdiction, by every published version of its
    lineage (app.domain.holdings.duties_of; from the process's cache when warm)."""
    lineage = _lineage(await _jurisdiction(session, jid))
    versions = await _lineage_versions(session, lineage)
    return judge_duties(key, (version.rulebook for version in versions))


async def spans_from(session: AsyncSession, jid: uuid.UUID, on: date) -> list[VersionSpan]:
    """The versions in force in the jurisdiction from ``on`` on, each with its days
    (app.domain.holdings.spans_from): for judging a tenure, or the holders, by each."""
    lineage = _lineage(await _jurisdiction(session, jid))
    return version_spans(await _lineage_versions(session, lineage), lineage, on)


def today_in(jurisdiction: InTimeZone) -> date:
    """Today in the jurisdiction's own time zone (never the server's)."""
    return datetime.now(ZoneInfo(jurisdiction.time_zone)).date()


async def get_in_force(
    session: AsyncSession, jid: uuid.UUID, on: date | None
) -> RulebookInForceOut:
    jurisdiction = await _jurisdiction(session, jid)
    day = on or today_in(jurisdiction)
    row = await _row_in_force(session, jurisdiction, day)
    if row is None:
        raise NotFound(
            _(
                "No rulebook is in force here on {day}, neither the jurisdiction's own "
                "nor one above it.",
                day=day.isoformat(),
            )
        )
    return RulebookInForceOut(
        jurisdiction_id=jid,
        on=day,
        version_id=row.id,
        owner_jurisdiction_id=row.jurisdiction_id,
        inherited=row.jurisdiction_id != jid,
        effective_from=row.effective_from,
        title=str(row.document.get("title", "")),
        document=row.document,
    )


def _out(row: RulebookVersion) -> RulebookVersionOut:
    return RulebookVersionOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        effective_from=row.effective_from,
        title=str(row.document.get("title", "")),
        published_by=row.published_by,
        published_at=row.published_at,
        document=row.document,
    )


async def list_versions(
    session: AsyncSession, jid: uuid.UUID, page: PageRequest
) -> tuple[list[RulebookVersionSummary], str | None]:
    rows = await repo.list_versions(session, jid, page)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.effective_from])
    return [RulebookVersionSummary.model_validate(r) for r in kept], cursor


async def get_version(
    session: AsyncSession, jid: uuid.UUID, version_id: uuid.UUID
) -> RulebookVersionOut:
    row = await repo.get(session, jid, version_id)
    if row is None:
        raise NotFound(_("No such rulebook version in this jurisdiction."))
    return _out(row)


async def judged_by(session: AsyncSession, jid: uuid.UUID, version_id: uuid.UUID) -> Rulebook:
    """The rulebook of a version the service recorded as judging something in ``jid`` (a
    meeting's: its own version or an ancestor's, C-ORG-3), among the lineage's versions the
    process caches; read by id should the lineage not hold it (the API never moves a
    jurisdiction, but its hierarchy may have been changed in the database)."""
    lineage = _lineage(await _jurisdiction(session, jid))
    for version in await _lineage_versions(session, lineage):
        if version.id == version_id:
            return version.rulebook
    row = await repo.get_by_id(session, version_id)
    assert row is not None  # a foreign key keeps it
    return parse_rulebook(row.document)


async def _keep_levels(session: AsyncSession, jid: uuid.UUID, rulebook: Rulebook) -> None:
    """A position's level never changes: a version may not define a key someone has ever held
    here at another level (a rename is a new key). Holders of a key it drops do not stop it:
    GET …/rulebook/check-holdings reports them."""
    held = await positions_repo.levels_held(session, jid, rulebook.positions.keys())
    errors = tuple(
        FieldError(
            ("body", "positions", key, "level"),
            _(
                "{key!r} has been held here at the {level} level: a position's level "
                "never changes: define a new key",
                key=key,
                level=level,
            ),
        )
        for key, level in sorted(held)
        if rulebook.positions[key].level != level
    )
    if errors:
        raise InvalidInput(
            _(
                "The rulebook redefines the level of {errors_count} position(s) held here.",
                errors_count=len(errors),
            ),
            errors,
        )


async def publish(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, document: dict[str, Any]
) -> RulebookVersionOut:
    """Publish a new version; its effective_from is inside the document. Versions are never
    changed: one per day at most, a later one supersedes it from its own day on."""
    rulebook = parse_rulebook(document)  # every bad field → 422 naming its path
    dangling = dangling_references(rulebook)
    if dangling:
        raise InvalidInput(
            _(
                "The rulebook names {dangling_count} thing(s) it does not define.",
                dangling_count=len(dangling),
            ),
            dangling,
        )
    await _keep_levels(session, jid, rulebook)
    day = rulebook.effective_from.isoformat()
    row = await add_unique(
        session,
        RulebookVersion(
            jurisdiction_id=jid,
            effective_from=rulebook.effective_from,
            document=document,
            published_by=actor.display_name if actor else "system",
        ),
        _(
            "A version of this jurisdiction's rulebook already takes effect on "
            "{day}; published versions never change: publish one with another "
            "effective_from.",
            day=day,
        ),
    )
    out = _out(row)
    emit(
        session,
        EventType.rulebook_version_published,
        jid,
        "rulebook_version",
        row.id,
        f"/v1/jurisdictions/{jid}/rulebook/versions/{row.id}",
        {"effective_from": day, "published_by": row.published_by},
    )
    await audit.record(
        session,
        actor,
        action="rulebook.publish",
        entity_type="rulebook_version",
        entity_id=row.id,
        jurisdiction_id=jid,
        after=RulebookVersionSummary.model_validate(out.model_dump(exclude={"document"})),
    )
    return out
