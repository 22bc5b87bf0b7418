"""The task breakdown as an Excel workbook (任务分解表, E-TSK-1): the export's layout and order,
a round trip from one city into another, an unchanged export imported back as "all unchanged",
every bad cell reported by a dry run and refusing a real import, updates, who may do what, and
files that are no workbook.

World (tests/factories.py): city_a ── county_a1, and city_b; both cities have the units
住房和城乡建设局 (housing, the liaison's) and 自然资源局 (natural_resources). The clock stands at
noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
import io
import zipfile
from datetime import date, datetime
from typing import Any

import httpx
import openpyxl
import pytest
from sqlalchemy import update

from app.db import Database
from app.domain import task_workbook as book
from app.models import Task
from tests import sample_files
from tests.api.round_trips import round_trips
from tests.api.task_helpers import add_task, list_tasks, task_url, tasks_url, unit_id
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLAN = len(book.PLAN_COLUMNS)


async def export(
    client: httpx.AsyncClient, world: World, who: str = OFFICE, place: str = "city_a", **params: Any
) -> httpx.Response:
    response = await client.get(
        tasks_url(world, place, "/export.xlsx"), params=params, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    return response


def rows_of(content: bytes) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(io.BytesIO(content))[book.SHEET_TITLE]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def workbook(rows: list[list[Any]], header: tuple[str, ...] = book.COLUMNS) -> bytes:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = book.SHEET_TITLE
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def row(code: str, **cells: Any) -> list[Any]:
    """A valid new task's row (housing leads, natural resources cooperates); ``cells`` by
    header text override."""
    values: dict[str, Any] = {
        book.CODE: code,
        book.PARENT: None,
        book.TITLE: f"任务{code}",
        book.CATEGORY: "审批流程改革",
        book.SOURCE_KIND: "省级文件",
        book.SOURCE_TITLE: "《湖北省工程建设项目审批制度改革实施方案》",
        book.SOURCE_REFERENCE: "鄂政办发〔2019〕30号",
        book.LEAD_UNIT: "住房和城乡建设局",
        book.COOPERATING_UNITS: "自然资源局",
        book.DEADLINE: date(2027, 3, 31),
        book.MILESTONES: "2027-01-31 完成初稿",
        book.MEASURES: None,
        book.STATE: "未开始",
        **cells,
    }
    return [values[column] for column in book.PLAN_COLUMNS]


async def send(
    client: httpx.AsyncClient,
    world: World,
    content: bytes,
    *,
    dry_run: bool,
    who: str = OFFICE,
    place: str = "city_a",
    name: str = "任务分解表.xlsx",
) -> httpx.Response:
    return await client.post(
        tasks_url(world, place, "/import"),
        params={"dry_run": str(dry_run).lower()},
        files={"file": (name, content, "application/octet-stream")},
        headers=world.headers(who),
    )


async def imported(
    client: httpx.AsyncClient, world: World, content: bytes, *, dry_run: bool, **kwargs: Any
) -> dict[str, Any]:
    response = await send(client, world, content, dry_run=dry_run, **kwargs)
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


async def ledger_etag(client: httpx.AsyncClient, world: World, place: str = "city_a") -> str:
    response = await client.get(
        tasks_url(world, place), headers=world.headers(f"{place}.office_staff")
    )
    assert response.status_code == 200
    return response.headers["etag"]


async def build_table(client: httpx.AsyncClient, world: World) -> dict[str, dict[str, Any]]:
    """city_a's table: tasks 2 and 10 (2 with sub-tasks 2.1, 2.2 and 2.10), each source kind a
    document can have, cooperating units, milestones and measures, blank cells."""
    natural = unit_id(world, "city_a", "natural_resources")
    housing = unit_id(world, "city_a", "housing")
    made = {}
    made["10"] = await add_task(
        client,
        world,
        code="10",
        title="推行联合验收，出台联合验收实施细则",
        deadline="2027-06-30",
        milestones=[
            {"due_on": "2027-01-31", "title": "完成征求意见稿"},
            {"due_on": "2027-04-30", "title": "报市政府审定"},
        ],
        measures=[
            {
                "title": "《联合验收实施细则》",
                "document_reference": "鄂州住建发〔2019〕12号",
                "issued_on": "2026-11-20",
            },
            {"title": "《竣工联合验收办事指南》", "document_reference": "鄂州住建函〔2019〕3号"},
            {"title": "《验收标准清单》", "issued_on": "2026-11-25"},
            {"title": "《测绘成果共享办法》"},
        ],
    )
    made["2"] = await add_task(
        client,
        world,
        code="2",
        title="精简审批环节",
        source={"kind": "city_document", "title": None, "reference": None},
        lead_unit_id=natural,
        cooperating_unit_ids=[housing],
        deadline="2027-03-31",
    )
    made["2.1"] = await add_task(
        client,
        world,
        code="2.1",
        parent_id=made["2"]["id"],
        title="取消施工图审查备案",
        source={"kind": "other"},
        cooperating_unit_ids=[],
        category="审查",
    )
    made["2.10"] = await add_task(
        client,
        world,
        code="2.10",
        parent_id=made["2"]["id"],
        title="合并规划许可与用地审批",
        source={"kind": "county_document"},
        lead_unit_id=natural,
        cooperating_unit_ids=[housing],
        deadline="2027-02-26",
    )
    made["2.2"] = await add_task(
        client,
        world,
        code="2.2",
        parent_id=made["2"]["id"],
        title="推行告知承诺制",
        source={"kind": "provincial_document"},
    )
    return made


# --- export -----------------------------------------------------------------------------------


async def test_the_export_is_the_office_table_each_task_followed_by_its_sub_tasks(
    client: httpx.AsyncClient, world: World
) -> None:
    await build_table(client, world)
    response = await export(client, world)
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=UTF-8''" in disposition
    assert disposition.endswith(".xlsx")
    sheets = openpyxl.load_workbook(io.BytesIO(response.content))
    assert sheets.sheetnames == ["任务分解表"]
    rows = rows_of(response.content)
    assert rows[0] == list(book.COLUMNS)
    assert rows[0][:PLAN] == [
        *("序号", "上级序号", "任务名称", "类别", "来源类型", "来源文件", "文号"),
        *("牵头单位", "配合单位", "完成时限", "阶段节点", "配套管理办法", "状态"),
    ]
    # Natural order: 2 before 10, 2.2 before 2.10; sub-tasks right after their task.
    assert [(r[0], r[1]) for r in rows[1:]] == [
        ("2", None),
        ("2.1", "2"),
        ("2.2", "2"),
        ("2.10", "2"),
        ("10", None),
    ]
    ten = rows[5]
    assert ten[2:9] == [
        "推行联合验收，出台联合验收实施细则",
        "审批流程改革",
        "国家文件",
        "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》",
        "国办发〔2019〕11号",
        "住房和城乡建设局",
        "自然资源局",
    ]
    assert ten[9] == datetime(2027, 6, 30)  # a real date cell
    assert ten[10] == "2027-01-31 完成征求意见稿\n2027-04-30 报市政府审定"
    assert ten[11] == (
        "《联合验收实施细则》 | 鄂州住建发〔2019〕12号 | 2026-11-20\n"
        "《竣工联合验收办事指南》 | 鄂州住建函〔2019〕3号\n"
        "《验收标准清单》 |  | 2026-11-25\n"
        "《测绘成果共享办法》"
    )
    assert ten[12:] == ["未开始", 0, None, 0]
    two = rows[1]
    assert two[4:9] == ["市级文件", None, None, "自然资源局", "住房和城乡建设局"]
    assert [r[4] for r in rows[2:5]] == ["其他", "省级文件", "县级文件"]
    assert rows[2][8] is None  # no cooperating unit: a blank cell
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))[book.SHEET_TITLE]
    assert sheet["J2"].is_date
    assert sheet["J2"].number_format == "yyyy-mm-dd"
    assert sheet["A2"].data_type == "s"  # 序号 stays text
    assert sheet.freeze_panes == "A2"


async def test_the_export_route_is_not_taken_for_a_task_id(
    client: httpx.AsyncClient, world: World
) -> None:
    """/tasks/export.xlsx is its own route, not /tasks/{task_id} with a bad id (422)."""
    response = await export(client, world)
    assert rows_of(response.content) == [list(book.COLUMNS)]  # the empty table: the header
    task = await add_task(client, world)
    found = await client.get(task_url(world, task), headers=world.headers(OFFICE))
    assert found.status_code == 200


async def test_a_control_character_a_worksheet_cannot_hold_is_left_out(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, title="含\x07控制\x0b符", category="分\x1f类")
    rows = rows_of((await export(client, world)).content)
    assert rows[1][2:4] == ["含控制符", "分类"]


async def test_text_that_looks_like_a_formula_is_exported_as_text(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, title='=HYPERLINK("http://example.com","点击")')
    content = (await export(client, world)).content
    cell = openpyxl.load_workbook(io.BytesIO(content))[book.SHEET_TITLE].cell(row=2, column=3)
    assert (cell.data_type, cell.value) == ("s", '=HYPERLINK("http://example.com","点击")')


async def test_the_export_carries_an_etag_and_the_list_filters(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, category="验收")
    await add_task(client, world, category="审查")
    first = await export(client, world)
    again = await client.get(
        tasks_url(world, rest="/export.xlsx"),
        headers={**world.headers(OFFICE), "If-None-Match": first.headers["etag"]},
    )
    assert again.status_code == 304
    narrowed = await export(client, world, category="验收")
    assert [r[3] for r in rows_of(narrowed.content)[1:]] == ["验收"]
    assert narrowed.headers["etag"] != first.headers["etag"]


async def test_a_unit_exports_only_the_tasks_it_leads_or_cooperates_on(
    client: httpx.AsyncClient, world: World
) -> None:
    natural = unit_id(world, "city_a", "natural_resources")
    await add_task(client, world, code="1")  # housing leads
    await add_task(client, world, code="2", lead_unit_id=natural, cooperating_unit_ids=[])
    response = await export(client, world, who="city_a.liaison")
    assert [r[0] for r in rows_of(response.content)[1:]] == ["1"]


# --- round trips ------------------------------------------------------------------------------


async def test_a_table_exported_from_one_city_imports_into_another_identically(
    client: httpx.AsyncClient, world: World
) -> None:
    await build_table(client, world)
    content = (await export(client, world)).content
    city_b = "city_b.office_staff"

    trial = await imported(client, world, content, dry_run=True, who=city_b, place="city_b")
    assert trial == {
        "dry_run": True,
        "rows": 5,
        "created": 5,
        "updated": 0,
        "unchanged": 0,
        "created_codes": ["2", "10", "2.1", "2.2", "2.10"],
        "updated_codes": [],
        "error_count": 0,
        "errors": [],
    }
    assert await list_tasks(client, world, city_b, place="city_b") == []
    assert await audit_events(client, world, action="task.import") == []

    done = await imported(client, world, content, dry_run=False, who=city_b, place="city_b")
    assert {**done, "dry_run": True} == trial
    copied = (await export(client, world, who=city_b, place="city_b")).content
    assert [r[:PLAN] for r in rows_of(copied)] == [r[:PLAN] for r in rows_of(content)]

    tasks = {t["code"]: t for t in await list_tasks(client, world, city_b, place="city_b")}
    assert tasks["2.1"]["parent_id"] == tasks["2"]["id"]
    assert tasks["10"]["lead_unit"]["id"] == unit_id(world, "city_b", "housing")
    events = await audit_events(client, world, action="task.import")
    assert len(events) == 1
    assert events[0]["jurisdiction_id"] == str(world.places["city_b"].id)
    assert events[0]["after"]["created_codes"] == ["2", "10", "2.1", "2.2", "2.10"]
    assert events[0]["after"]["filename"] == "任务分解表.xlsx"
    creates = await audit_events(client, world, action="task.create")
    assert {t["id"] for t in tasks.values()} <= {e["entity_id"] for e in creates}


async def test_an_unchanged_export_imports_back_as_all_unchanged_writing_nothing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    made = await build_table(client, world)
    # A task under way and a cancelled one: their states round-trip too.
    async with database.sessionmaker() as session, session.begin():
        await session.execute(
            update(Task)
            .where(Task.id == made["2.1"]["id"])
            .values(state="in_progress", started_on=date(2026, 11, 30), percent=40)
        )
    cancelled = await client.post(
        task_url(world, made["2.2"], "/cancel"),
        json={"reason": "调整"},
        headers=world.headers(OFFICE),
    )
    assert cancelled.status_code == 200
    content = (await export(client, world)).content
    assert [r[12] for r in rows_of(content)[1:]] == [
        "未开始",
        "推进中",
        "已取消",
        "未开始",
        "未开始",
    ]
    before = await ledger_etag(client, world)

    report = await imported(client, world, content, dry_run=False)
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 5)
    assert report["errors"] == []
    assert await ledger_etag(client, world) == before
    assert await audit_events(client, world, action="task.update") == []
    events = await audit_events(client, world, action="task.import")
    assert events[0]["after"]["unchanged"] == 5


# --- errors -----------------------------------------------------------------------------------


async def test_every_bad_cell_is_reported_and_a_real_import_writes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    content = workbook(
        [
            row("1"),  # row 2: good
            row("2", **{book.LEAD_UNIT: "住建局"}),  # row 3
            row("3", **{book.DEADLINE: "明年三月"}),  # row 4
            row("4", **{book.TITLE: None}),  # row 5
            row("1", **{book.TITLE: "重复"}),  # row 6
            row("5", **{book.PARENT: "9", book.STATE: "推进中"}),  # row 7
            row("6", **{book.MILESTONES: "2027-01-31 初稿\n2027-05-31 定稿"}),  # row 8
            row("7", **{book.SOURCE_KIND: "部委文件"}),  # row 9
            row("8", **{book.TITLE: "长" * 501, book.COOPERATING_UNITS: "自然资源局、规划局"}),
            row("x y", **{book.MEASURES: "《办法》 | 文号 | 2027-13-01"}),  # row 11
        ]
    )
    report = await imported(client, world, content, dry_run=True)
    found = [(e["row"], e["column"], e["value"], e["message"]) for e in report["errors"]]
    assert [(r, c) for r, c, _, _ in found] == [
        (3, "牵头单位"),
        (4, "完成时限"),
        (5, "任务名称"),
        (6, "序号"),
        (7, "上级序号"),
        (7, "状态"),
        (8, "阶段节点"),
        (9, "来源类型"),
        (10, "任务名称"),
        (10, "配合单位"),
        (11, "序号"),
        (11, "配套管理办法"),
    ]
    assert found[0][2:] == ("住建局", "no member unit here is named 住建局")
    assert found[1][2] == "明年三月"
    assert found[1][3].startswith("not a date")
    assert found[2][2:] == (None, "required")
    assert found[3][3] == "序号 1 is also in row 2"
    assert found[4][2:] == ("9", "no task numbered 9 here or in the workbook")
    assert found[5][3].startswith("a new task starts 未开始")
    assert found[6][3] == "line 2: after the task's deadline"
    assert "国家文件" in found[7][3]
    assert found[8][2] == "长" * 100 + "…"
    assert "500" in found[8][3]
    assert found[9][3] == "no member unit here is named 规划局"
    assert found[11][3] == "line 1: no such day: 2027-13-01"
    assert (report["rows"], report["created"], report["error_count"]) == (10, 1, 12)

    refused = await send(client, world, content, dry_run=False)
    body = problem(refused, 422)
    assert body["report"]["errors"] == report["errors"]
    assert body["report"]["dry_run"] is False
    assert error_locations(body)[0] == ["body", "file", 3, "牵头单位"]
    assert await list_tasks(client, world, OFFICE) == []
    assert await audit_events(client, world, action="task.import") == []


async def test_nesting_is_one_level_and_parents_may_be_tasks_already_here(
    client: httpx.AsyncClient, world: World
) -> None:
    top = await add_task(client, world, code="1")
    await add_task(client, world, code="1.1", parent_id=top["id"])
    content = workbook(
        [
            row("1.2", **{book.PARENT: "1"}),  # under a task already here: fine
            row("1.1.1", **{book.PARENT: "1.1"}),  # under a sub-task
            row("3", **{book.PARENT: "3"}),
        ]
    )
    report = await imported(client, world, content, dry_run=True)
    assert [(e["row"], e["column"], e["message"]) for e in report["errors"]] == [
        (3, "上级序号", "1.1 is itself a sub-task (of 1): tasks nest one level"),
        (4, "上级序号", "a task is not its own sub-task"),
    ]
    fine = await imported(
        client, world, workbook([row("1.2", **{book.PARENT: "1"})]), dry_run=False
    )
    assert fine["created_codes"] == ["1.2"]
    tasks = {t["code"]: t for t in await list_tasks(client, world, OFFICE)}
    assert tasks["1.2"]["parent_id"] == top["id"]


async def test_a_task_moves_under_one_the_same_import_adds(
    client: httpx.AsyncClient, world: World
) -> None:
    top = await add_task(client, world, code="1")
    sub = await add_task(client, world, code="1.1", parent_id=top["id"])
    content = workbook(
        [
            # 1.1 becomes a sub-task of the new task 5, and its units swap.
            row(
                "1.1",
                **{
                    book.PARENT: "5",
                    book.TITLE: sub["title"],
                    book.SOURCE_KIND: "国家文件",
                    book.SOURCE_TITLE: sub["source"]["title"],
                    book.SOURCE_REFERENCE: sub["source"]["reference"],
                    book.LEAD_UNIT: "自然资源局",
                    book.COOPERATING_UNITS: "住房和城乡建设局",
                    book.DEADLINE: date(2026, 12, 31),
                    book.MILESTONES: None,
                },
            ),
            row("5"),
        ]
    )
    report = await imported(client, world, content, dry_run=False)
    assert (report["created_codes"], report["updated_codes"]) == (["5"], ["1.1"])
    tasks = {t["code"]: t for t in await list_tasks(client, world, OFFICE)}
    moved = tasks["1.1"]
    assert moved["parent_id"] == tasks["5"]["id"]
    assert moved["lead_unit"]["name"] == "自然资源局"
    assert [u["name"] for u in moved["cooperating_units"]] == ["住房和城乡建设局"]
    events = await audit_events(client, world, action="task.update")
    assert [e["entity_id"] for e in events] == [sub["id"]]
    assert events[0]["before"]["parent_id"] == top["id"]
    assert events[0]["after"]["parent_id"] == tasks["5"]["id"]


async def test_an_import_changes_what_differs_and_never_a_state_or_a_final_task(
    client: httpx.AsyncClient, world: World
) -> None:
    kept = await add_task(client, world, code="1")
    gone = await add_task(client, world, code="2")
    await client.post(
        task_url(world, gone, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )
    rows = rows_of((await export(client, world)).content)
    rows[1][9] = date(2027, 5, 31)  # task 1's deadline
    rows[1][8] = None  # no cooperating unit any more
    changed = workbook([r[:PLAN] for r in rows[1:]], book.PLAN_COLUMNS)
    report = await imported(client, world, changed, dry_run=False)
    assert (report["updated_codes"], report["unchanged"]) == (["1"], 1)
    task = (await client.get(task_url(world, kept), headers=world.headers(OFFICE))).json()
    assert (task["deadline"], task["cooperating_units"]) == ("2027-05-31", [])
    events = await audit_events(client, world, action="task.update")
    assert [e["entity_id"] for e in events] == [kept["id"]]
    assert events[0]["before"]["deadline"] == "2026-12-31"

    rows[1][12] = "已完成"  # a state is not imported
    rows[2][2] = "新的名称"  # task 2 is cancelled: final
    refused = await imported(
        client, world, workbook([r[:PLAN] for r in rows[1:]], book.PLAN_COLUMNS), dry_run=True
    )
    assert [(e["row"], e["column"]) for e in refused["errors"]] == [(2, "状态"), (3, "任务名称")]
    assert refused["errors"][0]["message"].startswith("the task is 未开始 here")
    assert (
        refused["errors"][1]["message"] == "the task is 已取消: it is final and no longer changed"
    )


async def test_a_unit_no_longer_a_member_takes_no_new_task(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, code="1")
    natural = unit_id(world, "city_a", "natural_resources")
    response = await client.patch(
        f"/v1/jurisdictions/{world.places['city_a'].id}/units/{natural}",
        json={"is_active": False},
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    content = (await export(client, world)).content
    unchanged = await imported(client, world, content, dry_run=True)
    assert (unchanged["unchanged"], unchanged["errors"]) == (1, [])  # task 1 keeps its unit
    report = await imported(client, world, workbook([row("2")]), dry_run=True)
    assert [(e["column"], e["message"]) for e in report["errors"]] == [
        ("配合单位", "自然资源局 is no longer a member unit")
    ]


# --- the file ---------------------------------------------------------------------------------


async def test_only_an_xlsx_workbook_with_the_columns_is_read(
    client: httpx.AsyncClient, world: World
) -> None:
    pdf = await send(client, world, sample_files.pdf(), dry_run=True, name="任务分解表.pdf")
    assert error_locations(problem(pdf, 415)) == [["body", "file"]]
    # The name is the client's word: bytes that are no workbook are no workbook.
    problem(await send(client, world, b"\x00garbage" * 50, dry_run=True), 415)
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "garbage")
    body = problem(await send(client, world, damaged.getvalue(), dry_run=True), 422)
    assert body["detail"].startswith("The workbook cannot be read")
    problem(await send(client, world, b"", dry_run=True), 422)

    lacking = workbook([], tuple(c for c in book.COLUMNS if c not in ("状态", "配合单位")))
    body = problem(await send(client, world, lacking, dry_run=True), 422)
    assert error_locations(body) == [["body", "file", "配合单位"], ["body", "file", "状态"]]
    assert await list_tasks(client, world, OFFICE) == []


async def test_columns_are_matched_by_header_text_under_a_title_row(
    client: httpx.AsyncClient, world: World
) -> None:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["鄂州市工程建设项目审批制度改革任务分解表"])
    header = ["备注", *reversed(book.PLAN_COLUMNS)]
    sheet.append(header)
    sheet.append(["随便写", *reversed(row("1", **{book.DEADLINE: "2027年3月31日", book.CODE: 1}))])
    buffer = io.BytesIO()
    wb.save(buffer)
    report = await imported(client, world, buffer.getvalue(), dry_run=False)
    assert report["created_codes"] == ["1"]
    task = (await list_tasks(client, world, OFFICE))[0]
    assert (task["code"], task["deadline"]) == ("1", "2027-03-31")


async def test_more_than_five_thousand_rows_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    content = workbook([row(str(n)) for n in range(1, book.MAX_ROWS + 2)])
    body = problem(await send(client, world, content, dry_run=True), 422)
    assert "5000" in body["detail"]


# --- who may ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("city_a.liaison", 403),
        ("city_a.client_read", 403),
        ("city_a.leader", 403),
        ("city_a.nobody", 404),
        ("city_b.office_staff", 404),
        ("county_a1.office_staff", 404),
        ("city_a.client_write", 200),
        ("admin", 200),
    ],
)
async def test_only_the_office_here_imports(
    client: httpx.AsyncClient, world: World, who: str, status: int
) -> None:
    response = await send(client, world, workbook([row("1")]), dry_run=True, who=who)
    assert response.status_code == status, response.text


async def test_an_import_sends_as_many_statements_for_many_rows_as_for_few(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """No statement per row: new tasks, their sub-tasks and changes to tasks there are written
    and audited (the trail in one statement) in as many statements for 16 rows as for 6. (The
    count takes an executemany of more than one row for two round trips.)"""
    existing = [row(code) for code in ("1", "2", "3", "4", "5", "6")]
    assert (await send(client, world, workbook(existing), dry_run=False)).status_code == 200

    def mix(changed: list[str], new: list[str]) -> bytes:
        return workbook(
            [
                *(row(code, **{book.TITLE: f"任务{code}（改）"}) for code in changed),
                *(row(code) for code in new),
                *(row(f"{code}.1", **{book.PARENT: code}) for code in new),
            ]
        )

    counts, listings = [], []
    few, many = (["1", "2"], ["7", "8"]), (["3", "4", "5", "6"], [f"{n}" for n in range(9, 15)])
    for changed, new in (few, many):
        # Both counted in the same steady state: the caller cached, every change heard.
        async with asyncio.timeout(10):
            assert await database.caches.listener.wait_live()
        await database.caches.listener.caught_up()
        assert (await client.get("/v1/me", headers=world.headers(OFFICE))).status_code == 200
        with round_trips(database) as sent:
            answer = await send(client, world, mix(changed, new), dry_run=False)
        assert answer.status_code == 200, answer.text
        assert (answer.json()["updated"], answer.json()["created"]) == (len(changed), 2 * len(new))
        counts.append(len(sent))
        listings.append([s.split("\n")[0][:70] for s in sent])
    assert counts[0] == counts[1], listings
    events = await audit_events(client, world, entity_type="task")
    assert len(events) == 6 + (2 + 4) + (4 + 12)  # each task created or changed, once
