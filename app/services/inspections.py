"""Inspections (督导检查, CO-SUP-1): the office plans an inspection of member units and counties,
records it as held, records its findings (problem, cause, proposed handling, responsible unit or
county, rectification deadline in working days); the unit — or the county's office — answers with
its rectification and evidence files; the office accepts the answer or sends it back; it links a
finding to the supervision notices, public notices and tasks it led to. The regular evaluation
(定期评估) lists every inspection and finding of a period with its status and what it led to.

Who: the office writes (the same authority that supervises tasks: Permission.manage_tasks); the
responsible unit's people answer (a 403 naming CO-SUP-1 for anyone else who sees the finding).
Visibility is that of supervision notices (may_read_unit_record): whoever reads the whole task
breakdown — the office here or above, the leadership, read clients, admins — sees everything; a
unit's people see the inspections of their unit (in scope, or with a finding it answers for) and
their unit's findings only; others are answered 404. Of a finding's links, a unit's people see
those whose target they read (app.domain.inspections.link_readable); the audit trail records
them all.

A county's finding is kept with its inspection, in the inspecting jurisdiction (as the major
matters a county's office sends up are kept in its parent), and reached through the county's own
jurisdiction too: there the parent's inspections whose scope names the county, and their findings
for it, are read by Permission.read_inspections_from_above (the county's office, the office above,
read clients of the county or above, admins), and the county's office answers them. Through that
path nobody plans, records or reviews (403 naming CO-SUP-1: the inspecting office does, at home),
and no link is shown to whoever does not read the inspecting jurisdiction's records. At the
inspecting jurisdiction a county's finding is read as the whole task breakdown is: never by a
unit's people.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain import inspections as domain
from app.domain import tasks as tasks_domain
from app.domain.access import (
    Actor,
    JurisdictionRef,
    Permission,
    allows,
    may_read_unit_record,
    unit_records_only,
)
from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown, add_working_days
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.events import EventType
from app.domain.inspections import (
    FindingAct,
    FindingLinkKind,
    FindingReviewOutcome,
    FindingState,
    InspectionAct,
    InspectionState,
)
from app.domain.messages import _
from app.errors import NotFound
from app.files import clean_filename
from app.models import (
    FindingAnswer,
    FindingEvidenceFile,
    FindingLink,
    Inspection,
    InspectionFinding,
)
from app.pagination import PageRequest, next_cursor_for
from app.repositories import inspections as repo
from app.repositories import tasks as tasks_repo
from app.repositories.inspections import (
    FindingFilter,
    FindingRow,
    InspectionFilter,
    LinkRemoval,
    LinkRow,
    LinkTarget,
    ListedFinding,
)
from app.schemas.calendar import CalendarPage
from app.schemas.inspections import (
    CountyRef,
    EvaluationInspection,
    EvaluationOut,
    EvaluationTotals,
    FindingAnswerOut,
    FindingCreate,
    FindingLinkCreate,
    FindingLinkOut,
    FindingOut,
    FindingReviewOut,
    InspectionCreate,
    InspectionHeld,
    InspectionOut,
    InspectionPatch,
)
from app.schemas.tasks import UnitRef
from app.services import audit
from app.services.calendar import load_calendar, use_of
from app.services.common import changes_of, local_today, parent_of, require
from app.services.events import emit, resource_url
from app.services.task_progress import evidence_out, read_evidence

NOT_HERE = _("No such inspection in this jurisdiction.")
FINDING_NOT_HERE = _("No such finding of this inspection.")
LINK_NOT_HERE = _("No such link of this finding.")
EVIDENCE_FIELD = "evidence"
ANSWER_FIELDS = frozenset({"text", EVIDENCE_FIELD})

# Whose inspections a list shows: this office's own, or — read through a county — those the
# office directly above plans or held of it.
InspectedBy = Literal["here", "parent"]


def _parent_ref(ref: JurisdictionRef) -> JurisdictionRef | None:
    parent = parent_of(ref)
    if parent is None:
        return None
    return JurisdictionRef(id=parent, ancestor_ids=ref.ancestor_ids[:-1], time_zone=ref.time_zone)


def _reads_from_above(actor: Actor, ref: JurisdictionRef) -> bool:
    return allows(actor, Permission.read_inspections_from_above, ref)


def parties(
    unit_id: uuid.UUID | None, county_id: uuid.UUID | None, name: str
) -> tuple[UnitRef | None, CountyRef | None]:
    """A finding's (or an answer's) responsible unit and county, the one it names; ``name``:
    that one's."""
    return (
        UnitRef(id=unit_id, name=name) if unit_id is not None else None,
        CountyRef(id=county_id, name=name) if county_id is not None else None,
    )


