"""Performance assessment (绩效考核, C-ASM-1): reform progress is part of the annual assessment of
the counties and the departments, and the office collects its data (C 第十五条, CO 第五条).

A rulebook defines, per year, the indicators (each computed from the system's own records, or
scored by the office), their weights, the scale and the grades. The evidence is plain rows, one
per record that counts (a report due, a task due, a supervision notice's reply date, an
inspection finding's rectification deadline, a meeting a unit's head was invited to), each
already judged met, late or missed; this module turns the rows and the year's definition into
each subject's scorecard: per indicator the rate, the score and the rows that made them (the
drill-down), then the total, the grade and the rank. It never reads the clock: ``as_of`` is
given, and a record not yet due on that day is no evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from app.domain.calendar import WorkingDayCalendar, working_days_between
from app.domain.errors import FieldError, InvalidInput, RuledConflict, StateConflict
from app.domain.messages import _

RULE = "C-ASM-1"
SOURCE = "C 第十五条, CO 第五条"
# The largest scale a rulebook may set (a weight or a manual score is at most the scale).
MAX_SCALE = 1000
# Scores are kept to two decimals: the figures an office's table shows.
PLACES = 2


class Measure(StrEnum):
    """What an indicator measures: a rate computed from the system's own records, or ``manual``
    (the office scores it, with a written reason)."""

    report_timeliness = "report_timeliness"  # reports of a report kind submitted by the due date
    tasks_on_time = "tasks_on_time"  # tasks due completed by their deadline
    supervision_replies_in_time = "supervision_replies_in_time"  # notices answered by the date
    findings_rectified_in_time = "findings_rectified_in_time"  # findings rectified by deadline
    principal_attendance = "principal_attendance"  # meetings the unit's head attended in person
    manual = "manual"


class SubjectKind(StrEnum):
    unit = "unit"  # a member unit of the jurisdiction (有关部门)
    county = "county"  # a jurisdiction directly below (县市（园区）)


class AssessmentState(StrEnum):
    preparing = "preparing"
    final = "final"


class Outcome(StrEnum):
    """One record's part in a rate: met (in time), late (done after its date) or missed (not
    done by its date, or the head absent)."""

    met = "met"
    late = "late"
    missed = "missed"


class AppealOutcome(StrEnum):
    upheld = "upheld"
    rejected = "rejected"


# --- the rulebook's definition ------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    weight: int
    measure: Measure
    report_kind: str | None = None  # report_timeliness: the report kind whose cells count

    @property
    def manual(self) -> bool:
        return self.measure is Measure.manual


@dataclass(frozen=True)
class Grade:
    name: str
    min_score: int  # the lowest total that earns it


@dataclass(frozen=True)
class YearDefinition:
    year: int
    scale: int
    indicators: tuple[Indicator, ...]
    grades: tuple[Grade, ...]  # highest threshold first; the last one's is 0

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)

    def grade_of(self, total: float) -> str:
        return next(g.name for g in self.grades if total >= g.min_score)


@dataclass(frozen=True)
class AssessmentRule:
    rule: str
    source: str
    years: Mapping[int, YearDefinition] = field(default_factory=dict)


# --- the evidence -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One record that counts for one subject's indicator of one measure."""

    subject_id: UUID
    measure: Measure
    record_id: str  # the record's id (a task, a notice …; a report: its unit and period)
    label: str  # what it is, for people: 2026-Q1 季度书面汇报, 1.2 任务名 …
    due_on: date | None
    done_on: date | None
    outcome: Outcome
    working_days_late: int = 0  # working days past the date (done late, or still not done)
    report_kind: str | None = None


def task_outcome(
    calendar: WorkingDayCalendar,
    created_on: date,
    deadline: date,
    completed_on: date | None,
    cancelled_on: date | None,
    as_of: date,
) -> tuple[Outcome, int] | None:
    """A task as evidence on ``as_of``, by the task breakdown's own rules (app.domain.tasks
    state_on and overdue_working_days; that module imports the rulebook, which imports this one,
    so the few lines are restated and a unit test holds them together): None when not created
    yet, cancelled by then, or open and not past its deadline; else met (completed by the
    deadline), late (completed after it) or missed (still open past it), with the working days
    past the deadline."""
    if as_of < created_on or (cancelled_on is not None and cancelled_on <= as_of):
        return None
    if completed_on is not None and completed_on <= as_of:
        if completed_on <= deadline:
            return Outcome.met, 0
        return Outcome.late, working_days_between(calendar, deadline, completed_on)
    if deadline >= as_of:
        return None
    return Outcome.missed, working_days_between(calendar, deadline, as_of)


