"""Incoming documents (呈批/报备, CO-DOC-3): a member unit, or a county's office upward, sends a
document to the leading group or its office for approval or filing; it goes through the office,
which decides an ordinary one addressed to it or submits it on (呈批) to the leadership, and a
major matter goes on to the leader. Each hand-over is a history row and an audit event in the
request's transaction.

A document is kept in the jurisdiction whose leading group received it. A county's office reads
what it sent upward through its own jurisdiction, as with major matters
(app.repositories.common.reached_through): never a document of another tree.

Every hand-over is judged in this order: visible to the caller (404), received through this
path (403: the sending county only follows it), fitting the document's purpose (422: approving
a filing, filing a request), allowed in its state (409), then allowed to the caller by CO-DOC-3
(403 naming the rule).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import documents as domain
from app.domain.access import (
    Actor,
    JurisdictionRef,
    Permission,
    allows,
    may_read_incoming_document,
)
from app.domain.documents import IncomingAct, IncomingAddressee, IncomingPurpose, IncomingState
from app.domain.events import EventType
from app.domain.messages import _
from app.errors import NotFound
from app.models import IncomingDocument, IncomingDocumentEvent
from app.pagination import PageRequest, next_cursor_for
from app.repositories import incoming_documents as repo
from app.repositories.incoming_documents import DocumentRow
from app.schemas.incoming_documents import (
    IncomingDocumentCreate,
    IncomingDocumentDetailOut,
    IncomingDocumentEventOut,
    IncomingDocumentOut,
    IncomingDocumentRecord,
)
from app.services import audit
from app.services.common import (
    SendingRules,
    parent_of,
    require,
    require_received_here,
    resolve_sender,
)
from app.services.events import emit, resource_url

Direction = Literal["received", "sent"]

SENDING = SendingRules(
    for_unit=domain.may_send_incoming_for_unit,
    upward=domain.may_send_incoming_upward,
    noun=_("document"),
    plural=_("documents for approval or filing"),
)


def _summary(row: DocumentRow) -> IncomingDocumentOut:
    d = row.document
    addressee = IncomingAddressee(d.addressee)
    return IncomingDocumentOut(
        id=d.id,
        jurisdiction_id=d.jurisdiction_id,
        title=d.title,
        purpose=IncomingPurpose(d.purpose),
        addressee=addressee,
        is_major=d.is_major,
        needs_leadership=domain.needs_leadership(addressee, d.is_major),
        sender_number=d.sender_number,
        sender_unit_id=d.sender_unit_id,
        sender_unit_name=row.unit_name,
        sender_jurisdiction_id=d.sender_jurisdiction_id,
        sender_jurisdiction_name=row.sender_jurisdiction_name,
        submitted_by=d.submitted_by,
        submitted_by_name=d.submitted_by_name,
        submitted_at=d.submitted_at,
        state=IncomingState(d.state),
        state_changed_at=d.state_changed_at,
        rule=domain.ROUTING_RULE,
        source=domain.ROUTING_SOURCE,
    )


def _record(row: DocumentRow) -> IncomingDocumentRecord:
    return IncomingDocumentRecord(**_summary(row).model_dump(), body=row.document.body)


async def _detail(session: AsyncSession, row: DocumentRow) -> IncomingDocumentDetailOut:
    return _detail_of(
        row, await repo.events(session, row.document.jurisdiction_id, row.document.id)
    )


def _detail_of(
    row: DocumentRow, history: Sequence[IncomingDocumentEvent]
) -> IncomingDocumentDetailOut:
    return IncomingDocumentDetailOut(
        **_record(row).model_dump(),
        history=[IncomingDocumentEventOut.model_validate(e) for e in history],
    )


async def _visible(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, document_id: uuid.UUID
) -> tuple[DocumentRow, bool]:
    """The document reached through ``ref`` if the caller may see it (404 otherwise), and
    whether ``ref`` received it (else ``ref``'s office sent it upward)."""
    found = await repo.get(session, ref.id, parent_of(ref), document_id)
    if found is None:
        raise NotFound(_("No such incoming document here."))
    received_here = found.document.jurisdiction_id == ref.id
    sender_unit = found.document.sender_unit_id
    if not may_read_incoming_document(actor, ref, received_here, sender_unit):
        raise NotFound(_("No such incoming document here."))
    return found, received_here


async def _reread(
    session: AsyncSession, ref: JurisdictionRef, document_id: uuid.UUID
) -> DocumentRow:
    found = await repo.get(session, ref.id, parent_of(ref), document_id)
    assert found is not None
    return found


def _event(
    row: IncomingDocument,
    act: IncomingAct,
    before: IncomingState | None,
    target: IncomingState,
    actor: Actor,
    now: datetime,
    note: str,
) -> IncomingDocumentEvent:
    """The hand-over's history row; moves the document to ``target``."""
    row.state = target.value
    row.state_changed_at = now
    row.events = (row.events or 0) + 1
    return IncomingDocumentEvent(
        jurisdiction_id=row.jurisdiction_id,
        document_id=row.id,
        position=row.events,
        act=act.value,
        from_state=before.value if before is not None else None,
        to_state=target.value,
        by_user_id=actor.id,
        by_name=actor.display_name,
        at=now,
        note=note,
    )


# The acts callers are told of: submitted on to the leader (呈批), and the decisions that end a
# document's way (approved, filed, returned).
_EVENTS = {
    IncomingAct.forward: EventType.incoming_document_forwarded,
    IncomingAct.approve: EventType.incoming_document_decided,
    IncomingAct.file: EventType.incoming_document_decided,
    IncomingAct.return_: EventType.incoming_document_decided,
}


async def _audit(
    session: AsyncSession,
    actor: Actor,
    act: IncomingAct,
    row: DocumentRow,
    *,
    before: IncomingDocumentRecord | None,
) -> None:
    event_type = _EVENTS.get(act)
    if event_type is not None:
        document = row.document
        emit(
            session,
            event_type,
            document.jurisdiction_id,
            "incoming_document",
            document.id,
            resource_url(document.jurisdiction_id, "incoming-documents", document.id),
            {
                "title": document.title,
                "purpose": document.purpose,
                "state": document.state,
                "act": act.value,
            },
        )
    await audit.record(
        session,
        actor,
        action=f"incoming_document.{act.value}",
        entity_type="incoming_document",
        entity_id=row.document.id,
        jurisdiction_id=row.document.jurisdiction_id,
        before=before,
        after=_record(row),
    )


# --- sending ---------------------------------------------------------------------------------


async def send(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: IncomingDocumentCreate,
) -> IncomingDocumentDetailOut:
    """A unit of ``ref`` sends to ``ref``'s leading group or office, or ``ref``'s office sends
    to the one above; it is received by the office (with_office), by the server's clock."""
    sender = await resolve_sender(
        session, actor, ref, unit_id=data.unit_id, to=data.to, rules=SENDING
    )
    row = IncomingDocument(
        id=uuid.uuid4(),
        jurisdiction_id=sender.jurisdiction_id,
        title=data.title,
        body=data.body,
        purpose=data.purpose.value,
        addressee=data.addressee.value,
        is_major=data.is_major,
        sender_number=data.sender_number,
        sender_unit_id=sender.unit_id,
        sender_jurisdiction_id=sender.sender_jurisdiction_id,
        submitted_by=actor.id,
        submitted_by_name=actor.display_name,
        submitted_at=now,
        state=IncomingState.with_office.value,
        state_changed_at=now,
        events=0,
    )
    event = _event(row, IncomingAct.submit, None, IncomingState.with_office, actor, now, "")
    await repo.add(session, row)
    await repo.add_event(session, event)
    # The answer is built from the rows just inserted and the sender's name read while judging
    # the sender: nothing to read back.
    found = DocumentRow(row, sender.unit_name, sender.sender_jurisdiction_name)
    await _audit(session, actor, IncomingAct.submit, found, before=None)
    return _detail_of(found, [event])


# --- reading ---------------------------------------------------------------------------------


async def get_document(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, document_id: uuid.UUID
) -> IncomingDocumentDetailOut:
    found, __ = await _visible(session, actor, ref, document_id)
    return await _detail(session, found)


async def list_documents(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    page: PageRequest,
    *,
    direction: Direction,
    state: IncomingState | None,
    purpose: IncomingPurpose | None,
    is_major: bool | None,
    unit_id: uuid.UUID | None,
) -> tuple[list[IncomingDocumentOut], str | None]:
    """Received: all of them for those who read all, a unit's people their units'; sent: what
    this jurisdiction's office sent upward, for its office (here or above). Anyone else who sees
    the jurisdiction gets an empty page, as with major matters."""
    filters = repo.Filters(
        state=state.value if state else None,
        purpose=purpose.value if purpose else None,
        is_major=is_major,
        unit_id=unit_id,
    )
    if direction == "sent":
        parent = parent_of(ref)
        if parent is None or not allows(actor, Permission.read_sent_incoming_documents, ref):
            return [], None
        rows = await repo.list_documents(
            session, parent, page, filters, sender_jurisdiction_id=ref.id
        )
    else:
        only_units = None
        if not allows(actor, Permission.read_received_incoming_documents, ref):
            only_units = actor.units_in(ref.id)
            if not only_units:
                return [], None
        rows = await repo.list_documents(session, ref.id, page, filters, only_units=only_units)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.document.submitted_at, r.document.id])
    return [_summary(r) for r in kept], cursor


