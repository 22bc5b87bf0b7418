"""Request and answer examples of the main flows, for the OpenAPI document (app/main.py puts
them in; Spectral's oas3-valid-media-example checks each against its schema in `make test`).

By operation id: ``request`` for the request body's media type, ``responses`` by status. Each
entry is an OpenAPI Example Object's ``summary`` and ``value``. The ids are made up; names and
sources follow Ezhou's rulebook (E-RPT-1), as the demo data does.
"""

from __future__ import annotations

from typing import Any

JURISDICTION = "0d3a5b6c-1f2e-4a7b-9c8d-2e3f4a5b6c7d"
UNIT_DEVELOPMENT = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
UNIT_HOUSING = "6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
LEADER = "7c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"
SUBMISSION = "8d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a"

MONTHLY_REPORT_RULE = "E-RPT-1"
MONTHLY_REPORT_SOURCE = (
    "鄂州工改办〔2019〕23号《鄂州市工程建设项目审批制度改革工作协调推进工作机制》 四(三)1"
    "（每月22日前报送电子版和扫描件；以22日为截止日）"
)


def _example(summary: str, value: Any) -> dict[str, Any]:
    return {"summary": summary, "value": value}


def _problem(status: int, slug: str, title: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": f"urn:gaiban:problem:{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": "urn:gaiban:request:4f1c2a7e9b3d4c6a8e0f1b2c3d4e5f60",
        **extra,
    }


EXAMPLES: dict[str, dict[str, Any]] = {
    "create_token": {
        "request": {
            "password": _example(
                "A person signs in (password grant)",
                {"grant_type": "password", "username": "ezhou.liaison", "password": "••••••••"},
            ),
            "client_credentials": _example(
                "A machine client (client credentials; or send them in HTTP Basic)",
                {
                    "grant_type": "client_credentials",
                    "client_id": "gbc_portal",
                    "client_secret": "••••••••",
                },
            ),
            "token_exchange": _example(
                "A portal with act_as gets a token of a person of its jurisdiction (RFC 8693)",
                {
                    "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
                    "subject_token": "ezhou.liaison",
                    "subject_token_type": "urn:gaiban:params:oauth:token-type:username",
                    "actor_token": "eyJhbGciOiJFUzI1NiIs…",
                    "actor_token_type": "urn:ietf:params:oauth:token-type:access_token",
                },
            ),
        },
        "responses": {
            "200": {
                "token": _example(
                    "An access token",
                    {
                        "access_token": "eyJhbGciOiJFUzI1NiIsImtpZCI6Ii4uLiJ9…",
                        "token_type": "Bearer",
                        "expires_in": 3600,
                    },
                ),
            },
            "400": {
                "invalid_grant": _example(
                    "Wrong username or password",
                    _problem(
                        400,
                        "invalid-grant",
                        "Invalid grant",
                        "Invalid username or password.",
                        error="invalid_grant",
                    ),
                ),
            },
            "429": {
                "throttled": _example(
                    "Too many failed sign-ins: locked for Retry-After seconds",
                    _problem(
                        429,
                        "too-many-requests",
                        "Too many failed sign-ins",
                        "Too many failed sign-ins: try again after 10:42:07 (8 s).",
                        error="slow_down",
                    ),
                ),
            },
        },
    },
    "create_task": {
        "request": {
            "from_a_national_document": _example(
                "A task from a national document, led by one unit with another cooperating",
                {
                    "code": "3.2",
                    "title": "推行联合验收，出台联合验收实施细则",
                    "category": "审批流程改革",
                    "source": {
                        "kind": "national_document",
                        "title": "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》",
                        "reference": "国办发〔2019〕11号",
                    },
                    "lead_unit_id": UNIT_HOUSING,
                    "cooperating_unit_ids": [UNIT_DEVELOPMENT],
                    "deadline": "2026-12-31",
                },
            ),
        },
    },
    "convene_meeting": {
        "request": {
            "plenary": _example(
                "The leader convenes the quarterly plenary meeting",
                {
                    "kind": "plenary_meeting",
                    "title": "2026年第一季度领导小组全体会议",
                    "starts_at": "2026-03-20T09:30:00+08:00",
                    "ends_at": "2026-03-20T11:30:00+08:00",
                    "place": "州政府3楼会议室",
                    "chair_id": LEADER,
                    "agenda_items": [
                        {
                            "title": "研究部署全州工程建设项目审批制度改革下一阶段工作",
                            "presenting_unit_id": UNIT_HOUSING,
                            "concerned_unit_ids": [UNIT_DEVELOPMENT, UNIT_HOUSING],
                        }
                    ],
                },
            ),
        },
    },
    "create_submission": {
        "request": {
            "monthly_report": _example(
                "A unit's monthly report (E-RPT-1); its four files go in the parts "
                "report.electronic, report.scanned, progress_table.electronic and "
                "progress_table.scanned",
                {
                    "submission": {
                        "report_kind": "monthly_report",
                        "period": "2026-10",
                        "progress": [
                            {
                                "task": "推行联合验收，出台联合验收实施细则",
                                "percent": 60,
                                "summary": "联合验收实施细则已完成征求意见，拟11月印发。",
                            }
                        ],
                        "problems": "部分项目竣工资料移交不及时。",
                    },
                },
            ),
        },
    },
    "get_report_compliance": {
        "responses": {
            "200": {
                "two_months": _example(
                    "Two member units' monthly reports for September and October 2026",
                    {
                        "jurisdiction_id": JURISDICTION,
                        "report_kind": "monthly_report",
                        "report_name": "月度工作报告",
                        "rule": MONTHLY_REPORT_RULE,
                        "source": MONTHLY_REPORT_SOURCE,
                        "as_of": "2026-10-28",
                        "periods": [
                            {
                                "kind": "month",
                                "year": 2026,
                                "index": 9,
                                "label": "2026-09",
                                "start": "2026-09-01",
                                "end": "2026-09-30",
                                "due_date": "2026-09-22",
                            },
                            {
                                "kind": "month",
                                "year": 2026,
                                "index": 10,
                                "label": "2026-10",
                                "start": "2026-10-01",
                                "end": "2026-10-31",
                                "due_date": "2026-10-22",
                            },
                        ],
                        "rows": [
                            {
                                "unit_id": UNIT_DEVELOPMENT,
                                "unit_code": "FGW",
                                "unit_name": "州发展改革委",
                                "cells": [
                                    {
                                        "status": "on_time",
                                        "submission_id": SUBMISSION,
                                        "submitted_on": "2026-09-21",
                                        "versions": 1,
                                    },
                                    {"status": "missing", "working_days_overdue": 4},
                                ],
                            },
                            {
                                "unit_id": UNIT_HOUSING,
                                "unit_code": "ZJJ",
                                "unit_name": "州住房和城乡建设局",
                                "cells": [
                                    {
                                        "status": "late",
                                        "submission_id": SUBMISSION,
                                        "submitted_on": "2026-09-24",
                                        "versions": 2,
                                        "working_days_late": 2,
                                    },
                                    {
                                        "status": "on_time",
                                        "submission_id": SUBMISSION,
                                        "submitted_on": "2026-10-20",
                                        "versions": 1,
                                    },
                                ],
                            },
                        ],
                        "totals": [
                            {"on_time": 1, "late": 1, "missing": 0, "not_yet_due": 0},
                            {"on_time": 1, "late": 0, "missing": 1, "not_yet_due": 0},
                        ],
                        "calendar": {"provisional_years": []},
                    },
                ),
            },
        },
    },
}


def document_examples(operation: dict[str, Any]) -> None:
    """Put the operation's examples (if any) beside its request body's and answers' schemas."""
    examples = EXAMPLES.get(operation.get("operationId", ""))
    if examples is None:
        return
    if "request" in examples:
        for media in operation["requestBody"]["content"].values():
            media["examples"] = examples["request"]
    for status, named in examples.get("responses", {}).items():
        # The JSON answer's (a CSV alternative of the same answer has examples of its own).
        for media_type, media in operation["responses"][status]["content"].items():
            if media_type.endswith("json"):
                media["examples"] = named
