from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressItem")


@_attrs_define
class ProgressItem:
    """Progress on one reform task (工作推进表 in words).

    Attributes:
        task (str):
        percent (int | None | Unset): Share done, 0–100.
        summary (str | Unset): What was done in the period. Default: ''.
        task_id (None | Unset | UUID): The task in the task breakdown, when it is kept there.
    """

    task: str
    percent: int | None | Unset = UNSET
    summary: str | Unset = ""
    task_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        percent: int | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        summary = self.summary

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        elif isinstance(self.task_id, UUID):
            task_id = str(self.task_id)
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task": task,
            }
        )
        if percent is not UNSET:
            field_dict["percent"] = percent
        if summary is not UNSET:
            field_dict["summary"] = summary
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task = d.pop("task")

        def _parse_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        summary = d.pop("summary", UNSET)

        def _parse_task_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_id_type_0 = UUID(data)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        progress_item = cls(
            task=task,
            percent=percent,
            summary=summary,
            task_id=task_id,
        )

        return progress_item
