"""Performance assessments (绩效考核, C-ASM-1): reform progress is part of the annual assessment of
the counties and the departments; the office collects the data and organises it (C 第十五条,
CO 第五条).

The rulebook in force defines each year's indicators (app.domain.assessments). The office
prepares the year's assessment; the scorecards are computed from the records as of a day
(default today): for a member unit (有关部门) its own records here — its reports (the compliance
matrix's cells of the report kind), the tasks it leads, the supervision notices addressed to it,
the inspection findings it answers for, the meetings its head was invited to; for a county
(县市（园区）, a jurisdiction directly below) the records of its own jurisdiction as a whole — its
member units' reports (and its office's, for a report kind the office submits), its task
breakdown, its supervision notices, its meetings — and the findings the office here recorded for
the county itself. Each figure keeps the rows that made it (the drill-down).

The office enters the manual indicators' scores (with a reason and evidence files); a unit's
people, or a county's office, appeal an item of their own card; the office decides the appeal
(upheld: it may then enter the computed indicator's score); the office director finalises, which
keeps the scorecards as they are that day (``frozen``) — after which nothing changes (409 naming
C-ASM-1). Every write is audited.

Visibility: the office here or above, the leadership, read clients and admins read every card
(app.domain.access read_all_assessments); a unit's people their unit's card, a county's office
its county's card (reached at this jurisdiction's path); anyone else 404.

One statement for the subjects, the records of every measure, the entered scores, their files
and the appeals (never one per measure or per subject): the scorecards of a jurisdiction with
hundreds of units take as few statements as those of one with three.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain import assessments as domain
from app.domain.access import (
    Actor,
    JurisdictionRef,
    Permission,
    allows,
    assessed_subjects,
    office_jurisdictions,
)
from app.domain.assessments import (
    AppealOutcome,
    AssessmentRule,
    AssessmentState,
    Entered,
    Evidence,
    Measure,
    Outcome,
    Scorecard,
    Subject,
    SubjectKind,
    YearDefinition,
)
from app.domain.errors import FieldError, InvalidInput, RuleViolation, StateConflict
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.submissions import CellStatus
from app.errors import Conflict, NotFound
from app.files import clean_filename
from app.models import Assessment, AssessmentAppeal, AssessmentScore, AssessmentScoreFile
from app.repositories import assessments as repo
from app.schemas.assessments import (
    AppealDecisionIn,
    AppealIn,
    AppealOut,
    AppealsOut,
    AssessmentOut,
    EvidenceOut,
    GradeOut,
    IndicatorDefinitionOut,
    IndicatorOut,
    ScorecardOut,
    ScorecardsOut,
    ScoreIn,
    ScoreOut,
    StandingOut,
)
from app.schemas.task_progress import EvidenceFileOut
from app.services import audit, report_compliance, rulebooks
from app.services.calendar import load_calendar
from app.services.common import jurisdiction_ref, local_today
from app.services.events import emit
from app.services.task_progress import read_evidence

NOT_HERE = _("No assessment of this year here.")
CARD_NOT_HERE = _("No such scorecard in this assessment.")
APPEAL_NOT_HERE = _("No such appeal in this assessment.")
FILE_NOT_HERE = _("No such evidence file of this score.")
EVIDENCE_FIELD = "evidence"
_OUTCOME_OF_CELL = {
    CellStatus.on_time.value: Outcome.met,
    CellStatus.late.value: Outcome.late,
    CellStatus.missing.value: Outcome.missed,
}


# --- who reads what ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """The caller at an assessing jurisdiction: ``counties_led`` the jurisdictions directly
    below it whose office the caller is in (their cards are theirs to read and appeal)."""

    actor: Actor
    jurisdiction: JurisdictionRef
    counties_led: frozenset[uuid.UUID] = frozenset()

    @property
    def visible(self) -> frozenset[uuid.UUID] | None:
        return assessed_subjects(self.actor, self.jurisdiction, self.counties_led)

    def sees(self, subject: uuid.UUID) -> bool:
        visible = self.visible
        return visible is None or subject in visible

    def speaks_for(self, subject: uuid.UUID) -> bool:
        """The assessed unit's people, or the assessed county's office."""
        return subject in self.actor.units_in(self.jurisdiction.id) or subject in self.counties_led


async def reader(session: AsyncSession, actor: Actor, ref: JurisdictionRef) -> Reader:
    """The caller as a reader of ``ref``'s assessments (one statement only for a person holding
    an office post elsewhere: is it a county directly below?)."""
    elsewhere = office_jurisdictions(actor) - {ref.id}
    led = await repo.county_offices_below(session, ref.id, elsewhere) if elsewhere else set()
    return Reader(actor, ref, frozenset(led))


def may_enter(actor: Actor, ref: JurisdictionRef) -> bool:
    """Whether the caller reaches the assessments at all: reading the jurisdiction, or being the
    office of a county directly below (checked with :func:`reader`)."""
    return allows(actor, Permission.read_jurisdiction, ref)


# --- the definition and the day ------------------------------------------------------------------


@dataclass(frozen=True)
class Defined:
    rule: AssessmentRule
    definition: YearDefinition


async def _defined(session: AsyncSession, ref: JurisdictionRef, year: int, on: date) -> Defined:
    found = await rulebooks.in_force(session, ref.id, on)
    rule = found.rulebook.assessment if found is not None else None
    if rule is None or year not in rule.years:
        raise Conflict(
            _(
                "The rulebook in force here on {day} defines no assessment for {year} (C-ASM-1).",
                day=on.isoformat(),
                year=year,
            )
        )
    return Defined(rule, rule.years[year])


def _as_of(year: int, today: date, asked: date | None) -> date:
    """The day figures are counted up to: ``asked`` (a day of the year, not after today), else
    today, or the year's last day for a past year."""
    if year > today.year:
        raise InvalidInput(
            _("The assessment of {year} starts with its year.", year=year),
            (FieldError(("path", "year"), _("a year still to come")),),
        )
    if asked is None:
        return min(today, date(year, 12, 31))
    if asked.year != year or asked > today:
        raise InvalidInput(
            _("as_of is a day of the assessed year, not after today."),
            (FieldError(("query", "as_of"), _("not a day of {year} so far", year=year)),),
        )
    return asked


