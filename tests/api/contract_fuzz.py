"""The whole contract, fuzzed (issue 14 §3): schemathesis 4 generates requests for every operation
of the committed openapi/openapi.json — data that fits the schema and data that does not — and
sends them, as each of four callers, to the app on real PostgreSQL. No answer may be a server
error and every documented answer must match its documented schema.

The fuzz runs in a database of its own (never the per-worker one other tests empty), seeded with
the demo world (Ezhou with its units, tasks, meetings, documents, submissions …; Changji with its
counties), and path parameters are mostly real ids of that world, so that cases reach the
handlers instead of stopping at 404. Requests change that world as they go: that is the point.

Reproducible: hypothesis is derandomized (the same cases every run) and bounded per operation,
caller and mode by GAIBAN_FUZZ_EXAMPLES. GAIBAN_FUZZ_REPORT=<file> writes the run's counts
(operations, cases, failures by check and operation) as JSON.

The fuzz is split over several test modules (test_contract_fuzz_*.py), each with its own seeded
database, so that the test processes share it; this module is their common harness.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.python import asgi
from sqlalchemy import text

from app.db import Database
from app.main import create_app
from app.migrations import upgrade
from app.security import TokenService
from app.services.demo import load_demo
from app.settings import PROJECT_ROOT, Settings
from tests.conftest import (
    DATABASE_PREFIX,
    TEST_AUDIENCE,
    TEST_ISSUER,
    _drop_database,
    _recreate_database,
    _with_database,
)

OPENAPI = PROJECT_ROOT / "openapi" / "openapi.json"
# Cases per operation, caller and generation mode: every operation × 4 callers × 2 modes × 2.
EXAMPLES = int(os.environ.get("GAIBAN_FUZZ_EXAMPLES", "2"))
# schemathesis's coverage phase (boundary values: longest strings, extreme numbers and dates,
# missing and wrong-typed fields; ~7,600 cases, the same every run), every STRIDE-th case.
COVERAGE_STRIDE = int(os.environ.get("GAIBAN_FUZZ_COVERAGE_STRIDE", "2"))
REPORT = os.environ.get("GAIBAN_FUZZ_REPORT")

# The demo's accounts named by role (app/demo_data.py).
CALLERS = {
    "platform_admin": "platform.admin",
    "city_office_director": "ezhou.office_director",
    "county_office_director": "changji.fukang.office_director",
    "unit_liaison": "ezhou.unit.housing.liaison",
}

CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.response_schema_conformance]

# Which table a path parameter names rows of; the path decides where one name means two things.
PARAMETER_TABLES = {
    "document_id": "documents",
    "meeting_id": "meetings",
    "task_id": "tasks",
    "matter_id": "major_matters",
    "briefing_id": "briefings",
    "client_pk": "clients",
    "bulletin_id": "bulletins",
    "publication_id": "publications",
    "delegation_id": "delegations",
    "submission_id": "report_submissions",
    "record_id": "accountability_records",
    "attachment_id": "document_attachments",
    "invitee_id": "meeting_invitees",
    "position_id": "positions",
    "version_id": "rulebook_versions",
    "report_id": "task_progress_reports",
    "unit_id": "member_units",
    "token_id": "feed_tokens",
    "user_id": "users",
}


def _table(path: str, name: str) -> str | None:
    if name == "document_id" and "/incoming-documents/" in path:
        return "incoming_documents"
    if name == "notice_id":
        return "supervision_notices" if "/supervision-notices/" in path else "public_notices"
    if name == "file_id" and "/publications/" in path:
        return "publication_files"
    if name == "file_id":
        return "submission_files" if "/submissions/" in path else "task_evidence_files"
    return PARAMETER_TABLES.get(name)


def _assessment_rows_sql(names: list[str]) -> str:
    """An assessment's path values: its jurisdiction and year, and the deepest of a score's
    subject and indicator (with its evidence file), or an appeal."""
    year = "SELECT a.jurisdiction_id AS jid, a.year AS year"
    if "file_id" in names:
        return (
            year + ", s.subject_id AS subject_id, s.indicator_key AS indicator, "
            "f.id AS file_id FROM assessment_score_files f "
            "JOIN assessment_scores s ON s.id = f.score_id "
            "JOIN assessments a ON a.id = s.assessment_id"
        )
    if "appeal_id" in names:
        return (
            year + ", p.id AS appeal_id FROM assessment_appeals p "
            "JOIN assessments a ON a.id = p.assessment_id"
        )
    if "subject_id" in names:
        indicator = ", s.indicator_key AS indicator" if "indicator" in names else ""
        return (
            year + ", s.subject_id AS subject_id" + indicator + " "
            "FROM assessment_scores s JOIN assessments a ON a.id = s.assessment_id"
        )
    return year + " FROM assessments a"


def _rows_sql(path: str) -> str | None:
    """A query whose rows are coherent sets of real path values for ``path``: the deepest id's
    row, its parents' ids and its jurisdiction."""
    names = re.findall(r"\{(\w+)\}", path)
    if "/briefings/" in path and "file_id" in names:
        # A briefing's files are those of the submission versions its items are drawn from.
        return (
            "SELECT b.id AS briefing_id, f.id AS file_id FROM briefings b"
            " CROSS JOIN LATERAL jsonb_array_elements(b.items) AS item(value)"
            " JOIN submission_versions v ON v.submission_id::text = item.value->>'submission_id'"
            " AND v.version::text = item.value->>'submission_version'"
            " JOIN submission_files f ON f.version_id = v.id"
        )
    if "/assessments/" in path:
        return _assessment_rows_sql(names)
    ids = [n for n in names if _table(path, n)]
    if not ids:
        return "SELECT id AS jid FROM jurisdictions" if names == ["jid"] else None
    deepest = ids[-1]
    table = _table(path, deepest)
    columns = [f"t.id AS {deepest}"]
    joins = ""
    if "jid" in names:
        columns.append("t.jurisdiction_id AS jid")
    for name in ids[:-1]:
        columns.append(f"t.{name} AS {name}")
    if table == "submission_files":
        joins = " JOIN submission_versions v ON v.id = t.version_id"
        columns = [c for c in columns if "submission_id" not in c]
        columns += ["v.submission_id AS submission_id", "v.version AS version"]
    elif table == "task_evidence_files":
        joins = " JOIN task_progress_reports r ON r.id = t.report_id"
        columns = [c for c in columns if "task_id" not in c]
        columns.append("r.task_id AS task_id")
    return f"SELECT {', '.join(columns)} FROM {table} t{joins}"  # noqa: S608 (names from a table)


