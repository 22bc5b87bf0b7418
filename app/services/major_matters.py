"""Major-matter reports (重大事项请示报告, CO-RPT-2): sent by a member unit or by a county's
office, consolidated and forwarded by the office (呈报), reviewed by the leader (审阅, CO-DOC-3),
or returned to the sender and sent again. Each hand-over is a history row and an audit event
in the request's transaction.

A matter is kept in the jurisdiction whose leading group received it. A county's office reads
the matters it sent upward through its own jurisdiction: the lookup reaches a matter through a
path jurisdiction P only if P received it, or P's office sent it to P's parent — never a matter
of another tree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import major_matters as domain
from app.domain.access import (
    Actor,
    JurisdictionRef,
    Permission,
    allows,
    is_major_matter_sender,
    may_read_major_matter,
)
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.events import EventType
from app.domain.major_matters import MatterAct, MatterState
from app.domain.messages import _
from app.errors import NotFound
from app.models import MajorMatter, MajorMatterEvent
from app.pagination import PageRequest, next_cursor_for
from app.repositories import major_matters as repo
from app.repositories.major_matters import MatterRow
from app.schemas.major_matters import (
    MajorMatterCreate,
    MajorMatterDetailOut,
    MajorMatterEventOut,
    MajorMatterForward,
    MajorMatterOut,
    MajorMatterRecord,
    MajorMatterResubmit,
    MajorMatterReturn,
    MajorMatterReview,
)
from app.services import audit
from app.services.common import (
    SendingRules,
    changes_of,
    parent_of,
    require,
    require_received_here,
    resolve_sender,
)
from app.services.events import emit, resource_url

Direction = Literal["received", "sent"]


SENDING = SendingRules(
    for_unit=domain.may_send_for_unit,
    upward=domain.may_send_upward,
    noun=_("matter"),
    plural=_("major matters"),
)


def _summary(row: MatterRow) -> MajorMatterOut:
    m = row.matter
    return MajorMatterOut(
        id=m.id,
        jurisdiction_id=m.jurisdiction_id,
        title=m.title,
        urgency=domain.Urgency(m.urgency),
        sender_unit_id=m.sender_unit_id,
        sender_unit_name=row.unit_name,
        sender_jurisdiction_id=m.sender_jurisdiction_id,
        sender_jurisdiction_name=row.sender_jurisdiction_name,
        submitted_by=m.submitted_by,
        submitted_by_name=m.submitted_by_name,
        submitted_at=m.submitted_at,
        state=MatterState(m.state),
        state_changed_at=m.state_changed_at,
        consolidation_id=m.consolidation_id,
        rule=domain.REPORT_RULE,
        source=domain.REPORT_SOURCE,
    )


def _record(row: MatterRow) -> MajorMatterRecord:
    return MajorMatterRecord(**_summary(row).model_dump(), body=row.matter.body)


async def _detail(session: AsyncSession, row: MatterRow) -> MajorMatterDetailOut:
    return _detail_of(row, await repo.events(session, row.matter.jurisdiction_id, row.matter.id))


def _detail_of(row: MatterRow, history: Sequence[MajorMatterEvent]) -> MajorMatterDetailOut:
    return MajorMatterDetailOut(
        **_summary(row).model_dump(),
        body=row.matter.body,
        history=[MajorMatterEventOut.model_validate(e) for e in history],
    )


async def _visible(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, matter_id: uuid.UUID
) -> tuple[MatterRow, bool]:
    """The matter reached through ``ref`` if the caller may see it (404 otherwise), and whether
    ``ref`` received it (else ``ref``'s office sent it upward)."""
    found = await repo.get(session, ref.id, parent_of(ref), matter_id)
    if found is None:
        raise NotFound(_("No such major matter here."))
    received_here = found.matter.jurisdiction_id == ref.id
    if not may_read_major_matter(actor, ref, received_here, found.matter.sender_unit_id):
        raise NotFound(_("No such major matter here."))
    return found, received_here


def _event(
    row: MajorMatter,
    act: MatterAct,
    before: MatterState | None,
    actor: Actor,
    now: datetime,
    note: str,
) -> MajorMatterEvent:
    """The hand-over's history row; moves the matter to the act's state."""
    target = domain.after(before, act) if before is not None else MatterState.submitted
    row.state = target
    row.state_changed_at = now
    row.events = (row.events or 0) + 1
    return MajorMatterEvent(
        jurisdiction_id=row.jurisdiction_id,
        matter_id=row.id,
        position=row.events,
        act=act.value,
        from_state=before.value if before is not None else None,
        to_state=target.value,
        by_user_id=actor.id,
        by_name=actor.display_name,
        at=now,
        note=note,
        # Only the forwarding says which matters went together.
        consolidation_id=row.consolidation_id if act is MatterAct.forward else None,
    )


async def _reread(session: AsyncSession, ref: JurisdictionRef, row: MajorMatter) -> MatterRow:
    found = await repo.get(session, ref.id, parent_of(ref), row.id)
    assert found is not None
    return found


# --- sending ---------------------------------------------------------------------------------


async def send(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: MajorMatterCreate,
) -> MajorMatterDetailOut:
    sender = await resolve_sender(
        session, actor, ref, unit_id=data.unit_id, to=data.to, rules=SENDING
    )
    row = MajorMatter(
        jurisdiction_id=sender.jurisdiction_id,
        title=data.title,
        body=data.body,
        urgency=data.urgency.value,
        sender_unit_id=sender.unit_id,
        sender_jurisdiction_id=sender.sender_jurisdiction_id,
        submitted_by=actor.id,
        submitted_by_name=actor.display_name,
        submitted_at=now,
        state=MatterState.submitted.value,
        state_changed_at=now,
        events=0,
    )
    row.id = uuid.uuid4()
    event = _event(row, MatterAct.submit, None, actor, now, "")
    await repo.add(session, row)
    await repo.add_events(session, [event])
    # The answer is built from the rows just inserted and the sender's name read while judging
    # the sender: nothing to read back.
    found = MatterRow(row, sender.unit_name, sender.sender_jurisdiction_name)
    await _audit(session, actor, MatterAct.submit, found, before=None)
    return _detail_of(found, [event])


# The acts callers are told of: forwarded to the leader, and the leader's review (批示).
_EVENTS = {
    MatterAct.forward: EventType.major_matter_forwarded,
    MatterAct.review: EventType.major_matter_decided,
}


async def _audit(
    session: AsyncSession,
    actor: Actor,
    act: MatterAct,
    row: MatterRow,
    *,
    before: MajorMatterRecord | None,
) -> None:
    event_type = _EVENTS.get(act)
    if event_type is not None:
        matter = row.matter
        emit(
            session,
            event_type,
            matter.jurisdiction_id,
            "major_matter",
            matter.id,
            resource_url(matter.jurisdiction_id, "major-matters", matter.id),
            {
                "title": matter.title,
                "urgency": matter.urgency,
                "state": matter.state,
                "act": act.value,
                "sender_unit_id": str(matter.sender_unit_id) if matter.sender_unit_id else None,
                "sender_jurisdiction_id": (
                    str(matter.sender_jurisdiction_id) if matter.sender_jurisdiction_id else None
                ),
            },
        )
    await audit.record(
        session,
        actor,
        action=f"major_matter.{act.value}",
        entity_type="major_matter",
        entity_id=row.matter.id,
        jurisdiction_id=row.matter.jurisdiction_id,
        before=before,
        after=_record(row),
    )


# --- reading ---------------------------------------------------------------------------------


async def get_matter(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, matter_id: uuid.UUID
) -> MajorMatterDetailOut:
    found, __ = await _visible(session, actor, ref, matter_id)
    return await _detail(session, found)


async def list_matters(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    page: PageRequest,
    *,
    direction: Direction,
    state: MatterState | None,
    urgency: domain.Urgency | None,
    consolidation_id: uuid.UUID | None,
) -> tuple[list[MajorMatterOut], str | None]:
    """Received: all of them for those who read all, a unit's people their units'; sent: what
    this jurisdiction's office sent upward, for its office (here or above). Anyone else who sees
    the jurisdiction gets an empty page, as with submissions."""
    filters = repo.Filters(
        state=state.value if state else None,
        urgency=urgency.value if urgency else None,
        consolidation_id=consolidation_id,
    )
    if direction == "sent":
        parent = parent_of(ref)
        if parent is None or not allows(actor, Permission.read_sent_major_matters, ref):
            return [], None
        rows = await repo.list_matters(
            session, parent, page, filters, sender_jurisdiction_id=ref.id
        )
    else:
        only_units = None
        if not allows(actor, Permission.read_received_major_matters, ref):
            only_units = actor.units_in(ref.id)
            if not only_units:
                return [], None
        rows = await repo.list_matters(session, ref.id, page, filters, only_units=only_units)
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.matter.submitted_at, r.matter.id])
    return [_summary(r) for r in kept], cursor