async def _assessment(
    session: AsyncSession, ref: JurisdictionRef, year: int, *, for_update: bool = False
) -> Assessment:
    row = await repo.get(session, ref.id, year, for_update=for_update)
    if row is None:
        raise NotFound(NOT_HERE)
    return row


# --- the evidence --------------------------------------------------------------------------------


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _day_bounds(zone: ZoneInfo, start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, time(), zone),
        datetime.combine(end + timedelta(days=1), time(), zone),
    )


def _span(ref: JurisdictionRef, definition: YearDefinition, as_of: date) -> repo.EvidenceSpan:
    """The records to read for the year's computed indicators: those dated in the year (each
    counts once its date has passed by as_of, or once done: a task completed, a notice
    answered, a finding rectified ahead of its date), of the measures the year uses."""
    start, end = date(definition.year, 1, 1), date(definition.year, 12, 31)
    low, high = _day_bounds(ZoneInfo(ref.time_zone), start, as_of)
    measures = {i.measure for i in definition.indicators}
    return repo.EvidenceSpan(
        start,
        end,
        low,
        high,
        tasks=Measure.tasks_on_time in measures,
        notices=Measure.supervision_replies_in_time in measures,
        findings=Measure.findings_rectified_in_time in measures,
        invitations=Measure.principal_attendance in measures,
    )