def dated_outcome(
    calendar: WorkingDayCalendar, due_on: date, done_on: date | None, as_of: date
) -> tuple[Outcome, int] | None:
    """A record with a date to meet (a notice's reply date, a finding's rectification deadline)
    on ``as_of``: done by then in time (met) or late, or not done and the date passed (missed);
    None while not done and not yet past its date. What happened after ``as_of`` is unknown."""
    done = done_on if done_on is not None and done_on <= as_of else None
    if done is not None:
        if done <= due_on:
            return Outcome.met, 0
        return Outcome.late, working_days_between(calendar, due_on, done)
    if as_of <= due_on:
        return None
    return Outcome.missed, max(working_days_between(calendar, due_on, as_of), 0)


# --- the scorecard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entered:
    """A score the office entered: a manual indicator's, or a computed one's after an upheld
    appeal (it then replaces the computed score)."""

    score: float
    reason: str


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    score: float | None  # None: a manual score not entered yet
    rate: float | None = None  # computed only; None when no record counted
    counted: int = 0
    met: int = 0
    late: int = 0
    missed: int = 0
    working_days_late: int = 0
    evidence: tuple[Evidence, ...] = ()
    computed_score: float | None = None  # before an adjustment
    adjusted: bool = False
    reason: str | None = None  # the office's reason for an entered score


@dataclass(frozen=True)
class Scorecard:
    subject_id: UUID
    kind: SubjectKind
    name: str
    results: tuple[IndicatorResult, ...]
    total: float
    grade: str
    complete: bool  # every manual score entered
    rank: int | None = None

    def result(self, key: str) -> IndicatorResult | None:
        return next((r for r in self.results if r.indicator.key == key), None)


@dataclass(frozen=True)
class Subject:
    id: UUID
    kind: SubjectKind
    name: str


def _round(value: float) -> float:
    return round(value + 0.0, PLACES)


def indicator_result(
    indicator: Indicator, rows: Sequence[Evidence], entered: Entered | None
) -> IndicatorResult:
    """An indicator's figures. A computed one scores weight × rate (the full weight when no
    record counted: nothing speaks against the subject); an entered score replaces it."""
    if indicator.manual:
        return IndicatorResult(
            indicator,
            score=entered.score if entered else None,
            reason=entered.reason if entered else None,
        )
    met = sum(1 for r in rows if r.outcome is Outcome.met)
    late = sum(1 for r in rows if r.outcome is Outcome.late)
    missed = sum(1 for r in rows if r.outcome is Outcome.missed)
    rate = None if not rows else round(met / len(rows), 4)
    computed = _round(indicator.weight * (1 if not rows else met / len(rows)))
    return IndicatorResult(
        indicator,
        score=entered.score if entered else computed,
        rate=rate,
        counted=len(rows),
        met=met,
        late=late,
        missed=missed,
        working_days_late=sum(r.working_days_late for r in rows),
        evidence=tuple(rows),
        computed_score=computed,
        adjusted=entered is not None,
        reason=entered.reason if entered else None,
    )


def _rows_for(indicator: Indicator, rows: Iterable[Evidence]) -> list[Evidence]:
    return [
        r
        for r in rows
        if r.measure is indicator.measure
        and (
            indicator.measure is not Measure.report_timeliness
            or r.report_kind == indicator.report_kind
        )
    ]


