from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jurisdiction_level import JurisdictionLevel

if TYPE_CHECKING:
    from ..models.public_body_out import PublicBodyOut
    from ..models.public_contact_out import PublicContactOut
    from ..models.public_rulebook_out import PublicRulebookOut


T = TypeVar("T", bound="ParentFactsOut")


@_attrs_define
class ParentFactsOut:
    """A jurisdiction's public facts, as a county reads its parent's.

    Attributes:
        as_of (datetime.date): Today in the parent's time zone: what the facts are of.
        bodies (list[PublicBodyOut]): The issuers the rulebook in force defines (its leading group, its office).
        code (str):
        contacts (list[PublicContactOut]): The holders of the office's leading posts today (director, deputy directors:
            the posts with `office_leadership`), by display name only.
        division_code (None | str):
        id (UUID):
        level (JurisdictionLevel): A prefecture-level body (city, prefecture) or a county-level one under it.
        name (str):
        rulebook (None | PublicRulebookOut): The rulebook in force there today; null when none is.
        time_zone (str):
    """

    as_of: datetime.date
    bodies: list[PublicBodyOut]
    code: str
    contacts: list[PublicContactOut]
    division_code: None | str
    id: UUID
    level: JurisdictionLevel
    name: str
    rulebook: None | PublicRulebookOut
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_rulebook_out import PublicRulebookOut  # noqa: PLC0415

        as_of = self.as_of.isoformat()

        bodies = []
        for bodies_item_data in self.bodies:
            bodies_item = bodies_item_data.to_dict()
            bodies.append(bodies_item)

        code = self.code

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        division_code: None | str
        division_code = self.division_code

        id = str(self.id)

        level = self.level.value

        name = self.name

        rulebook: dict[str, Any] | None
        if isinstance(self.rulebook, PublicRulebookOut):
            rulebook = self.rulebook.to_dict()
        else:
            rulebook = self.rulebook

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "bodies": bodies,
                "code": code,
                "contacts": contacts,
                "division_code": division_code,
                "id": id,
                "level": level,
                "name": name,
                "rulebook": rulebook,
                "time_zone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_body_out import PublicBodyOut  # noqa: PLC0415
        from ..models.public_contact_out import PublicContactOut  # noqa: PLC0415
        from ..models.public_rulebook_out import PublicRulebookOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        bodies = []
        _bodies = d.pop("bodies")
        for bodies_item_data in _bodies:
            bodies_item = PublicBodyOut.from_dict(bodies_item_data)

            bodies.append(bodies_item)

        code = d.pop("code")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = PublicContactOut.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_division_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        division_code = _parse_division_code(d.pop("division_code"))

        id = UUID(d.pop("id"))

        level = JurisdictionLevel(d.pop("level"))

        name = d.pop("name")

        def _parse_rulebook(data: object) -> None | PublicRulebookOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rulebook_type_0 = PublicRulebookOut.from_dict(data)

                return rulebook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicRulebookOut, data)

        rulebook = _parse_rulebook(d.pop("rulebook"))

        time_zone = d.pop("time_zone")

        parent_facts_out = cls(
            as_of=as_of,
            bodies=bodies,
            code=code,
            contacts=contacts,
            division_code=division_code,
            id=id,
            level=level,
            name=name,
            rulebook=rulebook,
            time_zone=time_zone,
        )

        parent_facts_out.additional_properties = d
        return parent_facts_out

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