async def gather(
    session: AsyncSession,
    ref: JurisdictionRef,
    definition: YearDefinition,
    subjects: Sequence[repo.SubjectRow],
    records: repo.Records,
    as_of: date,
) -> list[Evidence]:
    """Every record that counts for the subjects' computed indicators, up to ``as_of``: the
    records read (:func:`_span`), judged, and the reports' (the compliance matrices of this
    jurisdiction and the counties, built together)."""
    start = date(definition.year, 1, 1)
    units = {s.id for s in subjects if s.kind == SubjectKind.unit}
    counties = [s for s in subjects if s.kind == SubjectKind.county]
    calendar = await load_calendar(session)
    zone = ZoneInfo(ref.time_zone)
    rows: list[Evidence] = []

    def subject_of(jid: uuid.UUID, unit_id: uuid.UUID | None) -> uuid.UUID | None:
        return unit_id if jid == ref.id else jid

    for t in records.tasks:
        subject = subject_of(t.jurisdiction_id, t.unit_id)
        judged = domain.task_outcome(
            calendar, t.created_on, t.deadline, t.completed_on, t.cancelled_on, as_of
        )
        if subject is None or judged is None:
            continue
        done = t.completed_on if t.completed_on and t.completed_on <= as_of else None
        rows.append(
            Evidence(
                subject,
                Measure.tasks_on_time,
                str(t.id),
                f"{t.code} {_short(t.title)}",
                t.deadline,
                done,
                *judged,
            )
        )
    for n in records.notices:
        subject = subject_of(n.jurisdiction_id, n.unit_id)
        judged = domain.dated_outcome(calendar, n.reply_due_on, n.replied_on, as_of)
        if subject is None or judged is None:
            continue
        done = n.replied_on if n.replied_on and n.replied_on <= as_of else None
        rows.append(
            Evidence(
                subject,
                Measure.supervision_replies_in_time,
                str(n.id),
                f"{n.code} {_short(n.text)}",
                n.reply_due_on,
                done,
                *judged,
            )
        )
    for f in records.findings:
        subject = f.unit_id if f.unit_id in units else f.county_id
        judged = domain.dated_outcome(calendar, f.due_on, f.rectified_on, as_of)
        if subject is None or judged is None:
            continue
        done = f.rectified_on if f.rectified_on and f.rectified_on <= as_of else None
        rows.append(
            Evidence(
                subject,
                Measure.findings_rectified_in_time,
                str(f.id),
                f"{_short(f.title, 30)}：{_short(f.problem)}",
                f.due_on,
                done,
                *judged,
            )
        )
    for invited in records.invitations:
        subject = subject_of(invited.jurisdiction_id, invited.unit_id)
        if subject is None or invited.attendance not in ("present", "absent", "represented"):
            continue  # attendance not recorded yet: no evidence either way
        day = invited.starts_at.astimezone(zone).date()
        present = invited.attendance == "present"
        rows.append(
            Evidence(
                subject,
                Measure.principal_attendance,
                f"{invited.id}:{invited.unit_id}",
                f"{_short(invited.title)}（{day.isoformat()}）",
                day,
                day if present else None,
                Outcome.met if present else Outcome.missed,
            )
        )
    kinds = {
        i.report_kind
        for i in definition.indicators
        if i.measure is Measure.report_timeliness and i.report_kind
    }
    for kind in sorted(kinds):
        rows += await _report_rows(session, ref, counties, kind, start, as_of)
    return rows


async def _report_rows(
    session: AsyncSession,
    ref: JurisdictionRef,
    counties: Sequence[repo.SubjectRow],
    kind: str,
    start: date,
    as_of: date,
) -> list[Evidence]:
    """The cells of the compliance matrices (this jurisdiction's units; each county's units and
    office) of the periods beginning in [start, as_of], as they stood on ``as_of``."""
    refs = [
        ref,
        *(JurisdictionRef(c.id, ref.lineage, c.time_zone or ref.time_zone) for c in counties),
    ]
    # The matrices judge "not yet due" against the day of ``now`` in each zone: the end of as_of.
    now = datetime.combine(as_of, time(23, 59), ZoneInfo(ref.time_zone))
    built = await report_compliance.build_many(session, refs, now, kind, start, as_of)
    last = as_of.isoformat()
    rows: list[Evidence] = []
    for matrix in built:
        if isinstance(matrix, report_compliance.Skipped):
            continue
        here = matrix.jurisdiction_id == ref.id
        for unit_id, __, unit_name in matrix.units:
            if here and unit_id is None:
                continue  # the office's own report is no member unit's
            subject = uuid.UUID(unit_id) if here and unit_id else matrix.jurisdiction_id
            cells = matrix.submitted.get(unit_id)
            for index, (period, due) in enumerate(matrix.periods):
                cell = cells[index] if cells else None
                if cell is not None and cell[2] > last:
                    cell = None  # submitted after as_of: not yet, that day
                if cell is not None:
                    status, late, done = cell[0], cell[1] or 0, date.fromisoformat(cell[2])
                else:
                    status = matrix.empty[index].value
                    late, done = matrix.working_days_overdue(index) or 0, None
                outcome = _OUTCOME_OF_CELL.get(status)
                if outcome is None:
                    continue  # not yet due
                who = "" if here else f"{unit_name or '办公室'} "
                rows.append(
                    Evidence(
                        subject,
                        Measure.report_timeliness,
                        f"{unit_id or 'office'}:{period.label}",
                        f"{who}{period.label} {matrix.report.name}",
                        due,
                        done,
                        outcome,
                        late,
                        kind,
                    )
                )
    return rows


# --- the cards -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Computed:
    row: Assessment
    defined: Defined
    as_of: date
    subjects: list[repo.SubjectRow]
    cards: list[Scorecard]
    scores: dict[tuple[uuid.UUID, str], AssessmentScore]
    files: dict[uuid.UUID, list[AssessmentScoreFile]]
    appeals: list[AssessmentAppeal]


