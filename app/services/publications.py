"""Public disclosure (信息公开, E-PUB-1 / C-PUB-1): the office publishes reform measures (issued
documents), progress snapshots and results; the public reads them without a token.

What the public sees of an item is fixed when it is published (``content`` and the copied
files): a measure's number, title, date and the text and files the office chose; a progress
snapshot's aggregate figures; a result's title and text. Nothing else of the jurisdiction is
reachable from the public routes — not who published, not a withdrawal's reason, no bulletin,
minutes, draft or submission. A withdrawn item leaves the public list and feeds, and its
address answers 410 Gone; the office keeps it, with who withdrew it, when and why.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain.access import Actor, ActorKind, JurisdictionRef
from app.domain.errors import DomainError, FieldError, InvalidInput
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.publications import (
    KIND_NAMES,
    DisclosureRules,
    PublicationKind,
    PublicationState,
    check_document_publishable,
    check_files_addable,
    check_may_publish,
    check_withdrawable,
    refuse_bulletin,
    timeliness_rate,
)
from app.domain.submissions import CellStatus
from app.errors import (
    Conflict,
    Forbidden,
    Gone,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from app.files import clean_filename, sniff
from app.models import Jurisdiction, Publication, PublicationFile
from app.pagination import PageRequest, next_cursor_for
from app.repositories import bulletins as bulletins_repo
from app.repositories import documents as documents_repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import publications as repo
from app.repositories.tasks import TaskFilter
from app.schemas.publications import (
    MeasurePublish,
    ProgressFigures,
    ProgressPublish,
    PublicationOut,
    PublicItem,
    PublicJurisdiction,
    ReportTimeliness,
    ResultPublish,
    UnitTaskFigures,
    WithdrawalCreate,
    WithdrawalOut,
    content_fields,
)
from app.schemas.tasks import TaskTally
from app.services import audit, report_compliance, rulebooks
from app.services import tasks as tasks_service
from app.services.common import local_today
from app.services.events import emit, resource_url

PUBLIC_PREFIX = "/v1/public/jurisdictions"
NOT_HERE = _("No such publication in this jurisdiction.")


def public_path(jid: uuid.UUID, publication_id: uuid.UUID | None = None) -> str:
    base = f"{PUBLIC_PREFIX}/{jid}/publications"
    return base if publication_id is None else f"{base}/{publication_id}"


def _file_entry(file: PublicationFile) -> dict[str, object]:
    """A file as an item's content lists it: an item is read in one statement, its files' bytes
    only when one is downloaded."""
    return {
        "id": str(file.id),
        "filename": file.filename,
        "media_type": file.media_type,
        "size_bytes": file.size_bytes,
        "sha256": file.sha256,
    }


def public_item(row: Publication) -> PublicItem:
    kind = PublicationKind(row.kind)
    return PublicItem.model_validate(
        {
            "id": row.id,
            "kind": kind,
            "kind_name": KIND_NAMES[kind],
            "title": row.title,
            "published_at": row.published_at,
            **content_fields(row.content),
        }
    )


def _out(row: Publication) -> PublicationOut:
    withdrawal = None
    if row.withdrawn_at is not None:
        withdrawal = WithdrawalOut(
            withdrawn_at=row.withdrawn_at,
            withdrawn_by=row.withdrawn_by,
            withdrawn_by_name=row.withdrawn_by_name or "",
            reason=row.withdrawal_reason or "",
        )
    return PublicationOut.model_validate(
        {
            **public_item(row).model_dump(),
            "jurisdiction_id": row.jurisdiction_id,
            "state": row.state,
            "document_id": row.document_id,
            "rule": row.rule,
            "source": row.source,
            "published_by": row.published_by,
            "published_by_name": row.published_by_name,
            "withdrawal": withdrawal,
            "public_url": public_path(row.jurisdiction_id, row.id),
        }
    )


_EVENTS = {
    "publication.publish": EventType.publication_published,
    "publication.withdraw": EventType.publication_withdrawn,
}


async def _audit(
    session: AsyncSession,
    actor: Actor,
    action: str,
    row: Publication,
    *,
    before: PublicationOut | None,
    after: PublicationOut,
) -> None:
    # Portals that mirror the public items learn of a new or withdrawn one from the events
    # feed or a webhook instead of polling the public list.
    event_type = _EVENTS.get(action)
    if event_type is not None:
        emit(
            session,
            event_type,
            row.jurisdiction_id,
            "publication",
            row.id,
            resource_url(row.jurisdiction_id, "publications", row.id),
            {
                "kind": after.kind.value,
                "title": after.title,
                "state": after.state.value,
                "public_url": after.public_url,
            },
        )
    await audit.record(
        session,
        actor,
        action=action,
        entity_type="publication",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )


async def _rules(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, today: date, kind: PublicationKind
) -> DisclosureRules:
    """The rulebook's disclosure section, once it lets this person publish ``kind``."""
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("Publishing to the public is a person's act, not a machine's."))
    found = await rulebooks.in_force(session, ref.id, today)
    if found is None:
        raise Conflict(_("No rulebook is in force here on {today}.", today=today.isoformat()))
    rules = found.rulebook.disclosure
    check_may_publish(rules, kind, actor.roles_in(ref.id), actor.capabilities_in(ref.id))
    assert rules is not None  # check_may_publish refused otherwise
    return rules


