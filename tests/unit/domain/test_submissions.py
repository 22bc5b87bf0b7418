"""Unit submissions against the report rules (E-RPT-1, C-RPT-1, CO-RPT-1), pure and over the
bundled calendar: periods, the parts and files a report carries, who submits it, and whether it
came on time (late by working days, counted to the first working day on or after arrival)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import is_working_day, merged, roll, working_days_between
from app.domain.errors import FieldError, InvalidInput
from app.domain.organisation import PositionRole
from app.domain.reports import PartFormat, Period, PeriodKind, ReportKind, Submitter
from app.domain.rulebook import parse_rulebook
from app.domain.submissions import (
    ACCEPTED_TYPES,
    MEDIA_TYPES,
    CellStatus,
    FileSlot,
    FileType,
    Judgement,
    Timeliness,
    WorkingDayCounter,
    cell_status,
    check_file_type,
    check_period_open,
    classify_fields,
    expected_fields,
    file_field,
    judge,
    may_submit,
    next_working_day_on_or_after,
    parse_period,
)
from app.repositories.calendar import library_arrangements
from app.rulebooks import shipped_document

CAL = merged(library_arrangements())
CHANGJI = parse_rulebook(shipped_document("changji")).report_kinds
EZHOU = parse_rulebook(shipped_document("ezhou")).report_kinds
MONTHLY = EZHOU["monthly_report"]  # E-RPT-1: report + progress_table, electronic + scanned

JAN_1 = date(2026, 1, 1)
DEC_31 = date(2026, 12, 31)
ONE_DAY = timedelta(days=1)
DAYS_2026 = st.dates(min_value=JAN_1, max_value=DEC_31)
PROPERTY = settings(max_examples=200, deadline=None)
# One counter over the whole of 2026, as the compliance matrix builds one over its range.
YEAR_COUNTER = WorkingDayCounter(CAL, JAN_1, DEC_31)

LOCATION = ("body", "period")
ALL_FOUR = ("report.electronic", "report.scanned", "progress_table.electronic",
            "progress_table.scanned")  # fmt: skip


def refused_locations(caught: pytest.ExceptionInfo[InvalidInput]) -> set[tuple[str | int, ...]]:
    return {error.location for error in caught.value.errors}


# --- periods ------------------------------------------------------------------------------

GOOD_PERIODS = [
    (PeriodKind.month, "2026-10", Period(PeriodKind.month, 2026, 10)),
    (PeriodKind.month, "2026-01", Period(PeriodKind.month, 2026, 1)),
    (PeriodKind.month, "2026-12", Period(PeriodKind.month, 2026, 12)),
    (PeriodKind.month, "1900-01", Period(PeriodKind.month, 1900, 1)),  # the earliest year
    (PeriodKind.quarter, "2026-Q1", Period(PeriodKind.quarter, 2026, 1)),
    (PeriodKind.quarter, "2026-Q3", Period(PeriodKind.quarter, 2026, 3)),
    (PeriodKind.quarter, "2026-Q4", Period(PeriodKind.quarter, 2026, 4)),
    (PeriodKind.year, "2026", Period(PeriodKind.year, 2026, 1)),
    (PeriodKind.year, "1900", Period(PeriodKind.year, 1900, 1)),
]


@pytest.mark.parametrize(("kind", "text", "period"), GOOD_PERIODS)
def test_a_period_written_as_its_kind_wants_is_parsed(
    kind: PeriodKind, text: str, period: Period
) -> None:
    parsed = parse_period(kind, text, LOCATION)
    assert parsed == period
    assert str(parsed) == text


BAD_PERIODS = [
    # (kind, text, the example the refusal gives)
    (PeriodKind.month, "2026-13", "2026-10"),  # no 13th month
    (PeriodKind.month, "2026-00", "2026-10"),
    (PeriodKind.month, "2026-1", "2026-10"),  # two digits for the month
    (PeriodKind.month, "2026-Q3", "2026-10"),  # a quarter where a month is wanted
    (PeriodKind.month, "2026", "2026-10"),  # a year where a month is wanted
    (PeriodKind.month, "1899-12", "2026-10"),  # before 1900
    (PeriodKind.month, "2026/10", "2026-10"),
    (PeriodKind.month, "2026-10-01", "2026-10"),
    (PeriodKind.month, " 2026-10", "2026-10"),
    (PeriodKind.month, "2026-10\n", "2026-10"),
    (PeriodKind.month, "", "2026-10"),
    (PeriodKind.quarter, "2026-Q5", "2026-Q3"),  # no fifth quarter
    (PeriodKind.quarter, "2026-Q0", "2026-Q3"),
    (PeriodKind.quarter, "2026-q3", "2026-Q3"),
    (PeriodKind.quarter, "2026Q3", "2026-Q3"),
    (PeriodKind.quarter, "2026-10", "2026-Q3"),  # a month where a quarter is wanted
    (PeriodKind.quarter, "1899-Q4", "2026-Q3"),
    (PeriodKind.year, "1899", "2026"),
    (PeriodKind.year, "0000", "2026"),
    (PeriodKind.year, "26", "2026"),
    (PeriodKind.year, "20260", "2026"),
    (PeriodKind.year, "2026-01", "2026"),
    (PeriodKind.year, "2026-Q1", "2026"),
]


@pytest.mark.parametrize(("kind", "text", "example"), BAD_PERIODS)
def test_a_period_not_written_as_its_kind_wants_is_refused_at_the_given_location(
    kind: PeriodKind, text: str, example: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_period(kind, text, LOCATION)
    assert caught.value.errors == (FieldError(LOCATION, f"a {kind.value} such as {example}"),)
    assert repr(text) in caught.value.detail
    assert example in caught.value.detail


def test_a_refused_period_is_reported_wherever_the_caller_says_it_came_from() -> None:
    location = ("query", "period")
    with pytest.raises(InvalidInput) as caught:
        parse_period(PeriodKind.quarter, "2026-Q5", location)
    assert refused_locations(caught) == {location}


PERIODS = st.builds(
    Period.containing,
    st.sampled_from(list(PeriodKind)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
)


@given(PERIODS)
def test_every_period_parses_back_from_how_it_is_written(period: Period) -> None:
    assert parse_period(period.kind, str(period), LOCATION) == period


OPEN_CASES = [
    # (period, today)
    (Period(PeriodKind.month, 2026, 10), date(2026, 10, 1)),  # the day it begins
    (Period(PeriodKind.month, 2026, 10), date(2026, 10, 31)),
    (Period(PeriodKind.month, 2026, 9), date(2026, 10, 15)),  # a past period: still submitted
    (Period(PeriodKind.quarter, 2026, 4), date(2026, 10, 1)),
    (Period(PeriodKind.quarter, 2026, 3), date(2026, 10, 20)),  # C-RPT-1: after the quarter
    (Period(PeriodKind.year, 2026, 1), JAN_1),
]


@pytest.mark.parametrize(("period", "today"), OPEN_CASES)
def test_a_period_that_has_begun_is_open_for_submission(period: Period, today: date) -> None:
    check_period_open(period, today, LOCATION)


AHEAD_CASES = [
    # (period, today): the period starts tomorrow
    (Period(PeriodKind.month, 2026, 11), date(2026, 10, 31)),
    (Period(PeriodKind.quarter, 2026, 4), date(2026, 9, 30)),
    (Period(PeriodKind.year, 2027, 1), DEC_31),
]


@pytest.mark.parametrize(("period", "today"), AHEAD_CASES)
def test_a_period_starting_tomorrow_is_refused(period: Period, today: date) -> None:
    assert period.start == today + ONE_DAY
    with pytest.raises(InvalidInput) as caught:
        check_period_open(period, today, LOCATION)
    assert caught.value.errors == (FieldError(LOCATION, "a period that has begun"),)
    assert str(period) in caught.value.detail
    assert period.start.isoformat() in caught.value.detail


@given(PERIODS, st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_a_period_is_open_exactly_from_its_first_day(period: Period, today: date) -> None:
    if period.start <= today:
        check_period_open(period, today, LOCATION)
    else:
        with pytest.raises(InvalidInput):
            check_period_open(period, today, LOCATION)


# --- parts and files ----------------------------------------------------------------------


def test_ezhou_monthly_report_expects_both_parts_in_both_formats() -> None:
    assert expected_fields(MONTHLY) == ALL_FOUR
    assert file_field("report", PartFormat.scanned) == "report.scanned"


def test_all_four_fields_of_the_monthly_report_are_mapped_to_their_part_and_format() -> None:
    assert classify_fields(MONTHLY, ALL_FOUR) == {
        "report.electronic": FileSlot("report", PartFormat.electronic),
        "report.scanned": FileSlot("report", PartFormat.scanned),
        "progress_table.electronic": FileSlot("progress_table", PartFormat.electronic),
        "progress_table.scanned": FileSlot("progress_table", PartFormat.scanned),
    }


def test_fields_are_mapped_whatever_order_they_arrive_in() -> None:
    assert classify_fields(MONTHLY, reversed(ALL_FOUR)) == classify_fields(MONTHLY, ALL_FOUR)


def test_a_part_sent_as_several_files_is_fine() -> None:
    # two scanned pages of the report
    fields = [*ALL_FOUR, "report.scanned"]
    assert classify_fields(MONTHLY, fields)["report.scanned"] == FileSlot(
        "report", PartFormat.scanned
    )


@pytest.mark.parametrize("missing", ALL_FOUR)
def test_a_missing_field_is_refused_naming_it(missing: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        classify_fields(MONTHLY, [f for f in ALL_FOUR if f != missing])
    assert refused_locations(caught) == {("body", missing)}
    (error,) = caught.value.errors
    assert error.message.startswith("required: ")
    assert missing in caught.value.detail
    assert "E-RPT-1" in caught.value.detail


def test_every_missing_field_is_named_and_only_those() -> None:
    with pytest.raises(InvalidInput) as caught:
        classify_fields(MONTHLY, ["report.electronic", "progress_table.electronic"])
    assert refused_locations(caught) == {("body", "report.scanned"),
                                         ("body", "progress_table.scanned")}  # fmt: skip
    messages = {e.location[1]: e.message for e in caught.value.errors}
    assert messages["report.scanned"] == "required: 月度报告材料（扫描件）"
    assert messages["progress_table.scanned"] == "required: 工作推进表（扫描件）"


def test_nothing_sent_names_every_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        classify_fields(MONTHLY, [])
    assert refused_locations(caught) == {("body", f) for f in ALL_FOUR}


def test_an_unknown_field_is_named_even_when_everything_required_is_there() -> None:
    with pytest.raises(InvalidInput) as caught:
        classify_fields(MONTHLY, [*ALL_FOUR, "report.photo", "report.photo"])
    (error,) = caught.value.errors  # named once, however often it came
    assert error.location == ("body", "report.photo")
    assert "not a part of this report kind" in error.message
    assert all(field in error.message for field in ALL_FOUR)
    assert "unexpected file fields" in caught.value.detail


def test_unknown_and_missing_fields_are_named_together() -> None:
    with pytest.raises(InvalidInput) as caught:
        classify_fields(MONTHLY, ["report.electronic", "report.scanned", "table.scanned"])
    assert refused_locations(caught) == {
        ("body", "table.scanned"),
        ("body", "progress_table.electronic"),
        ("body", "progress_table.scanned"),
    }


def test_changji_monthly_information_needs_only_its_electronic_version() -> None:
    information = CHANGJI["monthly_information"]
    assert classify_fields(information, ["information.electronic"]) == {
        "information.electronic": FileSlot("information", PartFormat.electronic)
    }
    with pytest.raises(InvalidInput) as caught:
        classify_fields(information, ["information.electronic", "information.scanned"])
    assert refused_locations(caught) == {("body", "information.scanned")}


ELECTRONIC = FileSlot("report", PartFormat.electronic)
SCANNED = FileSlot("report", PartFormat.scanned)

FILE_TYPE_CASES = [
    # (slot, found, accepted)
    (ELECTRONIC, FileType.pdf, True),
    (ELECTRONIC, FileType.doc, True),
    (ELECTRONIC, FileType.docx, True),
    (ELECTRONIC, FileType.xls, True),
    (ELECTRONIC, FileType.xlsx, True),
    (ELECTRONIC, FileType.jpeg, False),  # a photo is not the editable document
    (ELECTRONIC, FileType.png, False),
    (ELECTRONIC, FileType.tiff, False),
    (SCANNED, FileType.pdf, True),
    (SCANNED, FileType.jpeg, True),
    (SCANNED, FileType.png, True),
    (SCANNED, FileType.tiff, True),
    (SCANNED, FileType.docx, False),  # a scan is of the stamped paper
    (SCANNED, FileType.doc, False),
    (SCANNED, FileType.xls, False),
    (SCANNED, FileType.xlsx, False),
]


@pytest.mark.parametrize(("slot", "found", "accepted"), FILE_TYPE_CASES)
def test_each_format_accepts_only_its_file_types(
    slot: FileSlot, found: FileType, accepted: bool
) -> None:
    why = check_file_type(slot, found)
    if accepted:
        assert why is None
    else:
        assert why is not None
        assert why.startswith(f"a {found.value} file; a {slot.format.value} copy must be one of: ")
        assert all(t.value in why for t in ACCEPTED_TYPES[slot.format])


def test_the_cases_cover_every_format_and_file_type() -> None:
    assert {(s.format, t) for s, t, _ in FILE_TYPE_CASES} == {
        (f, t) for f in PartFormat for t in FileType
    }


@pytest.mark.parametrize("slot", [ELECTRONIC, SCANNED])
def test_an_unrecognised_file_is_refused_for_every_format(slot: FileSlot) -> None:
    why = check_file_type(slot, None)
    assert why is not None
    assert why.startswith("not a recognised PDF, Word, Excel or image file; ")


def test_every_file_type_has_its_media_type() -> None:
    assert set(MEDIA_TYPES) == set(FileType)
    assert FileType.docx.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert FileType.tiff.media_type == "image/tiff"


# --- who submits --------------------------------------------------------------------------

SUBMITTERS = [
    # (report kind, the unit role that submits it, rule)
    (MONTHLY, PositionRole.liaison_officer, "E-RPT-1"),
    (CHANGJI["quarterly_report"], PositionRole.liaison_officer, "C-RPT-1"),
    (CHANGJI["monthly_information"], PositionRole.information_officer, "CO-RPT-1"),
]
UNIT_ROLES = [PositionRole.unit_head, PositionRole.liaison_officer,
              PositionRole.information_officer]  # fmt: skip


@pytest.mark.parametrize(("report", "role", "rule"), SUBMITTERS)
def test_the_unit_role_the_rule_names_submits_the_units_report(
    report: ReportKind, role: PositionRole, rule: str
) -> None:
    decision = may_submit(report, frozenset({role}), office=False)
    assert decision.allowed
    assert (decision.rule, decision.source) == (rule, report.source)
    assert role.value in decision.reason
    assert rule in decision.reason


@pytest.mark.parametrize(("report", "role", "rule"), SUBMITTERS)
def test_other_unit_roles_and_the_office_do_not_submit_a_units_report(
    report: ReportKind, role: PositionRole, rule: str
) -> None:
    for other in UNIT_ROLES:
        if other == role:
            continue
        decision = may_submit(report, frozenset({other}), office=True)
        assert not decision.allowed, other
        assert (decision.rule, decision.source) == (rule, report.source)
        assert "does not hold that post" in decision.reason
        assert role.value in decision.reason
    assert not may_submit(report, frozenset(), office=True).allowed


def test_the_key_the_rulebook_names_submits_whatever_it_is() -> None:
    """``submitted_by`` is a rulebook key (a plain string): any post of that key submits, the
    same key compared by value, never by identity."""
    report = replace(MONTHLY, submitted_by="statistics_clerk")
    assert may_submit(report, frozenset({"".join(["statistics_", "clerk"])}), office=False).allowed
    assert not may_submit(report, frozenset({PositionRole.liaison_officer}), office=False).allowed


def test_the_office_submits_its_own_reports_and_no_unit_does() -> None:
    report = replace(MONTHLY, submitter=Submitter.office)
    assert may_submit(report, frozenset(), office=True).allowed
    refused = may_submit(report, frozenset({PositionRole.liaison_officer}), office=False)
    assert not refused.allowed
    assert "office" in refused.reason


def test_holding_the_submitting_role_among_others_is_enough() -> None:
    roles = frozenset({PositionRole.unit_head, PositionRole.information_officer})
    assert may_submit(CHANGJI["monthly_information"], roles, office=False).allowed
    assert not may_submit(CHANGJI["quarterly_report"], roles, office=False).allowed


# --- timeliness ---------------------------------------------------------------------------

JUDGE_CASES = [
    # (due, submitted, timeliness, working days late)
    # Mid-autumn 25–27 Sep and National Day 1–7 Oct are off: 23, 24, 28, 29, 30 Sep and 8 Oct.
    (date(2026, 9, 22), date(2026, 10, 8), Timeliness.late, 6),
    # Saturday 24 Oct: the office first acts on Monday 26th (23 and 26 Oct).
    (date(2026, 10, 22), date(2026, 10, 24), Timeliness.late, 2),
    (date(2026, 10, 22), date(2026, 10, 25), Timeliness.late, 2),
    (date(2026, 10, 22), date(2026, 10, 26), Timeliness.late, 2),
    (date(2026, 10, 22), date(2026, 10, 23), Timeliness.late, 1),
    # Due on a Sunday, sent on the Monday.
    (date(2026, 11, 22), date(2026, 11, 23), Timeliness.late, 1),
    # A Saturday after a Friday due date: late by 1 (Monday), not 0.
    (date(2026, 10, 23), date(2026, 10, 24), Timeliness.late, 1),
    # Sent during National Day: counted to 8 Oct (30 Sep and 8 Oct).
    (date(2026, 9, 29), date(2026, 10, 3), Timeliness.late, 2),
    # The make-up Saturday 10 Oct is a working day: sent on it, counted to it.
    (date(2026, 10, 9), date(2026, 10, 10), Timeliness.late, 1),
    (date(2026, 10, 22), date(2026, 10, 22), Timeliness.on_time, 0),  # on the due day
    (date(2026, 10, 22), date(2026, 10, 10), Timeliness.on_time, 0),  # on a make-up Saturday
    (date(2026, 11, 22), date(2026, 11, 22), Timeliness.on_time, 0),  # due and sent on a Sunday
    (date(2026, 10, 20), date(2026, 7, 1), Timeliness.on_time, 0),  # long before
]


@pytest.mark.parametrize(("due", "submitted", "timeliness", "late"), JUDGE_CASES)
def test_a_submission_is_on_time_by_the_due_day_else_late_by_working_days(
    due: date, submitted: date, timeliness: Timeliness, late: int
) -> None:
    assert judge(CAL, due, submitted) == Judgement(timeliness, late)
    assert YEAR_COUNTER.late_by(due, submitted) == late
    if submitted >= due:
        assert WorkingDayCounter(CAL, due, submitted).late_by(due, submitted) == late


def test_the_hand_computed_days_are_what_the_calendar_says() -> None:
    assert not any(is_working_day(CAL, date(2026, 9, d)) for d in (25, 26, 27))
    assert not any(is_working_day(CAL, date(2026, 10, d)) for d in range(1, 8))
    assert is_working_day(CAL, date(2026, 10, 10))  # make-up Saturday
    assert date(2026, 10, 24).weekday() == 5
    assert date(2026, 11, 22).weekday() == 6


def test_next_working_day_on_or_after_a_day_off_skips_the_whole_run() -> None:
    assert next_working_day_on_or_after(CAL, date(2026, 10, 1)) == date(2026, 10, 8)
    assert next_working_day_on_or_after(CAL, date(2026, 10, 10)) == date(2026, 10, 10)
    assert next_working_day_on_or_after(CAL, date(2026, 10, 24)) == date(2026, 10, 26)


def test_a_counter_across_the_new_year_counts_on_the_next_years_calendar() -> None:
    counter = WorkingDayCounter(CAL, date(2025, 12, 1), date(2026, 1, 31))
    # 31 Dec 2025, then 1–3 Jan 2026 off (元旦), 4 Jan (a Sunday) worked.
    assert counter.late_by(date(2025, 12, 30), date(2026, 1, 1)) == 2
    assert counter.late_by(date(2025, 12, 31), date(2026, 1, 2)) == 1
    assert judge(CAL, date(2025, 12, 31), date(2026, 1, 2)) == Judgement(Timeliness.late, 1)


@PROPERTY
@given(DAYS_2026, DAYS_2026)
def test_late_by_counts_working_days_to_the_first_working_day_on_or_after_arrival(
    a: date, b: date
) -> None:
    due, submitted = min(a, b), max(a, b)
    late = YEAR_COUNTER.late_by(due, submitted)
    assert WorkingDayCounter(CAL, due, submitted).late_by(due, submitted) == late
    if submitted == due:
        assert late == 0  # on time, even when the due day is itself a day off
        assert judge(CAL, due, submitted) == Judgement(Timeliness.on_time, 0)
    else:
        assert late == working_days_between(CAL, due, roll(CAL, submitted, 1))
        assert late >= 1
        assert judge(CAL, due, submitted) == Judgement(Timeliness.late, late)


@PROPERTY
@given(DAYS_2026, DAYS_2026)
def test_a_submission_before_its_due_day_is_on_time(due: date, submitted: date) -> None:
    if submitted <= due:
        assert judge(CAL, due, submitted) == Judgement(Timeliness.on_time, 0)
        assert YEAR_COUNTER.late_by(due, submitted) == 0


@PROPERTY
@given(DAYS_2026, DAYS_2026, DAYS_2026)
def test_arriving_later_is_never_less_late(due: date, a: date, b: date) -> None:
    earlier, later = min(a, b), max(a, b)
    assert YEAR_COUNTER.late_by(due, earlier) <= YEAR_COUNTER.late_by(due, later)


# --- the compliance matrix cell -----------------------------------------------------------

DUE = date(2026, 10, 22)

CELL_CASES = [
    # (today, first submitted on, status)
    (date(2026, 10, 1), None, CellStatus.not_yet_due),
    (DUE, None, CellStatus.not_yet_due),  # due by the end of the day
    (DUE + ONE_DAY, None, CellStatus.missing),
    (date(2026, 12, 1), None, CellStatus.missing),
    (date(2026, 10, 1), date(2026, 10, 1), CellStatus.on_time),
    (DUE, DUE, CellStatus.on_time),
    (date(2026, 12, 1), DUE, CellStatus.on_time),  # a later correction does not change it
    (DUE + ONE_DAY, DUE + ONE_DAY, CellStatus.late),
    (date(2026, 12, 1), date(2026, 11, 2), CellStatus.late),
]


@pytest.mark.parametrize(("today", "first", "status"), CELL_CASES)
def test_a_cell_shows_the_first_submission_or_whether_it_is_due_yet(
    today: date, first: date | None, status: CellStatus
) -> None:
    assert cell_status(DUE, today, first) is status


@PROPERTY
@given(DAYS_2026, DAYS_2026, st.none() | DAYS_2026)
def test_a_submitted_cell_agrees_with_the_judgement(
    due: date, today: date, first: date | None
) -> None:
    status = cell_status(due, today, first)
    if first is None:
        assert status is (CellStatus.not_yet_due if today <= due else CellStatus.missing)
    else:
        assert status.value == judge(CAL, due, first).timeliness.value