async def _seed(url: str, settings: Settings) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """Load the demo world; return the callers' user ids and real path values per path."""
    database = Database(url, pool_size=2)
    try:
        async with database.sessionmaker() as session, session.begin():
            await load_demo(session, settings)
        paths = json.loads(OPENAPI.read_text(encoding="utf-8"))["paths"]
        values: dict[str, list[dict]] = {}
        async with database.engine.connect() as connection:
            users = {
                role: str(
                    (
                        await connection.execute(
                            text("SELECT id FROM users WHERE username = :u"), {"u": username}
                        )
                    ).scalar_one()
                )
                for role, username in CALLERS.items()
            }
            for path in paths:
                sql = _rows_sql(path)
                if sql is None:
                    continue
                rows = (await connection.execute(text(sql))).mappings().all()
                values[path] = [
                    {k: v if isinstance(v, int) else str(v) for k, v in row.items()}
                    for row in rows
                    # The callers stay who they are: their accounts are not fuzzed away.
                    if not ("user_id" in row and str(row["user_id"]) in users.values())
                ]
        return users, values
    finally:
        await database.dispose()


@dataclass
class Tally:
    operations: set[str] = field(default_factory=set)
    cases: int = 0
    by_status: Counter[int] = field(default_factory=Counter)
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)
    samples: dict[tuple[str, str], str] = field(default_factory=dict)
    not_generated: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Fuzz:
    schema: Any
    tokens: dict[str, str]
    tally: Tally
    values: dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def fuzz(
    request: pytest.FixtureRequest,
    maintenance_url: str,
    token_service: TokenService,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Fuzz]:
    name = f"{DATABASE_PREFIX}{os.getpid()}_fuzz"
    asyncio.run(_recreate_database(maintenance_url, name))
    url = _with_database(maintenance_url, name)
    upgrade(url)
    settings = Settings(
        database_url=url,
        data_dir=tmp_path_factory.mktemp("fuzz"),
        jwt_issuer=TEST_ISSUER,
        jwt_audience=TEST_AUDIENCE,
        database_pool_size=4,
    )
    users, values = asyncio.run(_seed(url, settings))
    # The app makes its own Database in its lifespan, so that its connections belong to the
    # event loop schemathesis calls it in (one loop thread for the whole run).
    app = create_app(settings, token_service=token_service)
    schema = schemathesis.openapi.from_path(OPENAPI)
    schema.app = app

    @schema.hook
    def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any]) -> Any:
        rows = values.get(context.operation.path)
        if not rows or not path_parameters:
            return st.just(path_parameters)
        real = st.sampled_from(rows).map(lambda row: {**path_parameters, **row})
        # Three in four cases name real rows; the rest keep what was generated.
        return st.one_of(real, real, real, st.just(path_parameters))

    tokens = {role: token_service.issue(f"user:{uid}")[0] for role, uid in users.items()}
    tally = Tally()
    try:
        yield Fuzz(schema, tokens, tally, values)
    finally:
        asgi.shutdown_lifespans()
        asyncio.run(_drop_database(maintenance_url, name))
        _report(tally, request.module.__name__.rpartition(".")[2])


