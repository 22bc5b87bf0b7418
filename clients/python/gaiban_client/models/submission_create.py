from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_item import ProgressItem


T = TypeVar("T", bound="SubmissionCreate")


@_attrs_define
class SubmissionCreate:
    """The `submission` field of the multipart request (JSON).

    Attributes:
        period (str): The period's label: `2026-10` (a month), `2026-Q3` (a quarter) or `2026` (a year), as the report
            kind's period is; a period that has begun. Answers name it as a whole period object (`period.label` is this).
        report_kind (str): A report kind of the rulebook in force on the day of submission.
        experience (str | Unset): Experience and good practice (经验做法). Default: ''.
        note (str | Unset): Anything else, e.g. why it is resubmitted. Default: ''.
        problems (str | Unset): Problems met (存在的问题). Default: ''.
        progress (list[ProgressItem] | Unset):
        suggestions (str | Unset): Suggestions (建议). Default: ''.
        unit_id (None | Unset | UUID): The member unit submitting. May be left out when the caller holds the submitting
            post for exactly one unit; null for a report the office submits.
    """

    period: str
    report_kind: str
    experience: str | Unset = ""
    note: str | Unset = ""
    problems: str | Unset = ""
    progress: list[ProgressItem] | Unset = UNSET
    suggestions: str | Unset = ""
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        report_kind = self.report_kind

        experience = self.experience

        note = self.note

        problems = self.problems

        progress: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = []
            for progress_item_data in self.progress:
                progress_item = progress_item_data.to_dict()
                progress.append(progress_item)

        suggestions = self.suggestions

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "report_kind": report_kind,
            }
        )
        if experience is not UNSET:
            field_dict["experience"] = experience
        if note is not UNSET:
            field_dict["note"] = note
        if problems is not UNSET:
            field_dict["problems"] = problems
        if progress is not UNSET:
            field_dict["progress"] = progress
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_item import ProgressItem  # noqa: PLC0415

        d = dict(src_dict)
        period = d.pop("period")

        report_kind = d.pop("report_kind")

        experience = d.pop("experience", UNSET)

        note = d.pop("note", UNSET)

        problems = d.pop("problems", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: list[ProgressItem] | Unset = UNSET
        if _progress is not UNSET:
            progress = []
            for progress_item_data in _progress:
                progress_item = ProgressItem.from_dict(progress_item_data)

                progress.append(progress_item)

        suggestions = d.pop("suggestions", UNSET)

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        submission_create = cls(
            period=period,
            report_kind=report_kind,
            experience=experience,
            note=note,
            problems=problems,
            progress=progress,
            suggestions=suggestions,
            unit_id=unit_id,
        )

        return submission_create