async def _measure(
    session: AsyncSession, ref: JurisdictionRef, rules: DisclosureRules, data: MeasurePublish
) -> tuple[str, dict[str, object], list[PublicationFile], uuid.UUID]:
    document = await documents_repo.get(session, ref.id, data.document_id)
    if document is None:
        if await bulletins_repo.get(session, ref.id, data.document_id) is not None:
            raise refuse_bulletin(rules)
        raise InvalidInput(
            _("No such document in this jurisdiction."),
            (FieldError(("body", "document_id"), _("not a document of this jurisdiction")),),
        )
    check_document_publishable(document.state, rules)
    assert document.number is not None  # signed
    assert document.signed_on is not None
    files: list[PublicationFile] = []
    for index, attachment_id in enumerate(dict.fromkeys(data.attachment_ids)):
        attachment = await documents_repo.attachment(
            session, ref.id, document.id, attachment_id, with_content=True
        )
        if attachment is None:
            raise InvalidInput(
                _("An attachment named is not one of the document's."),
                (
                    FieldError(
                        ("body", "attachment_ids", index), _("not an attachment of the document")
                    ),
                ),
            )
        files.append(
            PublicationFile(
                id=uuid.uuid4(),
                filename=attachment.filename,
                media_type=attachment.media_type,
                size_bytes=attachment.size_bytes,
                sha256=attachment.sha256,
                content=attachment.content,
            )
        )
    content: dict[str, object] = {
        "document": {
            "number": document.number,
            "title": document.title,
            "issued_on": document.signed_on.isoformat(),
            "issuer_name": document.issuer_name,
        },
        "text": document.body if data.include_text and document.body.strip() else None,
        "files": [_file_entry(file) for file in files],
    }
    return data.title or document.title, content, files, document.id


