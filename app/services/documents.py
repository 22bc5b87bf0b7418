"""Official documents (公文): drafted by the office in the name of an issuer the rulebook
defines, signed (签发) by whoever the rulebook in force on the signing day allows — directly or
as entrusted (CO-DOC-1, CO-DOC-2) — and numbered in the signing transaction (DOC-NUM); read by
their main (主送) and copy-to (抄送) recipients, each first read recorded; voided (作废) with a
reason by someone who could sign it, the number staying used.

Drafts are seen by those who oversee the jurisdiction's documents (its office here or above,
its leader and deputy leaders, read clients, admins); an issued document also by the people of
its recipients. Anyone else is answered 404.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain import documents as domain
from app.domain.access import Actor, ActorKind, JurisdictionRef, Permission, allows
from app.domain.documents import DocumentAct, DocumentState
from app.domain.errors import FieldError, InvalidInput
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.recipients import Recipient, RecipientKind, recipient_keys
from app.domain.rulebook import Act, Issuer
from app.errors import Conflict, Forbidden, NotFound, PayloadTooLarge, UnsupportedMediaType
from app.files import clean_filename, sniff
from app.models import Document, DocumentAttachment, DocumentRecipient
from app.pagination import PageRequest, next_cursor_for
from app.repositories import delegations as delegations_repo
from app.repositories import documents as repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import units as units_repo
from app.repositories import users as users_repo
from app.repositories.common import INTEGER_MAX
from app.repositories.documents import RecipientFilter
from app.request_context import note_resource_version
from app.schemas.documents import (
    AttachmentOut,
    DocumentCreate,
    DocumentInboxItemOut,
    DocumentOut,
    DocumentReadsOut,
    DocumentRecipientOut,
    DocumentSummaryOut,
    DocumentUpdate,
    DocumentVoid,
    MyAttachmentOut,
    MyDocumentOut,
    RecipientIn,
    SignatureOut,
    VoidOut,
)
from app.services import audit, events, rulebooks
from app.services import recipients as recipients_service
from app.services.common import changes_of, local_today, require
from app.services.delegations import judge_on
from app.services.rulebooks import RulebookInForce

NOT_HERE = _("No such document in this jurisdiction.")


# --- views ------------------------------------------------------------------------------------


def _summary(row: Document) -> DocumentSummaryOut:
    return DocumentSummaryOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        issuer=row.issuer,
        issuer_name=row.issuer_name,
        issuer_code=row.issuer_code,
        title=row.title,
        state=DocumentState(row.state),
        number=row.number,
        number_year=row.number_year,
        number_sequence=row.number_sequence,
        signed_on=row.signed_on,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _signature(row: Document) -> SignatureOut | None:
    if row.signed_at is None or row.signed_by is None or row.signed_on is None:
        return None
    signer = row.signed_by_name or ""
    text = f"{signer}（受{row.signed_for_name}委托）签发" if row.signed_for else f"{signer}签发"
    return SignatureOut(
        signed_by=row.signed_by,
        signed_by_name=signer,
        signed_for=row.signed_for,
        signed_for_name=row.signed_for_name,
        delegation_id=row.sign_delegation_id,
        signed_on=row.signed_on,
        signed_at=row.signed_at,
        rule=row.sign_rule or "",
        source=row.sign_source or "",
        text=text,
    )


def _void(row: Document) -> VoidOut | None:
    if row.voided_at is None or row.voided_by is None:
        return None
    return VoidOut(
        voided_at=row.voided_at,
        voided_by=row.voided_by,
        voided_by_name=row.voided_by_name or "",
        delegation_id=row.void_delegation_id,
        reason=row.void_reason or "",
    )


def _recipient_out(r: DocumentRecipient) -> DocumentRecipientOut:
    return DocumentRecipientOut(
        id=r.id,
        kind=RecipientKind(r.kind),
        is_copy=r.copy,
        name=r.name,
        unit_id=r.unit_id,
        jurisdiction_id=r.recipient_jurisdiction_id,
    )


def _attachment_out(a: DocumentAttachment) -> AttachmentOut:
    return AttachmentOut(
        id=a.id,
        position=a.position,
        filename=a.filename,
        file_type=a.file_type,
        media_type=a.media_type,
        size_bytes=a.size_bytes,
        sha256=a.sha256,
        uploaded_at=a.uploaded_at,
    )


async def _full(session: AsyncSession, row: Document) -> DocumentOut:
    recipients = await repo.recipients(session, row.jurisdiction_id, row.id)
    attachments = await repo.attachments(session, row.jurisdiction_id, row.id)
    return _document_out(row, recipients, attachments)


def _document_out(
    row: Document,
    recipients: Sequence[DocumentRecipient],
    attachments: Sequence[DocumentAttachment],
) -> DocumentOut:
    """``recipients`` in their order (position)."""
    return DocumentOut(
        **_summary(row).model_dump(),
        body=row.body,
        created_by=row.created_by,
        created_by_name=row.created_by_name,
        signature=_signature(row),
        void=_void(row),
        main_recipients=[_recipient_out(r) for r in recipients if not r.copy],
        copy_recipients=[_recipient_out(r) for r in recipients if r.copy],
        attachments=[_attachment_out(a) for a in attachments],
    )


async def _audit(
    session: AsyncSession,
    actor: Actor,
    act: str,
    row: Document,
    *,
    before: DocumentOut | None,
    after: DocumentOut | None,
    delegation_id: uuid.UUID | None = None,
) -> None:
    await audit.record(
        session,
        actor,
        action=f"document.{act}",
        entity_type="document",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
        delegation_id=delegation_id,
    )


def _emit(session: AsyncSession, type: EventType, row: Document) -> None:
    events.emit(
        session,
        type,
        row.jurisdiction_id,
        "document",
        row.id,
        events.resource_url(row.jurisdiction_id, "documents", row.id),
        {"title": row.title, "issuer": row.issuer, "number": row.number, "state": row.state},
    )


# --- drafting ---------------------------------------------------------------------------------


async def _issuer_today(
    session: AsyncSession, ref: JurisdictionRef, now: datetime, key: str
) -> Issuer:
    """The issuer ``key`` as the rulebook in force today defines it (422 if it does not)."""
    found = await rulebooks.in_force(session, ref.id, local_today(ref, now))
    if found is None:
        raise Conflict(
            _(
                "No rulebook is in force in this jurisdiction today: a rulebook "
                "defining the issuers must be published first."
            )
        )
    _own_codes(found, ref.id)
    issuer = found.rulebook.issuers.get(key)
    if issuer is None:
        known = ", ".join(sorted(found.rulebook.issuers)) or "none"
        raise InvalidInput(
            _("The rulebook in force defines no issuer {key!r}.", key=key),
            (
                FieldError(
                    ("body", "issuer"),
                    _("not an issuer of this rulebook (known: {known})", known=known),
                ),
            ),
        )
    return issuer


def _own_codes(found: RulebookInForce, jid: uuid.UUID) -> None:
    """A county that follows its prefecture's rulebook (C-ORG-3) would number its documents with
    the prefecture's issuer codes, duplicating the prefecture's numbers: it issues documents
    once it has published its own rulebook, with its own codes (409 until then)."""
    if found.owner_jurisdiction_id != jid:
        raise Conflict(
            _(
                "This jurisdiction follows the rulebook of the one above it, whose "
                "issuers and document codes are that jurisdiction's: publish this "
                "jurisdiction's own rulebook, with its own issuer codes, before "
                "drafting or signing documents."
            )
        )


async def _recipient_rows(
    session: AsyncSession,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    main: Sequence[RecipientIn],
    copies: Sequence[RecipientIn],
) -> list[DocumentRecipient]:
    """The recipients as rows with their names of today; 422 naming each one that is not an
    active member unit here, a county under this jurisdiction, or named twice."""
    given_in_order = (("main_recipients", main), ("copy_recipients", copies))
    everyone = [r for __, given in given_in_order for r in given]
    # One read for the units named and one for the jurisdictions whose names are written: the
    # counties, and this one for its leading group (a JurisdictionRef holds no name).
    units = await units_repo.get_many(
        session,
        ref.id,
        {
            r.unit_id
            for r in everyone
            if r.kind is RecipientKind.member_unit and r.unit_id is not None
        },
    )
    named = {
        r.jurisdiction_id
        for r in everyone
        if r.kind is RecipientKind.county_office and r.jurisdiction_id is not None
    }
    if any(r.kind is RecipientKind.leading_group for r in everyone):
        named.add(ref.id)
    jurisdictions = {j.id: j for j in await jurisdictions_repo.get_many(session, named)}
    errors: list[FieldError] = []
    rows: list[DocumentRecipient] = []
    listed: list[list[Recipient]] = [[], []]
    for copy, (field, given) in enumerate(given_in_order):
        for index, recipient in enumerate(given):
            location = ("body", field, index)
            name: str | None = None
            target = ref.id
            if recipient.kind is RecipientKind.leading_group:
                name = f"{jurisdictions[ref.id].name} 领导小组"
            elif recipient.kind is RecipientKind.member_unit:
                assert recipient.unit_id is not None
                unit = units.get(recipient.unit_id)
                if unit is None or not unit.is_active:
                    errors.append(FieldError((*location, "unit_id"), _("not an active unit here")))
                else:
                    name = unit.name
            else:
                assert recipient.jurisdiction_id is not None
                county = jurisdictions.get(recipient.jurisdiction_id)
                if county is None or county.parent_id != ref.id:
                    errors.append(
                        FieldError((*location, "jurisdiction_id"), _("not a county under this one"))
                    )
                else:
                    name, target = f"{county.name} 领导小组办公室", county.id
            as_domain = Recipient(recipient.kind, target, recipient.unit_id, bool(copy))
            listed[copy].append(as_domain)
            if name is not None:
                rows.append(
                    DocumentRecipient(
                        jurisdiction_id=ref.id,
                        document_id=document_id,
                        position=len(rows) + 1,
                        kind=recipient.kind.value,
                        copy=bool(copy),
                        recipient_jurisdiction_id=target,
                        unit_id=recipient.unit_id,
                        name=name,
                    )
                )
    errors.extend(domain.check_recipients(listed[0], listed[1]))
    if errors:
        raise InvalidInput(_("Some recipients cannot receive this document."), tuple(errors))
    return rows


async def create(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, now: datetime, data: DocumentCreate
) -> DocumentOut:
    issuer = await _issuer_today(session, ref, now, data.issuer)
    document_id = uuid.uuid4()
    recipients = await _recipient_rows(
        session, ref, document_id, data.main_recipients, data.copy_recipients
    )
    row = Document(
        id=document_id,
        jurisdiction_id=ref.id,
        issuer=issuer.key,
        issuer_name=issuer.name,
        issuer_code=issuer.code,
        title=data.title,
        body=data.body,
        state=DocumentState.draft.value,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    await repo.add(session, row)  # INSERT … RETURNING brings back created_at, updated_at
    await repo.add_recipients(session, recipients)
    # A new draft has the recipients just inserted, in their order, and no attachment yet.
    out = _document_out(row, recipients, [])
    await _audit(session, actor, "create", row, before=None, after=out)
    return out


async def _locked(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    act: DocumentAct,
) -> Document:
    """The document locked for ``act``: 404 to whom may not read it (as GET answers), before
    any refusal or state conflict that would tell them it exists and what state it is in."""
    row = await _readable(session, actor, ref, document_id, for_update=True)
    domain.check_act(DocumentState(row.state), act)
    return row


async def update(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    now: datetime,
    data: DocumentUpdate,
) -> DocumentOut:
    row = await _locked(session, actor, ref, document_id, DocumentAct.edit)
    changes_of(data, not_null=DocumentUpdate.model_fields)  # an explicit null is a 422
    before = await _full(session, row)
    if data.issuer is not None:
        issuer = await _issuer_today(session, ref, now, data.issuer)
        row.issuer, row.issuer_name, row.issuer_code = issuer.key, issuer.name, issuer.code
    if data.title is not None:
        row.title = data.title
    if data.body is not None:
        row.body = data.body
    if data.main_recipients is not None or data.copy_recipients is not None:
        main = data.main_recipients
        copies = data.copy_recipients
        if main is None:
            main = [_recipient_in(r) for r in before.main_recipients]
        if copies is None:
            copies = [_recipient_in(r) for r in before.copy_recipients]
        rows = await _recipient_rows(session, ref, row.id, main, copies)
        await repo.replace_recipients(session, ref.id, row.id, rows)
    await session.flush()
    await session.refresh(row)
    after = await _full(session, row)
    await _audit(session, actor, "update", row, before=before, after=after)
    return after


def _recipient_in(r: DocumentRecipientOut) -> RecipientIn:
    return RecipientIn(
        kind=r.kind,
        unit_id=r.unit_id,
        jurisdiction_id=r.jurisdiction_id if r.kind is RecipientKind.county_office else None,
    )


async def delete(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, document_id: uuid.UUID
) -> None:
    row = await _locked(session, actor, ref, document_id, DocumentAct.delete)
    before = await _full(session, row)
    await repo.remove(session, row)
    await _audit(session, actor, "delete", row, before=before, after=None)


# --- signing and voiding ----------------------------------------------------------------------


async def sign(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    now: datetime,
) -> DocumentOut:
    """Signed now by the caller, if the rulebook in force today lets them sign for the issuer
    (themselves or as entrusted, 403 naming the rule otherwise); numbered in this transaction
    from the issuer's counter for the year, so a signing that fails gives its number back."""
    row = await _locked(session, actor, ref, document_id, DocumentAct.sign)
    today = local_today(ref, now)
    judge = await judge_on(session, ref.id, today)
    _own_codes(judge.found, ref.id)
    decision = await judge.decide(Act.sign, row.issuer, actor.id)
    require(decision)
    issuer = judge.found.rulebook.issuers[row.issuer]
    recipients = await repo.recipients(session, ref.id, row.id)
    domain.check_signable(row.title, row.body, sum(not r.copy for r in recipients))
    before = await _full(session, row)

    signed_for, signed_for_name = await _delegator(session, ref.id, decision.delegation_id)
    sequence = await repo.next_sequence(session, ref.id, issuer.code, today.year)
    row.issuer_name, row.issuer_code = issuer.name, issuer.code
    row.number_year, row.number_sequence = today.year, sequence
    row.number = domain.document_number(issuer.code, today.year, sequence)
    row.state = DocumentState.signed.value
    row.signed_at, row.signed_on = now, today
    row.signed_by, row.signed_by_name = actor.id, actor.display_name
    row.signed_for, row.signed_for_name = signed_for, signed_for_name
    row.sign_delegation_id = decision.delegation_id
    row.sign_rule, row.sign_source = decision.rule, decision.source
    await session.flush()
    await session.refresh(row)
    after = await _full(session, row)
    _emit(session, EventType.document_signed, row)
    await _audit(
        session,
        actor,
        "sign",
        row,
        before=before,
        after=after,
        delegation_id=row.sign_delegation_id,
    )
    return after


