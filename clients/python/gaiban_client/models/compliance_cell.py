from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cell_status import CellStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplianceCell")


@_attrs_define
class ComplianceCell:
    """
    Attributes:
        status (CellStatus): One unit's report for one period, as the compliance matrix shows it.
        submission_id (None | Unset | UUID):
        submitted_on (datetime.date | None | Unset): The first submission's day.
        versions (int | None | Unset): How many versions were submitted.
        working_days_late (int | None | Unset): Only when late.
        working_days_overdue (int | None | Unset): Only when missing: mainland-China working days begun since the due
            date, as of `as_of` (provisional years in `calendar.provisional_years`).
    """

    status: CellStatus
    submission_id: None | Unset | UUID = UNSET
    submitted_on: datetime.date | None | Unset = UNSET
    versions: int | None | Unset = UNSET
    working_days_late: int | None | Unset = UNSET
    working_days_overdue: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        submission_id: None | str | Unset
        if isinstance(self.submission_id, Unset):
            submission_id = UNSET
        elif isinstance(self.submission_id, UUID):
            submission_id = str(self.submission_id)
        else:
            submission_id = self.submission_id

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        versions: int | None | Unset
        if isinstance(self.versions, Unset):
            versions = UNSET
        else:
            versions = self.versions

        working_days_late: int | None | Unset
        if isinstance(self.working_days_late, Unset):
            working_days_late = UNSET
        else:
            working_days_late = self.working_days_late

        working_days_overdue: int | None | Unset
        if isinstance(self.working_days_overdue, Unset):
            working_days_overdue = UNSET
        else:
            working_days_overdue = self.working_days_overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if versions is not UNSET:
            field_dict["versions"] = versions
        if working_days_late is not UNSET:
            field_dict["working_days_late"] = working_days_late
        if working_days_overdue is not UNSET:
            field_dict["working_days_overdue"] = working_days_overdue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = CellStatus(d.pop("status"))

        def _parse_submission_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_id_type_0 = UUID(data)

                return submission_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        submission_id = _parse_submission_id(d.pop("submission_id", UNSET))

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        def _parse_versions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        versions = _parse_versions(d.pop("versions", UNSET))

        def _parse_working_days_late(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days_late = _parse_working_days_late(d.pop("working_days_late", UNSET))

        def _parse_working_days_overdue(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days_overdue = _parse_working_days_overdue(d.pop("working_days_overdue", UNSET))

        compliance_cell = cls(
            status=status,
            submission_id=submission_id,
            submitted_on=submitted_on,
            versions=versions,
            working_days_late=working_days_late,
            working_days_overdue=working_days_overdue,
        )

        compliance_cell.additional_properties = d
        return compliance_cell

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
