"""Unit submissions through HTTP (E-RPT-1, C-RPT-1, CO-RPT-1): the parts each rule requires as
uploaded files, who submits, versions, upload limits and type checks, on time or late in working
days around holidays and make-up workdays, and who sees which submission.

city_b runs Ezhou's rulebook (monthly report by the 22nd: report + progress table, electronic
and scanned), city_a Changji's (quarterly written report 10 working days after the quarter),
inherited by county_a1. Each city's `liaison` is the liaison officer of its housing unit.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.schemas.submissions import ComplianceOut
from tests import sample_files
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World

EZHOU_FILES = (
    "report.electronic",
    "report.scanned",
    "progress_table.electronic",
    "progress_table.scanned",
)
SHANGHAI = timedelta(hours=8)


def at_noon(day: str) -> datetime:
    """Noon of a day in Shanghai, as the server's clock reads it."""
    return datetime.fromisoformat(f"{day}T12:00:00").replace(tzinfo=UTC) - SHANGHAI


def ezhou_files(**replace: tuple[str, bytes]) -> list[tuple[str, tuple[str, bytes, str]]]:
    """The four files of a complete Ezhou monthly report; ``replace`` swaps or (with None) drops
    one: ``report_scanned=("x.docx", docx)``."""
    chosen: dict[str, tuple[str, bytes] | None] = {
        "report.electronic": ("10月月报.docx", sample_files.docx()),
        "report.scanned": ("10月月报（盖章）.pdf", sample_files.pdf()),
        "progress_table.electronic": ("工作推进表.xlsx", sample_files.xlsx()),
        "progress_table.scanned": ("工作推进表.jpg", sample_files.jpeg()),
    }
    for key, value in replace.items():
        chosen[key.replace("_scanned", ".scanned").replace("_electronic", ".electronic")] = value
    return [
        (field, (name, content, "application/octet-stream"))
        for field, pair in chosen.items()
        if pair is not None
        for name, content in [pair]
    ]


def changji_files(name: str = "季度汇报") -> list[tuple[str, tuple[str, bytes, str]]]:
    """The two files of a complete Changji quarterly written report (C-RPT-1)."""
    return [
        ("report.electronic", (f"{name}.docx", sample_files.docx(), "application/octet-stream")),
        ("report.scanned", (f"{name}.pdf", sample_files.pdf(), "application/pdf")),
    ]


def url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/submissions"


async def submit(
    client: httpx.AsyncClient,
    world: World,
    *,
    place: str = "city_b",
    who: str = "city_b.liaison",
    period: str = "2026-10",
    report_kind: str = "monthly_report",
    files: list[Any] | None = None,
    **content: Any,
) -> httpx.Response:
    body = {"report_kind": report_kind, "period": period, **content}
    return await client.post(
        url(world, place),
        data={"submission": json.dumps(body, ensure_ascii=False)},
        files=files if files is not None else ezhou_files(),
        headers=world.headers(who),
    )