def responsible_payload(unit: UnitRef | None, county: CountyRef | None) -> dict[str, Any]:
    """A finding's responsible party in an event's payload: its unit or its county, the other
    null (the scheduler's finding.overdue says it as the finding's own events do)."""

    def party(named: UnitRef | CountyRef | None) -> dict[str, str] | None:
        return {"id": str(named.id), "name": named.name} if named is not None else None

    return {"unit": party(unit), "county": party(county)}


# --- views --------------------------------------------------------------------------------------


def _inspection_out(
    row: Inspection, units: dict[uuid.UUID, str], counties: dict[uuid.UUID, str]
) -> InspectionOut:
    return InspectionOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        title=row.title,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        units=[UnitRef(id=u, name=units.get(u, "")) for u in row.unit_ids],
        counties=[CountyRef(id=c, name=counties.get(c, "")) for c in row.county_ids],
        inspectors=list(row.inspectors),
        plan=row.plan,
        state=InspectionState(row.state),
        held_on=row.held_on,
        summary=row.summary,
        held_by=row.held_by,
        held_by_name=row.held_by_name,
        created_by=row.created_by,
        created_by_name=row.created_by_name,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _inspection_outs(
    session: AsyncSession, jid: uuid.UUID, rows: Sequence[Inspection]
) -> list[InspectionOut]:
    units, counties = await repo.scope_names(
        session,
        jid,
        {u for row in rows for u in row.unit_ids},
        {c for row in rows for c in row.county_ids},
    )
    return [_inspection_out(row, units, counties) for row in rows]


def _answer_out(
    row: FindingAnswer, responsible_name: str, files: Sequence[FindingEvidenceFile]
) -> FindingAnswerOut:
    review = None
    if row.review_outcome is not None:
        assert row.reviewed_by is not None
        assert row.reviewed_at is not None
        assert row.reviewed_on is not None
        review = FindingReviewOut(
            outcome=FindingReviewOutcome(row.review_outcome),
            by=row.reviewed_by,
            by_name=row.reviewed_by_name or "",
            at=row.reviewed_at,
            on=row.reviewed_on,
            note=row.review_note,
        )
    unit, county = parties(row.unit_id, row.county_id, responsible_name)
    return FindingAnswerOut(
        id=row.id,
        finding_id=row.finding_id,
        unit=unit,
        county=county,
        text=row.text,
        answered_on=row.answered_on,
        created_at=row.created_at,
        author_id=row.author_id,
        author_name=row.author_name,
        evidence=[evidence_out(f) for f in files],
        review=review,
    )


def _link_label(target: LinkTarget) -> str:
    """A task by its code and title; a supervision notice by its task's and its day; a public
    notice by its title."""
    if target.kind is FindingLinkKind.public_notice:
        return target.title or ""
    label = f"{target.task_code} {target.task_title}"
    if target.kind is FindingLinkKind.supervision_notice and target.issued_on is not None:
        label += f" ({target.issued_on.isoformat()})"
    return label


_LINK_PATHS = {
    FindingLinkKind.supervision_notice: "supervision-notices",
    FindingLinkKind.public_notice: "public-notices",
    FindingLinkKind.task: "tasks",
}


def _link_out(jid: uuid.UUID, row: LinkRow) -> FindingLinkOut:
    target = row.target
    return FindingLinkOut(
        id=row.id,
        kind=target.kind,
        target_id=target.id,
        label=_link_label(target),
        url=resource_url(jid, _LINK_PATHS[target.kind], target.id),
        linked_on=row.linked_on,
        linked_by=row.created_by,
        linked_by_name=row.created_by_name,
        created_at=row.created_at,
    )


class Readers(NamedTuple):
    """Whom a finding is shown to, for its links (app.domain.inspections.link_readable):
    ``units`` None for whoever reads every unit's records (and for the audit trail, which records
    them all), else the units the caller holds posts for; ``inspecting`` false for a county's
    office reading its finding through its own jurisdiction, which reads none of the targets."""

    units: frozenset[uuid.UUID] | None
    inspecting: bool = True

    def read(self, link: LinkRow) -> bool:
        return domain.link_readable(
            link.target.kind,
            link.target.unit_ids,
            self.units,
            reads_inspecting_jurisdiction=self.inspecting,
        )


EVERY_LINK = Readers(None)
NO_LINK = Readers(frozenset(), inspecting=False)


def _readers(actor: Actor, ref: JurisdictionRef, jurisdiction_id: uuid.UUID) -> Readers:
    """The caller, for the links of a finding of ``jurisdiction_id`` reached through ``ref``:
    there, as unit_records_only says; through a county (the finding is its parent's), every link
    for whoever reads all of the parent's task records, none for the others (its office)."""
    if jurisdiction_id == ref.id:
        return Readers(unit_records_only(actor, ref))
    parent = _parent_ref(ref)
    if parent is not None and unit_records_only(actor, parent) is None:
        return EVERY_LINK
    return NO_LINK


