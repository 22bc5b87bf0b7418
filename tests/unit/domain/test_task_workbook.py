"""The task breakdown workbook (E-TSK-1), pure: how cells read and are written, the table's
order, and what an import plans — every bad cell, the plan only (never a state), final tasks
left alone, and steps in an order each can be written in."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import task_workbook as book
from app.domain.task_workbook import ExistingTask, Measure, RowStub, RowValues, UnitInfo
from app.domain.tasks import Milestone, SourceKind, TaskState

TODAY = date(2026, 12, 1)
HOUSING, NATURAL, FORMER = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
UNITS = {
    "住房和城乡建设局": UnitInfo(HOUSING, True),
    "自然资源局": UnitInfo(NATURAL, True),
    "原规划局": UnitInfo(FORMER, False),
}


# --- cells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        ("  ", None),
        ("\u3000任务\u3000", "任务"),
        (3, "3"),
        (3.0, "3"),
        (3.2, "3.2"),
        (True, "TRUE"),
        (date(2026, 12, 31), "2026-12-31"),
        (datetime(2026, 12, 31), "2026-12-31"),
        (datetime(2026, 12, 31, 8, 30), "2026-12-31 08:30:00"),
    ],
)
def test_a_cell_reads_as_trimmed_text(value: book.CellValue, text: str | None) -> None:
    assert book.text_of(value) == text


def test_header_text_ignores_spaces_and_full_width_brackets() -> None:
    assert book.header_text(" 完成\n时限 ") == "完成时限"
    assert book.header_text("进度（%）") == book.PERCENT
    assert book.header_text(None) == ""


@pytest.mark.parametrize(
    "value",
    [
        date(2026, 12, 31),
        datetime(2026, 12, 31, 0, 0),
        "2026-12-31",
        "2026/12/31",
        "2026.12.31",
        "2026年12月31日",
        "2026 年 12 月 31 日",
        " 2026-12-31 ",
    ],
)
def test_a_date_is_a_date_cell_or_written_as_one(value: book.CellValue) -> None:
    assert book.date_of(value) == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("明年三月", "not a date"),
        ("2026-02-30", "no such day"),
        ("31/12/2026", "not a date"),
        (46387, "not a date"),  # a serial number or a year alone is no day anyone meant
        (2026.0, "not a date"),
        (True, "not a date"),
    ],
)
def test_anything_else_is_no_date(value: book.CellValue, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        book.date_of(value)


def test_every_source_kind_and_state_has_its_label_both_ways() -> None:
    for kind in SourceKind:
        assert book.source_kind_of(book.SOURCE_LABELS[kind]) is kind
    for state in TaskState:
        assert book.state_of(book.STATE_LABELS[state]) is state
    with pytest.raises(ValueError, match="国家文件"):
        book.source_kind_of("部委文件")
    with pytest.raises(ValueError, match="未开始"):
        book.state_of("not_started")


def test_cooperating_units_are_separated_by_the_usual_marks() -> None:
    assert book.unit_names("自然资源局、 发改委，财政局,税务局；\n消防救援支队、") == [
        "自然资源局",
        "发改委",
        "财政局",
        "税务局",
        "消防救援支队",
    ]


def test_milestones_are_one_a_line() -> None:
    assert book.milestone_lines(
        "2027-01-31 完成初稿\n\n 2027年4月30日：报审定 \n2027年5月1日印发\n2027/6/1:验收"
    ) == [
        Milestone(date(2027, 1, 31), "完成初稿"),
        Milestone(date(2027, 4, 30), "报审定"),
        Milestone(date(2027, 5, 1), "印发"),
        Milestone(date(2027, 6, 1), "验收"),
    ]
    with pytest.raises(ValueError, match="line 2: write each milestone"):
        book.milestone_lines("2027-01-31 初稿\n初稿")
    with pytest.raises(ValueError, match="line 1: no such day"):
        book.milestone_lines("2027-02-30 初稿")
    for untitled in ("2027-01-31", "2027-01-312"):
        with pytest.raises(ValueError, match="line 1: write each milestone"):
            book.milestone_lines(untitled)


def test_measures_are_a_title_then_perhaps_a_reference_and_a_day() -> None:
    assert book.measure_lines("《办法》\n《细则》 | 鄂政发〔2019〕1号\n《指南》｜｜2026/11/20") == [
        Measure("《办法》"),
        Measure("《细则》", "鄂政发〔2019〕1号"),
        Measure("《指南》", None, date(2026, 11, 20)),
    ]
    for bad, message in [
        ("a | b | 2026-01-01 | d", "at most"),
        (" | 文号", "title comes first"),
        ("《办法》 | 文号 | 明天", "not a date"),
    ]:
        with pytest.raises(ValueError, match=f"line 1: .*{message}"):
            book.measure_lines(bad)


_titles = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="|｜"
        ),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(st.lists(st.builds(Milestone, _days, _titles), max_size=5))
def test_milestones_written_read_back_the_same(milestones: list[Milestone]) -> None:
    assert book.milestone_lines(book.milestones_text(milestones)) == milestones


@given(
    st.lists(
        st.builds(Measure, _titles, st.none() | _titles, st.none() | _days),
        max_size=5,
    )
)
def test_measures_written_read_back_the_same(measures: list[Measure]) -> None:
    assert book.measure_lines(book.measures_text(measures)) == measures


def test_codes_sort_as_people_count() -> None:
    codes = ["10", "2.10", "2", "2.2", "A-1", "1", "2.1"]
    assert sorted(codes, key=book.natural_key) == ["1", "2", "2.1", "2.2", "2.10", "10", "A-1"]


def test_the_table_puts_each_task_before_its_sub_tasks() -> None:
    rows = [("10", None), ("2.10", "2"), ("3.1", "3"), ("2", None), ("2.2", "2"), ("1", None)]
    ordered = [rows[i][0] for i in book.workbook_order(rows)]
    # 3.1's task is not among the rows: it takes its own place by its number.
    assert ordered == ["1", "2", "2.2", "2.10", "3.1", "10"]


# --- planning an import -----------------------------------------------------------------------


def values(code: str, row: int = 2, **fields: Any) -> RowValues:
    base: dict[str, Any] = {
        "row": row,
        "code": code,
        "parent_code": None,
        "title": f"任务{code}",
        "category": "审批流程改革",
        "source_kind": SourceKind.provincial_document,
        "source_title": None,
        "source_reference": None,
        "lead_unit": "住房和城乡建设局",
        "cooperating_units": ("自然资源局",),
        "deadline": date(2027, 3, 31),
        "milestones": (Milestone(date(2027, 1, 31), "初稿"),),
        "measures": (),
        "state": None,
    }
    return RowValues(**{**base, **fields})


def held(row: RowValues, **fields: Any) -> ExistingTask:
    """The task a row describes exactly, as it stands in the table."""
    base: dict[str, Any] = {
        "id": uuid.uuid4(),
        "code": row.code,
        "parent_code": row.parent_code,
        "title": row.title,
        "category": row.category,
        "source_kind": row.source_kind,
        "source_title": row.source_title,
        "source_reference": row.source_reference,
        "lead_unit_id": UNITS[row.lead_unit].id,
        "cooperating_unit_ids": tuple(UNITS[n].id for n in row.cooperating_units),
        "deadline": row.deadline,
        "milestones": row.milestones,
        "measures": row.measures,
        "state": TaskState.not_started,
        "from_meeting": False,
    }
    return ExistingTask(**{**base, **fields})


def plan(
    rows: list[RowValues | RowStub], existing: list[ExistingTask] | None = None
) -> book.ImportPlan:
    return book.plan_import(rows, {t.code: t for t in existing or []}, UNITS, TODAY)


def errors(result: book.ImportPlan) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.message) for e in result.errors]


def test_new_codes_are_created_and_identical_rows_are_unchanged() -> None:
    same = values("1")
    result = plan([same, values("2", row=3)], [held(same)])
    assert (result.created, result.updated, result.unchanged, result.errors) == (
        ["2"],
        [],
        ("1",),
        (),
    )
    assert result.steps[0].lead_unit_id == HOUSING
    assert result.steps[0].cooperating_unit_ids == (NATURAL,)
    assert result.rows == 2


def test_a_changed_row_names_the_columns_that_differ() -> None:
    row = values("1", title="新名称", deadline=date(2027, 5, 31), cooperating_units=())
    result = plan([row], [held(values("1"))])
    assert result.updated == ["1"]
    assert result.steps[0].changed == (book.TITLE, book.COOPERATING_UNITS, book.DEADLINE)


def test_states_are_not_imported() -> None:
    """A 状态 cell must match: the import never moves a task; a new task starts 未开始."""
    under_way = held(values("1"), state=TaskState.in_progress)
    result = plan(
        [
            values("1", state=TaskState.in_progress),
            values("2", row=3, state=TaskState.not_started),
            values("3", row=4, state=None),
        ],
        [under_way],
    )
    assert (result.errors, result.unchanged, result.created) == ((), ("1",), ["2", "3"])
    result = plan(
        [values("1", state=TaskState.done), values("2", row=3, state=TaskState.in_progress)],
        [under_way],
    )
    assert [(r, c) for r, c, _ in errors(result)] == [(2, book.STATE), (3, book.STATE)]
    assert errors(result)[0][2].startswith("the task is 推进中 here")


@pytest.mark.parametrize("state", [TaskState.done, TaskState.cancelled])
def test_a_final_task_is_not_changed(state: TaskState) -> None:
    task = held(values("1"), state=state)
    label = book.STATE_LABELS[state]
    assert plan([values("1", state=state)], [task]).unchanged == ("1",)
    result = plan([values("1", title="改", measures=(Measure("《办法》"),))], [task])
    assert errors(result) == [
        (2, book.TITLE, f"the task is {label}: it is final and no longer changed"),
        (2, book.MEASURES, f"the task is {label}: it is final and no longer changed"),
    ]
    assert result.steps == ()


def test_units_are_found_by_name_once_each() -> None:
    result = plan(
        [
            values("1", lead_unit="住建局"),
            values("2", row=3, cooperating_units=("住房和城乡建设局",)),
            values("3", row=4, cooperating_units=("自然资源局", "自然资源局")),
            values("4", row=5, cooperating_units=("规划局",)),
        ]
    )
    assert errors(result) == [
        (2, book.LEAD_UNIT, "no member unit here is named 住建局"),
        (3, book.COOPERATING_UNITS, "住房和城乡建设局 leads: it is not also cooperating"),
        (4, book.COOPERATING_UNITS, "自然资源局 is named twice"),
        (5, book.COOPERATING_UNITS, "no member unit here is named 规划局"),
    ]


def test_a_former_unit_takes_no_new_task_but_keeps_its_own() -> None:
    row = values("1", cooperating_units=("原规划局",))
    assert plan([row], [held(row)]).unchanged == ("1",)
    assert errors(plan([row])) == [
        (2, book.COOPERATING_UNITS, "原规划局 is no longer a member unit")
    ]
    # Giving the task another unit checks them all, as a PATCH does.
    changed = values("1", cooperating_units=("原规划局", "自然资源局"))
    assert [c for _, c, _ in errors(plan([changed], [held(row)]))] == [book.COOPERATING_UNITS]


def test_milestones_fall_by_the_deadline_in_order() -> None:
    late = values(
        "1",
        milestones=(
            Milestone(date(2027, 2, 28), "二"),
            Milestone(date(2027, 1, 31), "一"),
            Milestone(date(2027, 4, 30), "三"),
        ),
    )
    assert errors(plan([late])) == [
        (2, book.MILESTONES, "line 2: before the previous one"),
        (2, book.MILESTONES, "line 3: after the task's deadline"),
    ]
    # A task whose schedule is not touched is not judged on it again.
    assert plan([values("1", title="改")], [held(values("1"))]).errors == ()


def test_duplicate_codes_are_reported_after_the_first() -> None:
    result = plan([values("1"), values("1", row=3), RowStub(4, "1", None)])
    assert errors(result) == [
        (3, book.CODE, "序号 1 is also in row 2"),
        (4, book.CODE, "序号 1 is also in row 2"),
    ]
    assert result.created == ["1"]


def test_sub_tasks_nest_one_level_under_a_task_here_or_in_the_workbook() -> None:
    top = held(values("1"))
    sub = held(values("1.1", parent_code="1"))
    closed = held(values("5"), state=TaskState.cancelled)
    result = plan(
        [
            values("2", row=2),
            values("2.1", row=3, parent_code="2"),  # in the workbook
            values("1.2", row=4, parent_code="1"),  # here
            values("1.1.1", row=5, parent_code="1.1"),  # under a sub-task
            values("9.1", row=6, parent_code="9"),  # nowhere
            values("7", row=7, parent_code="7"),
            values("5.1", row=8, parent_code="5"),  # a cancelled task takes none
        ],
        [top, sub, closed],
    )
    assert errors(result) == [
        (5, book.PARENT, "1.1 is itself a sub-task (of 1): tasks nest one level"),
        (6, book.PARENT, "no task numbered 9 here or in the workbook"),
        (7, book.PARENT, "a task is not its own sub-task"),
        (8, book.PARENT, "task 5 is 已取消: it takes no sub-tasks"),
    ]
    assert result.created == ["2", "2.1", "1.2"]


def test_a_task_with_sub_tasks_does_not_become_one() -> None:
    top, other = held(values("1")), held(values("2"))
    sub = held(values("1.1", parent_code="1"))
    result = plan([values("1", parent_code="2")], [top, other, sub])
    assert errors(result) == [
        (2, book.PARENT, "1 has sub-tasks of its own (1.1): tasks nest one level")
    ]
    # ...unless the workbook moves them too: then it is written after them.
    result = plan(
        [values("1", parent_code="2"), values("1.1", row=3, parent_code="2")], [top, other, sub]
    )
    assert result.errors == ()
    assert result.updated == ["1.1", "1"]


def test_steps_come_in_an_order_each_can_be_written_in() -> None:
    """Tasks that become top-level first, then new tasks, then moves under a task, then new
    sub-tasks — whatever the workbook's order."""
    sub = held(values("1.1", parent_code="1"))
    result = plan(
        [
            values("3.1", row=2, parent_code="3"),  # new, under a new task
            values("1.1", row=3, parent_code="3"),  # moves under the new task
            values("3", row=4),  # new
            values("1", row=5, title="改"),  # changed, stays
            values("4", row=6, parent_code=None),  # new
        ],
        [held(values("1")), sub],
    )
    assert result.errors == ()
    assert [s.values.code for s in result.steps] == ["1", "3", "4", "1.1", "3.1"]


