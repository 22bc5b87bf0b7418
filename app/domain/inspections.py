"""Supervision and inspection (督导检查, CO-SUP-1): the office plans inspections of member units
and counties, records them as held, and records findings — the problem, its cause, the proposed
handling — each with a responsible party and a rectification deadline in working days. The party
is a member unit here or a county the inspection inspects (a jurisdiction directly below, whose
office answers). It answers with its rectification and evidence; the office accepts the answer or
sends it back. The regular evaluation (定期评估) lists every inspection and finding of a period
with its status.

A finding still open is overdue as a task is (app.domain.tasks): by the mainland-China working
days begun since its deadline; it is rectified on the day of the answer the office accepted.

A finding can lead to a supervision notice, a public notice or a task: the office links it to
them (``FindingLinkKind``); each link is read by whoever may read both the finding and what it
names (``link_readable``).

Pure: plain values in, values, ``Decision``s or domain errors out.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from enum import StrEnum
from uuid import UUID

from app.domain import tasks
from app.domain.calendar import WorkingDayCalendar
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.messages import _
from app.domain.positions import PositionLevel
from app.domain.rulebook import Decision

RULE = "CO-SUP-1"
SOURCE = (
    "昌建审改办〔2020〕3号 附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》 第十三条"
    "（督导检查制度：及时查找存在问题，深入分析原因，提出处理意见；定期评估、通报改革进展情况）"
)

# Bounds of a rectification period, in working days (a year's worth at most).
MAX_RECTIFICATION_WORKING_DAYS = 250


class InspectionState(StrEnum):
    planned = "planned"
    held = "held"


class InspectionAct(StrEnum):
    amend = "amend"  # change the plan
    hold = "hold"  # record it as held
    add_finding = "add_finding"


_ALLOWED: dict[InspectionAct, frozenset[InspectionState]] = {
    InspectionAct.amend: frozenset({InspectionState.planned}),
    InspectionAct.hold: frozenset({InspectionState.planned}),
    InspectionAct.add_finding: frozenset({InspectionState.held}),
}

_REFUSED = {
    InspectionAct.amend: _("An inspection already held is a record: its plan no longer changes."),
    InspectionAct.hold: _("The inspection is already recorded as held."),
    InspectionAct.add_finding: _("Findings are recorded once the inspection is held."),
}


def check_inspection_act(state: InspectionState, act: InspectionAct) -> None:
    if state not in _ALLOWED[act]:
        raise StateConflict(_REFUSED[act])


def judge_inspecting_office(at_home: bool) -> Decision:
    """CO-SUP-1: the inspecting office plans and records its inspections and reviews the
    answers to their findings, through its own jurisdiction. Reached through an inspected
    county's jurisdiction (``at_home`` false), an inspection and its findings for the county are
    the county's to read and answer, not to change."""
    if at_home:
        return Decision(True, RULE, SOURCE, _("the inspecting office"))
    return Decision(
        False,
        RULE,
        SOURCE,
        _(
            "This inspection (督导检查) is the office above's: it plans and records it "
            "and reviews the answers to its findings; through the inspected county "
            "the county's office reads it and answers its findings for the county."
        ),
    )


def check_dates(starts_on: date, ends_on: date | None) -> None:
    """An inspection spans one day or a range; the range does not end before it starts."""
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(
            _("An inspection ends on or after the day it starts."),
            (FieldError(("body", "ends_on"), _("before starts_on")),),
        )


def check_scope(unit_ids: list[UUID], county_ids: list[UUID]) -> None:
    """An inspection inspects someone: member units, counties, or both (CO-SUP-1)."""
    if not unit_ids and not county_ids:
        raise InvalidInput(
            _("An inspection names the member units or counties it inspects ({rule}).", rule=RULE),
            (FieldError(("body", "unit_ids"), _("neither units nor counties named")),),
        )


def check_held_on(starts_on: date, held_on: date, today: date) -> None:
    """Held on a day not before the plan's first day and not in the future."""
    if held_on > today:
        raise InvalidInput(
            _("An inspection is recorded as held once it has taken place."),
            (FieldError(("body", "held_on"), _("after today")),),
        )
    if held_on < starts_on:
        raise InvalidInput(
            _("An inspection is not held before the day it was planned to start."),
            (FieldError(("body", "held_on"), _("before starts_on")),),
        )


# --- findings -----------------------------------------------------------------------------------


class FindingState(StrEnum):
    open = "open"  # awaiting the unit's answer (again, after one was sent back)
    answered = "answered"  # awaiting the office's review
    accepted = "accepted"  # rectified


class FindingAct(StrEnum):
    answer = "answer"
    review = "review"  # accept or send back


class FindingReviewOutcome(StrEnum):
    accepted = "accepted"
    sent_back = "sent_back"


def check_finding_act(state: FindingState, act: FindingAct) -> None:
    if act is FindingAct.answer and state is not FindingState.open:
        raise StateConflict(
            _("The finding's rectification is accepted: it takes no further answers.")
            if state is FindingState.accepted
            else _("The unit's answer awaits the office's review: no further answer until then.")
        )
    if act is FindingAct.review and state is not FindingState.answered:
        raise StateConflict(_("No answer awaits review on this finding."))


def state_after_review(outcome: FindingReviewOutcome) -> FindingState:
    return FindingState.accepted if outcome is FindingReviewOutcome.accepted else FindingState.open