async def _delegator(
    session: AsyncSession, jid: uuid.UUID, delegation_id: uuid.UUID | None
) -> tuple[uuid.UUID | None, str | None]:
    """Who entrusted the act, by the delegation the rulebook found (None: the signer's own)."""
    if delegation_id is None:
        return None, None
    delegation = await delegations_repo.get(session, jid, delegation_id)
    assert delegation is not None
    user = await users_repo.get(session, delegation.from_user_id)
    return delegation.from_user_id, user.display_name if user else None


async def void(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    now: datetime,
    data: DocumentVoid,
) -> DocumentOut:
    """作废: by someone the rulebook in force today lets sign for the document's issuer. The
    number stays the document's, shown as void; nothing else changes."""
    row = await _locked(session, actor, ref, document_id, DocumentAct.void)
    judge = await judge_on(session, ref.id, local_today(ref, now))
    decision = await judge.decide(Act.sign, row.issuer, actor.id)
    require(decision)
    before = await _full(session, row)
    row.state = DocumentState.void.value
    row.voided_at = now
    row.voided_by, row.voided_by_name = actor.id, actor.display_name
    row.void_delegation_id = decision.delegation_id
    row.void_reason = data.reason
    await session.flush()
    await session.refresh(row)
    after = await _full(session, row)
    _emit(session, EventType.document_voided, row)
    await _audit(
        session,
        actor,
        "void",
        row,
        before=before,
        after=after,
        delegation_id=decision.delegation_id,
    )
    return after