def _finding_out(
    row: InspectionFinding,
    responsible_name: str,
    answers: Sequence[FindingAnswer],
    files: dict[uuid.UUID, list[FindingEvidenceFile]],
    links: Sequence[LinkRow],
    readers: Readers,
    calendar: ArrangementCalendar,
    today: date,
) -> FindingOut:
    own = calendar.noting()
    late = domain.overdue_working_days(own, row.recorded_on, row.due_on, row.rectified_on, today)
    unit, county = parties(row.unit_id, row.county_id, responsible_name)
    return FindingOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        inspection_id=row.inspection_id,
        unit=unit,
        county=county,
        problem=row.problem,
        cause=row.cause,
        handling=row.handling,
        recorded_on=row.recorded_on,
        rectify_within_working_days=row.working_days,
        due_on=row.due_on,
        state=FindingState(row.state),
        rectified_on=row.rectified_on,
        rectified_late=domain.rectified_late(row.due_on, row.rectified_on),
        overdue=late > 0,
        overdue_working_days=late,
        answers=[_answer_out(a, responsible_name, files.get(a.id, [])) for a in answers],
        links=[_link_out(row.jurisdiction_id, link) for link in links if readers.read(link)],
        created_by=row.created_by,
        created_by_name=row.created_by_name,
        created_at=row.created_at,
        calendar=use_of(own),
    )


async def _finding_outs(
    session: AsyncSession,
    jid: uuid.UUID,
    rows: Sequence[ListedFinding],
    readers: Readers,
    calendar: ArrangementCalendar,
    today: date,
) -> list[FindingOut]:
    """``rows``: findings of ``jid``'s inspections."""
    answers, files = await repo.answers_of(session, jid, [row.finding.id for row in rows])
    return [
        _finding_out(
            row.finding,
            row.responsible_name,
            answers.get(row.finding.id, []),
            files,
            row.links,
            readers,
            calendar,
            today,
        )
        for row in rows
    ]


async def _audit(
    session: AsyncSession,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID,
    jid: uuid.UUID,
    before: InspectionOut | FindingOut | None,
    after: InspectionOut | FindingOut,
) -> None:
    await audit.record(
        session,
        actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        jurisdiction_id=jid,
        before=before,
        after=after,
    )


def _emit_finding(session: AsyncSession, event_type: EventType, out: FindingOut) -> None:
    emit(
        session,
        event_type,
        out.jurisdiction_id,
        "inspection_finding",
        out.id,
        f"{resource_url(out.jurisdiction_id, 'inspections', out.inspection_id)}/findings/{out.id}",
        {
            "inspection_id": str(out.inspection_id),
            **responsible_payload(out.unit, out.county),
            "state": out.state.value,
            "due_on": out.due_on.isoformat(),
            "rectified_on": out.rectified_on.isoformat() if out.rectified_on else None,
        },
    )


# --- inspections --------------------------------------------------------------------------------


def _duplicates(field: str, ids: Sequence[uuid.UUID]) -> list[FieldError]:
    seen: set[uuid.UUID] = set()
    errors = []
    for index, value in enumerate(ids):
        if value in seen:
            errors.append(FieldError(("body", field, index), _("named twice")))
        seen.add(value)
    return errors


Names = tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]


async def _scope(
    session: AsyncSession,
    jid: uuid.UUID,
    unit_ids: list[uuid.UUID],
    county_ids: list[uuid.UUID],
    also: Inspection | None = None,
) -> Names:
    """The names of a scope whose units are member units here and whose counties are directly
    below, each named once (422 naming each that is not); with ``also``'s names, read in the
    same statement (the plan before a change)."""
    domain.check_scope(unit_ids, county_ids)
    units, counties = await repo.scope_names(
        session,
        jid,
        {*unit_ids, *(also.unit_ids if also else ())},
        {*county_ids, *(also.county_ids if also else ())},
    )
    errors = _duplicates("unit_ids", unit_ids) + _duplicates("county_ids", county_ids)
    errors += [
        FieldError(("body", "unit_ids", i), _("not a member unit of this jurisdiction"))
        for i, u in enumerate(unit_ids)
        if u not in units
    ]
    errors += [
        FieldError(("body", "county_ids", i), _("not a jurisdiction directly below this one"))
        for i, c in enumerate(county_ids)
        if c not in counties
    ]
    if errors:
        raise InvalidInput(
            _("The inspection's scope names units or counties not here."), tuple(errors)
        )
    return units, counties


async def _names(session: AsyncSession, row: Inspection) -> Names:
    return await repo.scope_names(session, row.jurisdiction_id, row.unit_ids, row.county_ids)


