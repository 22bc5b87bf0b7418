from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_import_error import TaskImportError


T = TypeVar("T", bound="TaskImportReport")


@_attrs_define
class TaskImportReport:
    """
    Attributes:
        created (int): New tasks (for a dry run: that would be created).
        created_codes (list[str]): 序号 of the new tasks, in the order written.
        dry_run (bool):
        error_count (int): Every bad cell found; `errors` lists the first 1,000.
        errors (list[TaskImportError]): Each bad cell, by row then column: none for an import that was written.
        rows (int): Data rows read (blank rows are skipped).
        unchanged (int): Rows identical to their task.
        updated (int): Tasks changed (or that would be).
        updated_codes (list[str]):
    """

    created: int
    created_codes: list[str]
    dry_run: bool
    error_count: int
    errors: list[TaskImportError]
    rows: int
    unchanged: int
    updated: int
    updated_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        created_codes = self.created_codes

        dry_run = self.dry_run

        error_count = self.error_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        rows = self.rows

        unchanged = self.unchanged

        updated = self.updated

        updated_codes = self.updated_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "created_codes": created_codes,
                "dry_run": dry_run,
                "error_count": error_count,
                "errors": errors,
                "rows": rows,
                "unchanged": unchanged,
                "updated": updated,
                "updated_codes": updated_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_import_error import TaskImportError  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        created_codes = cast(list[str], d.pop("created_codes"))

        dry_run = d.pop("dry_run")

        error_count = d.pop("error_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = TaskImportError.from_dict(errors_item_data)

            errors.append(errors_item)

        rows = d.pop("rows")

        unchanged = d.pop("unchanged")

        updated = d.pop("updated")

        updated_codes = cast(list[str], d.pop("updated_codes"))

        task_import_report = cls(
            created=created,
            created_codes=created_codes,
            dry_run=dry_run,
            error_count=error_count,
            errors=errors,
            rows=rows,
            unchanged=unchanged,
            updated=updated,
            updated_codes=updated_codes,
        )

        task_import_report.additional_properties = d
        return task_import_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
