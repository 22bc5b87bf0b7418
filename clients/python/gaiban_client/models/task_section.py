from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.progress_entry import ProgressEntry


T = TypeVar("T", bound="TaskSection")


@_attrs_define
class TaskSection:
    """
    Attributes:
        items (list[ProgressEntry]):
        period (str):
        report_kind (str):
        submission_id (UUID):
        unit_id (None | UUID):
        unit_name (str):
        version (int):
    """

    items: list[ProgressEntry]
    period: str
    report_kind: str
    submission_id: UUID
    unit_id: None | UUID
    unit_name: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        period = self.period

        report_kind = self.report_kind

        submission_id = str(self.submission_id)

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name = self.unit_name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "period": period,
                "report_kind": report_kind,
                "submission_id": submission_id,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_entry import ProgressEntry  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProgressEntry.from_dict(items_item_data)

            items.append(items_item)

        period = d.pop("period")

        report_kind = d.pop("report_kind")

        submission_id = UUID(d.pop("submission_id"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        version = d.pop("version")

        task_section = cls(
            items=items,
            period=period,
            report_kind=report_kind,
            submission_id=submission_id,
            unit_id=unit_id,
            unit_name=unit_name,
            version=version,
        )

        task_section.additional_properties = d
        return task_section

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