# --- reading in the jurisdiction --------------------------------------------------------------


def _oversees(actor: Actor, ref: JurisdictionRef) -> bool:
    return allows(actor, Permission.oversee_documents, ref)


async def _readable(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Document:
    row = await repo.get(session, ref.id, document_id, for_update=for_update)
    if row is None:
        raise NotFound(NOT_HERE)
    if _oversees(actor, ref):
        return row
    if row.state == DocumentState.draft or actor.kind is not ActorKind.user:
        raise NotFound(NOT_HERE)
    recipients = await repo.recipients(session, ref.id, row.id)
    if not recipients_service.of_person(recipients, actor.grants):
        raise NotFound(NOT_HERE)
    return row


async def get(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, document_id: uuid.UUID
) -> DocumentOut:
    row = await _readable(session, actor, ref, document_id)
    note_resource_version(row.row_version)
    return await _full(session, row)


def parse_recipient_filter(text: str | None) -> RecipientFilter | None:
    """``leading_group``, ``member_unit:<id>`` or ``county_office:<id>``; 422 otherwise."""
    if text is None:
        return None
    kind_text, _sep, id_text = text.partition(":")
    problem = InvalidInput(
        _("recipient is leading_group, member_unit:<unit id> or county_office:<jurisdiction id>."),
        (FieldError(("query", "recipient"), _("not a recipient")),),
    )
    try:
        kind = RecipientKind(kind_text)
        recipient_id = uuid.UUID(id_text) if id_text else None
    except ValueError:
        raise problem from None
    if (kind is RecipientKind.leading_group) != (recipient_id is None):
        raise problem
    return RecipientFilter(kind, recipient_id)


def parse_number_filter(text: str | None) -> tuple[str, int, int] | None:
    if text is None:
        return None
    parts = domain.parse_document_number(text)
    if parts is None:
        raise InvalidInput(
            _("number is a document number such as 鄂州工改办〔2019〕23号."),
            (FieldError(("query", "number"), _("not a document number")),),
        )
    return parts.code, parts.year, parts.sequence


async def list_documents(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    page: PageRequest,
    *,
    issuer: str | None,
    year: int | None,
    state: DocumentState | None,
    recipient: str | None,
    number: str | None,
    q: str | None,
    changed_since: datetime | None = None,
) -> tuple[list[DocumentSummaryOut], str | None]:
    """Those who oversee see every document; anyone else the issued ones (signed or void) of
    which they are a recipient."""
    recipient_filter = parse_recipient_filter(recipient)
    number_filter = parse_number_filter(number)
    if number_filter is not None and number_filter[2] > INTEGER_MAX:
        return [], None  # a sequence no counter reaches: no document has that number
    states = [state.value] if state is not None else None
    only_for = None
    if not _oversees(actor, ref):
        keys = recipient_keys(actor.grants)
        if actor.kind is not ActorKind.user or keys.empty or state is DocumentState.draft:
            return [], None
        only_for = keys
        states = states or [DocumentState.signed.value, DocumentState.void.value]
    rows = await repo.list_documents(
        session,
        ref.id,
        page,
        issuer=issuer,
        year=year,
        states=states,
        recipient=recipient_filter,
        number=number_filter,
        text=q,
        only_for=only_for,
        changed_since=changed_since,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.created_at, r.id])
    return [_summary(r) for r in kept], cursor