async def _visible(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Inspection:
    """An inspection the caller sees (404 otherwise): one of this jurisdiction, or — read
    through a county — one of the office above whose scope names the county."""
    row = await repo.get_inspection(
        session, ref.id, inspection_id, parent=parent_of(ref), for_update=for_update
    )
    if row is None:
        raise NotFound(NOT_HERE)
    if row.jurisdiction_id != ref.id:
        if not _reads_from_above(actor, ref):
            raise NotFound(NOT_HERE)
        return row
    only = unit_records_only(actor, ref)
    if only is not None and only.isdisjoint(row.unit_ids):
        mine = await repo.findings(session, ref.id, [row.id], only, FindingFilter(), date.min)
        if not mine:
            raise NotFound(NOT_HERE)
    return row


def _require_inspecting_office(ref: JurisdictionRef, jurisdiction_id: uuid.UUID) -> None:
    """Plans, records and reviews are the inspecting office's, at home: through the inspected
    county's path the county only reads and answers (403 naming CO-SUP-1)."""
    require(domain.judge_inspecting_office(jurisdiction_id == ref.id))


async def create(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    data: InspectionCreate,
) -> InspectionOut:
    """The office plans an inspection (CO-SUP-1)."""
    ends_on = data.ends_on or data.starts_on
    domain.check_dates(data.starts_on, ends_on)
    names = await _scope(session, ref.id, data.unit_ids, data.county_ids)
    row = Inspection(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        title=data.title,
        starts_on=data.starts_on,
        ends_on=ends_on,
        unit_ids=list(data.unit_ids),
        county_ids=list(data.county_ids),
        inspectors=list(data.inspectors),
        plan=data.plan,
        state=InspectionState.planned.value,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    await repo.add(session, [row])
    out = _inspection_out(row, *names)
    await _audit(session, actor, "inspection.plan", "inspection", row.id, ref.id, None, out)
    return out


async def list_inspections(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    f: InspectionFilter,
    paging: PageRequest,
    by: InspectedBy = "here",
) -> tuple[list[InspectionOut], str | None]:
    """This office's inspections the caller sees; ``by`` parent: those the office directly above
    plans or held of this jurisdiction, for whoever reads them (anyone else: an empty page)."""
    if by == "parent":
        parent = parent_of(ref)
        if parent is None or not _reads_from_above(actor, ref):
            return [], None
        rows = await repo.inspection_page(session, parent, None, f, paging, of_county=ref.id)
        jid = parent
    else:
        rows = await repo.inspection_page(session, ref.id, unit_records_only(actor, ref), f, paging)
        jid = ref.id
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r.starts_on, r.id))
    return await _inspection_outs(session, jid, kept), cursor


async def get_inspection(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, inspection_id: uuid.UUID
) -> InspectionOut:
    row = await _visible(session, actor, ref, inspection_id)
    (out,) = await _inspection_outs(session, row.jurisdiction_id, [row])
    return out


async def amend(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    data: InspectionPatch,
) -> InspectionOut:
    """The plan changes while the inspection is planned; a held one is a record (409)."""
    row = await _visible(session, actor, ref, inspection_id, for_update=True)
    _require_inspecting_office(ref, row.jurisdiction_id)
    domain.check_inspection_act(InspectionState(row.state), InspectionAct.amend)
    changes_of(data, not_null=type(data).model_fields)
    unit_ids = data.unit_ids if data.unit_ids is not None else list(row.unit_ids)
    county_ids = data.county_ids if data.county_ids is not None else list(row.county_ids)
    if data.unit_ids is not None or data.county_ids is not None:
        names = await _scope(session, ref.id, unit_ids, county_ids, also=row)
    else:
        names = await _names(session, row)
    before = _inspection_out(row, *names)
    starts_on = data.starts_on or row.starts_on
    ends_on = data.ends_on or (starts_on if data.starts_on and row.ends_on < starts_on else None)
    domain.check_dates(starts_on, ends_on or row.ends_on)
    row.title = data.title or row.title
    row.starts_on = starts_on
    row.ends_on = ends_on or row.ends_on
    row.unit_ids = unit_ids
    row.county_ids = county_ids
    if data.inspectors is not None:
        row.inspectors = list(data.inspectors)
    if data.plan is not None:
        row.plan = data.plan
    await session.flush()
    after = _inspection_out(row, *names)
    await _audit(session, actor, "inspection.amend", "inspection", row.id, ref.id, before, after)
    return after


async def hold(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    now: datetime,
    data: InspectionHeld,
) -> InspectionOut:
    """Record a planned inspection as held (CO-SUP-1): its findings may then be recorded."""
    row = await _visible(session, actor, ref, inspection_id, for_update=True)
    _require_inspecting_office(ref, row.jurisdiction_id)
    domain.check_inspection_act(InspectionState(row.state), InspectionAct.hold)
    today = local_today(ref, now)
    held_on = data.held_on or today
    domain.check_held_on(row.starts_on, held_on, today)
    names = await _names(session, row)
    before = _inspection_out(row, *names)
    row.state = InspectionState.held.value
    row.held_on = held_on
    row.summary = data.summary
    row.held_by = actor.id
    row.held_by_name = actor.display_name
    await session.flush()
    after = _inspection_out(row, *names)
    emit(
        session,
        EventType.inspection_held,
        ref.id,
        "inspection",
        row.id,
        resource_url(ref.id, "inspections", row.id),
        {
            "title": after.title,
            "held_on": held_on.isoformat(),
            "unit_ids": [str(u.id) for u in after.units],
            "county_ids": [str(c.id) for c in after.counties],
        },
    )
    await _audit(session, actor, "inspection.hold", "inspection", row.id, ref.id, before, after)
    return after