# --- hand-overs ------------------------------------------------------------------------------

_WHO_ACTS: dict[IncomingAct, str] = {
    IncomingAct.forward: _("the office of the leading group that received it submits it on"),
    IncomingAct.approve: _("the leading group that received it decides it"),
    IncomingAct.file: _("the leading group that received it files it"),
    IncomingAct.return_: _("the leading group that received it returns it"),
}


async def hand_over(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    document_id: uuid.UUID,
    act: IncomingAct,
    now: datetime,
    note: str,
) -> IncomingDocumentDetailOut:
    """Submit on (呈批), approve, file or return a document received here, with its note."""
    found, received_here = await _visible(session, actor, ref, document_id)
    require_received_here(
        received_here,
        noun=_("document"),
        rule=domain.ROUTING_RULE,
        source=domain.ROUTING_SOURCE,
        what=_WHO_ACTS[act],
    )
    row = await repo.lock(session, found.document.jurisdiction_id, found.document.id)
    assert row is not None  # incoming documents are never deleted
    before_record = _record(found._replace(document=row))
    before = IncomingState(row.state)
    target = domain.incoming_after(before, act, IncomingPurpose(row.purpose))
    require(
        domain.may_handle_incoming(
            act,
            before,
            IncomingAddressee(row.addressee),
            row.is_major,
            levels=actor.levels_in(row.jurisdiction_id),
            capabilities=actor.capabilities_in(row.jurisdiction_id),
        )
    )
    await repo.add_event(session, _event(row, act, before, target, actor, now, note))
    after = await _reread(session, ref, row.id)
    await _audit(session, actor, act, after, before=before_record)
    return await _detail(session, after)