async def reads(
    session: AsyncSession, ref: JurisdictionRef, document_id: uuid.UUID, now: datetime
) -> DocumentReadsOut:
    """Per recipient: who read it as that recipient and when, and who holds its posts today and
    has not read it yet."""
    row = await repo.get(session, ref.id, document_id)
    if row is None:
        raise NotFound(NOT_HERE)
    if row.state == DocumentState.draft:
        raise Conflict(_("This document is a draft: nobody has received it yet."))
    out = await recipients_service.reads_by_recipient(
        session,
        await repo.recipients(session, ref.id, row.id),
        await repo.reads(session, ref.id, row.id),
        local_today(ref, now),
    )
    unread = [r.recipient_id for r in out if not r.read]
    return DocumentReadsOut(
        document_id=row.id,
        number=row.number or "",
        recipients=out,
        unread_recipients=unread,
        read_count=len(out) - len(unread),
        unread_count=len(unread),
    )


# --- a recipient's own view, across jurisdictions ---------------------------------------------


def _person(actor: Actor) -> None:
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("Documents are received by people; a machine client has no inbox."))


async def inbox(
    session: AsyncSession, actor: Actor, page: PageRequest, *, unread: bool | None
) -> tuple[list[DocumentInboxItemOut], str | None]:
    _person(actor)
    keys = recipient_keys(actor.grants)
    if keys.empty:
        return [], None
    rows = await repo.inbox(session, keys, actor.id, page, unread=unread)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r[0].signed_at, r[0].id])
    ids = [d.id for d, __ in kept]
    as_recipient: dict[uuid.UUID, list[DocumentRecipient]] = defaultdict(list)
    for recipient in await repo.recipients_matching(session, ids, keys):
        as_recipient[recipient.document_id].append(recipient)
    first = await repo.first_reads_of(session, actor.id, ids)
    items = []
    for document, jurisdiction_name in kept:
        assert document.number is not None
        assert document.signed_on is not None
        mine = as_recipient[document.id]
        items.append(
            DocumentInboxItemOut(
                id=document.id,
                jurisdiction_id=document.jurisdiction_id,
                jurisdiction_name=jurisdiction_name,
                issuer_name=document.issuer_name,
                number=document.number,
                title=document.title,
                state=DocumentState(document.state),
                signed_on=document.signed_on,
                received_as=recipients_service.mine(mine),
                action_expected=any(not r.copy for r in mine),
                read_at=first.get(document.id),
            )
        )
    return items, cursor


