from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_item import ProgressItem


T = TypeVar("T", bound="SubmissionContent")


@_attrs_define
class SubmissionContent:
    """The structured part of a submission: what the quarterly bulletin assembles (E-RPT-2).

    Attributes:
        experience (str | Unset): Experience and good practice (经验做法). Default: ''.
        note (str | Unset): Anything else, e.g. why it is resubmitted. Default: ''.
        problems (str | Unset): Problems met (存在的问题). Default: ''.
        progress (list[ProgressItem] | Unset):
        suggestions (str | Unset): Suggestions (建议). Default: ''.
    """

    experience: str | Unset = ""
    note: str | Unset = ""
    problems: str | Unset = ""
    progress: list[ProgressItem] | Unset = UNSET
    suggestions: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_item import ProgressItem  # noqa: PLC0415

        d = dict(src_dict)
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

        submission_content = cls(
            experience=experience,
            note=note,
            problems=problems,
            progress=progress,
            suggestions=suggestions,
        )

        return submission_content
