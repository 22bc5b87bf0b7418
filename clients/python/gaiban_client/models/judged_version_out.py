from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JudgedVersionOut")


@_attrs_define
class JudgedVersionOut:
    """A version the holders were judged by, and the days it is in force from the day asked.

    Attributes:
        effective_from (datetime.date):
        inherited (bool): The version is an ancestor's (C-ORG-3).
        judged_from (datetime.date): The first day judged by it: the day asked, or its effective_from if later.
        judged_until (datetime.date | None): The last day it is in force, before the next version; null: open-ended.
        owner_jurisdiction_id (UUID): Whose version it is.
        version_id (UUID):
    """

    effective_from: datetime.date
    inherited: bool
    judged_from: datetime.date
    judged_until: datetime.date | None
    owner_jurisdiction_id: UUID
    version_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        inherited = self.inherited

        judged_from = self.judged_from.isoformat()

        judged_until: None | str
        if isinstance(self.judged_until, datetime.date):
            judged_until = self.judged_until.isoformat()
        else:
            judged_until = self.judged_until

        owner_jurisdiction_id = str(self.owner_jurisdiction_id)

        version_id = str(self.version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_from": effective_from,
                "inherited": inherited,
                "judged_from": judged_from,
                "judged_until": judged_until,
                "owner_jurisdiction_id": owner_jurisdiction_id,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        inherited = d.pop("inherited")

        judged_from = datetime.date.fromisoformat(d.pop("judged_from"))

        def _parse_judged_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                judged_until_type_0 = datetime.date.fromisoformat(data)

                return judged_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        judged_until = _parse_judged_until(d.pop("judged_until"))

        owner_jurisdiction_id = UUID(d.pop("owner_jurisdiction_id"))

        version_id = UUID(d.pop("version_id"))

        judged_version_out = cls(
            effective_from=effective_from,
            inherited=inherited,
            judged_from=judged_from,
            judged_until=judged_until,
            owner_jurisdiction_id=owner_jurisdiction_id,
            version_id=version_id,
        )

        judged_version_out.additional_properties = d
        return judged_version_out

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