NOT_MINE = _("No such document among the caller's.")


async def _as_recipient(
    session: AsyncSession, actor: Actor, found: Document
) -> list[DocumentRecipient]:
    """The recipients of the issued document the caller is one of (404 when none)."""
    if found.state == DocumentState.draft:
        raise NotFound(NOT_MINE)
    rows = await repo.recipients(session, found.jurisdiction_id, found.id)
    mine = recipients_service.of_person(rows, actor.grants)
    if not mine:
        raise NotFound(NOT_MINE)
    return mine


async def _record_read(
    session: AsyncSession,
    actor: Actor,
    found: Document,
    mine: Sequence[DocumentRecipient],
    now: datetime,
) -> None:
    """The caller's read recorded as each recipient they are one of (签收): a later read keeps
    the first time. A GET runs in autocommit (app/db.py): this is its last statement, after
    everything that could refuse, so a refused request records nothing."""
    await repo.record_reads(
        session,
        [
            {
                "id": uuid.uuid4(),
                "jurisdiction_id": found.jurisdiction_id,
                "document_id": found.id,
                "recipient_id": r.id,
                "user_id": actor.id,
                "first_read_at": now,
            }
            for r in mine
        ],
    )


async def read_mine(
    session: AsyncSession, actor: Actor, document_id: uuid.UUID, now: datetime
) -> MyDocumentOut:
    """The document, if issued and the caller is one of its recipients (else 404), and the
    caller's read recorded once per recipient they are one of (签收): a later read keeps the
    first time."""
    _person(actor)
    found = await repo.get_any(session, document_id)
    if found is None:
        raise NotFound(NOT_MINE)
    mine = await _as_recipient(session, actor, found)
    await _record_read(session, actor, found, mine, now)
    first = await repo.first_reads_of(session, actor.id, [found.id])
    out = await _full(session, found)
    return MyDocumentOut(
        **out.model_dump(exclude={"attachments"}),
        attachments=[
            MyAttachmentOut(
                **a.model_dump(), href=f"/v1/me/documents/{found.id}/attachments/{a.id}"
            )
            for a in out.attachments
        ],
        received_as=recipients_service.mine(mine),
        action_expected=any(not r.copy for r in mine),
        read_at=first.get(found.id, now),
    )


