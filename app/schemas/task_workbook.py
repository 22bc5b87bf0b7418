from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, TypeAdapter

from app.domain import task_workbook as book
from app.schemas.tasks import (
    MAX_COOPERATING,
    MAX_MEASURES,
    MAX_MILESTONES,
    Category,
    MeasureIn,
    MilestoneIn,
    Reference,
    ShortText,
    TaskCode,
    TaskTitle,
)

# Each text column's limits are those of the task's own fields (app/schemas/tasks.py).
CELL_TYPES: dict[str, TypeAdapter[Any]] = {
    book.CODE: TypeAdapter(TaskCode),
    book.PARENT: TypeAdapter(TaskCode),
    book.TITLE: TypeAdapter(TaskTitle),
    book.CATEGORY: TypeAdapter(Category),
    book.SOURCE_TITLE: TypeAdapter(ShortText),
    book.SOURCE_REFERENCE: TypeAdapter(Reference),
    book.COOPERATING_UNITS: TypeAdapter(Annotated[list[str], Field(max_length=MAX_COOPERATING)]),
    book.MILESTONES: TypeAdapter(Annotated[list[MilestoneIn], Field(max_length=MAX_MILESTONES)]),
    book.MEASURES: TypeAdapter(Annotated[list[MeasureIn], Field(max_length=MAX_MEASURES)]),
}


class TaskImportError(BaseModel):
    row: int = Field(description="The row's number in the worksheet, as Excel shows it.")
    column: str = Field(description="The column's header text.", examples=["牵头单位"])
    value: str | None = Field(
        description="The cell as given (dates as YYYY-MM-DD), cut at 100 characters; null "
        "when blank.",
        examples=["住建局"],
    )
    message: str = Field(examples=["no member unit here is named 住建局"])


class TaskImportReport(BaseModel):
    dry_run: bool
    rows: int = Field(description="Data rows read (blank rows are skipped).")
    created: int = Field(description="New tasks (for a dry run: that would be created).")
    updated: int = Field(description="Tasks changed (or that would be).")
    unchanged: int = Field(description="Rows identical to their task.")
    created_codes: list[str] = Field(description="序号 of the new tasks, in the order written.")
    updated_codes: list[str]
    error_count: int = Field(description="Every bad cell found; `errors` lists the first 1,000.")
    errors: list[TaskImportError] = Field(
        description="Each bad cell, by row then column: none for an import that was written."
    )


class TaskImportRecord(BaseModel):
    """What the audit trail keeps of an import (``task.import``), beside each task's own
    create and update events."""

    filename: str
    sha256: str
    rows: int
    created_codes: list[str]
    updated_codes: list[str]
    unchanged: int