def _report(tally: Tally, module: str) -> None:
    summary = {
        "operations": len(tally.operations),
        "cases": tally.cases,
        "seconds": round(tally.seconds, 1),
        "examples_per_operation_caller_mode": EXAMPLES,
        "statuses": dict(sorted(tally.by_status.items())),
        "failures_by_check": {
            check: sum(n for (name, _), n in tally.failures.items() if name == check)
            for check in sorted(
                {"not_a_server_error", "response_schema_conformance"}
                | {name for name, _ in tally.failures}
            )
        },
        "failures": {f"{check} {op}": n for (check, op), n in sorted(tally.failures.items())},
        "not_generated": tally.not_generated,
    }
    if REPORT:
        # One report per test module: GAIBAN_FUZZ_REPORT=f.json gives f.<module>.json.
        report = Path(REPORT)
        report.with_name(f"{report.stem}.{module}{report.suffix}").write_text(
            json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
        )


def _check_name(failure: Failure) -> str:
    return failure.checks[0] if failure.checks else type(failure).__name__


def _send(
    fuzz: Fuzz,
    case: Any,
    headers: dict[str, str],
    found: dict[tuple[str, str], str],
    tally: Tally | None = None,
) -> None:
    tally = tally or fuzz.tally
    response = case.call(headers=headers)
    tally.cases += 1
    tally.by_status[response.status_code] += 1
    try:
        case.validate_response(response, checks=CHECKS, headers=headers)
    except FailureGroup as group:
        for failure in group.exceptions:
            key = (_check_name(failure), case.operation.label)
            tally.failures[key] += 1
            found.setdefault(key, str(group)[:2000])


def _verdict(found: dict[tuple[str, str], str]) -> None:
    assert not found, "\n\n".join(f"{check} {op}:\n{text}" for (check, op), text in found.items())


def fuzz_as(fuzz: Fuzz, caller: str) -> None:
    """Every operation's generated cases, fitting and not fitting the schema, as ``caller``."""
    headers = {"Authorization": f"Bearer {fuzz.tokens[caller]}"}
    found: dict[tuple[str, str], str] = {}
    started = time.monotonic()
    generate(fuzz, fuzz.schema, caller, headers, found, fuzz.tally)
    fuzz.tally.seconds += time.monotonic() - started
    _verdict(found)


def generate(
    fuzz: Fuzz,
    schema: Any,
    caller: str,
    headers: dict[str, str],
    found: dict[tuple[str, str], str],
    tally: Tally,
) -> None:
    """Generated cases, fitting and not fitting the schema, for each operation of ``schema``."""
    for result in schema.get_all_operations():
        operation = result.ok()
        tally.operations.add(operation.label)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @hypothesis.settings(
                max_examples=EXAMPLES,
                derandomize=True,
                database=None,
                deadline=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
            def run(case: Any) -> None:
                _send(fuzz, case, headers, found, tally)

            try:
                run()
            except (hypothesis.errors.Unsatisfiable, hypothesis.errors.FailedHealthCheck) as exc:
                tally.not_generated.append(
                    f"{caller} {operation.label} {mode.value}: {type(exc).__name__}"
                )


def fuzz_boundaries(fuzz: Fuzz, part: int, parts: int) -> None:
    """The coverage phase's cases of every ``parts``-th operation from the ``part``-th, as the
    platform administrator (who reaches every jurisdiction), three in four with real path
    values."""
    headers = {"Authorization": f"Bearer {fuzz.tokens['platform_admin']}"}
    schema = fuzz.schema
    found: dict[tuple[str, str], str] = {}
    started = time.monotonic()
    for number, result in enumerate(schema.get_all_operations()):
        if number % parts != part:
            continue
        operation = result.ok()
        fuzz.tally.operations.add(operation.label)
        rows = fuzz.values.get(operation.path) or []
        cases = schema.iter_coverage_cases(
            operation,
            generation_modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
            generation_config=schema.config.generation_for(operation=operation, phase="coverage"),
        )
        for index, case in enumerate(cases):
            if index % COVERAGE_STRIDE:
                continue
            if rows and case.path_parameters and index % 4 != 3:
                case.path_parameters = {**case.path_parameters, **rows[index % len(rows)]}
            _send(fuzz, case, headers, found)
    fuzz.tally.seconds += time.monotonic() - started
    _verdict(found)