# --- attachments (附件) ----------------------------------------------------------------------


async def attach(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    now: datetime,
    upload: UploadFile,
    *,
    max_file_bytes: int,
) -> AttachmentOut:
    """One file attached to a draft, after the others: a PDF, Word, Excel or image file by its
    content (415 otherwise), at most ``max_file_bytes`` (413), not empty (422)."""
    row = await _locked(session, actor, ref, document_id, DocumentAct.edit)
    content = await upload.read(max_file_bytes + 1)
    if len(content) > max_file_bytes:
        raise PayloadTooLarge(
            _(
                "An attachment may hold at most {max_file_bytes} bytes.",
                max_file_bytes=max_file_bytes,
            )
        )
    if not content:
        raise InvalidInput(
            _("An empty file cannot be attached."),
            (FieldError(("body", "file"), _("the file is empty")),),
        )
    found = sniff(content)
    filename = clean_filename(upload.filename, "附件")
    if found is None:
        raise UnsupportedMediaType(
            _("Only PDF, Word, Excel and image files are attached."),
            [
                {
                    "loc": ["body", "file"],
                    "msg": _("{filename}: not one of these", filename=filename),
                    "type": "type",
                }
            ],
        )
    before = await _full(session, row)
    attachment = DocumentAttachment(
        jurisdiction_id=ref.id,
        document_id=row.id,
        position=await repo.next_attachment_position(session, ref.id, row.id),
        filename=filename,
        file_type=found.value,
        media_type=found.media_type,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_at=now,
        uploaded_by=actor.id,
        content=content,
    )
    await repo.add_attachment(session, attachment)
    await _audit(session, actor, "attach", row, before=before, after=await _full(session, row))
    return _attachment_out(attachment)


