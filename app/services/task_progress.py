"""Progress on a task (E-TSK-1): the lead unit reports, with evidence files, and proposes the task
complete; the office confirms the proposal (the task is done on the day the work was reported
complete) or sends it back, and may mark a task done itself. Units on a task and the office
comment on it.

Who writes what:
- Progress reports: the lead unit's people (a person holding a unit post for it) and the office
  (its people, its write client, an admin). A cooperating unit, or anyone else who sees the task,
  is refused naming E-TSK-1; whoever does not see the task is told it does not exist.
- A completion proposal is the lead unit's alone: the office completes a task itself
  (POST …/complete), recorded as its own report, confirmed at once.
- Comments: the lead and cooperating units' people, for their unit, and the office. They are
  remarks, not changes: a done or cancelled task still takes them.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain import tasks as domain
from app.domain.access import Actor, JurisdictionRef, Permission, allows, may_write_progress
from app.domain.errors import FieldError, InvalidInput, RuleViolation, StateConflict
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.submissions import FileType
from app.domain.tasks import ReviewOutcome, TaskAct, TaskState
from app.errors import Forbidden, NotFound, PayloadTooLarge, UnsupportedMediaType, ValidationProblem
from app.files import clean_filename, sniff
from app.models import Task, TaskComment, TaskEvidenceFile, TaskProgressReport
from app.pagination import PageRequest, next_cursor_for
from app.repositories import task_progress as repo
from app.repositories import tasks as tasks_repo
from app.schemas.task_progress import (
    MAX_EVIDENCE_FILES,
    CommentCreate,
    CommentOut,
    CompletionConfirm,
    CompletionSendBack,
    EvidenceFileOut,
    ProgressReportOut,
    ReviewOut,
    TaskComplete,
    TaskProgressRecord,
)
from app.schemas.tasks import TaskOut, UnitRef
from app.services import audit
from app.services import tasks as tasks_service
from app.services.calendar import load_calendar
from app.services.common import local_today

EVIDENCE_FIELD = "evidence"
FORM_FIELDS = frozenset({"text", "percent", "proposes_completion", EVIDENCE_FIELD})


@dataclass(frozen=True)
class ProgressIn:
    """A progress report as the form carries it (the files apart)."""

    text: str
    percent: int
    proposes_completion: bool


# --- views ------------------------------------------------------------------------------------


class StoredEvidence(Protocol):
    """An evidence file as stored: a task's (progress reports) or an inspection finding's
    (answers); both are shown alike."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def position(self) -> int: ...
    @property
    def filename(self) -> str: ...
    @property
    def file_type(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def size_bytes(self) -> int: ...
    @property
    def sha256(self) -> str: ...


def evidence_out(row: StoredEvidence) -> EvidenceFileOut:
    return EvidenceFileOut(
        id=row.id,
        position=row.position,
        filename=row.filename,
        file_type=row.file_type,
        media_type=row.media_type,
        size_bytes=row.size_bytes,
        sha256=row.sha256,
    )


def report_out(
    row: TaskProgressReport, unit_name: str | None, files: Sequence[TaskEvidenceFile]
) -> ProgressReportOut:
    review = None
    if row.review_outcome is not None:
        assert row.reviewed_by is not None
        assert row.reviewed_at is not None
        review = ReviewOut(
            outcome=ReviewOutcome(row.review_outcome),
            by=row.reviewed_by,
            by_name=row.reviewed_by_name or "",
            at=row.reviewed_at,
            note=row.review_note,
        )
    return ProgressReportOut(
        id=row.id,
        task_id=row.task_id,
        unit=UnitRef(id=row.unit_id, name=unit_name or "") if row.unit_id else None,
        reported_on=row.reported_on,
        created_at=row.created_at,
        author_id=row.author_id,
        author_name=row.author_name,
        text=row.text,
        percent=row.percent,
        proposes_completion=row.proposes_completion,
        evidence=[evidence_out(f) for f in files],
        review=review,
    )


async def _report_full(
    session: AsyncSession, row: TaskProgressReport, files: Sequence[TaskEvidenceFile]
) -> ProgressReportOut:
    """One report as answered after a write (its created_at read back from the database)."""
    await session.flush()
    await session.refresh(row)
    unit = row.unit_id
    names = await repo.unit_names(session, row.jurisdiction_id, [unit] if unit else [])
    return report_out(row, names.get(unit) if unit else None, files)


def _comment_out(row: TaskComment, unit_name: str | None) -> CommentOut:
    return CommentOut(
        id=row.id,
        task_id=row.task_id,
        unit=UnitRef(id=row.unit_id, name=unit_name or "") if row.unit_id else None,
        author_id=row.author_id,
        author_name=row.author_name,
        text=row.text,
        created_at=row.created_at,
    )


# The acts callers are told of: a lead unit proposing completion, and the work done (the
# office confirming the proposal, or completing the task itself).
_EVENTS = {
    "propose_completion": EventType.task_completion_proposed,
    "confirm_completion": EventType.task_completed,
    "complete": EventType.task_completed,
}


async def _audit(
    session: AsyncSession,
    actor: Actor,
    act: str,
    entity_type: str,
    entity_id: uuid.UUID,
    jid: uuid.UUID,
    *,
    before: BaseModel | None,
    after: BaseModel | None,
) -> None:
    event_type = _EVENTS.get(act)
    if event_type is not None and isinstance(after, TaskProgressRecord):
        tasks_service.emit_task(session, event_type, after.task)
    await audit.record(
        session,
        actor,
        action=f"task.{act}",
        entity_type=entity_type,
        entity_id=entity_id,
        jurisdiction_id=jid,
        before=before,
        after=after,
    )


# --- whose act --------------------------------------------------------------------------------


def _table_refusal(detail: str) -> RuleViolation:
    return RuleViolation(
        _("{detail} ({table_rule})", detail=detail, table_rule=domain.TABLE_RULE),
        rule=domain.TABLE_RULE,
        source=domain.TABLE_SOURCE,
    )


async def _locked(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    act: TaskAct,
    permitted: Callable[[Task], None] | None = None,
) -> Task:
    """The task, if the caller sees it (404), may do this to it (``permitted`` raises) and it
    fits the act (409), locked for the change and read afresh under the lock."""
    row = await tasks_service.visible_task(session, actor, ref, task_id)
    if permitted is not None:
        permitted(row)
    session.expire(row)
    return await tasks_service.locked(session, ref, task_id, act)


def _check_writer(
    actor: Actor, ref: JurisdictionRef, row: Task, cooperating: set[uuid.UUID]
) -> None:
    """Progress is the lead unit's and the office's to write (E-TSK-1)."""
    if may_write_progress(actor, ref, row.lead_unit_id):
        return
    if not actor.units_in(ref.id).isdisjoint(cooperating):
        raise _table_refusal(
            _(
                "A cooperating unit (配合单位) does not report a task's progress: its lead "
                "unit (牵头单位) does, and the office confirms it. Comment on the task "
                "instead"
            )
        )
    raise _table_refusal(
        _("Progress on a task is reported by its lead unit's people and kept by the office")
    )


async def _no_open_children(session: AsyncSession, row: Task) -> None:
    codes = await repo.open_children(session, row.jurisdiction_id, row.id)
    if codes:
        raise StateConflict(
            _(
                "The task has open sub-tasks ({codes}): it is complete once they "
                "are done or cancelled.",
                codes=", ".join(codes),
            )
        )


# --- progress reports -------------------------------------------------------------------------


def check_form_fields(
    names: Iterable[str], fields: frozenset[str] = FORM_FIELDS, what: str = _("a progress report")
) -> None:
    """A field the form does not have is a 422 (a file under another name would be lost)."""
    unexpected = sorted({name for name in names if name not in fields})
    if unexpected:
        raise ValidationProblem(
            _("The request carries fields {what} does not have.", what=what),
            [
                {
                    "loc": ["body", name],
                    "msg": _("not a field of {what}", what=what),
                    "type": "extra",
                }
                for name in unexpected
            ],
        )


async def read_evidence(
    uploads: Sequence[UploadFile], max_file_bytes: int, what: str = _("A progress report")
) -> list[tuple[UploadFile, bytes, FileType]]:
    """Each file's bytes and sniffed type: 413 over the per-file limit, 422 when empty or too
    many, 415 naming each file of a type not accepted. Also read for inspection findings'
    answers (app/services/inspections.py)."""
    if len(uploads) > MAX_EVIDENCE_FILES:
        raise InvalidInput(
            _(
                "{what} carries at most {max_evidence_files} evidence files.",
                what=what,
                max_evidence_files=MAX_EVIDENCE_FILES,
            ),
            (
                FieldError(
                    ("body", EVIDENCE_FIELD),
                    _("{uploads_count} files sent", uploads_count=len(uploads)),
                ),
            ),
        )
    too_large = [u for u in uploads if u.size is not None and u.size > max_file_bytes]
    if too_large:
        names = ", ".join(clean_filename(u.filename, EVIDENCE_FIELD) for u in too_large)
        raise PayloadTooLarge(
            _(
                "Each file may hold at most {max_file_bytes} bytes; too large: {names}.",
                max_file_bytes=max_file_bytes,
                names=names,
            )
        )
    read: list[tuple[UploadFile, bytes, FileType]] = []
    empty: list[FieldError] = []
    refused: list[dict[str, object]] = []
    for index, upload in enumerate(uploads):
        await upload.seek(0)
        content = await upload.read()
        if len(content) > max_file_bytes:  # a part whose size the parser did not record
            raise PayloadTooLarge(
                _(
                    "Each file may hold at most {max_file_bytes} bytes.",
                    max_file_bytes=max_file_bytes,
                )
            )
        if not content:
            empty.append(FieldError(("body", EVIDENCE_FIELD, index), _("the file is empty")))
            continue
        found = sniff(content)
        if found is None:
            name = clean_filename(upload.filename, EVIDENCE_FIELD)
            refused.append(
                {
                    "loc": ["body", EVIDENCE_FIELD, index],
                    "msg": _("{name}: not a PDF, Word, Excel or image file", name=name),
                    "type": "unsupported_media_type",
                }
            )
            continue
        read.append((upload, content, found))
    if empty:
        raise InvalidInput(_("Empty files cannot stand as evidence."), tuple(empty))
    if refused:
        raise UnsupportedMediaType(
            _(
                "Only PDF, Word, Excel and image files are evidence ({refused_count} refused).",
                refused_count=len(refused),
            ),
            refused,
        )
    return read


async def report(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: ProgressIn,
    uploads: Sequence[UploadFile],
    *,
    max_file_bytes: int,
) -> ProgressReportOut:
    """A progress report, perhaps proposing completion: the first starts the task.

    The task is read once, locked, with its units' names (404 to whom may not see it); the
    answer and the audit trail's before and after are built from it and the rows written,
    which return their server-set times: BEGIN, that read, the report (and its evidence), the
    task's UPDATE, the audit row, COMMIT."""
    found = await tasks_repo.lock_named(session, ref.id, task_id)
    if found is None:
        raise NotFound(tasks_service.NOT_HERE)
    row, lead_name, units = found
    cooperating = {unit for unit, __ in units}
    tasks_service.require_visible(actor, ref, {row.lead_unit_id, *cooperating})
    _check_writer(actor, ref, row, cooperating)
    for_unit = row.lead_unit_id in actor.units_in(ref.id)
    if data.proposes_completion and not for_unit:
        raise InvalidInput(
            _(
                "A completion proposal is the lead unit's: the office marks a task "
                "done itself (POST …/complete) or confirms the lead unit's proposal."
            ),
            (FieldError(("body", "proposes_completion"), _("the office completes, not proposes")),),
        )
    domain.check_percent(data.percent, proposes_completion=data.proposes_completion)
    files = await read_evidence(uploads, max_file_bytes)
    act = TaskAct.propose_completion if data.proposes_completion else TaskAct.report_progress
    domain.check_act(TaskState(row.state), act, completion_pending=row.completion_pending)
    if data.proposes_completion:
        await _no_open_children(session, row)
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = tasks_service.task_out(row, lead_name, units, calendar, today)
    report_row = TaskProgressReport(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        task_id=row.id,
        unit_id=row.lead_unit_id if for_unit else None,
        reported_on=today,
        author_id=actor.id,
        author_name=actor.display_name,
        text=data.text,
        percent=data.percent,
        proposes_completion=data.proposes_completion,
    )
    file_rows = [
        TaskEvidenceFile(
            id=uuid.uuid4(),
            jurisdiction_id=ref.id,
            report_id=report_row.id,
            position=position,
            filename=clean_filename(upload.filename, f"佐证材料{position}.{found.value}"),
            file_type=found.value,
            media_type=found.media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        for position, (upload, content, found) in enumerate(files, start=1)
    ]
    state = domain.state_after_report(TaskState(row.state))
    if state is TaskState.in_progress and row.started_on is None:
        row.started_on = today
    row.state = state.value
    row.percent = data.percent
    row.last_reported_on = today
    row.completion_pending = data.proposes_completion
    # The report (INSERT … RETURNING created_at) with the task's UPDATE (RETURNING updated_at):
    # both mappers fetch their server-set times eagerly. Then the evidence, which refers to the
    # report (the unit of work does not order rows by foreign keys alone).
    await repo.add(session, [report_row])
    if file_rows:
        await repo.add(session, file_rows)
    out = report_out(report_row, lead_name if report_row.unit_id else None, file_rows)
    after = tasks_service.task_out(row, lead_name, units, calendar, today)
    await _audit(
        session,
        actor,
        "propose_completion" if data.proposes_completion else "progress",
        "task",
        row.id,
        ref.id,
        before=TaskProgressRecord(task=before, report=None),
        after=TaskProgressRecord(task=after, report=out),
    )
    return out


async def list_reports(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    paging: PageRequest,
) -> tuple[list[ProgressReportOut], str | None]:
    row = await tasks_service.visible_task(session, actor, ref, task_id)
    rows = await repo.reports_page(session, ref.id, row.id, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r[0].created_at, r[0].id))
    files = await repo.evidence_of(session, ref.id, [report.id for report, __ in kept])
    return [report_out(report, name, files.get(report.id, [])) for report, name in kept], cursor


async def evidence_file(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    report_id: uuid.UUID,
    file_id: uuid.UUID,
) -> TaskEvidenceFile:
    """An evidence file with its bytes, for whoever may read the task (404 otherwise)."""
    row = await tasks_service.visible_task(session, actor, ref, task_id)
    found = await repo.evidence_file(session, ref.id, row.id, report_id, file_id)
    if found is None:
        raise NotFound(_("No such evidence file of this task's progress reports."))
    return found


# --- completion -------------------------------------------------------------------------------


async def _review(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    outcome: ReviewOutcome,
    note: str | None,
) -> TaskOut:
    row = await _locked(session, actor, ref, task_id, TaskAct.review_completion)
    proposal = await repo.pending_proposal(session, ref.id, row.id)
    if proposal is None:  # the flag and the reports disagree: never, by the triggers' care
        raise StateConflict(_("No completion proposal awaits review on this task."))
    if outcome is ReviewOutcome.confirmed:
        await _no_open_children(session, row)
    today = local_today(ref, now)
    before_task = await tasks_service.full(session, row, today)
    files = (await repo.evidence_of(session, ref.id, [proposal.id])).get(proposal.id, [])
    before_report = await _report_full(session, proposal, files)
    proposal.review_outcome = outcome.value
    proposal.reviewed_at = now
    proposal.reviewed_by = actor.id
    proposal.reviewed_by_name = actor.display_name
    proposal.review_note = note
    row.completion_pending = False
    if outcome is ReviewOutcome.confirmed:
        # Done on the day the work was reported complete, however long the review took.
        row.state = TaskState.done.value
        row.completed_on = proposal.reported_on
        row.percent = 100
    after_report = await _report_full(session, proposal, files)
    after_task = await tasks_service.full(session, row, today)
    act = "confirm_completion" if outcome is ReviewOutcome.confirmed else "send_back_completion"
    await _audit(
        session,
        actor,
        act,
        "task",
        row.id,
        ref.id,
        before=TaskProgressRecord(task=before_task, report=before_report),
        after=TaskProgressRecord(task=after_task, report=after_report),
    )
    return after_task


async def confirm(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: CompletionConfirm,
) -> TaskOut:
    return await _review(session, actor, ref, task_id, now, ReviewOutcome.confirmed, data.note)


async def send_back(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: CompletionSendBack,
) -> TaskOut:
    return await _review(session, actor, ref, task_id, now, ReviewOutcome.sent_back, data.reason)


async def complete(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: TaskComplete,
) -> TaskOut:
    """The office marks an open task done today, recorded as its own progress report (100
    percent, proposing completion, confirmed at once by the same person)."""
    row = await _locked(session, actor, ref, task_id, TaskAct.complete)
    if row.completion_pending:
        raise StateConflict(
            _(
                "The lead unit's completion proposal awaits review: confirm it (POST "
                "…/completion/confirm), so the task is done on the day the work was "
                "reported complete, or send it back."
            )
        )
    await _no_open_children(session, row)
    today = local_today(ref, now)
    before = await tasks_service.full(session, row, today)
    report_row = TaskProgressReport(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        task_id=row.id,
        unit_id=None,
        reported_on=today,
        author_id=actor.id,
        author_name=actor.display_name,
        text=data.note,
        percent=100,
        proposes_completion=True,
        review_outcome=ReviewOutcome.confirmed.value,
        reviewed_at=now,
        reviewed_by=actor.id,
        reviewed_by_name=actor.display_name,
    )
    await repo.add(session, [report_row])
    row.state = TaskState.done.value
    row.started_on = row.started_on or today
    row.completed_on = today
    row.percent = 100
    row.last_reported_on = today
    out = await _report_full(session, report_row, [])
    after = await tasks_service.full(session, row, today)
    await _audit(
        session,
        actor,
        "complete",
        "task",
        row.id,
        ref.id,
        before=TaskProgressRecord(task=before, report=None),
        after=TaskProgressRecord(task=after, report=out),
    )
    return after


# --- comments ---------------------------------------------------------------------------------


def commenting_unit(
    actor: Actor,
    ref: JurisdictionRef,
    involved: set[uuid.UUID],
    data: CommentCreate,
) -> uuid.UUID | None:
    """The unit a comment is for (None: the office's): a unit on the task the caller holds a
    post for, named or the only one; the office when it names none (or an explicit null)."""
    mine = actor.units_in(ref.id) & involved
    office = allows(actor, Permission.manage_tasks, ref)
    location = ("body", "unit_id")
    if data.unit_id is not None:
        if data.unit_id not in involved:
            raise InvalidInput(
                _("The unit named neither leads nor cooperates on this task."),
                (FieldError(location, _("not a unit on this task")),),
            )
        if data.unit_id not in mine:
            raise Forbidden(_("The caller holds no post for the unit named: comment for your own."))
        return data.unit_id
    if "unit_id" in data.model_fields_set or not mine:  # explicit null, or no unit on it
        if office:
            return None
        raise Forbidden(
            _(
                "Comments on a task are its lead and cooperating units' and the "
                "office's: the caller holds a post for none of its units."
            )
        )
    if len(mine) > 1:
        raise InvalidInput(
            _(
                "The caller holds posts for {mine_count} units on this task: name the unit.",
                mine_count=len(mine),
            ),
            (FieldError(location, _("required: the caller holds posts for several units on it")),),
        )
    return next(iter(mine))


async def add_comment(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    data: CommentCreate,
) -> CommentOut:
    """A remark on a task by one of its units or the office; closed tasks take them too."""
    # The task with its units' names, one statement; the comment's INSERT returns its
    # created_at (eager defaults): BEGIN, the task, the comment, the audit row, COMMIT.
    row = await tasks_repo.read_named(session, ref.id, task_id)
    if row is None:
        raise NotFound(tasks_service.NOT_HERE)
    names = {row.lead_unit_id: row.lead_unit_name, **dict(tasks_repo.cooperating_of(row))}
    tasks_service.require_visible(actor, ref, names)
    unit = commenting_unit(actor, ref, set(names), data)
    comment = TaskComment(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        task_id=row.id,
        unit_id=unit,
        author_id=actor.id,
        author_name=actor.display_name,
        text=data.text,
    )
    await repo.add(session, [comment])
    out = _comment_out(comment, names.get(unit) if unit else None)
    await _audit(
        session, actor, "comment", "task_comment", comment.id, ref.id, before=None, after=out
    )
    return out


async def list_comments(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    paging: PageRequest,
) -> tuple[list[CommentOut], str | None]:
    row = await tasks_service.visible_task(session, actor, ref, task_id)
    rows = await repo.comments_page(session, ref.id, row.id, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r[0].created_at, r[0].id))
    return [_comment_out(comment, name) for comment, name in kept], cursor