async def _compute(
    session: AsyncSession, ref: JurisdictionRef, row: Assessment, today: date, asked: date | None
) -> Computed:
    as_of = _as_of(row.year, today, asked)
    defined = await _defined(session, ref, row.year, as_of)
    assessed = await repo.assessed(session, ref.id, row.id, _span(ref, defined.definition, as_of))
    subjects, stored = assessed.subjects, assessed.stored
    evidence = await gather(session, ref, defined.definition, subjects, assessed.records, as_of)
    scores = {(s.subject_id, s.indicator_key): s for s in stored.scores}
    entered = {key: Entered(float(s.score), s.reason) for key, s in scores.items()}
    cards = domain.scorecards(
        defined.definition,
        [Subject(s.id, SubjectKind(s.kind), s.name) for s in subjects],
        evidence,
        entered,
    )
    return Computed(row, defined, as_of, subjects, cards, scores, stored.files, stored.appeals)


def _file_out(f: AssessmentScoreFile) -> EvidenceFileOut:
    return EvidenceFileOut(
        id=f.id,
        position=f.position,
        filename=f.filename,
        file_type=f.file_type,
        media_type=f.media_type,
        size_bytes=f.size_bytes,
        sha256=f.sha256,
    )


def _appeal_out(a: AssessmentAppeal) -> AppealOut:
    return AppealOut(
        id=a.id,
        subject_id=a.subject_id,
        subject_kind=SubjectKind(a.subject_kind),
        indicator_key=a.indicator_key,
        reason=a.reason,
        appealed_by_name=a.appealed_by_name,
        appealed_at=a.appealed_at,
        outcome=AppealOutcome(a.outcome) if a.outcome else None,
        decision_reason=a.decision_reason,
        decided_by_name=a.decided_by_name,
        decided_at=a.decided_at,
    )


def _card_out(c: Computed, card: Scorecard, *, detail: bool) -> ScorecardOut:
    indicators = []
    for r in card.results:
        stored = c.scores.get((card.subject_id, r.indicator.key))
        indicators.append(
            IndicatorOut(
                key=r.indicator.key,
                name=r.indicator.name,
                measure=r.indicator.measure,
                weight=r.indicator.weight,
                score=r.score,
                rate=r.rate,
                counted=r.counted,
                met=r.met,
                late=r.late,
                missed=r.missed,
                working_days_late=r.working_days_late,
                computed_score=r.computed_score,
                adjusted=r.adjusted,
                reason=r.reason,
                entered_by_name=stored.entered_by_name if stored else None,
                files=[_file_out(f) for f in c.files.get(stored.id, [])] if stored else [],
                evidence=[
                    EvidenceOut(
                        record_id=e.record_id,
                        label=e.label,
                        due_on=e.due_on,
                        done_on=e.done_on,
                        outcome=e.outcome,
                        working_days_late=e.working_days_late,
                    )
                    for e in r.evidence
                ]
                if detail
                else None,
            )
        )
    assert card.rank is not None
    return ScorecardOut(
        subject_id=card.subject_id,
        kind=card.kind,
        name=card.name,
        total=card.total,
        grade=card.grade,
        rank=card.rank,
        complete=card.complete,
        indicators=indicators,
        appeals=[_appeal_out(a) for a in c.appeals if a.subject_id == card.subject_id]
        if detail
        else None,
    )


def _frozen(c: Computed) -> dict[str, Any]:
    """What a final assessment keeps: the definition, the day and every card with its drill-down
    and appeals, as the answers show them."""
    return {
        "as_of": c.as_of.isoformat(),
        "rule": c.defined.rule.rule,
        "source": c.defined.rule.source,
        "scale": c.defined.definition.scale,
        "indicators": [
            _definition_out(i).model_dump(mode="json") for i in c.defined.definition.indicators
        ],
        "grades": [{"name": g.name, "min": g.min_score} for g in c.defined.definition.grades],
        "cards": [_card_out(c, card, detail=True).model_dump(mode="json") for card in c.cards],
    }


def _definition_out(i: domain.Indicator) -> IndicatorDefinitionOut:
    return IndicatorDefinitionOut(
        key=i.key, name=i.name, weight=i.weight, measure=i.measure, report_kind=i.report_kind
    )


@dataclass(frozen=True)
class Cards:
    """The cards of an assessment as an answer shows them: computed while preparing, as kept
    once final."""

    row: Assessment
    as_of: date
    rule: str
    source: str
    scale: int
    indicators: list[IndicatorDefinitionOut]
    grades: list[GradeOut]
    cards: list[ScorecardOut]  # with drill-down and appeals