# --- hand-overs ------------------------------------------------------------------------------


async def forward(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    matter_id: uuid.UUID,
    data: MajorMatterForward,
    now: datetime,
) -> MajorMatterDetailOut:
    """The office forwards the matter to the leader (呈报), with others consolidated into it."""
    _row, received_here = await _visible(session, actor, ref, matter_id)
    require_received_here(
        received_here,
        noun=_("matter"),
        rule=domain.REPORT_RULE,
        source=domain.REPORT_SOURCE,
        what=_("its office forwards it, not the sender's"),
    )
    errors = domain.check_consolidation(matter_id, data.consolidated_with)
    if errors:
        raise InvalidInput(_("The matters to forward together are listed wrongly."), tuple(errors))
    ids = [matter_id, *data.consolidated_with]
    locked = {row.id: row for row in await repo.lock(session, ref.id, ids)}
    missing = [
        FieldError(("body", "consolidated_with", index), _("no such major matter received here"))
        for index, other in enumerate(data.consolidated_with)
        if other not in locked
    ]
    if missing:
        raise InvalidInput(_("Only matters received here are forwarded together."), tuple(missing))
    for other in ids:
        try:
            domain.after(MatterState(locked[other].state), MatterAct.forward)
        except StateConflict as exc:
            if other == matter_id:
                raise
            raise StateConflict(
                _(
                    "{matter} (listed in consolidated_with): {detail}",
                    matter=other,
                    detail=exc.detail,
                )
            ) from exc
    consolidation_id = uuid.uuid4()
    befores = {}
    for other in ids:
        row = locked[other]
        befores[other] = _record(await _reread(session, ref, row))
        row.consolidation_id = consolidation_id
    events = [
        _event(
            locked[other],
            MatterAct.forward,
            MatterState(locked[other].state),
            actor,
            now,
            data.note,
        )
        for other in ids
    ]
    await repo.add_events(session, events)
    for other in ids:
        await _audit(
            session,
            actor,
            MatterAct.forward,
            await _reread(session, ref, locked[other]),
            before=befores[other],
        )
    return await _detail(session, await _reread(session, ref, locked[matter_id]))