async def progress_figures(
    session: AsyncSession, ref: JurisdictionRef, now: datetime, as_of: date
) -> ProgressFigures:
    """The task breakdown's figures on ``as_of`` (in total and per lead unit: counts only), and
    each report kind's timeliness over the periods from 1 January of that year to ``as_of``."""
    # The jurisdiction's whole table, its own tasks only (no county's); the revisions only make
    # ETags, which a stored snapshot has no use for.
    ledger = tasks_service.Ledger((ref.id,), None, as_of, 0, "")
    summary = await tasks_service.summary(session, ledger, TaskFilter(), by="unit", as_of=as_of)
    provisional = set(summary.calendar.provisional_years)
    reports: list[ReportTimeliness] = []
    found = await rulebooks.in_force(session, ref.id, as_of)
    start = date(as_of.year, 1, 1)
    for kind in found.rulebook.report_kinds.values() if found else ():
        try:
            matrix = await report_compliance.build(session, ref, now, kind.key, start, as_of)
        except (Conflict, DomainError):
            continue  # no period of the kind begins in the range, or it cannot be judged
        provisional.update(matrix.provisional_years)
        counts = dict.fromkeys((s.value for s in CellStatus), 0)
        for period in matrix.totals():
            for status, n in period.items():
                counts[status] += n
        on_time, late = counts[CellStatus.on_time], counts[CellStatus.late]
        missing = counts[CellStatus.missing]
        reports.append(
            ReportTimeliness(
                report_kind=kind.key,
                name=kind.name,
                period_from=start,
                period_to=as_of,
                on_time=on_time,
                late=late,
                missing=missing,
                timeliness_rate=timeliness_rate(on_time, late, missing),
            )
        )
    units = [
        UnitTaskFigures.model_validate(
            {
                **group.model_dump(include=set(TaskTally.model_fields)),
                "unit_name": group.unit_name or "领导小组办公室",
            }
        )
        for group in summary.groups
    ]
    return ProgressFigures(
        as_of=as_of,
        tasks=summary.totals,
        units=units,
        reports=reports,
        provisional_calendar_years=sorted(provisional),
    )


async def publish(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: MeasurePublish | ProgressPublish | ResultPublish,
) -> PublicationOut:
    today = local_today(ref, now)
    kind = PublicationKind(data.kind)
    rules = await _rules(session, actor, ref, today, kind)
    files: list[PublicationFile] = []
    document_id = None
    if isinstance(data, MeasurePublish):
        title, content, files, document_id = await _measure(session, ref, rules, data)
    elif isinstance(data, ProgressPublish):
        as_of = data.as_of or today
        if as_of > today:
            raise InvalidInput(
                _("Figures are published as of a day that has come."),
                (FieldError(("body", "as_of"), _("must not be after today")),),
            )
        figures = await progress_figures(session, ref, now, as_of)
        title = data.title or f"改革进度（截至{as_of.isoformat()}）"
        content = {"progress": figures.model_dump(mode="json")}
    else:
        title, content = data.title, {"text": data.text}
    row = await repo.add(
        session,
        Publication(
            jurisdiction_id=ref.id,
            kind=kind.value,
            title=title,
            state=PublicationState.published.value,
            content=content,
            document_id=document_id,
            rule=rules.rule,
            source=rules.source,
            published_at=now,
            published_by=actor.id,
            published_by_name=actor.display_name,
        ),
        files,
    )
    out = _out(row)
    await _audit(session, actor, "publication.publish", row, before=None, after=out)
    return out


async def withdraw(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    publication_id: uuid.UUID,
    data: WithdrawalCreate,
) -> PublicationOut:
    row = await repo.get(session, ref.id, publication_id, for_update=True)
    if row is None:
        raise NotFound(NOT_HERE)
    await _rules(session, actor, ref, local_today(ref, now), PublicationKind(row.kind))
    check_withdrawable(PublicationState(row.state))
    before = _out(row)
    row.state = PublicationState.withdrawn.value
    row.withdrawn_at = now
    row.withdrawn_by = actor.id
    row.withdrawn_by_name = actor.display_name
    row.withdrawal_reason = data.reason
    await session.flush()
    out = _out(row)
    await _audit(session, actor, "publication.withdraw", row, before=before, after=out)
    return out


