from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_section import ComplianceSection
    from ..models.problems_section import ProblemsSection
    from ..models.task_section import TaskSection
    from ..models.text_section import TextSection


T = TypeVar("T", bound="BulletinContent")


@_attrs_define
class BulletinContent:
    """The sections E-RPT-2 names, assembled from the period's submissions. A stored, editable
    document: the periods in it are named by their labels (`2026-Q3`), as a request gives
    them; the bulletin's own `period` is the whole object.

        Attributes:
            analysis (str): The office's own analysis (分析汇总).
            compliance (ComplianceSection | None): 各部门月报制度的落实情况: each unit's compliance with the report kind.
            experience (list[TextSection]): 经验做法.
            period (str):
            problems_and_suggestions (list[ProblemsSection]): 存在的问题和建议.
            tasks (list[TaskSection]): 国务院、省政府和市政府…工作任务落实情况: each unit's progress per task.
    """

    analysis: str
    compliance: ComplianceSection | None
    experience: list[TextSection]
    period: str
    problems_and_suggestions: list[ProblemsSection]
    tasks: list[TaskSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.compliance_section import ComplianceSection  # noqa: PLC0415

        analysis = self.analysis

        compliance: dict[str, Any] | None
        if isinstance(self.compliance, ComplianceSection):
            compliance = self.compliance.to_dict()
        else:
            compliance = self.compliance

        experience = []
        for experience_item_data in self.experience:
            experience_item = experience_item_data.to_dict()
            experience.append(experience_item)

        period = self.period

        problems_and_suggestions = []
        for problems_and_suggestions_item_data in self.problems_and_suggestions:
            problems_and_suggestions_item = problems_and_suggestions_item_data.to_dict()
            problems_and_suggestions.append(problems_and_suggestions_item)

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysis": analysis,
                "compliance": compliance,
                "experience": experience,
                "period": period,
                "problems_and_suggestions": problems_and_suggestions,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_section import ComplianceSection  # noqa: PLC0415
        from ..models.problems_section import ProblemsSection  # noqa: PLC0415
        from ..models.task_section import TaskSection  # noqa: PLC0415
        from ..models.text_section import TextSection  # noqa: PLC0415

        d = dict(src_dict)
        analysis = d.pop("analysis")

        def _parse_compliance(data: object) -> ComplianceSection | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compliance_type_0 = ComplianceSection.from_dict(data)

                return compliance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplianceSection | None, data)

        compliance = _parse_compliance(d.pop("compliance"))

        experience = []
        _experience = d.pop("experience")
        for experience_item_data in _experience:
            experience_item = TextSection.from_dict(experience_item_data)

            experience.append(experience_item)

        period = d.pop("period")

        problems_and_suggestions = []
        _problems_and_suggestions = d.pop("problems_and_suggestions")
        for problems_and_suggestions_item_data in _problems_and_suggestions:
            problems_and_suggestions_item = ProblemsSection.from_dict(problems_and_suggestions_item_data)

            problems_and_suggestions.append(problems_and_suggestions_item)

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskSection.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        bulletin_content = cls(
            analysis=analysis,
            compliance=compliance,
            experience=experience,
            period=period,
            problems_and_suggestions=problems_and_suggestions,
            tasks=tasks,
        )

        bulletin_content.additional_properties = d
        return bulletin_content

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