def test_a_meeting_decision_is_made_from_the_decision_not_imported() -> None:
    decision = values("1", source_kind=SourceKind.meeting_decision)
    assert [c for _, c, _ in errors(plan([decision]))] == [book.SOURCE_KIND]
    made = held(decision, from_meeting=True)
    assert plan([decision], [made]).unchanged == ("1",)
    assert errors(plan([values("1")], [made])) == [
        (2, book.SOURCE_KIND, "a task made from a meeting decision keeps that source")
    ]
    assert errors(plan([decision], [held(values("1"))])) == [
        (2, book.SOURCE_KIND, "only a task made from a meeting decision has that source")
    ]


def test_a_row_with_a_bad_cell_is_still_judged_for_what_did_read() -> None:
    stub = RowStub(
        3,
        "2",
        "1",
        lead_unit="住建局",
        cooperating_units=("自然资源局",),
        deadline=date(2027, 1, 1),
        milestones=(Milestone(date(2027, 2, 1), "晚"),),
    )
    result = plan([values("1"), stub, values("2.1", row=4, parent_code="2")])
    assert errors(result) == [
        (3, book.LEAD_UNIT, "no member unit here is named 住建局"),
        (3, book.MILESTONES, "line 1: after the task's deadline"),
        # Row 3 did not read whole, but its 序号 and 上级序号 did: 2 is a sub-task of 1, so
        # row 4 would nest one level too deep.
        (4, book.PARENT, "2 is itself a sub-task (of 1): tasks nest one level"),
    ]
    assert (result.created, result.rows) == (["1"], 3)


def test_a_stub_without_a_code_counts_for_nothing_else() -> None:
    result = plan([RowStub(2, None, None), values("1", row=3)])
    assert (result.errors, result.created, result.rows) == ((), ["1"], 2)