def check_responsible(unit_id: UUID | None, county_id: UUID | None) -> None:
    """A finding names one responsible party: a member unit (``unit_id``) or a county
    (``county_id``), never both, never neither (CO-SUP-1)."""
    if unit_id is not None and county_id is not None:
        raise InvalidInput(
            _(
                "A finding names one responsible party: a member unit (unit_id) or a "
                "county (county_id), not both."
            ),
            (FieldError(("body", "county_id"), _("unit_id is given too: name one of them")),),
        )
    if unit_id is None and county_id is None:
        raise InvalidInput(
            _(
                "A finding names its responsible party: a member unit (unit_id) or a "
                "county (county_id) ({rule}).",
                rule=RULE,
            ),
            (
                FieldError(("body", "unit_id"), _("one of unit_id and county_id is required")),
                FieldError(("body", "county_id"), _("one of unit_id and county_id is required")),
            ),
        )


def check_county_in_scope(county_id: UUID, inspected: Collection[UUID]) -> None:
    """A county answers for a finding of an inspection that inspected it: one of its scope's
    counties (which are jurisdictions directly below the inspecting one)."""
    if county_id not in inspected:
        raise InvalidInput(
            _("A finding for a county names a county this inspection inspects (its county_ids)."),
            (FieldError(("body", "county_id"), _("not a county this inspection inspects")),),
        )


def judge_answer(unit_id: UUID | None, caller_units: frozenset[UUID]) -> Decision:
    """CO-SUP-1: a finding is answered by its responsible unit, through a person holding a post
    for it; the office reviews the answer and does not give it."""
    if unit_id in caller_units:
        return Decision(True, RULE, SOURCE, _("the responsible unit answers"))
    return Decision(
        False,
        RULE,
        SOURCE,
        _(
            "A finding of an inspection (督导检查) is answered by its responsible "
            "unit: only a person holding a post for that unit answers; the office "
            "accepts or sends it back."
        ),
    )


def judge_county_answer(
    through_the_county: bool, levels_there: frozenset[PositionLevel]
) -> Decision:
    """CO-SUP-1: a county's finding is answered by the county's office — a person holding an
    office post of that county (any of them: the rulebook's levels, not its keys) — through the
    county's own jurisdiction, where that office works. The inspecting office reviews the answer
    and does not give it.

    ``through_the_county``: the finding was reached through the county's jurisdiction (not
    through the inspecting one's); ``levels_there``: the levels of the caller's posts there."""
    if through_the_county and PositionLevel.office in levels_there:
        return Decision(True, RULE, SOURCE, _("the responsible county's office answers"))
    return Decision(
        False,
        RULE,
        SOURCE,
        _(
            "A finding of an inspection (督导检查) for a county is answered by that "
            "county's office, through the county's own jurisdiction: only a person "
            "holding an office post there answers; the inspecting office accepts "
            "or sends it back."
        ),
    )


def check_rectification_days(days: int) -> None:
    if not 1 <= days <= MAX_RECTIFICATION_WORKING_DAYS:
        raise InvalidInput(
            _(
                "A rectification period is 1 to {max_rectification_working_days} working days.",
                max_rectification_working_days=MAX_RECTIFICATION_WORKING_DAYS,
            ),
            (FieldError(("body", "rectify_within_working_days"), _("out of range")),),
        )


def finding_days(recorded_on: date, due_on: date, rectified_on: date | None) -> tasks.TaskDays:
    """A finding as a task's days: open from the day it is recorded, due on its deadline, done
    on the day of the answer the office accepted — so overdue is the tasks' rule, reused."""
    return tasks.TaskDays(
        created_on=recorded_on, deadline=due_on, started_on=recorded_on, completed_on=rectified_on
    )


def overdue_working_days(
    calendar: WorkingDayCalendar,
    recorded_on: date,
    due_on: date,
    rectified_on: date | None,
    day: date,
) -> int:
    """Working days a finding still unrectified on ``day`` is past its deadline (0 if not)."""
    return tasks.overdue_working_days(
        calendar, finding_days(recorded_on, due_on, rectified_on), day
    )


def rectified_late(due_on: date, rectified_on: date | None) -> bool | None:
    """Whether an accepted rectification came after the deadline (None while unrectified)."""
    return None if rectified_on is None else rectified_on > due_on


# --- what a finding led to ----------------------------------------------------------------------


class FindingLinkKind(StrEnum):
    supervision_notice = "supervision_notice"  # 督办通知 (E-TSK-2)
    public_notice = "public_notice"  # 通报 (E-TSK-3)
    task = "task"  # a row of the task breakdown (E-TSK-1)


def link_readable(
    kind: FindingLinkKind,
    target_units: Collection[UUID],
    caller_units: frozenset[UUID] | None,
    *,
    reads_inspecting_jurisdiction: bool = True,
) -> bool:
    """Whether a caller who reads the finding also reads the link's target, so sees the link.

    ``caller_units``: None for whoever reads the whole task breakdown (the office here or above,
    the leadership, read clients, admins), else the units the caller holds posts for.
    ``target_units``: the task's lead and cooperating units, or the supervision notice's unit.
    A public notice is read by everyone who reads the jurisdiction; a supervision notice by its
    unit's people; a task by the people of a unit that leads or cooperates on it. A unit's
    people never learn from a link of another unit's notice or of a task not theirs.
    ``reads_inspecting_jurisdiction`` is false for a county's office reading its finding through
    its own jurisdiction: the targets are the inspecting jurisdiction's, which it does not read,
    so it sees no link."""
    if not reads_inspecting_jurisdiction:
        return False
    if caller_units is None or kind is FindingLinkKind.public_notice:
        return True
    return not caller_units.isdisjoint(target_units)