async def attachment_file(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    attachment_id: uuid.UUID,
) -> DocumentAttachment:
    """The attachment with its bytes, for whoever may read the document (404 otherwise)."""
    row = await _readable(session, actor, ref, document_id)
    found = await repo.attachment(session, ref.id, row.id, attachment_id, with_content=True)
    if found is None:
        raise NotFound(_("No such attachment of this document."))
    return found


async def my_attachment_file(
    session: AsyncSession,
    actor: Actor,
    document_id: uuid.UUID,
    attachment_id: uuid.UUID,
    now: datetime,
) -> DocumentAttachment:
    """An attachment of one of the caller's documents, in whatever jurisdiction it was issued
    (404 when the caller is not one of its recipients, or no such attachment). Downloading it
    is reading the document: the read is recorded as opening it records it."""
    _person(actor)
    found = await repo.attachment_of_any(session, document_id, attachment_id)
    if found is None:
        # Whether the document exists or not: one answer for every caller it is not sent to.
        raise NotFound(_("No such attachment of a document among the caller's."))
    document, attachment = found
    mine = await _as_recipient(session, actor, document)
    await _record_read(session, actor, document, mine, now)
    return attachment


async def detach(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    attachment_id: uuid.UUID,
) -> None:
    row = await _locked(session, actor, ref, document_id, DocumentAct.edit)
    found = await repo.attachment(session, ref.id, row.id, attachment_id)
    if found is None:
        raise NotFound(_("No such attachment of this document."))
    before = await _full(session, row)
    await repo.remove_attachment(session, found)
    await _audit(session, actor, "detach", row, before=before, after=await _full(session, row))
