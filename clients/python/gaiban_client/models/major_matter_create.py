from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.urgency import Urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MajorMatterCreate")


@_attrs_define
class MajorMatterCreate:
    """A major matter reported to the leading group (CO-RPT-2).

    Attributes:
        body (str): The matter, as the sender writes it (at most 20,000 chars).
        title (str):
        to (Literal['parent'] | None | Unset): `parent`: this jurisdiction's office reports to the leading group of the
            jurisdiction above (a county to its city); the matter is kept there and read here with `direction=sent`.
        unit_id (None | Unset | UUID): The member unit sending it. May be left out when the caller holds a unit post
            (head, liaison or information officer) for exactly one unit here. Must be left out with `to: parent`.
        urgency (Urgency | Unset):
    """

    body: str
    title: str
    to: Literal["parent"] | None | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET
    urgency: Urgency | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        to: Literal["parent"] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "title": title,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        title = d.pop("title")

        def _parse_to(data: object) -> Literal["parent"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            to_type_0 = cast(Literal["parent"], data)
            if to_type_0 != "parent":
                raise ValueError(f"to_type_0 must match const 'parent', got '{to_type_0}'")
            return to_type_0
            return cast(Literal["parent"] | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

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

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

        major_matter_create = cls(
            body=body,
            title=title,
            to=to,
            unit_id=unit_id,
            urgency=urgency,
        )

        return major_matter_create