async def add_file(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    publication_id: uuid.UUID,
    upload: UploadFile | None,
    *,
    max_file_bytes: int,
) -> PublicationOut:
    """A file added to a published result (取得成效: its photos, its report), after the others:
    a PDF, Word, Excel or image file by its content (415 otherwise), at most
    ``max_file_bytes`` (413), not empty (422). Public at once, as the result is."""
    row = await repo.get(session, ref.id, publication_id, for_update=True)
    if row is None:
        raise NotFound(NOT_HERE)
    await _rules(session, actor, ref, local_today(ref, now), PublicationKind(row.kind))
    check_files_addable(PublicationKind(row.kind), PublicationState(row.state))
    if upload is None:
        raise InvalidInput(
            _("Send the file in the multipart field file."),
            (FieldError(("body", "file"), _("no file sent")),),
        )
    content = await upload.read(max_file_bytes + 1)
    if len(content) > max_file_bytes:
        raise PayloadTooLarge(
            _("A file may hold at most {max_file_bytes} bytes.", max_file_bytes=max_file_bytes)
        )
    if not content:
        raise InvalidInput(
            _("An empty file cannot be published."),
            (FieldError(("body", "file"), _("the file is empty")),),
        )
    found = sniff(content)
    filename = clean_filename(upload.filename, "附件")
    if found is None:
        raise UnsupportedMediaType(
            _("Only PDF, Word, Excel and image files are published."),
            [
                {
                    "loc": ["body", "file"],
                    "msg": _("{filename}: not one of these", filename=filename),
                    "type": "type",
                }
            ],
        )
    before = _out(row)
    listed = list(row.content.get("files", []))
    file = PublicationFile(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        publication_id=row.id,
        position=len(listed) + 1,
        filename=filename,
        media_type=found.media_type,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
    )
    session.add(file)
    row.content = {**row.content, "files": [*listed, _file_entry(file)]}
    await session.flush()
    out = _out(row)
    await _audit(session, actor, "publication.add_file", row, before=before, after=out)
    return out


async def get(
    session: AsyncSession, ref: JurisdictionRef, publication_id: uuid.UUID
) -> PublicationOut:
    row = await repo.get(session, ref.id, publication_id)
    if row is None:
        raise NotFound(NOT_HERE)
    return _out(row)


async def list_publications(
    session: AsyncSession,
    ref: JurisdictionRef,
    page: PageRequest,
    *,
    kind: PublicationKind | None,
) -> tuple[list[PublicationOut], str | None]:
    rows = await repo.list_publications(
        session, ref.id, page, only_published=False, kind=kind.value if kind else None
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.published_at, r.id])
    return [_out(r) for r in kept], cursor


# --- the public side ------------------------------------------------------------------------


async def public_jurisdiction_row(session: AsyncSession, jid: uuid.UUID) -> Jurisdiction:
    row = await jurisdictions_repo.get(session, jid)
    if row is None:
        raise NotFound(_("No such jurisdiction."))
    return row


def public_jurisdiction(row: Jurisdiction) -> PublicJurisdiction:
    base = f"{PUBLIC_PREFIX}/{row.id}"
    return PublicJurisdiction(
        id=row.id,
        name=row.name,
        feeds={"atom": f"{base}/feed.atom", "json": f"{base}/feed.json"},
    )


async def public_list(
    session: AsyncSession, jid: uuid.UUID, page: PageRequest
) -> tuple[Jurisdiction, list[PublicItem], str | None]:
    """The jurisdiction's published items, newest first (404 for no such jurisdiction)."""
    jurisdiction = await public_jurisdiction_row(session, jid)
    rows = await repo.list_publications(session, jid, page, only_published=True)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.published_at, r.id])
    return jurisdiction, [public_item(r) for r in kept], cursor


async def _public_row(
    session: AsyncSession, jid: uuid.UUID, publication_id: uuid.UUID
) -> Publication:
    row = await repo.get(session, jid, publication_id)
    if row is None:
        raise NotFound(NOT_HERE)
    if row.state != PublicationState.published:
        raise Gone(_("This item was withdrawn by the office and is no longer public."))
    return row


async def public_get(
    session: AsyncSession, jid: uuid.UUID, publication_id: uuid.UUID
) -> PublicItem:
    row = await _public_row(session, jid, publication_id)
    return public_item(row)


async def public_file(
    session: AsyncSession, jid: uuid.UUID, publication_id: uuid.UUID, file_id: uuid.UUID
) -> PublicationFile:
    row = await _public_row(session, jid, publication_id)
    found = await repo.file(session, jid, row.id, file_id)
    if found is None:
        raise NotFound(_("No such file of this publication."))
    return found
