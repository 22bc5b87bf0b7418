"""The progress board's view helpers (app/board/views.py), without a database: the query's
parsing (bad input is a 4xx page, never a 500), the report kind shown by default, and the
heat-map's cells read from a compliance matrix as the API's JSON writes them."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from app.board import views
from app.domain.reports import Period, PeriodKind
from app.domain.rulebook import parse_rulebook
from app.domain.submissions import CellStatus
from app.errors import ValidationProblem
from app.rulebooks import shipped_document
from app.services import report_compliance


@pytest.mark.parametrize("raw", ["abc", "1999", "2101", "२०२६", "2026.0", "-2026", " 2026"])
def test_a_year_out_of_range_or_not_a_year_is_refused(raw: str) -> None:
    with pytest.raises(ValidationProblem) as refused:
        views.parse_year(raw)
    assert refused.value.extensions["errors"][0]["loc"] == ["query", "year"]


@pytest.mark.parametrize(
    ("raw", "year"), [(None, None), ("", None), ("2000", 2000), ("2026", 2026)]
)
def test_a_year_is_read_or_left_to_the_default(raw: str | None, year: int | None) -> None:
    assert views.parse_year(raw) == year


def test_a_jurisdiction_must_be_an_id() -> None:
    jid = uuid.uuid4()
    assert views.parse_jurisdiction(str(jid)) == jid
    assert views.parse_jurisdiction(None) is None
    with pytest.raises(ValidationProblem):
        views.parse_jurisdiction("city_a")


def test_a_report_kind_is_at_most_64_characters() -> None:
    assert views.parse_report_kind("monthly_report") == "monthly_report"
    assert views.parse_report_kind("") is None
    with pytest.raises(ValidationProblem):
        views.parse_report_kind("x" * 65)


@pytest.mark.parametrize(
    ("rulebook", "kind"),
    [
        # Changji's first kind is quarterly: its monthly one is shown by default.
        ("changji", "monthly_information"),
        ("ezhou", "monthly_report"),
    ],
)
def test_the_default_report_kind_is_the_first_monthly_one(rulebook: str, kind: str) -> None:
    kinds = parse_rulebook(shipped_document(rulebook)).report_kinds
    assert views._default_kind(kinds) == kind


def test_the_default_report_kind_without_a_monthly_one_is_the_first() -> None:
    kinds = dict(parse_rulebook(shipped_document("changji")).report_kinds)
    del kinds["monthly_information"]
    assert views._default_kind(kinds) == "quarterly_report"
    assert views._default_kind({}) is None


def test_the_heat_map_is_the_matrix_the_api_answers() -> None:
    report = parse_rulebook(shipped_document("ezhou")).report_kinds["monthly_report"]
    periods = [Period(PeriodKind.month, 2026, index) for index in (9, 10, 11, 12)]
    dues = [date(2026, 9, 22), date(2026, 10, 22), date(2026, 11, 23), date(2026, 12, 22)]
    housing, water = str(uuid.uuid4()), str(uuid.uuid4())
    matrix = report_compliance.Matrix(
        jurisdiction_id=uuid.uuid4(),
        report=report,
        as_of=date(2026, 12, 1),
        periods=list(zip(periods, dues, strict=True)),
        units=[(housing, "housing", "住房和城乡建设局"), (water, "water", "水利和湖泊局")],
        empty=[CellStatus.missing] * 3 + [CellStatus.not_yet_due],
        submitted={
            housing: [
                ("late", 6, "2026-09-30", str(uuid.uuid4()), "1"),
                ("on_time", None, "2026-10-10", str(uuid.uuid4()), "2"),
                None,
                ("on_time", None, "2026-12-01", str(uuid.uuid4()), "1"),
            ]
        },
        overdue=[50, 28, 6, None],
    )
    heat_map = views.heat_map_of(matrix, 2026)
    answer = json.loads(report_compliance.as_json(matrix))
    assert heat_map.periods == [p["label"] for p in answer["periods"]]
    assert [
        [(c.status, c.working_days_late, c.working_days_overdue) for c in row.cells]
        for row in heat_map.rows
    ] == [
        [
            (c["status"], c.get("working_days_late"), c.get("working_days_overdue"))
            for c in row["cells"]
        ]
        for row in answer["rows"]
    ]
    assert [row.unit_name for row in heat_map.rows] == ["住房和城乡建设局", "水利和湖泊局"]
    late, __, missing, __ = heat_map.rows[0].cells
    assert (late.text, late.title) == ("迟报 6", "2026-09：迟报 6 个工作日")
    assert (missing.text, missing.title) == ("未报 6", "2026-11：未报，已逾期 6 个工作日")
    assert heat_map.rows[1].cells[3].text == "未到期"