async def _cards(
    session: AsyncSession, ref: JurisdictionRef, row: Assessment, today: date, asked: date | None
) -> Cards:
    if row.frozen is not None:
        kept = row.frozen
        return Cards(
            row,
            date.fromisoformat(kept["as_of"]),
            kept["rule"],
            kept["source"],
            kept["scale"],
            [IndicatorDefinitionOut.model_validate(i) for i in kept["indicators"]],
            [GradeOut.model_validate(g) for g in kept["grades"]],
            [ScorecardOut.model_validate(c) for c in kept["cards"]],
        )
    c = await _compute(session, ref, row, today, asked)
    return Cards(
        row,
        c.as_of,
        c.defined.rule.rule,
        c.defined.rule.source,
        c.defined.definition.scale,
        [_definition_out(i) for i in c.defined.definition.indicators],
        [GradeOut(name=g.name, min=g.min_score) for g in c.defined.definition.grades],
        [_card_out(c, card, detail=True) for card in c.cards],
    )


def _brief(card: ScorecardOut) -> ScorecardOut:
    """A card for a list: no drill-down, no appeals."""
    return card.model_copy(
        update={
            "indicators": [i.model_copy(update={"evidence": None}) for i in card.indicators],
            "appeals": None,
        }
    )


def _standing(card: ScorecardOut) -> StandingOut:
    return StandingOut(
        subject_id=card.subject_id,
        kind=card.kind,
        name=card.name,
        total=card.total,
        grade=card.grade,
        rank=card.rank,
        complete=card.complete,
    )


def _assessment_out(
    cards: Cards, ref: JurisdictionRef, who: Reader, appeals_pending: int
) -> AssessmentOut:
    row = cards.row
    return AssessmentOut(
        jurisdiction_id=ref.id,
        year=row.year,
        state=AssessmentState(row.state),
        as_of=cards.as_of,
        rule=cards.rule,
        source=cards.source,
        scale=cards.scale,
        indicators=cards.indicators,
        grades=cards.grades,
        created_at=row.created_at,
        created_by_name=row.created_by_name,
        finalised_at=row.finalised_at,
        finalised_by_name=row.finalised_by_name,
        appeals_pending=appeals_pending,
        standings=[_standing(c) for c in cards.cards if who.sees(c.subject_id)],
    )


def _pending_appeals(cards: Cards, who: Reader) -> int:
    return sum(
        1
        for card in cards.cards
        if who.sees(card.subject_id)
        for a in card.appeals or ()
        if a.outcome is None
    )


# --- reading -------------------------------------------------------------------------------------


async def get_assessment(
    session: AsyncSession, who: Reader, year: int, now: datetime
) -> AssessmentOut:
    ref = who.jurisdiction
    row = await _assessment(session, ref, year)
    cards = await _cards(session, ref, row, local_today(ref, now), None)
    return _assessment_out(cards, ref, who, _pending_appeals(cards, who))


async def list_scorecards(
    session: AsyncSession, who: Reader, year: int, now: datetime, as_of: date | None
) -> ScorecardsOut:
    ref = who.jurisdiction
    row = await _assessment(session, ref, year)
    cards = await _cards(session, ref, row, local_today(ref, now), as_of)
    return ScorecardsOut(
        year=row.year,
        state=AssessmentState(row.state),
        as_of=cards.as_of,
        rule=cards.rule,
        source=cards.source,
        scale=cards.scale,
        items=[_brief(c) for c in cards.cards if who.sees(c.subject_id)],
    )


async def get_scorecard(
    session: AsyncSession,
    who: Reader,
    year: int,
    subject: uuid.UUID,
    now: datetime,
    as_of: date | None,
) -> ScorecardOut:
    ref = who.jurisdiction
    if not who.sees(subject):
        raise NotFound(CARD_NOT_HERE)
    row = await _assessment(session, ref, year)
    cards = await _cards(session, ref, row, local_today(ref, now), as_of)
    card = next((c for c in cards.cards if c.subject_id == subject), None)
    if card is None:
        raise NotFound(CARD_NOT_HERE)
    return card


async def list_appeals(
    session: AsyncSession, who: Reader, year: int, pending: bool | None
) -> AppealsOut:
    """The appeals of the cards the caller sees, oldest first; ``pending``: only the undecided
    (true) or only the decided (false)."""
    ref = who.jurisdiction
    row = await _assessment(session, ref, year)
    return AppealsOut(
        items=[
            _appeal_out(a)
            for a in await repo.appeals(session, ref.id, row.id)
            if who.sees(a.subject_id) and (pending is None or pending == (a.outcome is None))
        ]
    )


