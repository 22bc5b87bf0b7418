"""The annual performance assessment (C-ASM-1): the rulebook's per-year definition is validated
(weights summing to the scale, known measures, grade thresholds ordered), and a scorecard is
computed from plain evidence rows — every figure recomputed here by hand."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import tasks
from app.domain.assessments import (
    RULE,
    AssessmentState,
    Entered,
    Evidence,
    Grade,
    Indicator,
    Measure,
    Outcome,
    Pending,
    Subject,
    SubjectKind,
    YearDefinition,
    check_finalisable,
    check_open,
    check_score,
    dated_outcome,
    indicator_result,
    missing_scores,
    scorecards,
    task_outcome,
)
from app.domain.calendar import (
    ArrangementCalendar,
    DayInfo,
    DayKind,
    YearArrangement,
    working_days_between,
)
from app.domain.errors import InvalidInput, RuledConflict, StateConflict
from app.domain.rulebook import Inconsistency, parse_rulebook
from app.rulebooks import shipped_document


class Weekdays:
    """Monday to Friday are working days: enough for counting by hand."""

    def day(self, day: date) -> DayInfo:
        kind = DayKind.workday if day.weekday() < 5 else DayKind.weekend
        return DayInfo(day, kind, None, "test")


CAL = Weekdays()

DEFINITION = YearDefinition(
    2026,
    100,
    (
        Indicator("reports", "按时报送", 20, Measure.report_timeliness, "quarterly_report"),
        Indicator("tasks", "任务按期完成", 40, Measure.tasks_on_time),
        Indicator("notices", "督办反馈", 10, Measure.supervision_replies_in_time),
        Indicator("findings", "问题整改", 10, Measure.findings_rectified_in_time),
        Indicator("innovation", "改革创新", 20, Measure.manual),
    ),
    (Grade("优秀", 90), Grade("良好", 80), Grade("合格", 60), Grade("不合格", 0)),
)


def _row(
    subject: UUID, measure: Measure, outcome: Outcome, late: int = 0, kind: str | None = None
) -> Evidence:
    return Evidence(
        subject,
        measure,
        str(uuid4()),
        "row",
        date(2026, 3, 31),
        None,
        outcome,
        late,
        kind,
    )


def test_a_scorecard_is_weight_times_rate_per_indicator_plus_the_manual_scores_c_asm_1() -> None:
    a, b = uuid4(), uuid4()
    rows = [
        # a: 3 of 4 reports on time, 1 of 2 tasks, no notice, 1 finding rectified late.
        *[_row(a, Measure.report_timeliness, Outcome.met, kind="quarterly_report")] * 3,
        _row(a, Measure.report_timeliness, Outcome.late, 2, kind="quarterly_report"),
        # A report of another kind does not count for this indicator.
        _row(a, Measure.report_timeliness, Outcome.missed, 5, kind="monthly_information"),
        _row(a, Measure.tasks_on_time, Outcome.met),
        _row(a, Measure.tasks_on_time, Outcome.missed, 7),
        _row(a, Measure.findings_rectified_in_time, Outcome.late, 1),
        # b: everything met.
        _row(b, Measure.tasks_on_time, Outcome.met),
    ]
    entered = {(a, "innovation"): Entered(12.5, "一般"), (b, "innovation"): Entered(20, "突出")}
    subjects = [Subject(a, SubjectKind.unit, "甲局"), Subject(b, SubjectKind.unit, "乙局")]
    cards = {c.subject_id: c for c in scorecards(DEFINITION, subjects, rows, entered)}
    card_a, card_b = cards[a], cards[b]
    reports = card_a.result("reports")
    assert reports is not None
    assert (reports.counted, reports.met, reports.late, reports.rate) == (4, 3, 1, 0.75)
    assert reports.score == 15.0  # 20 × 3/4
    assert reports.working_days_late == 2
    tasks_result = card_a.result("tasks")
    assert tasks_result is not None
    assert tasks_result.score == 20.0
    assert tasks_result.working_days_late == 7
    notices = card_a.result("notices")
    assert notices is not None
    assert (notices.rate, notices.score) == (None, 10.0)
    findings = card_a.result("findings")
    assert findings is not None
    assert findings.score == 0.0
    assert card_a.total == 15 + 20 + 10 + 0 + 12.5
    assert card_a.grade == "不合格"  # 57.5 is below 60
    assert card_b.total == 20 + 40 + 10 + 10 + 20
    assert card_b.grade == "优秀"
    assert (card_b.rank, card_a.rank) == (1, 2)
    assert card_a.complete
    assert card_b.complete


def test_the_grade_is_the_highest_whose_threshold_the_total_reaches() -> None:
    assert [DEFINITION.grade_of(t) for t in (100, 90, 89.99, 80, 60, 59.99, 0)] == [
        "优秀",
        "优秀",
        "良好",
        "良好",
        "合格",
        "不合格",
        "不合格",
    ]


def test_equal_totals_share_a_rank_and_units_and_counties_are_ranked_apart() -> None:
    ids = [uuid4() for __ in range(4)]
    subjects = [
        Subject(ids[0], SubjectKind.unit, "甲"),
        Subject(ids[1], SubjectKind.unit, "乙"),
        Subject(ids[2], SubjectKind.unit, "丙"),
        Subject(ids[3], SubjectKind.county, "县"),
    ]
    entered = {
        (ids[0], "innovation"): Entered(10, "x"),
        (ids[1], "innovation"): Entered(10, "x"),
        (ids[2], "innovation"): Entered(20, "x"),
        (ids[3], "innovation"): Entered(0, "x"),
    }
    cards = {c.name: c for c in scorecards(DEFINITION, subjects, [], entered)}
    assert (cards["丙"].rank, cards["甲"].rank, cards["乙"].rank) == (1, 2, 2)
    assert cards["县"].rank == 1


def test_a_manual_score_not_entered_leaves_the_card_incomplete() -> None:
    subject = Subject(uuid4(), SubjectKind.county, "县")
    (card,) = scorecards(DEFINITION, [subject], [], {})
    assert not card.complete
    assert card.total == 80.0  # the computed indicators, full for want of records
    assert missing_scores([card]) == (("县", "改革创新"),)


def test_an_upheld_appeal_lets_the_entered_score_replace_the_computed_one() -> None:
    subject = uuid4()
    indicator = DEFINITION.indicators[1]
    rows = [_row(subject, Measure.tasks_on_time, Outcome.missed, 3)]
    result = indicator_result(indicator, rows, Entered(30, "逾期系上级原因"))
    assert (result.computed_score, result.score, result.adjusted) == (0.0, 30, True)
    check_score(indicator, 30, upheld_appeal=True)
    with pytest.raises(StateConflict):
        check_score(indicator, 30, upheld_appeal=False)
    with pytest.raises(InvalidInput):
        check_score(DEFINITION.indicators[4], 21, upheld_appeal=False)


def test_a_final_assessment_refuses_every_change_naming_c_asm_1() -> None:
    check_open(AssessmentState.preparing)
    with pytest.raises(RuledConflict) as caught:
        check_open(AssessmentState.final)
    assert caught.value.rule == RULE


def test_finalising_needs_every_appeal_decided_and_every_manual_score() -> None:
    check_finalisable(Pending((), 0))
    with pytest.raises(StateConflict, match="appeal"):
        check_finalisable(Pending((), 1))
    with pytest.raises(StateConflict, match="manual score"):
        check_finalisable(Pending((("县", "改革创新"),), 0))


# --- outcomes of the records -----------------------------------------------------------------


def test_a_task_is_evidence_once_due_and_its_lateness_counts_working_days() -> None:
    monday = date(2026, 3, 2)
    # Due Monday, still open on the next Monday: 5 working days past.
    assert task_outcome(CAL, monday - timedelta(30), monday, None, None, monday + timedelta(7)) == (
        Outcome.missed,
        5,
    )
    # Open, deadline today: not yet evidence.
    assert task_outcome(CAL, monday - timedelta(30), monday, None, None, monday) is None
    # Completed on the deadline: met; two days late (Wednesday): 2 working days.
    assert task_outcome(CAL, monday, monday, monday, None, monday + timedelta(9)) == (
        Outcome.met,
        0,
    )
    assert task_outcome(
        CAL, monday, monday, monday + timedelta(2), None, monday + timedelta(9)
    ) == (
        Outcome.late,
        2,
    )
    # Completed after as_of: as of that day it was still open.
    assert task_outcome(
        CAL, monday, monday, monday + timedelta(8), None, monday + timedelta(3)
    ) == (
        Outcome.missed,
        3,
    )
    # Cancelled: never evidence.
    assert (
        task_outcome(CAL, monday, monday, None, monday + timedelta(1), monday + timedelta(9))
        is None
    )


@given(
    st.dates(date(2026, 1, 1), date(2026, 12, 31)),
    st.integers(0, 60),
    st.integers(0, 90),
)
def test_a_missed_tasks_lateness_is_the_task_breakdowns_overdue_working_days(
    deadline: date, created_before: int, days_after: int
) -> None:
    as_of = deadline + timedelta(days_after)
    created = deadline - timedelta(created_before)
    days = tasks.TaskDays(created_on=created, deadline=deadline)
    outcome = task_outcome(CAL, created, deadline, None, None, as_of)
    expected = tasks.overdue_working_days(CAL, days, as_of)
    if outcome is None:
        assert as_of <= deadline
    else:
        assert outcome == (Outcome.missed, expected)


def test_a_dated_record_counts_once_its_date_passed_or_once_done() -> None:
    due = date(2026, 3, 6)  # a Friday
    assert dated_outcome(CAL, due, None, due) is None
    assert dated_outcome(CAL, due, None, due + timedelta(3)) == (Outcome.missed, 1)
    assert dated_outcome(CAL, due, due - timedelta(1), due - timedelta(1)) == (Outcome.met, 0)
    assert dated_outcome(CAL, due, due + timedelta(4), due + timedelta(10)) == (
        Outcome.late,
        working_days_between(CAL, due, due + timedelta(4)),
    )
    # Answered after as_of: unknown then, so missed as of that day.
    assert dated_outcome(CAL, due, due + timedelta(10), due + timedelta(3)) == (Outcome.missed, 1)


# --- the rulebook's definition ---------------------------------------------------------------


def _changji() -> dict[str, Any]:
    return shipped_document("changji")


def _errors(document: dict[str, Any]) -> dict[tuple[str | int, ...], type]:
    try:
        parse_rulebook(document)
    except InvalidInput as exc:
        return {e.location: type(e) for e in exc.errors}
    return {}


YEAR = ("body", "assessment", "years", "2026")


def test_changji_defines_its_assessment_citing_c_asm_1() -> None:
    rulebook = parse_rulebook(_changji())
    assert rulebook.assessment is not None
    assert rulebook.assessment.rule == RULE
    definition = rulebook.assessment.years[2026]
    assert sum(i.weight for i in definition.indicators) == definition.scale
    assert {i.measure for i in definition.indicators} == set(Measure)


def test_weights_must_sum_to_the_scale() -> None:
    document = copy.deepcopy(_changji())
    document["assessment"]["years"]["2026"]["indicators"][0]["weight"] = 21
    assert _errors(document) == {(*YEAR, "indicators"): Inconsistency}


def test_an_unknown_measure_is_refused() -> None:
    document = copy.deepcopy(_changji())
    document["assessment"]["years"]["2026"]["indicators"][1]["measure"] = "vibes"
    assert (*YEAR, "indicators", 1, "measure") in _errors(document)


def test_grade_thresholds_go_down_to_zero() -> None:
    document = copy.deepcopy(_changji())
    grades = document["assessment"]["years"]["2026"]["grades"]
    grades[1]["min"] = 95
    assert _errors(document) == {(*YEAR, "grades", 1, "min"): Inconsistency}
    document = copy.deepcopy(_changji())
    document["assessment"]["years"]["2026"]["grades"][-1]["min"] = 10
    assert _errors(document) == {(*YEAR, "grades", 3, "min"): Inconsistency}


def test_report_timeliness_names_a_report_kind_of_the_rulebook() -> None:
    document = copy.deepcopy(_changji())
    document["assessment"]["years"]["2026"]["indicators"][0]["report_kind"] = "weekly"
    assert _errors(document) == {(*YEAR, "indicators", 0, "report_kind"): Inconsistency}
    del document["assessment"]["years"]["2026"]["indicators"][0]["report_kind"]
    assert (*YEAR, "indicators", 0, "report_kind") in _errors(document)


def test_indicator_keys_are_distinct() -> None:
    document = copy.deepcopy(_changji())
    indicators = document["assessment"]["years"]["2026"]["indicators"]
    indicators[1]["key"] = indicators[0]["key"]
    assert (*YEAR, "indicators", 1, "key") in _errors(document)


def test_the_arrangement_calendar_is_usable_too() -> None:
    # The service passes the real calendar; a year of plain weekdays gives the same counts.
    calendar = ArrangementCalendar({2026: YearArrangement(2026, {}, {}, "test")})
    assert task_outcome(calendar, date(2026, 3, 1), date(2026, 3, 2), None, None, date(2026, 3, 9))


def test_whole_cards_for_the_office_and_the_leadership_own_cards_for_the_rest() -> None:
    from app.domain.access import Actor, ActorKind, Grant, JurisdictionRef, assessed_subjects

    city, county, unit_id = uuid4(), uuid4(), uuid4()
    here = JurisdictionRef(city)
    office = Actor(
        ActorKind.user, uuid4(), "o", grants=frozenset({Grant.default(city, "office_staff")})
    )
    liaison = Actor(
        ActorKind.user,
        uuid4(),
        "l",
        grants=frozenset({Grant.default(city, "liaison_officer", unit_id)}),
    )
    county_office = Actor(
        ActorKind.user, uuid4(), "c", grants=frozenset({Grant.default(county, "office_staff")})
    )
    assert assessed_subjects(office, here, frozenset()) is None
    assert assessed_subjects(liaison, here, frozenset()) == {unit_id}
    assert assessed_subjects(county_office, here, frozenset({county})) == {county}