def scorecard(
    definition: YearDefinition,
    subject: Subject,
    evidence: Iterable[Evidence],
    entered: Mapping[str, Entered],
) -> Scorecard:
    """One subject's card from its evidence rows and the scores entered for it (by indicator)."""
    mine = [r for r in evidence if r.subject_id == subject.id]
    results = tuple(
        indicator_result(i, _rows_for(i, mine), entered.get(i.key)) for i in definition.indicators
    )
    total = _round(sum(r.score for r in results if r.score is not None))
    return Scorecard(
        subject.id,
        subject.kind,
        subject.name,
        results,
        total,
        definition.grade_of(total),
        complete=all(r.score is not None for r in results),
    )


def ranked(cards: Sequence[Scorecard]) -> list[Scorecard]:
    """The cards with their ranks: within each kind (units among units, counties among counties),
    by total, highest first, equal totals sharing a rank (1, 2, 2, 4); in that order, units
    first, then by name."""
    out: list[Scorecard] = []
    for kind in SubjectKind:
        of_kind = sorted((c for c in cards if c.kind is kind), key=lambda c: (-c.total, c.name))
        for card in of_kind:
            rank = 1 + sum(1 for other in of_kind if other.total > card.total)
            out.append(_with_rank(card, rank))
    return out


def _with_rank(card: Scorecard, rank: int) -> Scorecard:
    return Scorecard(
        card.subject_id,
        card.kind,
        card.name,
        card.results,
        card.total,
        card.grade,
        card.complete,
        rank,
    )


def scorecards(
    definition: YearDefinition,
    subjects: Sequence[Subject],
    evidence: Iterable[Evidence],
    entered: Mapping[tuple[UUID, str], Entered],
) -> list[Scorecard]:
    rows = list(evidence)
    by_subject: dict[UUID, list[Evidence]] = {s.id: [] for s in subjects}
    for row in rows:
        if row.subject_id in by_subject:
            by_subject[row.subject_id].append(row)
    cards = [
        scorecard(
            definition,
            s,
            by_subject[s.id],
            {key: e for (sid, key), e in entered.items() if sid == s.id},
        )
        for s in subjects
    ]
    return ranked(cards)


# --- the workflow -------------------------------------------------------------------------------


def check_open(state: AssessmentState) -> None:
    """A final assessment never changes (C-ASM-1: the year's assessment, once finalised, is the
    record)."""
    if state is AssessmentState.final:
        raise RuledConflict(
            _("This assessment is final: its scorecards no longer change."),
            rule=RULE,
            source=SOURCE,
        )


def check_score(indicator: Indicator, score: float, *, upheld_appeal: bool) -> None:
    """The office enters a manual indicator's score, or a computed one's after an appeal against
    it was upheld; within 0 and the indicator's weight."""
    if not indicator.manual and not upheld_appeal:
        raise StateConflict(
            _(
                "Indicator {key} is computed from the records: its score changes only after an "
                "appeal against it is upheld.",
                key=indicator.key,
            )
        )
    if not 0 <= score <= indicator.weight:
        raise InvalidInput(
            _(
                "The score of indicator {key} is from 0 to its weight, {weight}.",
                key=indicator.key,
                weight=indicator.weight,
            ),
            (FieldError(("body", "score"), _("out of range")),),
        )


@dataclass(frozen=True)
class Pending:
    """What keeps an assessment from being finalised."""

    missing_scores: tuple[tuple[str, str], ...]  # (subject's name, indicator) without a score
    undecided_appeals: int


def check_finalisable(pending: Pending) -> None:
    if pending.undecided_appeals:
        raise StateConflict(
            _(
                "{count} appeal(s) are not decided: decide every appeal before finalising.",
                count=pending.undecided_appeals,
            )
        )
    if pending.missing_scores:
        raise StateConflict(
            _(
                "{count} manual score(s) are not entered ({missing}): enter every manual "
                "indicator's score of every subject before finalising.",
                count=len(pending.missing_scores),
                missing="; ".join(f"{name}: {key}" for name, key in pending.missing_scores),
            )
        )


def missing_scores(cards: Iterable[Scorecard]) -> tuple[tuple[str, str], ...]:
    """(subject, indicator) of each manual score not entered, by their names: the refusal is
    read by the office's clerk, who knows the indicators by the rulebook's names."""
    return tuple(
        (card.name, r.indicator.name) for card in cards for r in card.results if r.score is None
    )