async def enter(session: AsyncSession, actor: Actor, jurisdiction_id: uuid.UUID) -> Reader:
    """The caller at the assessing jurisdiction: whoever reads it, or the office of a county
    directly below it (its card is kept here); anyone else: 404, as for no jurisdiction."""
    ref = await jurisdiction_ref(session, jurisdiction_id)
    if ref is not None:
        who = await reader(session, actor, ref)
        if may_enter(actor, ref) or who.counties_led:
            return who
    raise NotFound(_("No such jurisdiction."))


async def get_appeal(
    session: AsyncSession, who: Reader, year: int, appeal_id: uuid.UUID
) -> AppealOut:
    """One appeal, to whoever sees the card it is against (404 for anyone else)."""
    ref = who.jurisdiction
    row = await _assessment(session, ref, year)
    found = await repo.appeal(session, ref.id, row.id, appeal_id)
    if found is None or not who.sees(found.subject_id):
        raise NotFound(APPEAL_NOT_HERE)
    return _appeal_out(found)


@dataclass(frozen=True)
class Standing:
    """One line of the board: a subject, its kind, total, grade and rank."""

    subject_name: str
    kind: SubjectKind
    total: float
    grade: str
    rank: int


async def standings(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_id: uuid.UUID,
    year: int,
    now: datetime | None = None,
) -> list[Standing] | None:
    """The year's standings for the board: None when the jurisdiction has no assessment of the
    year (or the caller cannot read the jurisdiction); else the subjects the caller may see
    (everyone for the office and the leadership, its own card for a unit or a county), as of
    today (by ``now``, the request's clock; the real one when left out) while preparing, as
    finalised once final."""
    ref = await jurisdiction_ref(session, jurisdiction_id)
    if ref is None:
        return None
    who = await reader(session, actor, ref)
    if not may_enter(actor, ref) and not who.counties_led:
        return None
    row = await repo.get(session, ref.id, year)
    if row is None:
        return None
    cards = await _cards(session, ref, row, local_today(ref, now or datetime.now(UTC)), None)
    return [
        Standing(c.name, c.kind, c.total, c.grade, c.rank)
        for c in cards.cards
        if who.sees(c.subject_id)
    ]


# --- the table (xlsx, CSV) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    title: str
    header: list[str]
    rows: list[list[Any]]


async def table(
    session: AsyncSession, who: Reader, year: int, now: datetime, as_of: date | None
) -> Table:
    """The layout offices use: unit, each indicator's score, total, grade, rank; units first,
    then counties, each by rank."""
    out = await list_scorecards(session, who, year, now, as_of)
    indicators = out.items[0].indicators if out.items else []
    header = [
        "考核对象",
        "类别",
        *(f"{i.name}（{i.weight}分）" for i in indicators),
        "总分",
        "等次",
        "名次",
    ]
    kinds = {SubjectKind.unit: "成员单位", SubjectKind.county: "县市（园区）"}
    rows = [
        [
            c.name,
            kinds[c.kind],
            *(i.score for i in c.indicators),
            c.total,
            c.grade,
            c.rank,
        ]
        for c in sorted(out.items, key=lambda c: (c.kind != SubjectKind.unit, c.rank, c.name))
    ]
    state = "（定稿）" if out.state is AssessmentState.final else f"（截至{out.as_of.isoformat()}）"
    return Table(f"{year}年度绩效考核结果{state}", header, rows)


# --- writing -------------------------------------------------------------------------------------


async def prepare(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, year: int, now: datetime
) -> tuple[AssessmentOut, bool]:
    """Prepare the year's assessment (C-ASM-1); again: nothing changes. 409 once final, or when
    the rulebook in force defines no assessment for the year."""
    today = local_today(ref, now)
    row = await repo.get(session, ref.id, year, for_update=True)
    created = row is None
    if row is None:
        await _defined(session, ref, year, _as_of(year, today, None))
        row = Assessment(
            id=uuid.uuid4(),
            jurisdiction_id=ref.id,
            year=year,
            state=AssessmentState.preparing.value,
            created_by=actor.id,
            created_by_name=actor.display_name,
        )
        await repo.add(session, row)
    else:
        domain.check_open(AssessmentState(row.state))
    who = Reader(actor, ref)
    cards = await _cards(session, ref, row, today, None)
    out = _assessment_out(cards, ref, who, _pending_appeals(cards, who))
    if created:
        await audit.record(
            session,
            actor,
            action="assessment.prepare",
            entity_type="assessment",
            entity_id=row.id,
            jurisdiction_id=ref.id,
            after=out.model_copy(update={"standings": []}),
        )
    return out, created


async def _open(session: AsyncSession, ref: JurisdictionRef, year: int) -> Assessment:
    row = await _assessment(session, ref, year, for_update=True)
    domain.check_open(AssessmentState(row.state))
    return row


