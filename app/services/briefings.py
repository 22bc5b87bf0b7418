"""Information briefings (信息简报, CO-RPT-1): the office compiles its information officers'
monthly work information into a draft, edits it, and sends it — to the leading group (报送),
copied to every active member unit and every county office under the jurisdiction (抄送) — with
an issue number per year allocated gap-free in the sending transaction.

Recipients read across jurisdictions through /v1/me/briefings: opening one there records the
person's first read as each recipient they are one of (in briefing_reads, not in the audit
trail: reading changes nothing). Every change — create, edit, delete, send — is audited in the
same transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import briefings as domain
from app.domain import recipients as recipient_rules
from app.domain.access import Actor, ActorKind, JurisdictionRef, Permission, allows
from app.domain.briefings import BriefingAct, BriefingState
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.events import EventType
from app.domain.meetings import period_from_label
from app.domain.messages import _
from app.domain.recipients import RecipientKind
from app.domain.submissions import parse_period
from app.errors import Conflict, Forbidden, NotFound
from app.models import Briefing, BriefingRecipient, SubmissionFile
from app.pagination import PageRequest, next_cursor_for
from app.repositories import briefings as repo
from app.request_context import note_resource_version
from app.schemas.briefings import (
    BriefingCreate,
    BriefingFileOut,
    BriefingItemIn,
    BriefingItemOut,
    BriefingOut,
    BriefingReadsOut,
    BriefingSummaryOut,
    BriefingUpdate,
    CompiledFromOut,
    InboxItemOut,
    MyBriefingItemOut,
    MyBriefingOut,
    RecipientOut,
)
from app.schemas.periods import PeriodOut
from app.services import audit, rulebooks
from app.services import recipients as recipients_service
from app.services.common import changes_of, load_jurisdiction, local_today
from app.services.events import emit, resource_url
from app.services.obligations import report_kind_in

# An item drawn from a submission whose structured content is empty: its information is in
# the file the information officer uploaded.
FROM_THE_FILE = "（本期信息见报送的附件。）"

NOT_MINE = _("No such briefing among the caller's.")
NO_SUCH_FILE = _("No such file of a briefing among the caller's.")


# --- shaping --------------------------------------------------------------------------------


def _label(row: Briefing) -> str | None:
    if row.issue_year is None or row.issue_number is None:
        return None
    return domain.issue_label(row.issue_year, row.issue_number)


def _items_out(row: Briefing) -> list[BriefingItemOut]:
    return [
        BriefingItemOut(
            position=n,
            unit_id=item.get("unit_id"),
            unit_name=item.get("unit_name"),
            submission_id=item.get("submission_id"),
            submission_version=item.get("submission_version"),
            text=item["text"],
        )
        for n, item in enumerate(row.items, start=1)
    ]


def _briefing_out(
    row: Briefing,
    recipients: Sequence[BriefingRecipient],
    first_reads: dict[uuid.UUID, repo.ReadRow] | None,
) -> BriefingOut:
    """``first_reads`` None: the caller is not shown who has read it."""
    recipients_out = []
    for r in recipients:
        first = first_reads.get(r.id) if first_reads is not None else None
        recipients_out.append(
            RecipientOut(
                id=r.id,
                kind=RecipientKind(r.kind),
                is_copy=r.copy,
                name=r.name,
                unit_id=r.unit_id,
                jurisdiction_id=r.recipient_jurisdiction_id,
                first_read_at=first.first_read_at if first else None,
                first_read_by=first.user_id if first else None,
                first_read_by_name=first.display_name if first else None,
            )
        )
    compiled = (
        CompiledFromOut(
            report_kind=row.compiled_report_kind,
            period=PeriodOut.of(period_from_label(row.compiled_period, ())),
        )
        if row.compiled_report_kind is not None and row.compiled_period is not None
        else None
    )
    return BriefingOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        state=BriefingState(row.state),
        title=row.title,
        body=row.body,
        items=_items_out(row),
        compiled_from=compiled,
        created_by=row.created_by,
        created_by_name=row.created_by_name,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sent_at=row.sent_at,
        sent_by=row.sent_by,
        sent_by_name=row.sent_by_name,
        issue_year=row.issue_year,
        issue_number=row.issue_number,
        issue_label=_label(row),
        rule=domain.RULE,
        source=domain.SOURCE,
        recipients=recipients_out,
        read_status_shown=first_reads is not None,
    )


def _summary(row: Briefing) -> BriefingSummaryOut:
    return BriefingSummaryOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        state=BriefingState(row.state),
        title=row.title,
        item_count=len(row.items),
        created_at=row.created_at,
        sent_at=row.sent_at,
        issue_year=row.issue_year,
        issue_number=row.issue_number,
        issue_label=_label(row),
    )


async def _full(session: AsyncSession, row: Briefing, *, with_reads: bool) -> BriefingOut:
    recipients = await repo.recipients(session, row.jurisdiction_id, row.id)
    first_reads: dict[uuid.UUID, repo.ReadRow] | None = None
    if with_reads:
        first_reads = {}
        for read in await repo.reads(session, row.jurisdiction_id, row.id):
            first_reads.setdefault(read.recipient_id, read)  # earliest first
    return _briefing_out(row, recipients, first_reads)


def _audit_view(out: BriefingOut) -> BriefingOut:
    """What the audit trail keeps of a briefing: everything but who has read it."""
    return out.model_copy(
        update={
            "recipients": [
                r.model_copy(
                    update={
                        "first_read_at": None,
                        "first_read_by": None,
                        "first_read_by_name": None,
                    }
                )
                for r in out.recipients
            ],
            "read_status_shown": False,
        }
    )


# --- items from submissions ---------------------------------------------------------------


def _text_of(content: dict[str, Any]) -> str:
    progress = [
        domain.ProgressLine(
            task=str(p.get("task", "")),
            percent=p.get("percent"),
            summary=str(p.get("summary", "")),
        )
        for p in content.get("progress", [])
    ]
    text = domain.compiled_text(
        experience=str(content.get("experience", "")),
        problems=str(content.get("problems", "")),
        suggestions=str(content.get("suggestions", "")),
        progress=progress,
    )
    return text or FROM_THE_FILE


def _item(source: repo.SourceRow, version: int, text: str) -> dict[str, Any]:
    return {
        "unit_id": str(source.unit_id) if source.unit_id else None,
        "unit_name": source.unit_name,
        "submission_id": str(source.submission_id),
        "submission_version": version,
        "text": text,
    }


def _compiled_items(sources: Sequence[repo.SourceRow]) -> list[dict[str, Any]]:
    """One item per submission (its latest version), its text drawn from the content read with
    it."""
    return [_item(s, s.latest_version, _text_of(s.latest_content or {})) for s in sources]


async def _from_ids(
    session: AsyncSession, jid: uuid.UUID, ids: Sequence[uuid.UUID]
) -> list[dict[str, Any]]:
    unique = list(dict.fromkeys(ids))
    found = await repo.sources_by_ids(session, jid, unique, with_content=True)
    bad = [
        FieldError(("body", "source_submission_ids", n), _("not a submission of this jurisdiction"))
        for n, sid in enumerate(ids)
        if sid not in found
    ]
    if bad:
        raise InvalidInput(
            _(
                "{count} of the source submissions are not submissions of this jurisdiction: {ids}",
                count=len(bad),
                ids=", ".join(str(ids[int(e.location[-1])]) for e in bad),
            ),
            tuple(bad),
        )
    return _compiled_items([found[sid] for sid in unique])


async def _from_period(
    session: AsyncSession, jid: uuid.UUID, today: date, data: BriefingCreate
) -> list[dict[str, Any]]:
    assert data.compile_from is not None
    found = await rulebooks.in_force(session, jid, today)
    if found is None:
        raise Conflict(
            _(
                "No rulebook is in force here on {today}: it defines no report kinds "
                "to compile a briefing from.",
                today=today.isoformat(),
            )
        )
    report = report_kind_in(
        found.rulebook,
        data.compile_from.report_kind,
        today,
        ("body", "compile_from", "report_kind"),
    )
    period = parse_period(
        report.period, data.compile_from.period, ("body", "compile_from", "period")
    )
    sources = await repo.sources_for_period(session, jid, report.key, period.start)
    return _compiled_items(sources)


async def _written_items(
    session: AsyncSession, jid: uuid.UUID, items: Sequence[BriefingItemIn]
) -> list[dict[str, Any]]:
    """Items as the office wrote them; each one drawn from a submission must name one of this
    jurisdiction, and a version it has."""
    found = await repo.sources_by_ids(
        session, jid, {i.submission_id for i in items if i.submission_id is not None}
    )
    errors: list[FieldError] = []
    result: list[dict[str, Any]] = []
    for n, item in enumerate(items):
        if item.submission_id is None:
            result.append(
                {
                    "unit_id": None,
                    "unit_name": None,
                    "submission_id": None,
                    "submission_version": None,
                    "text": item.text,
                }
            )
            continue
        source = found.get(item.submission_id)
        if source is None:
            errors.append(
                FieldError(("body", "items", n, "submission_id"), _("not a submission here"))
            )
            continue
        version = item.submission_version or source.latest_version
        if version > source.latest_version:
            errors.append(
                FieldError(
                    ("body", "items", n, "submission_version"),
                    _(
                        "the submission has {latest_version} version(s)",
                        latest_version=source.latest_version,
                    ),
                )
            )
            continue
        result.append(_item(source, version, item.text))
    if errors:
        raise InvalidInput(
            _("Some items name no submission of this jurisdiction, or a version it does not have."),
            tuple(errors),
        )
    return result


# --- the office's acts ----------------------------------------------------------------------


async def create(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    now: datetime,
    data: BriefingCreate,
) -> BriefingOut:
    jid = jurisdiction_ref.id
    items: list[dict[str, Any]] = []
    if data.compile_from is not None:
        items = await _from_period(session, jid, local_today(jurisdiction_ref, now), data)
    elif data.source_submission_ids is not None:
        items = await _from_ids(session, jid, data.source_submission_ids)
    elif data.items is not None:
        items = await _written_items(session, jid, data.items)
    row = await repo.add(
        session,
        Briefing(
            jurisdiction_id=jid,
            state=BriefingState.draft.value,
            title=data.title,
            body=data.body,
            items=items,
            compiled_report_kind=data.compile_from.report_kind if data.compile_from else None,
            compiled_period=data.compile_from.period if data.compile_from else None,
            created_by=actor.id,
            created_by_name=actor.display_name,
        ),
    )
    # A draft has no recipients (they are fixed when it is sent), so nobody has read it.
    out = _briefing_out(row, [], {})
    await audit.record(
        session,
        actor,
        action="briefing.create",
        entity_type="briefing",
        entity_id=row.id,
        jurisdiction_id=jid,
        after=_audit_view(out),
    )
    return out


async def _draft_for(
    session: AsyncSession, jid: uuid.UUID, briefing_id: uuid.UUID, act: BriefingAct
) -> Briefing:
    row = await repo.get(session, jid, briefing_id, for_update=True)
    if row is None:
        raise NotFound(_("No such briefing in this jurisdiction."))
    domain.check_act(BriefingState(row.state), act)
    return row


async def update(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    briefing_id: uuid.UUID,
    data: BriefingUpdate,
) -> BriefingOut:
    jid = jurisdiction_ref.id
    row = await _draft_for(session, jid, briefing_id, BriefingAct.edit)
    before = await _full(session, row, with_reads=True)
    changes_of(data, not_null=BriefingUpdate.model_fields)  # an explicit null is a 422
    if data.title is not None:
        row.title = data.title
    if data.body is not None:
        row.body = data.body
    if data.items is not None:
        row.items = await _written_items(session, jid, data.items)
    await session.flush()
    await session.refresh(row)
    after = await _full(session, row, with_reads=True)
    await audit.record(
        session,
        actor,
        action="briefing.update",
        entity_type="briefing",
        entity_id=row.id,
        jurisdiction_id=jid,
        before=_audit_view(before),
        after=_audit_view(after),
    )
    return after


async def delete(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    briefing_id: uuid.UUID,
) -> None:
    jid = jurisdiction_ref.id
    row = await _draft_for(session, jid, briefing_id, BriefingAct.delete)
    before = await _full(session, row, with_reads=True)
    await repo.remove(session, row)
    await audit.record(
        session,
        actor,
        action="briefing.delete",
        entity_type="briefing",
        entity_id=briefing_id,
        jurisdiction_id=jid,
        before=_audit_view(before),
    )


async def send(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    briefing_id: uuid.UUID,
    now: datetime,
) -> BriefingOut:
    """Sent now: the issue number of the year (in the jurisdiction's time zone) and the
    recipients of the moment are fixed for good."""
    jid = jurisdiction_ref.id
    row = await _draft_for(session, jid, briefing_id, BriefingAct.send)
    domain.check_sendable(row.body, len(row.items))
    before = await _full(session, row, with_reads=True)
    jurisdiction = await load_jurisdiction(session, jid)
    year = local_today(jurisdiction, now).year
    number = await repo.next_issue_number(session, jid, year)

    units = await repo.active_units(session, jid)
    children = await repo.children(session, jid)
    names: dict[tuple[RecipientKind, uuid.UUID], str] = {
        (RecipientKind.leading_group, jid): f"{jurisdiction.name} 领导小组",
        **{(RecipientKind.member_unit, u.id): u.name for u in units},
        **{(RecipientKind.county_office, c.id): f"{c.name} 领导小组办公室" for c in children},
    }
    recipients = domain.recipients_on_sending(jid, [u.id for u in units], [c.id for c in children])
    await repo.add_recipients(
        session,
        [
            BriefingRecipient(
                jurisdiction_id=jid,
                briefing_id=row.id,
                position=n,
                kind=r.kind.value,
                copy=r.copy,
                recipient_jurisdiction_id=r.jurisdiction_id,
                unit_id=r.unit_id,
                name=names[(r.kind, r.unit_id or r.jurisdiction_id)],
            )
            for n, r in enumerate(recipients, start=1)
        ],
    )
    row.state = BriefingState.sent.value
    row.sent_at = now
    row.sent_by = actor.id
    row.sent_by_name = actor.display_name
    row.issue_year = year
    row.issue_number = number
    await session.flush()
    await session.refresh(row)
    after = await _full(session, row, with_reads=True)
    emit(
        session,
        EventType.briefing_sent,
        jid,
        "briefing",
        row.id,
        resource_url(jid, "briefings", row.id),
        {
            "title": row.title,
            "issue_year": row.issue_year,
            "issue_number": row.issue_number,
            "recipients": len(recipients),
        },
    )
    await audit.record(
        session,
        actor,
        action="briefing.send",
        entity_type="briefing",
        entity_id=row.id,
        jurisdiction_id=jid,
        before=_audit_view(before),
        after=_audit_view(after),
    )
    return after


# --- reading in the jurisdiction ------------------------------------------------------------


def _oversees(actor: Actor, jurisdiction_ref: JurisdictionRef) -> bool:
    return allows(actor, Permission.oversee_briefings, jurisdiction_ref)


async def get(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    briefing_id: uuid.UUID,
) -> BriefingOut:
    """The office (here or above) sees drafts and who has read; anyone else who reads the
    jurisdiction sees sent briefings only, without the reads."""
    office = _oversees(actor, jurisdiction_ref)
    row = await repo.get(session, jurisdiction_ref.id, briefing_id)
    if row is None or (row.state != BriefingState.sent and not office):
        raise NotFound(_("No such briefing in this jurisdiction."))
    note_resource_version(row.row_version)
    return await _full(session, row, with_reads=office)


async def list_briefings(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    page: PageRequest,
    *,
    state: BriefingState | None,
    year: int | None,
) -> tuple[list[BriefingSummaryOut], str | None]:
    if not _oversees(actor, jurisdiction_ref):
        if state is BriefingState.draft:
            return [], None
        state = BriefingState.sent
    rows = await repo.list_briefings(
        session,
        jurisdiction_ref.id,
        page,
        state=state.value if state is not None else None,
        year=year,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.created_at, r.id])
    return [_summary(r) for r in kept], cursor


async def reads(
    session: AsyncSession,
    jurisdiction_ref: JurisdictionRef,
    briefing_id: uuid.UUID,
    now: datetime,
) -> BriefingReadsOut:
    """Per recipient: who read it as that recipient and when, and who holds its posts today and
    has not read it yet."""
    jid = jurisdiction_ref.id
    row = await repo.get(session, jid, briefing_id)
    if row is None:
        raise NotFound(_("No such briefing in this jurisdiction."))
    if row.state != BriefingState.sent:
        raise StateConflict(_("This briefing is a draft: nobody has received it yet."))
    out = await recipients_service.reads_by_recipient(
        session,
        await repo.recipients(session, jid, row.id),
        await repo.reads(session, jid, row.id),
        local_today(jurisdiction_ref, now),
    )
    unread = [r.recipient_id for r in out if not r.read]
    return BriefingReadsOut(
        briefing_id=row.id,
        issue_label=_label(row),
        sent_at=row.sent_at,
        recipients=out,
        unread_recipients=unread,
        read_count=len(out) - len(unread),
        unread_count=len(unread),
    )


# --- a recipient's own view, across jurisdictions -------------------------------------------


def _person(actor: Actor) -> None:
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("Briefings are received by people; a machine client has no inbox."))


async def inbox(
    session: AsyncSession, actor: Actor, page: PageRequest, *, unread: bool | None
) -> tuple[list[InboxItemOut], str | None]:
    _person(actor)
    keys = recipient_rules.recipient_keys(actor.grants)
    if keys.empty:
        return [], None
    rows = await repo.inbox(session, keys, actor.id, page, unread=unread)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r[0].sent_at, r[0].id])
    ids = [b.id for b, __ in kept]
    as_recipient: dict[uuid.UUID, list[BriefingRecipient]] = defaultdict(list)
    for recipient in await repo.recipients_matching(session, ids, keys):
        as_recipient[recipient.briefing_id].append(recipient)
    first = await repo.first_reads_of(session, actor.id, ids)
    items = []
    for briefing, jurisdiction_name in kept:
        assert briefing.sent_at is not None
        items.append(
            InboxItemOut(
                id=briefing.id,
                jurisdiction_id=briefing.jurisdiction_id,
                jurisdiction_name=jurisdiction_name,
                title=briefing.title,
                issue_label=_label(briefing) or "",
                sent_at=briefing.sent_at,
                received_as=recipients_service.mine(as_recipient[briefing.id]),
                read_at=first.get(briefing.id),
            )
        )
    return items, cursor


def _drawn_from(row: Briefing) -> set[repo.VersionKey]:
    """The submission versions the briefing's items are drawn from."""
    return {
        (uuid.UUID(str(item["submission_id"])), int(item["submission_version"]))
        for item in row.items
        if item.get("submission_id") is not None and item.get("submission_version") is not None
    }


async def _mine(
    session: AsyncSession, actor: Actor, briefing_id: uuid.UUID, missing: str
) -> tuple[Briefing, list[BriefingRecipient], list[BriefingRecipient]]:
    """A sent briefing of which the caller is a recipient, its recipients and the caller's own
    (404 ``missing`` otherwise, whether it exists or not: one answer for everyone it is not
    sent to)."""
    _person(actor)
    found = await repo.get_any(session, briefing_id)
    if found is None or found.state != BriefingState.sent:
        raise NotFound(missing)
    rows = await repo.recipients(session, found.jurisdiction_id, found.id)
    mine = recipients_service.of_person(rows, actor.grants)
    if not mine:
        raise NotFound(missing)
    return found, rows, mine


async def _record_read(
    session: AsyncSession,
    actor: Actor,
    found: Briefing,
    mine: Sequence[BriefingRecipient],
    now: datetime,
) -> None:
    """The caller's read recorded as each recipient they are one of: a later read keeps the
    first time. After everything that could refuse, so a refused request records nothing."""
    await repo.record_reads(
        session,
        [
            {
                "id": uuid.uuid4(),
                "jurisdiction_id": found.jurisdiction_id,
                "briefing_id": found.id,
                "recipient_id": r.id,
                "user_id": actor.id,
                "first_read_at": now,
            }
            for r in mine
        ],
    )


def _file_out(briefing_id: uuid.UUID, file: SubmissionFile) -> BriefingFileOut:
    return BriefingFileOut(
        id=file.id,
        filename=file.filename,
        file_type=file.file_type,
        media_type=file.media_type,
        size_bytes=file.size_bytes,
        sha256=file.sha256,
        href=f"/v1/me/briefings/{briefing_id}/files/{file.id}",
    )


async def read_mine(
    session: AsyncSession, actor: Actor, briefing_id: uuid.UUID, now: datetime
) -> MyBriefingOut:
    """The briefing, if the caller is one of its recipients (else 404), each item with the
    files of the submission version it is drawn from, and their read recorded once per
    recipient they are one of: a later read keeps the first time."""
    found, rows, mine = await _mine(session, actor, briefing_id, NOT_MINE)
    files: dict[repo.VersionKey, list[BriefingFileOut]] = defaultdict(list)
    for row in await repo.files_of_versions(session, found.jurisdiction_id, _drawn_from(found)):
        files[(row.submission_id, row.version)].append(_file_out(found.id, row.file))
    await _record_read(session, actor, found, mine, now)
    first = await repo.first_reads_of(session, actor.id, [found.id])
    out = _briefing_out(found, rows, None)
    items = [
        MyBriefingItemOut(
            **item.model_dump(),
            files=files.get((item.submission_id, item.submission_version), [])
            if item.submission_id is not None and item.submission_version is not None
            else [],
        )
        for item in out.items
    ]
    return MyBriefingOut(
        **out.model_dump(exclude={"items"}),
        items=items,
        received_as=recipients_service.mine(mine),
        read_at=first.get(found.id, now),
    )


async def my_item_file(
    session: AsyncSession,
    actor: Actor,
    briefing_id: uuid.UUID,
    file_id: uuid.UUID,
    now: datetime,
) -> SubmissionFile:
    """A file of a submission version an item of one of the caller's briefings is drawn from,
    in whatever jurisdiction it was sent (404 when the caller is not one of its recipients, or
    the file is no such one: another version's, another submission's, another briefing's).
    Downloading it is reading the briefing: the read is recorded as opening it records it."""
    _person(actor)
    found = await repo.item_file(session, briefing_id, file_id)
    # One answer whether the briefing, the file or the caller's place among the recipients is
    # missing (a draft has no recipients: nobody is one).
    if found is None:
        raise NotFound(NO_SUCH_FILE)
    briefing, file = found
    rows = await repo.recipients(session, briefing.jurisdiction_id, briefing.id)
    mine = recipients_service.of_person(rows, actor.grants)
    if briefing.state != BriefingState.sent or not mine:
        raise NotFound(NO_SUCH_FILE)
    await _record_read(session, actor, briefing, mine, now)
    return file