async def _act(
    session: AsyncSession,
    actor: Actor,
    found: MatterRow,
    act: MatterAct,
    now: datetime,
    note: str,
) -> MajorMatterRecord:
    """Lock the matter, move it by ``act`` (409 when its state does not allow it) and add the
    hand-over to its history; the caller has been judged already. Answers the matter before."""
    (row,) = await repo.lock(session, found.matter.jurisdiction_id, [found.matter.id])
    before = _record(found._replace(matter=row))
    event = _event(row, act, MatterState(row.state), actor, now, note)
    await repo.add_events(session, [event])
    return before


async def review(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    matter_id: uuid.UUID,
    data: MajorMatterReview,
    now: datetime,
) -> MajorMatterDetailOut:
    """The leader reviews a forwarded matter with instructions (批示, CO-DOC-3)."""
    found, received_here = await _visible(session, actor, ref, matter_id)
    require_received_here(
        received_here,
        noun=_("matter"),
        rule=domain.REVIEW_RULE,
        source=domain.REVIEW_SOURCE,
        what=_("the leader of the leading group that received it reviews it"),
    )
    return await _finish(session, actor, ref, found, MatterAct.review, now, data.comment)


async def return_matter(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    matter_id: uuid.UUID,
    data: MajorMatterReturn,
    now: datetime,
) -> MajorMatterDetailOut:
    """The office returns a matter it holds to its sender, with the reason."""
    found, received_here = await _visible(session, actor, ref, matter_id)
    require_received_here(
        received_here,
        noun=_("matter"),
        rule=domain.REPORT_RULE,
        source=domain.REPORT_SOURCE,
        what=_("the office of the leading group that received it returns it"),
    )
    return await _finish(session, actor, ref, found, MatterAct.return_, now, data.reason)


async def resubmit(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    matter_id: uuid.UUID,
    data: MajorMatterResubmit,
    now: datetime,
) -> MajorMatterDetailOut:
    """The sender sends a returned matter again, amended."""
    found, received_here = await _visible(session, actor, ref, matter_id)
    sender = is_major_matter_sender(actor, ref, received_here, found.matter.sender_unit_id)
    require(domain.may_resend(sender))
    changes_of(data, not_null=("title", "urgency"))  # left out: unchanged; null is a 422
    before = await _act(session, actor, found, MatterAct.resubmit, now, data.note)
    row = found.matter
    row.body = data.body
    if data.title is not None:
        row.title = data.title
    if data.urgency is not None:
        row.urgency = data.urgency.value
    await session.flush()
    after = await _reread(session, ref, row)
    await _audit(session, actor, MatterAct.resubmit, after, before=before)
    return await _detail(session, after)


async def _finish(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    found: MatterRow,
    act: MatterAct,
    now: datetime,
    note: str,
) -> MajorMatterDetailOut:
    before = await _act(session, actor, found, act, now, note)
    await session.flush()
    after = await _reread(session, ref, found.matter)
    await _audit(session, actor, act, after, before=before)
    return await _detail(session, after)