async def listed(
    client: httpx.AsyncClient, world: World, place: str, who: str
) -> list[dict[str, Any]]:
    response = await client.get(
        url(world, place), params={"limit": 200}, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


# --- submitting -------------------------------------------------------------------------------


async def test_a_complete_monthly_report_is_stored_with_its_files_and_content(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = at_noon("2026-10-20")
    response = await submit(
        client,
        books,
        progress=[{"task": "推行分级分类管理", "percent": 60, "summary": "已印发实施细则"}],
        experience="并联审批",
        problems="系统对接慢",
        suggestions="统一数据标准",
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["unit_id"] == str(books.places["city_b"].unit_ids["housing"])
    assert body["period"] == {
        "kind": "month",
        "year": 2026,
        "index": 10,
        "label": "2026-10",
        "start": "2026-10-01",
        "end": "2026-10-31",
    }
    assert (body["due_date"], body["timeliness"], body["working_days_late"]) == (
        "2026-10-22",
        "on_time",
        0,
    )
    assert (body["rule"], body["latest_version"]) == ("E-RPT-1", 1)
    assert body["first_submitted_at"] == "2026-10-20T04:00:00Z"  # the server's clock
    (version,) = body["versions"]
    assert version["submitted_as"] == "liaison_officer"
    assert version["content"]["progress"] == [
        {"task": "推行分级分类管理", "task_id": None, "percent": 60, "summary": "已印发实施细则"}
    ]
    assert version["content"]["problems"] == "系统对接慢"
    files = {f["field"]: f for f in version["files"]}
    assert set(files) == set(EZHOU_FILES)
    assert files["report.electronic"]["file_type"] == "docx"
    assert files["progress_table.scanned"]["media_type"] == "image/jpeg"
    assert files["report.scanned"]["filename"] == "10月月报（盖章）.pdf"
    assert files["report.scanned"]["sha256"] == hashlib.sha256(sample_files.pdf()).hexdigest()
    assert files["report.scanned"]["size_bytes"] == len(sample_files.pdf())

    # The stored bytes come back, typed as sniffed, with the digest as ETag.
    download = (
        f"{url(books, 'city_b')}/{body['id']}/versions/1/files/{files['report.scanned']['id']}"
    )
    got = await client.get(download, headers=books.headers("city_b.office_staff"))
    assert got.status_code == 200
    assert got.content == sample_files.pdf()
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["etag"] == f'"{files["report.scanned"]["sha256"]}"'
    # The answer, built from what was written, is what reading the submission answers.
    read = await client.get(f"{url(books, 'city_b')}/{body['id']}", headers=books.headers("admin"))
    assert read.json() == body
    assert "filename*=UTF-8''10%E6%9C%88" in got.headers["content-disposition"]
    again = await client.get(
        download,
        headers={**books.headers("city_b.office_staff"), "If-None-Match": got.headers["etag"]},
    )
    assert again.status_code == 304


@pytest.mark.parametrize("dropped", EZHOU_FILES)
async def test_a_submission_missing_a_required_part_is_refused_and_nothing_is_kept(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, dropped: str
) -> None:
    files = ezhou_files(**{dropped.replace(".", "_"): None})
    body = problem(await submit(client, books, files=files), 422)
    assert error_locations(body) == [["body", dropped]]
    assert "E-RPT-1" in body["detail"]
    assert await listed(client, books, "city_b", "city_b.office_director") == []


async def test_every_missing_part_is_listed_and_unknown_file_fields_are_named(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    only_one = [("report.electronic", ("a.pdf", sample_files.pdf(), "application/pdf"))]
    body = problem(await submit(client, books, files=only_one), 422)
    assert sorted(error_locations(body)) == sorted(
        [["body", f] for f in EZHOU_FILES if f != "report.electronic"]
    )
    stray = [
        *ezhou_files(),
        ("minutes.electronic", ("m.pdf", sample_files.pdf(), "application/pdf")),
    ]
    body = problem(await submit(client, books, files=stray), 422)
    assert error_locations(body) == [["body", "minutes.electronic"]]
    body = problem(await submit(client, books, files=[]), 422)
    assert len(body["errors"]) == 4


async def test_a_file_sent_as_a_text_field_is_refused_saying_to_send_it_as_a_file(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    """A client that types a file part as text sends it without a filename: the 422 says to send
    it as a file part, and names any other text field with what a submission is made of."""
    body = {"report_kind": "monthly_report", "period": "2026-10"}
    response = await client.post(
        url(books, "city_b"),
        data={
            "submission": json.dumps(body),
            "report.electronic": "%PDF-1.7 as text",
            "comment": "x",
        },
        files=ezhou_files(report_electronic=None),
        headers=books.headers("city_b.liaison"),
    )
    errors = {tuple(e["loc"]): e["msg"] for e in problem(response, 422)["errors"]}
    assert set(errors) == {("body", "report.electronic"), ("body", "comment")}
    assert "send each file as a file part" in errors["body", "report.electronic"]
    assert "filename" in errors["body", "report.electronic"]
    assert "JSON in the field submission" in errors["body", "comment"]
    assert await listed(client, books, "city_b", "city_b.office_director") == []


async def test_several_files_may_make_one_part_such_as_scanned_pages(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pages = [("report.scanned", (f"第{n}页.png", sample_files.png(), "image/png")) for n in (1, 2)]
    response = await submit(client, books, files=[*ezhou_files(), *pages])
    assert response.status_code == 201, response.text
    scanned = [f for f in response.json()["versions"][0]["files"] if f["field"] == "report.scanned"]
    assert [f["filename"] for f in scanned] == ["10月月报（盖章）.pdf", "第1页.png", "第2页.png"]


@pytest.mark.parametrize(
    ("field", "name", "content"),
    [
        ("report.scanned", "scan.docx", sample_files.docx()),  # a Word file is no scanned copy
        ("progress_table.electronic", "table.png", sample_files.png()),  # an image is no table
        ("report.electronic", "report.docx", sample_files.zip_archive()),  # named .docx, a zip
        ("report.electronic", "report.pdf", b"MZ\x90\x00 an executable"),
        ("report.electronic", "report.doc", sample_files.ppt()),  # an OLE file, not Word
    ],
)
async def test_files_of_a_type_the_part_does_not_accept_are_refused_by_content(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    field: str,
    name: str,
    content: bytes,
) -> None:
    files = ezhou_files(**{field.replace(".", "_"): (name, content)})
    body = problem(await submit(client, books, files=files), 415)
    assert [e["loc"][:2] for e in body["errors"]] == [["body", field]]
    assert name in body["errors"][0]["msg"]
    assert await listed(client, books, "city_b", "city_b.office_director") == []


async def test_legacy_office_and_wps_written_files_are_accepted(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    files = ezhou_files(
        report_electronic=("月报.doc", sample_files.doc()),
        progress_table_electronic=("推进表.xls", sample_files.xls()),
        report_scanned=("扫描.tif", sample_files.tiff()),
    )
    response = await submit(client, books, files=files)
    assert response.status_code == 201, response.text
    types = {f["field"]: f["file_type"] for f in response.json()["versions"][0]["files"]}
    assert types["report.electronic"] == "doc"
    assert types["progress_table.electronic"] == "xls"
    wps = ezhou_files(report_electronic=("wps.docx", sample_files.docx(wps_order=True)))
    assert (await submit(client, books, files=wps, period="2026-09")).status_code == 201


async def test_an_empty_file_is_refused(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    body = problem(
        await submit(client, books, files=ezhou_files(report_scanned=("e.pdf", b""))), 422
    )
    assert error_locations(body) == [["body", "report.scanned"]]


async def test_upload_limits_per_file_and_per_request_answer_413(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # The test settings allow 256 KiB a file and 1 MiB a request (GAIBAN_UPLOAD_MAX_*).
    big = sample_files.pdf() + b"0" * (256 * 1024)
    body = problem(
        await submit(client, books, files=ezhou_files(report_scanned=("big.pdf", big))), 413
    )
    assert "report.scanned (big.pdf)" in body["detail"]
    fair = sample_files.pdf() + b"0" * (200 * 1024)
    pages = [("report.scanned", (f"p{n}.pdf", fair, "application/pdf")) for n in range(6)]
    problem(await submit(client, books, files=[*ezhou_files(), *pages]), 413)
    assert await listed(client, books, "city_b", "city_b.office_director") == []
    # An ordinary route keeps the ordinary limit (64 KiB in the tests).
    response = await client.patch(
        f"/v1/jurisdictions/{books.places['city_b'].id}",
        content=b"{" + b" " * (100 * 1024) + b"}",
        headers={**books.headers("admin"), "Content-Type": "application/json"},
    )
    problem(response, 413)


@pytest.mark.parametrize(
    ("submission", "location"),
    [
        ({"report_kind": "monthly_report", "period": "2026-Q3"}, ["body", "submission", "period"]),
        ({"report_kind": "monthly_report", "period": "2027-01"}, ["body", "submission", "period"]),
        (
            {"report_kind": "quarterly_report", "period": "2026-10"},
            ["body", "submission", "report_kind"],
        ),
        (
            {
                "report_kind": "monthly_report",
                "period": "2026-10",
                "progress": [{"task": "t", "percent": 150}],
            },
            ["body", "submission", "progress", 0, "percent"],
        ),
        (
            {"report_kind": "monthly_report", "period": "2026-10", "colour": "red"},
            ["body", "submission", "colour"],
        ),
        ({"period": "2026-10"}, ["body", "submission", "report_kind"]),
    ],
)
async def test_a_malformed_submission_field_is_a_422_naming_the_field(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    submission: dict[str, Any],
    location: list[Any],
) -> None:
    response = await client.post(
        url(books, "city_b"),
        data={"submission": json.dumps(submission)},
        files=ezhou_files(),
        headers=books.headers("city_b.liaison"),
    )
    assert location in error_locations(problem(response, 422))


async def test_a_submission_that_is_not_json_is_a_422_and_not_multipart_a_415(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    not_json = await client.post(
        url(books, "city_b"),
        data={"submission": "{not json"},
        files=ezhou_files(),
        headers=books.headers("city_b.liaison"),
    )
    assert error_locations(problem(not_json, 422))[0][:2] == ["body", "submission"]
    as_json = await client.post(
        url(books, "city_b"),
        json={"report_kind": "monthly_report", "period": "2026-10"},
        headers=books.headers("city_b.liaison"),
    )
    assert "multipart/form-data" in problem(as_json, 415)["detail"]  # issue 19: was a 422
    stray_text = await client.post(
        url(books, "city_b"),
        data={
            "submission": json.dumps({"report_kind": "monthly_report", "period": "2026-10"}),
            "x": "1",
        },
        files=ezhou_files(),
        headers=books.headers("city_b.liaison"),
    )
    assert error_locations(problem(stray_text, 422)) == [["body", "x"]]


# --- who submits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who",
    ["city_b.office_director", "city_b.office_staff", "city_b.leader", "city_b.deputy_leader"],
)
async def test_only_the_units_liaison_officer_submits_its_monthly_report_e_rpt_1(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, who: str
) -> None:
    unit = str(books.places["city_b"].unit_ids["housing"])
    body = problem(await submit(client, books, who=who, unit_id=unit), 403)
    assert body["rule"] == "E-RPT-1"
    assert "四(三)1" in body["source"]


async def test_a_liaison_officer_submits_only_for_the_unit_it_serves(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    other = str(books.places["city_b"].unit_ids["natural_resources"])
    body = problem(await submit(client, books, unit_id=other), 403)
    assert body["rule"] == "E-RPT-1"
    foreign = str(books.places["city_a"].unit_ids["housing"])
    body = problem(await submit(client, books, unit_id=foreign), 422)
    assert error_locations(body) == [["body", "submission", "unit_id"]]


@pytest.mark.parametrize(
    ("who", "status"), [("city_b.nobody", 404), ("city_b.client_write", 403), ("admin", 403)]
)
async def test_callers_holding_no_post_here_submit_nothing(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, who: str, status: int
) -> None:
    # Someone who cannot see the jurisdiction learns nothing of it (404); a machine or a
    # platform administrator is no unit's liaison officer (403).
    problem(await submit(client, books, who=who), status)


async def test_without_a_rulebook_in_force_there_is_nothing_to_submit(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    problem(await submit(client, world), 409)


async def test_a_deactivated_unit_submits_no_more_reports(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    unit = books.places["city_b"].unit_ids["housing"]
    response = await client.patch(
        f"/v1/jurisdictions/{books.places['city_b'].id}/units/{unit}",
        json={"is_active": False},
        headers=books.headers("city_b.office_director"),
    )
    assert response.status_code == 200, response.text
    problem(await submit(client, books), 409)


async def test_changji_quarterly_report_is_the_liaison_officers_c_rpt_1(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = at_noon("2026-10-24")  # a Saturday after the 10-20 due date
    files = changji_files()
    response = await submit(
        client,
        books,
        place="city_a",
        who="city_a.liaison",
        report_kind="quarterly_report",
        period="2026-Q3",
        files=files,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    # Q3 ends 09-30; 10 working days later, past National Day (1–7 Oct, 10-10 worked): 10-20.
    assert (body["due_date"], body["timeliness"]) == ("2026-10-20", "late")
    assert body["working_days_late"] == 4  # 21, 22, 23 and Monday 26 (the first working day)
    assert body["rule"] == "C-RPT-1"
    body = problem(
        await submit(
            client,
            books,
            place="city_a",
            who="city_a.office_director",
            report_kind="quarterly_report",
            period="2026-Q3",
            files=files,
            unit_id=str(books.places["city_a"].unit_ids["housing"]),
        ),
        403,
    )
    assert body["rule"] == "C-RPT-1"


# --- timeliness around holidays ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "submitted", "timeliness", "late"),
    [
        ("2026-10", "2026-10-22", "on_time", 0),  # on the due day itself
        ("2026-10", "2026-10-10", "on_time", 0),  # a make-up workday (Saturday)
        ("2026-10", "2026-10-23", "late", 1),
        ("2026-10", "2026-10-24", "late", 2),  # Saturday: counted to Monday 26th
        ("2026-09", "2026-10-08", "late", 6),  # over Mid-autumn (25–27 Sep) and National Day
        ("2026-11", "2026-11-23", "late", 1),  # due Sunday 22 Nov (kept), Monday is 1 late
        # Jan 23, 15 days of 26 Jan–13 Feb, make-up Saturday 14 Feb, Spring Festival 15–23 off,
        # then the 24th: 18.
        ("2026-01", "2026-02-24", "late", 18),
    ],
)
async def test_on_time_or_late_by_working_days_e_rpt_1(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    period: str,
    submitted: str,
    timeliness: str,
    late: int,
) -> None:
    pinned_clock.at = at_noon(submitted)
    response = await submit(client, books, period=period)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["timeliness"], body["working_days_late"]) == (timeliness, late)


async def test_a_submission_late_in_the_evening_counts_on_its_local_day(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # 23:30 in Shanghai on the due day is 15:30 UTC the same day: on time.
    pinned_clock.at = datetime(2026, 10, 22, 15, 30, tzinfo=UTC)
    body = (await submit(client, books)).json()
    assert (body["first_submitted_on"], body["timeliness"]) == ("2026-10-22", "on_time")
    # 00:30 in Shanghai the next day is still the 22nd in UTC: late.
    pinned_clock.at = datetime(2026, 10, 22, 16, 30, tzinfo=UTC)
    body = (await submit(client, books, period="2026-09")).json()
    assert (body["first_submitted_on"], body["timeliness"]) == ("2026-10-23", "late")


# --- versions -----------------------------------------------------------------------------------


async def test_resubmission_adds_a_version_and_timeliness_stays_with_the_first(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = at_noon("2026-10-21")
    first = (await submit(client, books, experience="第一稿")).json()
    pinned_clock.at = at_noon("2026-10-26")  # after the due date
    corrected = ezhou_files(report_scanned=("更正.pdf", sample_files.pdf("更正版")))
    response = await submit(client, books, files=corrected, experience="更正稿", note="补充盖章")
    assert response.status_code == 201, response.text
    second = response.json()
    assert second["id"] == first["id"]
    assert [v["version"] for v in second["versions"]] == [1, 2]
    assert (second["latest_version"], second["timeliness"]) == (2, "on_time")
    assert second["first_submitted_on"] == "2026-10-21"
    assert second["latest_submitted_at"] == "2026-10-26T04:00:00Z"
    v1, v2 = second["versions"]
    assert (v1["content"]["experience"], v2["content"]["experience"]) == ("第一稿", "更正稿")
    read = await client.get(f"{url(books, 'city_b')}/{first['id']}", headers=books.headers("admin"))
    assert read.json() == second  # the earlier version as stored, the new one as written
    # The first version's file is still there, unchanged.
    old = next(f for f in v1["files"] if f["field"] == "report.scanned")
    got = await client.get(
        f"{url(books, 'city_b')}/{first['id']}/versions/1/files/{old['id']}",
        headers=books.headers("city_b.liaison"),
    )
    assert got.content == sample_files.pdf()
    # Asking for the old file under the new version's number finds nothing.
    wrong = await client.get(
        f"{url(books, 'city_b')}/{first['id']}/versions/2/files/{old['id']}",
        headers=books.headers("city_b.liaison"),
    )
    problem(wrong, 404)
    events = await client.get(
        f"/v1/jurisdictions/{books.places['city_b'].id}/audit-events",
        params={"entity_id": first["id"]},
        headers=books.headers("city_b.office_director"),
    )
    actions = [e["action"] for e in events.json()["items"]]
    assert sorted(actions) == ["submission.resubmit", "submission.submit"]


async def test_concurrent_resubmissions_get_distinct_consecutive_versions(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    responses = await asyncio.gather(*(submit(client, books, note=f"n{n}") for n in range(6)))
    assert [r.status_code for r in responses] == [201] * 6, [r.text for r in responses]
    (item,) = await listed(client, books, "city_b", "city_b.office_director")
    detail = (
        await client.get(f"{url(books, 'city_b')}/{item['id']}", headers=books.headers("admin"))
    ).json()
    assert [v["version"] for v in detail["versions"]] == [1, 2, 3, 4, 5, 6]
    assert sorted(v["content"]["note"] for v in detail["versions"]) == [f"n{n}" for n in range(6)]
    for answer in (r.json() for r in responses):  # each with the versions before its own
        assert answer["versions"] == detail["versions"][: answer["latest_version"]]


async def test_stored_versions_and_files_cannot_be_changed_in_the_database(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, database: Database
) -> None:
    assert (await submit(client, books)).status_code == 201
    for statement in (
        "UPDATE submission_versions SET submitted_on = submitted_on - 30",
        "DELETE FROM submission_files",
    ):
        with pytest.raises(Exception, match="append-only"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))


# --- who sees what ------------------------------------------------------------------------------


async def second_liaison(client: httpx.AsyncClient, world: World) -> str:
    """city_b's `nobody` becomes the natural-resources unit's liaison officer."""
    place = world.places["city_b"]
    response = await client.post(
        f"/v1/jurisdictions/{place.id}/positions",
        json={
            "user_id": str(place.user_ids["nobody"]),
            "role": "liaison_officer",
            "unit_id": str(place.unit_ids["natural_resources"]),
            "valid_from": "2020-01-01",
        },
        headers=world.headers("city_b.office_director"),
    )
    assert response.status_code == 201, response.text
    return "city_b.nobody"


async def test_units_see_their_own_submissions_and_the_office_sees_all(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    other = await second_liaison(client, books)
    housing = (await submit(client, books)).json()
    natural = (await submit(client, books, who=other)).json()
    assert natural["unit_name"] == "自然资源局"

    def ids(items: list[dict[str, Any]]) -> set[str]:
        return {i["id"] for i in items}

    both = {housing["id"], natural["id"]}
    for who in ("city_b.office_staff", "city_b.leader", "city_b.client_read", "admin"):
        assert ids(await listed(client, books, "city_b", who)) == both, who
    assert ids(await listed(client, books, "city_b", "city_b.liaison")) == {housing["id"]}
    assert ids(await listed(client, books, "city_b", other)) == {natural["id"]}

    base = url(books, "city_b")
    problem(
        await client.get(f"{base}/{natural['id']}", headers=books.headers("city_b.liaison")), 404
    )
    file_id = natural["versions"][0]["files"][0]["id"]
    problem(
        await client.get(
            f"{base}/{natural['id']}/versions/1/files/{file_id}",
            headers=books.headers("city_b.liaison"),
        ),
        404,
    )
    # Another tree's office learns nothing.
    problem(
        await client.get(
            f"{base}/{housing['id']}", headers=books.headers("city_a.office_director")
        ),
        404,
    )
    other_tree = f"/v1/jurisdictions/{books.places['city_a'].id}/submissions/{housing['id']}"
    problem(await client.get(other_tree, headers=books.headers("city_a.office_director")), 404)


async def test_a_city_office_reads_its_countys_submissions_and_not_the_reverse(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = at_noon("2026-10-12")
    files = changji_files()
    county = await submit(
        client,
        books,
        place="county_a1",
        who="county_a1.liaison",
        report_kind="quarterly_report",
        period="2026-Q3",
        files=files,
    )
    assert county.status_code == 201, county.text
    assert county.json()["timeliness"] == "on_time"  # the county inherits Changji's rules
    seen = await listed(client, books, "county_a1", "city_a.office_staff")
    assert [i["id"] for i in seen] == [county.json()["id"]]
    problem(
        await client.get(url(books, "city_a"), headers=books.headers("county_a1.office_director")),
        404,
    )


async def test_the_list_filters_by_kind_period_and_unit(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    other = await second_liaison(client, books)
    for period in ("2026-09", "2026-10"):
        assert (await submit(client, books, period=period)).status_code == 201
    assert (await submit(client, books, who=other)).status_code == 201
    h = books.headers("city_b.office_director")
    base = url(books, "city_b")
    october = (
        await client.get(
            base, params={"report_kind": "monthly_report", "period": "2026-10"}, headers=h
        )
    ).json()
    assert sorted(i["unit_name"] for i in october["items"]) == ["住房和城乡建设局", "自然资源局"]
    housing = str(books.places["city_b"].unit_ids["housing"])
    mine = (await client.get(base, params={"unit_id": housing}, headers=h)).json()["items"]
    assert [i["period"]["label"] for i in mine] == ["2026-10", "2026-09"]  # newest period first
    page = (await client.get(base, params={"limit": 2}, headers=h)).json()
    rest = (
        await client.get(base, params={"limit": 2, "cursor": page["next_cursor"]}, headers=h)
    ).json()
    assert (len(page["items"]), len(rest["items"]), rest["next_cursor"]) == (2, 1, None)
    problem(await client.get(base, params={"period": "2026-10"}, headers=h), 422)
    problem(
        await client.get(
            base, params={"report_kind": "monthly_report", "period": "10/2026"}, headers=h
        ),
        422,
    )


# --- compliance -------------------------------------------------------------------------------


def compliance_url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/compliance"


EZHOU_AUTUMN = {
    "report_kind": "monthly_report",
    "period_from": "2026-09-01",
    "period_to": "2026-12-31",
}


async def _ezhou_autumn(client: httpx.AsyncClient, world: World, clock: FixedClock) -> None:
    """Housing submits September late (6), October on a make-up Saturday, November late (1) and
    December early; natural resources submits nothing. Today is 1 December."""
    for period, day in (
        ("2026-09", "2026-10-08"),
        ("2026-10", "2026-10-10"),
        ("2026-11", "2026-11-23"),
        ("2026-12", "2026-12-01"),
    ):
        clock.at = at_noon(day)
        assert (await submit(client, world, period=period)).status_code == 201
    clock.at = at_noon("2026-11-25")
    assert (await submit(client, world, period="2026-10", note="更正")).status_code == 201
    clock.at = at_noon("2026-12-01")


async def test_the_compliance_matrix_matches_the_hand_computed_one(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    await _ezhou_autumn(client, books, pinned_clock)
    response = await client.get(
        compliance_url(books, "city_b"),
        params=EZHOU_AUTUMN,
        headers=books.headers("city_b.office_director"),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    # Written by hand for speed, the answer still is the documented model.
    ComplianceOut.model_validate(body)
    assert (body["rule"], body["as_of"]) == ("E-RPT-1", "2026-12-01")
    assert [(p["label"], p["due_date"]) for p in body["periods"]] == [
        ("2026-09", "2026-09-22"),
        ("2026-10", "2026-10-22"),
        ("2026-11", "2026-11-22"),
        ("2026-12", "2026-12-22"),
    ]
    # The one shape of a period (PeriodOut), with the matrix's due date beside it.
    assert body["periods"][0] == {
        "kind": "month",
        "year": 2026,
        "index": 9,
        "label": "2026-09",
        "start": "2026-09-01",
        "end": "2026-09-30",
        "due_date": "2026-09-22",
    }
    rows = {row["unit_code"]: row["cells"] for row in body["rows"]}
    assert set(rows) == {"housing", "natural_resources"}
    housing = [
        (c["status"], c.get("working_days_late"), c.get("versions")) for c in rows["housing"]
    ]
    assert housing == [
        ("late", 6, 1),
        ("on_time", None, 2),  # corrected after the due date: still on time
        ("late", 1, 1),
        ("on_time", None, 1),
    ]
    assert rows["housing"][0]["submitted_on"] == "2026-10-08"
    assert [c["status"] for c in rows["natural_resources"]] == [
        "missing",
        "missing",
        "missing",
        "not_yet_due",
    ]
    # Working days begun since each due date, to Tuesday 1 December: from Sunday 22 November,
    # 23–27 and 30 November, 1 December (7); from Thursday 22 October, 23 October and four
    # whole weeks to 20 November (21), then those 7 (28); from Tuesday 22 September, 23–24 and
    # 28–30 September (25 September is the Mid-Autumn holiday, 1–7 October National Day),
    # 8–9 October and the make-up Saturday 10 October, 12–16 and 19–22 October (9), then 28: 45.
    assert [c.get("working_days_overdue") for c in rows["natural_resources"]] == [
        45,
        28,
        7,
        None,
    ]
    assert all(c.get("working_days_overdue") is None for c in rows["housing"])
    assert body["totals"][0] == {"on_time": 0, "late": 1, "missing": 1, "not_yet_due": 0}
    assert body["totals"][3] == {"on_time": 1, "late": 0, "missing": 0, "not_yet_due": 1}


async def test_the_compliance_matrix_as_csv_has_a_line_per_unit_and_period(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    await _ezhou_autumn(client, books, pinned_clock)
    response = await client.get(
        compliance_url(books, "city_b"),
        params=EZHOU_AUTUMN,
        headers={**books.headers("city_b.client_read"), "Accept": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    import csv

    lines = list(csv.DictReader(response.content.decode("utf-8-sig").splitlines()))
    assert len(lines) == 2 * 4
    september = next(
        line for line in lines if line["unit_code"] == "housing" and line["period"] == "2026-09"
    )
    assert september["unit_name"] == "住房和城乡建设局"
    assert (september["status"], september["working_days_late"]) == ("late", "6")
    assert (september["due_date"], september["submitted_on"]) == ("2026-09-22", "2026-10-08")
    december = next(
        line
        for line in lines
        if line["unit_code"] == "natural_resources" and line["period"] == "2026-12"
    )
    assert (december["status"], december["submission_id"]) == ("not_yet_due", "")
    assert december["working_days_overdue"] == ""
    november = next(
        line
        for line in lines
        if line["unit_code"] == "natural_resources" and line["period"] == "2026-11"
    )
    # Due Sunday 22 November: 23–27 and 30 November, 1 December.
    assert (november["status"], november["working_days_overdue"]) == ("missing", "7")
    assert (september["working_days_overdue"], september["versions"]) == ("", "1")


async def test_a_unit_named_like_a_formula_is_written_as_text_in_the_csv(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    unit = books.places["city_b"].unit_ids["natural_resources"]
    renamed = await client.patch(
        f"/v1/jurisdictions/{books.places['city_b'].id}/units/{unit}",
        json={"name": "=HYPERLINK(1)"},
        headers=books.headers("city_b.office_director"),
    )
    assert renamed.status_code == 200, renamed.text
    response = await client.get(
        compliance_url(books, "city_b"),
        params=EZHOU_AUTUMN,
        headers={**books.headers("city_b.office_director"), "Accept": "text/csv"},
    )
    assert ",'=HYPERLINK(1)," in response.content.decode("utf-8-sig")


async def test_who_may_read_the_compliance_matrix(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    async def status(place: str, who: str) -> int:
        response = await client.get(
            compliance_url(books, place), params=EZHOU_AUTUMN, headers=books.headers(who)
        )
        return response.status_code

    for who in (
        "city_b.office_staff",
        "city_b.leader",
        "city_b.deputy_leader",
        "city_b.client_read",
    ):
        assert await status("city_b", who) == 200, who
    assert await status("city_b", "city_b.liaison") == 403
    assert await status("city_b", "city_a.office_director") == 404
    # A city's office asks for its county's; the county never for the city's.
    changji = {
        "report_kind": "quarterly_report",
        "period_from": "2026-01-01",
        "period_to": "2026-12-31",
    }
    county = await client.get(
        compliance_url(books, "county_a1"),
        params=changji,
        headers=books.headers("city_a.office_staff"),
    )
    assert county.status_code == 200, county.text
    assert [p["due_date"] for p in county.json()["periods"]][2] == "2026-10-20"
    upward = await client.get(
        compliance_url(books, "city_a"),
        params=changji,
        headers=books.headers("county_a1.office_director"),
    )
    problem(upward, 404)


@pytest.mark.parametrize(
    ("params", "status", "location"),
    [
        (
            {
                "report_kind": "quarterly_report",
                "period_from": "2026-01-01",
                "period_to": "2026-12-31",
            },
            422,
            ["query", "report_kind"],
        ),
        (
            {
                "report_kind": "monthly_report",
                "period_from": "2026-12-31",
                "period_to": "2026-01-01",
            },
            422,
            ["query", "period_to"],
        ),
        (
            {
                "report_kind": "monthly_report",
                "period_from": "2025-01-01",
                "period_to": "2026-12-31",
            },
            422,
            ["query", "period_to"],
        ),
        (
            {"report_kind": "monthly_report", "period_from": "2026-01-01"},
            422,
            ["query", "period_to"],
        ),
        (
            {
                "report_kind": "monthly_report",
                "period_from": "2019-01-01",
                "period_to": "2019-12-31",
            },
            409,
            None,
        ),
    ],
)
async def test_bad_compliance_questions_are_problems(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    params: dict[str, str],
    status: int,
    location: list[str] | None,
) -> None:
    response = await client.get(
        compliance_url(books, "city_b"),
        params=params,
        headers=books.headers("city_b.office_director"),
    )
    body = problem(response, status)
    if location is not None:
        assert location in error_locations(body)


async def test_period_from_and_period_to_name_the_periods_starts_and_from_to_are_deprecated(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    """`period_from`/`period_to` are the names (periods beginning in the range); `from`/`to`,
    the names before issue 19, still answer the same, marked deprecated in the contract. A
    bound given by both names, or by neither, is a 422 naming it."""
    await _ezhou_autumn(client, books, pinned_clock)
    headers = books.headers("city_b.office_director")
    url = compliance_url(books, "city_b")
    old_names = {"report_kind": "monthly_report", "from": "2026-09-01", "to": "2026-12-31"}
    new = await client.get(url, params=EZHOU_AUTUMN, headers=headers)
    old = await client.get(url, params=old_names, headers=headers)
    assert new.status_code == old.status_code == 200, old.text
    assert new.json() == old.json()
    assert [p["label"] for p in new.json()["periods"]] == [
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
    ]
    both = await client.get(url, params={**EZHOU_AUTUMN, "from": "2026-09-01"}, headers=headers)
    assert error_locations(problem(both, 422)) == [["query", "from"]]
    neither = await client.get(url, params={"report_kind": "monthly_report"}, headers=headers)
    assert error_locations(problem(neither, 422)) == [
        ["query", "period_from"],
        ["query", "period_to"],
    ]
    contract = (await client.get("/openapi.json")).json()
    parameters = contract["paths"]["/v1/jurisdictions/{jid}/compliance"]["get"]["parameters"]
    deprecated = {p["name"]: p.get("deprecated", False) for p in parameters if "name" in p}
    assert [name for name, flag in deprecated.items() if flag] == ["from", "to"]
    assert {"period_from", "period_to"} <= set(deprecated)


async def test_a_due_date_in_a_year_not_yet_published_is_provisional_and_flagged(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # 1 December 2026: Q4's report is due 10 working days into January 2027, whose holidays
    # the State Council has not published yet: answered on the provisional calendar, flagged.
    files = changji_files()
    response = await submit(
        client,
        books,
        place="city_a",
        who="city_a.liaison",
        report_kind="quarterly_report",
        period="2026-Q4",
        files=files,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["due_date"], body["timeliness"], body["working_days_late"]) == (
        "2027-01-15",
        "on_time",
        0,
    )
    assert body["calendar"] == {"provisional_years": [2027]}
    assert response.headers["gaiban-calendar-provisional"] == "2027"
    params = {
        "report_kind": "quarterly_report",
        "period_from": "2026-01-01",
        "period_to": "2026-12-31",
    }
    matrix = await client.get(
        compliance_url(books, "city_a"), params=params, headers=books.headers("city_a.office_staff")
    )
    assert matrix.status_code == 200, matrix.text
    assert matrix.json()["periods"][3]["due_date"] == "2027-01-15"
    assert matrix.json()["calendar"] == {"provisional_years": [2027]}
    assert matrix.headers["gaiban-calendar-provisional"] == "2027"
    cells = {r["unit_code"]: r["cells"][3]["status"] for r in matrix.json()["rows"]}
    assert cells == {"housing": "on_time", "natural_resources": "not_yet_due"}


async def test_a_compliance_range_needing_a_past_year_not_entered_is_provisional_until_entered(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # In March 2027 Q4 2026 is overdue, and its due date needs 2027's arrangement: answered on
    # the provisional calendar and flagged, exact once PUT /v1/calendar/years/2027 enters it.
    pinned_clock.at = at_noon("2027-03-01")
    params = {
        "report_kind": "quarterly_report",
        "period_from": "2026-01-01",
        "period_to": "2026-12-31",
    }

    async def matrix() -> httpx.Response:
        response = await client.get(
            compliance_url(books, "city_a"),
            params=params,
            headers={**books.headers("city_a.office_director"), "Accept": "text/csv"},
        )
        assert response.status_code == 200, response.text
        return response

    csv = await matrix()
    assert csv.headers["gaiban-calendar-provisional"] == "2027"
    assert ",2026-Q4,2026-10-01,2026-12-31,2027-01-15,missing" in csv.text
    json_answer = await client.get(
        compliance_url(books, "city_a"),
        params=params,
        headers=books.headers("city_a.office_director"),
    )
    assert json_answer.json()["calendar"] == {"provisional_years": [2027]}
    # 2027 entered with a make-up Saturday on 9 January: Q4's due date moves a day earlier
    entered = await client.put(
        "/v1/calendar/years/2027",
        json={
            "holidays": [{"date": "2027-01-01", "name": "元旦"}],
            "makeup_workdays": [{"date": "2027-01-09", "name": "元旦"}],
            "source": "国务院办公厅关于2027年部分节假日安排的通知",
        },
        headers=books.headers("admin"),
    )
    assert entered.status_code == 200, entered.text
    exact = await matrix()
    assert "gaiban-calendar-provisional" not in exact.headers
    assert ",2026-Q4,2026-10-01,2026-12-31,2027-01-14,missing" in exact.text


@pytest.mark.parametrize(
    ("place", "report_kind"),
    [
        ("city_a", "monthly_information"),  # 5 calendar days after the month
        ("city_a", "quarterly_report"),  # 10 working days after the quarter
        ("city_b", "monthly_report"),  # on the 22nd
    ],
)
async def test_a_compliance_range_at_the_end_of_the_calendar_is_a_problem_not_a_500(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, place: str, report_kind: str
) -> None:
    # December 9999's reports fall due in a year with no dates (or in years without holiday
    # data): refused as input, never a crash. Ezhou's fall due in 9999 itself: answered.
    params = {"report_kind": report_kind, "period_from": "9999-01-01", "period_to": "9999-12-31"}
    response = await client.get(
        compliance_url(books, place), params=params, headers=books.headers("admin")
    )
    if report_kind == "monthly_report":
        assert response.json()["periods"][-1]["due_date"] == "9999-12-22"
    else:
        problem(response, 422)