async def _subject_kind(
    session: AsyncSession, ref: JurisdictionRef, subject: uuid.UUID
) -> SubjectKind:
    for s in await repo.subjects(session, ref.id):
        if s.id == subject:
            return SubjectKind(s.kind)
    raise NotFound(CARD_NOT_HERE)


async def _indicator(
    session: AsyncSession, ref: JurisdictionRef, row: Assessment, key: str, today: date
) -> domain.Indicator:
    defined = await _defined(session, ref, row.year, _as_of(row.year, today, None))
    indicator = defined.definition.indicator(key)
    if indicator is None:
        raise NotFound(_("No indicator {key} in this assessment.", key=key))
    return indicator


def _score_out(row: AssessmentScore, files: Sequence[AssessmentScoreFile]) -> ScoreOut:
    return ScoreOut(
        subject_id=row.subject_id,
        indicator_key=row.indicator_key,
        score=float(row.score),
        reason=row.reason,
        entered_by_name=row.entered_by_name,
        entered_at=row.entered_at,
        files=[_file_out(f) for f in files],
    )


async def put_score(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    year: int,
    subject: uuid.UUID,
    key: str,
    data: ScoreIn,
    now: datetime,
) -> ScoreOut:
    """The office enters a manual indicator's score, or a computed one's after an appeal against
    it was upheld, with its reason; a later entry replaces it (the audit trail keeps both)."""
    # What the path names is found (404) before the assessment's state is judged (409).
    row = await _assessment(session, ref, year, for_update=True)
    await _subject_kind(session, ref, subject)
    domain.check_open(AssessmentState(row.state))
    indicator = await _indicator(session, ref, row, key, local_today(ref, now))
    entry = await repo.score_entry(session, ref.id, row.id, subject, key)
    domain.check_score(indicator, float(data.score), upheld_appeal=entry.upheld)
    stored = entry.score
    before = None
    if stored is None:
        stored = AssessmentScore(
            id=uuid.uuid4(),
            jurisdiction_id=ref.id,
            assessment_id=row.id,
            subject_id=subject,
            indicator_key=key,
            score=data.score,
            reason=data.reason,
            entered_by=actor.id,
            entered_by_name=actor.display_name,
        )
        await repo.add(session, stored)
        files: list[AssessmentScoreFile] = []
    else:
        files = entry.files
        before = _score_out(stored, files)
        stored.score = data.score
        stored.reason = data.reason
        stored.entered_by = actor.id
        stored.entered_by_name = actor.display_name
        stored.entered_at = now
        await session.flush()
    out = _score_out(stored, files)
    await audit.record(
        session,
        actor,
        action="assessment.score",
        entity_type="assessment_score",
        entity_id=stored.id,
        jurisdiction_id=ref.id,
        before=before,
        after=out,
    )
    return out


