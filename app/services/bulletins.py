"""The office's bulletins (内部情况通报, E-RPT-2): a draft assembled from a period's submissions
and each unit's report compliance, edited by the office, published once by its director or
deputy director, never changed after (a database trigger refuses it too).

Bulletins are internal: they are read by whoever reads the jurisdiction (its people, the office
above, read clients) once published; drafts only by the office here or above. No public route
serves them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ActorKind, JurisdictionRef, Permission, allows
from app.domain.bulletins import (
    BulletinAct,
    BulletinKind,
    BulletinState,
    Digest,
    UnitCompliance,
    assemble,
    check_act,
)
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.submissions import check_period_open, parse_period
from app.errors import Conflict, NotFound
from app.models import Bulletin
from app.pagination import PageRequest, next_cursor_for
from app.repositories import bulletins as repo
from app.repositories import submissions as submissions_repo
from app.repositories.common import add_unique
from app.repositories.submissions import LatestVersion
from app.request_context import note_resource_version
from app.schemas.bulletins import (
    BulletinContent,
    BulletinCreate,
    BulletinDetailOut,
    BulletinOut,
    BulletinUpdate,
)
from app.services import audit, report_compliance, rulebooks
from app.services.common import changes_of, local_today


def _kind_of(kinds: dict[str, BulletinKind], key: str | None) -> BulletinKind:
    if not kinds:
        raise Conflict(
            _(
                "The rulebook in force here defines no bulletin (bulletin_kinds): "
                "publish a rulebook version that does (Ezhou's quarterly internal "
                "bulletin, E-RPT-2)."
            )
        )
    if key is None:
        if len(kinds) > 1:
            raise InvalidInput(
                _("The rulebook defines several bulletin kinds: name one."),
                (
                    FieldError(
                        ("body", "kind"), _("required: one of {kinds}", kinds=", ".join(kinds))
                    ),
                ),
            )
        return next(iter(kinds.values()))
    if key not in kinds:
        raise InvalidInput(
            _(
                "The rulebook in force defines no bulletin kind {key!r} (it defines: {kinds}).",
                key=key,
                kinds=", ".join(kinds),
            ),
            (FieldError(("body", "kind"), _("not a bulletin kind of the rulebook in force")),),
        )
    return kinds[key]


def _digests(kind: BulletinKind, rows: Iterable[LatestVersion]) -> list[Digest]:
    digests = []
    for row in rows:
        if row.head.report_kind not in kind.sources:
            continue
        content = row.version.content
        digests.append(
            Digest(
                unit_id=str(row.head.unit_id) if row.head.unit_id else None,
                unit_name=row.unit_name or "领导小组办公室",
                report_kind=row.head.report_kind,
                period=row.head.period_label,
                submission_id=str(row.head.id),
                version=row.version.version,
                progress=content.get("progress", []),
                experience=content.get("experience", ""),
                problems=content.get("problems", ""),
                suggestions=content.get("suggestions", ""),
            )
        )
    return digests


async def create(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    now: datetime,
    data: BulletinCreate,
) -> BulletinDetailOut:
    jid = jurisdiction_ref.id
    today = local_today(jurisdiction_ref, now)
    found = await rulebooks.in_force(session, jid, today)
    if found is None:
        raise Conflict(_("No rulebook is in force here on {today}.", today=today.isoformat()))
    kind = _kind_of(dict(found.rulebook.bulletin_kinds), data.kind)
    period = parse_period(kind.period, data.period, ("body", "period"))
    check_period_open(period, today, ("body", "period"))

    # One read of the period's submissions: the sources' latest versions for the sections, the
    # heads of the report kind whose compliance it lists for the matrix.
    read_kinds = {*kind.sources, *([kind.compliance_of] if kind.compliance_of else [])}
    rows = await submissions_repo.latest_versions_in(
        session, jid, read_kinds, period.start, period.end
    )
    digests = _digests(kind, rows)
    compliance: list[UnitCompliance] = []
    labels: list[str] = []
    if kind.compliance_of is not None:
        # Stored in the draft: exact figures only (a year not entered yet is a 422).
        matrix = await report_compliance.build(
            session,
            jurisdiction_ref,
            now,
            kind.compliance_of,
            period.start,
            period.end,
            exact=True,
            heads=(row.head for row in rows),
        )
        labels = [str(p) for p, __ in matrix.periods]
        compliance = [
            UnitCompliance(unit_id, name, cells)
            for unit_id, name, cells in report_compliance.unit_cells(matrix)
        ]
    content = assemble(kind, str(period), digests, compliance, labels)
    # One per kind and period (a unique key): the insert finds the one there is, if any.
    try:
        row = await add_unique(
            session,
            Bulletin(
                jurisdiction_id=jid,
                kind=kind.key,
                kind_name=kind.name,
                period_kind=period.kind.value,
                period_start=period.start,
                period_label=str(period),
                title=data.title or f"{period}{kind.name}",
                state=BulletinState.draft.value,
                content=BulletinContent.model_validate(content).model_dump(mode="json"),
                rule=kind.rule,
                source=kind.source,
                rulebook_version_id=found.version_id,
                generated_at=now,
                generated_by=actor.id if actor.kind is ActorKind.user else None,
            ),
            _(
                "A {name} for {period} was assembled at the same moment; read it instead.",
                name=kind.name,
                period=period,
            ),
        )
    except Conflict:
        existing = await repo.find(session, jid, kind.key, period.start)
        if existing is None:
            raise
        raise Conflict(
            _(
                "There is already a {state} {name} for {period} ({id}); discard the "
                "draft first to assemble it again.",
                state=existing.state,
                name=kind.name,
                period=period,
                id=existing.id,
            )
        ) from None
    out = BulletinDetailOut.of(row)
    await _audit(session, actor, "bulletin.draft", row, before=None, after=out)
    return out


async def _audit(
    session: AsyncSession,
    actor: Actor,
    action: str,
    row: Bulletin,
    *,
    before: BulletinOut | None,
    after: BulletinOut | None,
) -> None:
    await audit.record(
        session,
        actor,
        action=action,
        entity_type="bulletin",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )


def _sees_drafts(actor: Actor, jurisdiction_ref: JurisdictionRef) -> bool:
    return allows(actor, Permission.oversee, jurisdiction_ref)


async def _load(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    bulletin_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Bulletin:
    row = await repo.get(session, jurisdiction_ref.id, bulletin_id, for_update=for_update)
    if row is None or (
        row.state != BulletinState.published and not _sees_drafts(actor, jurisdiction_ref)
    ):
        raise NotFound(_("No such bulletin in this jurisdiction."))
    return row


async def get(
    session: AsyncSession, actor: Actor, jurisdiction_ref: JurisdictionRef, bulletin_id: uuid.UUID
) -> BulletinDetailOut:
    row = await _load(session, actor, jurisdiction_ref, bulletin_id)
    note_resource_version(row.row_version)
    return BulletinDetailOut.of(row)


async def list_bulletins(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    page: PageRequest,
    *,
    state: BulletinState | None,
) -> tuple[list[BulletinOut], str | None]:
    rows = await repo.list_bulletins(
        session,
        jurisdiction_ref.id,
        page,
        state=state.value if state else None,
        only_published=not _sees_drafts(actor, jurisdiction_ref),
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.period_start, r.id])
    return [BulletinOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    bulletin_id: uuid.UUID,
    data: BulletinUpdate,
) -> BulletinDetailOut:
    row = await _load(session, actor, jurisdiction_ref, bulletin_id, for_update=True)
    check_act(BulletinState(row.state), BulletinAct.edit)
    before = BulletinDetailOut.of(row)
    changes_of(data, not_null=BulletinUpdate.model_fields)  # every field: null is a 422
    changes = data.model_dump(exclude_unset=True, mode="json")
    if "title" in changes:
        row.title = changes.pop("title")
    row.content = {**row.content, **changes}
    await session.flush()
    await session.refresh(row)
    after = BulletinDetailOut.of(row)
    await _audit(session, actor, "bulletin.edit", row, before=before, after=after)
    return after


async def publish(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    bulletin_id: uuid.UUID,
    now: datetime,
) -> BulletinDetailOut:
    row = await _load(session, actor, jurisdiction_ref, bulletin_id, for_update=True)
    check_act(BulletinState(row.state), BulletinAct.publish)
    before = BulletinOut.model_validate(row)
    row.state = BulletinState.published.value
    row.published_at = now
    row.published_by = actor.id if actor.kind is ActorKind.user else None
    await session.flush()
    await session.refresh(row)
    out = BulletinDetailOut.of(row)
    await _audit(
        session,
        actor,
        "bulletin.publish",
        row,
        before=before,
        after=BulletinOut.model_validate(row),
    )
    return out


async def discard(
    session: AsyncSession, actor: Actor, jurisdiction_ref: JurisdictionRef, bulletin_id: uuid.UUID
) -> None:
    row = await _load(session, actor, jurisdiction_ref, bulletin_id, for_update=True)
    check_act(BulletinState(row.state), BulletinAct.delete)
    before = BulletinDetailOut.of(row)
    await repo.delete(session, row)
    await _audit(session, actor, "bulletin.discard", row, before=before, after=None)
