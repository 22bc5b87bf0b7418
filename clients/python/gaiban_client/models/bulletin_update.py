from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problems_section import ProblemsSection
    from ..models.task_section import TaskSection
    from ..models.text_section import TextSection


T = TypeVar("T", bound="BulletinUpdate")


@_attrs_define
class BulletinUpdate:
    """Edit a draft: any section may be rewritten; the compliance section stays as assembled
    (it is the record of who reported when).

        Attributes:
            analysis (None | str | Unset):
            experience (list[TextSection] | None | Unset):
            problems_and_suggestions (list[ProblemsSection] | None | Unset):
            tasks (list[TaskSection] | None | Unset):
            title (None | str | Unset):
    """

    analysis: None | str | Unset = UNSET
    experience: list[TextSection] | None | Unset = UNSET
    problems_and_suggestions: list[ProblemsSection] | None | Unset = UNSET
    tasks: list[TaskSection] | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        analysis: None | str | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        else:
            analysis = self.analysis

        experience: list[dict[str, Any]] | None | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        elif isinstance(self.experience, list):
            experience = []
            for experience_type_0_item_data in self.experience:
                experience_type_0_item = experience_type_0_item_data.to_dict()
                experience.append(experience_type_0_item)

        else:
            experience = self.experience

        problems_and_suggestions: list[dict[str, Any]] | None | Unset
        if isinstance(self.problems_and_suggestions, Unset):
            problems_and_suggestions = UNSET
        elif isinstance(self.problems_and_suggestions, list):
            problems_and_suggestions = []
            for problems_and_suggestions_type_0_item_data in self.problems_and_suggestions:
                problems_and_suggestions_type_0_item = problems_and_suggestions_type_0_item_data.to_dict()
                problems_and_suggestions.append(problems_and_suggestions_type_0_item)

        else:
            problems_and_suggestions = self.problems_and_suggestions

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if experience is not UNSET:
            field_dict["experience"] = experience
        if problems_and_suggestions is not UNSET:
            field_dict["problems_and_suggestions"] = problems_and_suggestions
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problems_section import ProblemsSection  # noqa: PLC0415
        from ..models.task_section import TaskSection  # noqa: PLC0415
        from ..models.text_section import TextSection  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_analysis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        def _parse_experience(data: object) -> list[TextSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experience_type_0 = []
                _experience_type_0 = data
                for experience_type_0_item_data in _experience_type_0:
                    experience_type_0_item = TextSection.from_dict(experience_type_0_item_data)

                    experience_type_0.append(experience_type_0_item)

                return experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TextSection] | None | Unset, data)

        experience = _parse_experience(d.pop("experience", UNSET))

        def _parse_problems_and_suggestions(data: object) -> list[ProblemsSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                problems_and_suggestions_type_0 = []
                _problems_and_suggestions_type_0 = data
                for problems_and_suggestions_type_0_item_data in _problems_and_suggestions_type_0:
                    problems_and_suggestions_type_0_item = ProblemsSection.from_dict(
                        problems_and_suggestions_type_0_item_data
                    )

                    problems_and_suggestions_type_0.append(problems_and_suggestions_type_0_item)

                return problems_and_suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProblemsSection] | None | Unset, data)

        problems_and_suggestions = _parse_problems_and_suggestions(d.pop("problems_and_suggestions", UNSET))

        def _parse_tasks(data: object) -> list[TaskSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = TaskSection.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskSection] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        bulletin_update = cls(
            analysis=analysis,
            experience=experience,
            problems_and_suggestions=problems_and_suggestions,
            tasks=tasks,
            title=title,
        )

        return bulletin_update