# --- findings -----------------------------------------------------------------------------------


def _due_on(calendar: ArrangementCalendar, today: date, days: int) -> date:
    """The deadline on the published calendar only: it is stored and told to the unit, so it is
    never a provisional guess (as supervision notices' default reply date)."""
    try:
        return add_working_days(calendar.exact(), today, days)
    except CalendarYearUnknown as exc:
        raise InvalidInput(
            _(
                "The rectification deadline ({days} working days on) falls in {year}, "
                "whose holiday arrangement is not entered yet.",
                days=days,
                year=exc.year,
            ),
            (
                FieldError(
                    ("body", "rectify_within_working_days"),
                    _("past the entered years ({year})", year=exc.year),
                ),
            ),
        ) from exc


async def _responsible_unit(session: AsyncSession, jid: uuid.UUID, unit_id: uuid.UUID) -> str:
    """The name of a finding's responsible unit: an active member unit here (422 otherwise: a
    unit deactivated has left the leading group and answers for nothing new)."""
    found = {row.id: row for row in await tasks_repo.units_named(session, jid, {unit_id})}
    unit = found.get(unit_id)
    if unit is None or not unit.is_active:
        raise InvalidInput(
            _("A finding's responsible unit is an active member unit of this jurisdiction."),
            (
                FieldError(
                    ("body", "unit_id"),
                    _("not a member unit of this jurisdiction")
                    if unit is None
                    else _("{name} is no longer a member unit", name=unit.name),
                ),
            ),
        )
    return str(unit.name)


async def _responsible_county(
    session: AsyncSession, inspection: Inspection, county_id: uuid.UUID
) -> str:
    """The name of a finding's responsible county: one this inspection inspects, a jurisdiction
    directly below (422 at ``county_id`` otherwise)."""
    domain.check_county_in_scope(county_id, inspection.county_ids)
    _units, counties = await repo.scope_names(session, inspection.jurisdiction_id, (), {county_id})
    if county_id not in counties:  # the scope was checked when planned; never, unless moved
        raise InvalidInput(
            _("A finding's responsible county is a jurisdiction directly below this one."),
            (FieldError(("body", "county_id"), _("not a jurisdiction directly below this one")),),
        )
    return counties[county_id]


async def add_finding(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    now: datetime,
    data: FindingCreate,
) -> FindingOut:
    """A finding of a held inspection, with its responsible unit or county and its deadline
    (CO-SUP-1)."""
    row = await _visible(session, actor, ref, inspection_id, for_update=True)
    _require_inspecting_office(ref, row.jurisdiction_id)
    domain.check_inspection_act(InspectionState(row.state), InspectionAct.add_finding)
    domain.check_responsible(data.unit_id, data.county_id)
    if data.county_id is not None:
        name = await _responsible_county(session, row, data.county_id)
    else:
        assert data.unit_id is not None  # check_responsible: one of them
        name = await _responsible_unit(session, ref.id, data.unit_id)
    domain.check_rectification_days(data.rectify_within_working_days)
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    finding = InspectionFinding(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        inspection_id=row.id,
        unit_id=data.unit_id,
        county_id=data.county_id,
        problem=data.problem,
        cause=data.cause,
        handling=data.handling,
        recorded_on=today,
        working_days=data.rectify_within_working_days,
        due_on=_due_on(calendar, today, data.rectify_within_working_days),
        state=FindingState.open.value,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    await repo.add(session, [finding])
    out = _finding_out(finding, name, [], {}, [], EVERY_LINK, calendar, today)
    # The responsible unit's systems learn of it, and of its deadline, at once.
    _emit_finding(session, EventType.finding_recorded, out)
    await _audit(
        session, actor, "finding.record", "inspection_finding", finding.id, ref.id, None, out
    )
    return out


async def list_findings(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    now: datetime,
    f: FindingFilter,
) -> CalendarPage[FindingOut]:
    """The findings of an inspection the caller sees, those it may read (all of one inspection:
    a handful, not paged); read through a county, those for the county."""
    row = await _visible(session, actor, ref, inspection_id)
    today = local_today(ref, now)
    calendar = (await load_calendar(session)).noting()
    cutoff = tasks_domain.overdue_cutoff(calendar, today)
    jid = row.jurisdiction_id
    only, of_county = (unit_records_only(actor, ref), None) if jid == ref.id else (None, ref.id)
    rows = await repo.findings(session, jid, [inspection_id], only, f, cutoff, of_county)
    items = await _finding_outs(session, jid, rows, _readers(actor, ref, jid), calendar, today)
    return CalendarPage[FindingOut](
        items=items, next_cursor=None, limit=len(items), calendar=use_of(calendar)
    )


async def list_all_findings(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    by: InspectedBy,
    f: FindingFilter,
    paging: PageRequest,
) -> CalendarPage[FindingOut]:
    """The findings of every inspection of this office that the caller may read, the earliest
    deadline first; ``by`` parent: the findings for this jurisdiction of the inspections of the
    office directly above (a county's to-do list), for whoever reads them (anyone else: an
    empty page)."""
    today = local_today(ref, now)
    calendar = (await load_calendar(session)).noting()
    if by == "parent":
        parent = parent_of(ref)
        if parent is None or not _reads_from_above(actor, ref):
            return CalendarPage[FindingOut](
                items=[], next_cursor=None, limit=paging.limit, calendar=use_of(calendar)
            )
        jid, only, of_county = parent, None, ref.id
    else:
        jid, only, of_county = ref.id, unit_records_only(actor, ref), None
    cutoff = tasks_domain.overdue_cutoff(calendar, today)
    rows = await repo.finding_page(session, jid, only, f, cutoff, paging, of_county)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r.finding.due_on, r.finding.id))
    items = await _finding_outs(session, jid, kept, _readers(actor, ref, jid), calendar, today)
    return CalendarPage[FindingOut](
        items=items, next_cursor=cursor, limit=paging.limit, calendar=use_of(calendar)
    )