async def add_score_files(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    year: int,
    subject: uuid.UUID,
    key: str,
    uploads: Sequence[UploadFile],
    max_file_bytes: int,
) -> ScoreOut:
    """Evidence files for an entered score (the score first: 409 without one)."""
    row = await _assessment(session, ref, year, for_update=True)
    stored = await repo.score(session, ref.id, row.id, subject, key)
    if stored is None:
        # Only a subject has scores: one without is found (404) before the state is judged.
        await _subject_kind(session, ref, subject)
    domain.check_open(AssessmentState(row.state))
    if stored is None:
        raise StateConflict(
            _("Enter the score of indicator {key} before its evidence files.", key=key)
        )
    if not uploads:
        raise InvalidInput(
            _("Send at least one evidence file."),
            (FieldError(("body", EVIDENCE_FIELD), _("no file sent")),),
        )
    files = await read_evidence(uploads, max_file_bytes, _("A score's evidence"))
    existing = await repo.files_of(session, ref.id, [stored.id])
    start = max((f.position for f in existing), default=0) + 1
    new = [
        AssessmentScoreFile(
            id=uuid.uuid4(),
            jurisdiction_id=ref.id,
            score_id=stored.id,
            position=position,
            filename=clean_filename(upload.filename, f"评分佐证材料{position}.{kind.value}"),
            file_type=kind.value,
            media_type=kind.media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        for position, (upload, content, kind) in enumerate(files, start=start)
    ]
    session.add_all(new)
    await session.flush()
    out = _score_out(stored, [*existing, *new])
    await audit.record(
        session,
        actor,
        action="assessment.score_files",
        entity_type="assessment_score",
        entity_id=stored.id,
        jurisdiction_id=ref.id,
        before=_score_out(stored, existing),
        after=out,
    )
    return out


async def score_file(
    session: AsyncSession,
    who: Reader,
    year: int,
    subject: uuid.UUID,
    key: str,
    file_id: uuid.UUID,
) -> AssessmentScoreFile:
    ref = who.jurisdiction
    if not who.sees(subject):
        raise NotFound(CARD_NOT_HERE)
    row = await _assessment(session, ref, year)
    stored = await repo.score(session, ref.id, row.id, subject, key)
    found = await repo.file(session, ref.id, stored.id, file_id) if stored else None
    if found is None:
        raise NotFound(FILE_NOT_HERE)
    return found


async def appeal(
    session: AsyncSession,
    who: Reader,
    year: int,
    subject: uuid.UUID,
    key: str,
    data: AppealIn,
    now: datetime,
) -> AppealOut:
    """The assessed unit's people, or the assessed county's office, appeal an item of their own
    card (403 naming C-ASM-1 for anyone else who sees it); never once final (409)."""
    ref, actor = who.jurisdiction, who.actor
    if not who.sees(subject):
        raise NotFound(CARD_NOT_HERE)
    row = await _assessment(session, ref, year, for_update=True)
    kind = await _subject_kind(session, ref, subject)
    domain.check_open(AssessmentState(row.state))
    if not who.speaks_for(subject):
        raise RuleViolation(
            _("Only the assessed unit, or the assessed county's office, appeals its card."),
            rule=domain.RULE,
            source=domain.SOURCE,
        )
    await _indicator(session, ref, row, key, local_today(ref, now))
    new = AssessmentAppeal(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        assessment_id=row.id,
        subject_id=subject,
        subject_kind=kind.value,
        indicator_key=key,
        reason=data.reason,
        appealed_by=actor.id,
        appealed_by_name=actor.display_name,
    )
    await repo.add(session, new)
    out = _appeal_out(new)
    await audit.record(
        session,
        actor,
        action="assessment.appeal",
        entity_type="assessment_appeal",
        entity_id=new.id,
        jurisdiction_id=ref.id,
        after=out,
    )
    return out


async def decide(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    year: int,
    appeal_id: uuid.UUID,
    data: AppealDecisionIn,
    now: datetime,
) -> AppealOut:
    """The office decides an appeal, once: upheld (it may then enter the item's score) or
    rejected, with its reason."""
    row = await _assessment(session, ref, year, for_update=True)
    found = await repo.appeal(session, ref.id, row.id, appeal_id)
    if found is None:
        raise NotFound(APPEAL_NOT_HERE)
    domain.check_open(AssessmentState(row.state))
    if found.outcome is not None:
        raise StateConflict(_("This appeal is decided already."))
    before = _appeal_out(found)
    found.outcome = data.outcome.value
    found.decision_reason = data.reason
    found.decided_by = actor.id
    found.decided_by_name = actor.display_name
    found.decided_at = now
    await session.flush()
    out = _appeal_out(found)
    await audit.record(
        session,
        actor,
        action="assessment.appeal_decision",
        entity_type="assessment_appeal",
        entity_id=found.id,
        jurisdiction_id=ref.id,
        before=before,
        after=out,
    )
    return out


async def finalise(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, year: int, now: datetime
) -> AssessmentOut:
    """The office director finalises: every appeal decided and every manual score entered (409
    naming what is missing otherwise); the scorecards as of today are kept and never change."""
    row = await _open(session, ref, year)
    today = local_today(ref, now)
    c = await _compute(session, ref, row, today, None)
    domain.check_finalisable(
        domain.Pending(
            domain.missing_scores(c.cards), sum(1 for a in c.appeals if a.outcome is None)
        )
    )
    row.frozen = _frozen(c)
    row.state = AssessmentState.final.value
    row.finalised_on = c.as_of
    row.finalised_at = now
    row.finalised_by = actor.id
    row.finalised_by_name = actor.display_name
    await session.flush()
    who = Reader(actor, ref)
    cards = await _cards(session, ref, row, today, None)
    out = _assessment_out(cards, ref, who, 0)
    # Emitted before the audit record, whose INSERT carries it (app/services/events.py).
    emit(
        session,
        EventType.assessment_finalised,
        ref.id,
        "assessment",
        row.id,
        f"/v1/jurisdictions/{ref.id}/assessments/{year}",
        {"year": year, "state": row.state, "finalised_on": c.as_of.isoformat()},
    )
    await audit.record(
        session,
        actor,
        action="assessment.finalise",
        entity_type="assessment",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        after=out,
    )
    return out
