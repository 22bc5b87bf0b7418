"""The office's quarterly internal bulletin (内部情况通报, E-RPT-2): what it holds and how a draft
becomes an issued bulletin.

E-RPT-2: "每季度将各成员单位工作情况分析汇总后，以季度为节点发布内部情况通报 … 主要内容包括：
国务院、省政府和市政府工程建设项目审批制度改革工作任务落实情况、经验做法、存在的问题和建议等；
各部门月报制度的落实情况". A bulletin kind in the rulebook names its period and the report
kinds it is assembled from; the draft gathers, per unit, the tasks' progress, the experience,
the problems and suggestions of the latest version of each submission in the period, and each
unit's compliance with the report kind it names; the office writes its analysis and edits; once
published it never changes. Bulletins are internal: no public route serves them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.errors import StateConflict
from app.domain.messages import _
from app.domain.reports import PeriodKind


@dataclass(frozen=True)
class BulletinKind:
    key: str
    name: str
    period: PeriodKind
    sources: tuple[str, ...]  # report kinds whose submissions it assembles
    compliance_of: str | None  # the report kind whose compliance it lists per unit
    rule: str
    source: str


class BulletinState(StrEnum):
    draft = "draft"
    published = "published"


class BulletinAct(StrEnum):
    edit = "edit"
    publish = "publish"
    delete = "delete"


def check_act(state: BulletinState, act: BulletinAct) -> None:
    """Only a draft is edited, published or discarded: a published bulletin is the record."""
    if state is not BulletinState.draft:
        raise StateConflict(
            _(
                "The bulletin is {value}: it can no longer be {past} (E-RPT-2 "
                "bulletins are issued once; issue a later one to correct it).",
                value=state.value,
                past=_PAST[act],
            )
        )


_PAST = {
    BulletinAct.edit: _("edited"),
    BulletinAct.publish: _("published"),
    BulletinAct.delete: _("deleted"),
}


@dataclass(frozen=True)
class Digest:
    """What a bulletin takes from one submission's latest version."""

    unit_id: str | None
    unit_name: str
    report_kind: str
    period: str
    submission_id: str
    version: int
    progress: Sequence[Mapping[str, Any]]
    experience: str
    problems: str
    suggestions: str


@dataclass(frozen=True)
class UnitCompliance:
    unit_id: str | None
    unit_name: str
    # (period label, status, working days late or None), in period order
    cells: Sequence[tuple[str, str, int | None]]


SECTION_KEYS = ("tasks", "experience", "problems_and_suggestions", "compliance")


def assemble(
    kind: BulletinKind,
    period: str,
    digests: Iterable[Digest],
    compliance: Sequence[UnitCompliance],
    compliance_periods: Sequence[str],
) -> dict[str, Any]:
    """The draft's sections (E-RPT-2), unit by unit in the order given; a unit that wrote
    nothing in a section is left out of it."""
    ordered = list(digests)
    tasks = [
        {
            "unit_id": d.unit_id,
            "unit_name": d.unit_name,
            "report_kind": d.report_kind,
            "period": d.period,
            "submission_id": d.submission_id,
            "version": d.version,
            "items": [dict(item) for item in d.progress],
        }
        for d in ordered
        if d.progress
    ]
    experience = [{**_source(d), "text": d.experience} for d in ordered if d.experience]
    problems = [
        {**_source(d), "problems": d.problems, "suggestions": d.suggestions}
        for d in ordered
        if d.problems or d.suggestions
    ]
    compliance_section = {
        "report_kind": kind.compliance_of,
        "periods": list(compliance_periods),
        "units": [
            {
                "unit_id": unit.unit_id,
                "unit_name": unit.unit_name,
                "cells": [
                    {"period": label, "status": status, "working_days_late": late}
                    for label, status, late in unit.cells
                ],
                "on_time": sum(1 for _, status, _ in unit.cells if status == "on_time"),
                "late": sum(1 for _, status, _ in unit.cells if status == "late"),
                "missing": sum(1 for _, status, _ in unit.cells if status == "missing"),
            }
            for unit in compliance
        ],
    }
    return {
        "period": period,
        "tasks": tasks,
        "experience": experience,
        "problems_and_suggestions": problems,
        "compliance": compliance_section if kind.compliance_of else None,
        "analysis": "",
    }


def _source(digest: Digest) -> dict[str, Any]:
    return {
        "unit_id": digest.unit_id,
        "unit_name": digest.unit_name,
        "submission_id": digest.submission_id,
    }