async def _finding(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> FindingRow:
    """A finding the caller may read (404 otherwise), with its answers: of this jurisdiction's
    inspection, or — read through a county — the office above's finding for the county."""
    found = await repo.get_finding(
        session, ref.id, inspection_id, finding_id, parent=parent_of(ref), for_update=for_update
    )
    if found is None or not _may_read_finding(actor, ref, found.finding):
        raise NotFound(FINDING_NOT_HERE)
    return found


def _may_read_finding(actor: Actor, ref: JurisdictionRef, finding: InspectionFinding) -> bool:
    if finding.jurisdiction_id != ref.id:  # the parent's, for this county
        return _reads_from_above(actor, ref)
    if finding.unit_id is None:  # a county's, here: for whoever reads every record
        return unit_records_only(actor, ref) is None
    return may_read_unit_record(actor, ref, finding.unit_id)


def _row_out(
    found: FindingRow, readers: Readers, calendar: ArrangementCalendar, today: date
) -> FindingOut:
    return _finding_out(
        found.finding,
        found.responsible_name,
        found.answers,
        found.files,
        found.links,
        readers,
        calendar,
        today,
    )


def _shown(
    actor: Actor, ref: JurisdictionRef, found: FindingRow, recorded: FindingOut
) -> FindingOut:
    """The finding as recorded in the trail (every link), as the caller is shown it."""
    readers = _readers(actor, ref, found.finding.jurisdiction_id)
    if readers == EVERY_LINK:
        return recorded
    return recorded.model_copy(
        update={
            "links": [
                link
                for link, row in zip(recorded.links, found.links, strict=True)
                if readers.read(row)
            ]
        }
    )


async def get_finding(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    now: datetime,
) -> FindingOut:
    found = await _finding(session, actor, ref, inspection_id, finding_id)
    readers = _readers(actor, ref, found.finding.jurisdiction_id)
    return _row_out(found, readers, await load_calendar(session), local_today(ref, now))


async def answer(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    now: datetime,
    text: str,
    uploads: Sequence[UploadFile],
    *,
    max_file_bytes: int,
) -> FindingOut:
    """The responsible unit's rectification, with evidence files (CO-SUP-1); a county's, by its
    office through the county's own jurisdiction. The answer is kept with its finding."""
    found = await _finding(session, actor, ref, inspection_id, finding_id, for_update=True)
    finding = found.finding
    jid = finding.jurisdiction_id
    if finding.county_id is not None:
        require(domain.judge_county_answer(jid != ref.id, actor.levels_in(ref.id)))
    else:
        require(domain.judge_answer(finding.unit_id, actor.units_in(ref.id)))
    domain.check_finding_act(FindingState(finding.state), FindingAct.answer)
    files = await read_evidence(uploads, max_file_bytes, _("An answer to a finding"))
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = _row_out(found, EVERY_LINK, calendar, today)
    row = FindingAnswer(
        id=uuid.uuid4(),
        jurisdiction_id=jid,
        finding_id=finding.id,
        unit_id=finding.unit_id,
        county_id=finding.county_id,
        text=text,
        answered_on=today,
        author_id=actor.id,
        author_name=actor.display_name,
    )
    file_rows = [
        FindingEvidenceFile(
            id=uuid.uuid4(),
            jurisdiction_id=jid,
            answer_id=row.id,
            position=position,
            filename=clean_filename(upload.filename, f"整改佐证材料{position}.{kind.value}"),
            file_type=kind.value,
            media_type=kind.media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        for position, (upload, content, kind) in enumerate(files, start=1)
    ]
    finding.state = FindingState.answered.value
    # The answer (INSERT … RETURNING created_at) with the finding's UPDATE, then the evidence,
    # which refers to the answer (the unit of work does not order rows by foreign keys alone).
    await repo.add(session, [row])
    if file_rows:
        await repo.add(session, file_rows)
    found.answers.append(row)
    found.files[row.id] = file_rows
    after = _row_out(found, EVERY_LINK, calendar, today)
    _emit_finding(session, EventType.finding_answered, after)
    # In the trail of the jurisdiction that keeps the finding (a county's: its parent's).
    await _audit(
        session, actor, "finding.answer", "inspection_finding", finding.id, jid, before, after
    )
    return _shown(actor, ref, found, after)


async def review(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    now: datetime,
    outcome: FindingReviewOutcome,
    note: str | None,
) -> FindingOut:
    """The office accepts the unit's answer (the finding is rectified on the answer's day) or
    sends it back (the finding is open again)."""
    found = await _finding(session, actor, ref, inspection_id, finding_id, for_update=True)
    finding = found.finding
    _require_inspecting_office(ref, finding.jurisdiction_id)
    domain.check_finding_act(FindingState(finding.state), FindingAct.review)
    pending = next((a for a in found.answers if a.review_outcome is None), None)
    if pending is None:  # state and answers disagree: never, as both change together
        raise StateConflict(_("No answer awaits review on this finding."))
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = _row_out(found, EVERY_LINK, calendar, today)
    pending.review_outcome = outcome.value
    pending.reviewed_at = now
    pending.reviewed_on = today
    pending.reviewed_by = actor.id
    pending.reviewed_by_name = actor.display_name
    pending.review_note = note
    finding.state = domain.state_after_review(outcome).value
    if outcome is FindingReviewOutcome.accepted:
        finding.rectified_on = pending.answered_on
    await session.flush()
    after = _row_out(found, EVERY_LINK, calendar, today)
    _emit_finding(
        session,
        EventType.finding_accepted
        if outcome is FindingReviewOutcome.accepted
        else EventType.finding_sent_back,
        after,
    )
    action = "finding.accept" if outcome is FindingReviewOutcome.accepted else "finding.send_back"
    await _audit(session, actor, action, "inspection_finding", finding.id, ref.id, before, after)
    return _shown(actor, ref, found, after)


# --- what a finding led to -----------------------------------------------------------------------


async def add_link(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    now: datetime,
    data: FindingLinkCreate,
) -> tuple[FindingOut, bool]:
    """The office links a finding to the supervision notice, public notice or task it led to
    (CO-SUP-1): one of this jurisdiction (422 naming ``target_id`` otherwise). A target named
    already is linked once: the finding as it is, and False (nothing new).

    The finding is not locked: links are written beside it, and the partial unique index keeps
    a target in force once even when two offices link it at once."""
    found = await _finding(session, actor, ref, inspection_id, finding_id)
    _require_inspecting_office(ref, found.finding.jurisdiction_id)
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = _row_out(found, EVERY_LINK, calendar, today)
    if any(
        link.target.kind is data.kind and link.target.id == data.target_id for link in found.links
    ):
        return _shown(actor, ref, found, before), False
    target = await repo.link_target(session, ref.id, data.kind, data.target_id)
    if target is None:
        what = data.kind.value.replace("_", " ")
        raise InvalidInput(
            _("A finding is linked to a {what} of this jurisdiction.", what=what),
            (FieldError(("body", "target_id"), _("not a {what} of this jurisdiction", what=what)),),
        )
    row = FindingLink(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        finding_id=found.finding.id,
        kind=data.kind.value,
        linked_on=today,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    setattr(row, repo.TARGET_COLUMNS[data.kind], target.id)
    created_at = await repo.add_link(session, row)
    if created_at is None:  # linked by another since the finding was read: read it again
        found = await _finding(session, actor, ref, inspection_id, finding_id)
        return _shown(actor, ref, found, _row_out(found, EVERY_LINK, calendar, today)), False
    found.links.append(LinkRow(row.id, target, today, created_at, actor.id, actor.display_name))
    after = _row_out(found, EVERY_LINK, calendar, today)
    await _audit(
        session, actor, "finding.link", "inspection_finding", row.finding_id, ref.id, before, after
    )
    return _shown(actor, ref, found, after), True


async def remove_link(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    link_id: uuid.UUID,
    now: datetime,
) -> None:
    """The office removes a link made by mistake: the link is kept, with who removed it and
    when, and no longer shown. Removing it again changes nothing; a link the finding never had
    is a 404."""
    found = await _finding(session, actor, ref, inspection_id, finding_id)
    _require_inspecting_office(ref, found.finding.jurisdiction_id)
    outcome = await repo.remove_link(
        session, ref.id, found.finding.id, link_id, at=now, by=actor.id, by_name=actor.display_name
    )
    if outcome is LinkRemoval.not_found:
        raise NotFound(LINK_NOT_HERE)
    if outcome is LinkRemoval.already:
        return
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = _row_out(found, EVERY_LINK, calendar, today)
    found.links[:] = [link for link in found.links if link.id != link_id]
    after = _row_out(found, EVERY_LINK, calendar, today)
    finding = found.finding.id
    await _audit(
        session, actor, "finding.unlink", "inspection_finding", finding, ref.id, before, after
    )


async def evidence_file(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    answer_id: uuid.UUID,
    file_id: uuid.UUID,
) -> FindingEvidenceFile:
    finding = (await _finding(session, actor, ref, inspection_id, finding_id)).finding
    found = await repo.evidence_file(
        session, finding.jurisdiction_id, finding.id, answer_id, file_id
    )
    if found is None:
        raise NotFound(_("No such evidence file of this finding's answers."))
    return found


# --- the regular evaluation (定期评估) ----------------------------------------------------------


async def evaluation(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    period_from: date,
    period_to: date,
) -> EvaluationOut:
    """Every inspection whose days meet the period, with its findings and their status today
    (those the caller may read)."""
    today = local_today(ref, now)
    only = unit_records_only(actor, ref)
    rows = await repo.inspections_in(
        session, ref.id, only, InspectionFilter(date_from=period_from, date_to=period_to)
    )
    calendar = (await load_calendar(session)).noting()
    cutoff = tasks_domain.overdue_cutoff(calendar, today)
    outs = await _inspection_outs(session, ref.id, rows)
    found = await repo.findings(
        session, ref.id, [r.id for r in rows], only, FindingFilter(), cutoff
    )
    findings = await _finding_outs(session, ref.id, found, Readers(only), calendar, today)
    by_inspection: dict[uuid.UUID, list[FindingOut]] = {}
    for out in findings:
        by_inspection.setdefault(out.inspection_id, []).append(out)
    totals = EvaluationTotals(
        inspections=len(outs),
        planned=sum(1 for o in outs if o.state is InspectionState.planned),
        held=sum(1 for o in outs if o.state is InspectionState.held),
        findings=len(findings),
        open=sum(1 for o in findings if o.state is FindingState.open),
        answered=sum(1 for o in findings if o.state is FindingState.answered),
        accepted=sum(1 for o in findings if o.state is FindingState.accepted),
        overdue=sum(1 for o in findings if o.overdue),
        rectified_late=sum(1 for o in findings if o.rectified_late),
    )
    return EvaluationOut(
        jurisdiction_id=ref.id,
        period_from=period_from,
        period_to=period_to,
        as_of=today,
        totals=totals,
        inspections=[
            EvaluationInspection(inspection=o, findings=by_inspection.get(o.id, [])) for o in outs
        ],
        calendar=use_of(calendar),
    )


EVALUATION_COLUMNS = (
    "检查名称",
    "开始日期",
    "结束日期",
    "检查状态",
    "实施日期",
    "检查对象",
    "检查人员",
    "问题",
    "原因分析",
    "处理意见",
    "责任单位",  # the responsible member unit, or county
    "发现日期",
    "整改期限",
    "整改状态",
    "整改完成日期",
    "逾期工作日",
    "后续处理",  # what the finding led to: its supervision notices, public notices, tasks
)


def responsible_name(finding: FindingOut) -> str:
    party = finding.unit or finding.county
    return party.name if party is not None else ""


def evaluation_rows(out: EvaluationOut) -> list[list[str]]:
    """One row per finding (an inspection without findings: one row of its own), for CSV/xlsx."""
    rows: list[list[str]] = []
    for item in out.inspections:
        i = item.inspection
        head = [
            i.title,
            i.starts_on.isoformat(),
            i.ends_on.isoformat(),
            i.state.value,
            i.held_on.isoformat() if i.held_on else "",
            "、".join([u.name for u in i.units] + [c.name for c in i.counties]),
            "、".join(i.inspectors),
        ]
        if not item.findings:
            rows.append(head + [""] * (len(EVALUATION_COLUMNS) - len(head)))
        rows.extend(
            [
                *head,
                f.problem,
                f.cause,
                f.handling,
                responsible_name(f),
                f.recorded_on.isoformat(),
                f.due_on.isoformat(),
                f.state.value,
                f.rectified_on.isoformat() if f.rectified_on else "",
                str(f.overdue_working_days),
                "；".join(link.label for link in f.links),
            ]
            for f in item.findings
        )
    return rows
