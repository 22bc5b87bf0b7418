from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope
from ..models.me_out_kind import MeOutKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.my_position import MyPosition


T = TypeVar("T", bound="MeOut")


@_attrs_define
class MeOut:
    """
    Attributes:
        display_name (str): The name shown in signatures and every 'by' field (a client's client_id).
        home_jurisdiction_id (None | UUID):
        id (UUID):
        is_platform_admin (bool):
        kind (MeOutKind):
        name (str): The login (a person's username, a client's client_id).
        positions (list[MyPosition]): Positions in force today.
        scopes (list[ClientScope]): For machine clients: read, write, act_as.
        acting_client_id (None | Unset | UUID): With a token from a token exchange: the machine client acting for this
            person (the token's act claim).
    """

    display_name: str
    home_jurisdiction_id: None | UUID
    id: UUID
    is_platform_admin: bool
    kind: MeOutKind
    name: str
    positions: list[MyPosition]
    scopes: list[ClientScope]
    acting_client_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        home_jurisdiction_id: None | str
        if isinstance(self.home_jurisdiction_id, UUID):
            home_jurisdiction_id = str(self.home_jurisdiction_id)
        else:
            home_jurisdiction_id = self.home_jurisdiction_id

        id = str(self.id)

        is_platform_admin = self.is_platform_admin

        kind = self.kind.value

        name = self.name

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        acting_client_id: None | str | Unset
        if isinstance(self.acting_client_id, Unset):
            acting_client_id = UNSET
        elif isinstance(self.acting_client_id, UUID):
            acting_client_id = str(self.acting_client_id)
        else:
            acting_client_id = self.acting_client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "home_jurisdiction_id": home_jurisdiction_id,
                "id": id,
                "is_platform_admin": is_platform_admin,
                "kind": kind,
                "name": name,
                "positions": positions,
                "scopes": scopes,
            }
        )
        if acting_client_id is not UNSET:
            field_dict["acting_client_id"] = acting_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.my_position import MyPosition  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        def _parse_home_jurisdiction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                home_jurisdiction_id_type_0 = UUID(data)

                return home_jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        home_jurisdiction_id = _parse_home_jurisdiction_id(d.pop("home_jurisdiction_id"))

        id = UUID(d.pop("id"))

        is_platform_admin = d.pop("is_platform_admin")

        kind = MeOutKind(d.pop("kind"))

        name = d.pop("name")

        positions = []
        _positions = d.pop("positions")
        for positions_item_data in _positions:
            positions_item = MyPosition.from_dict(positions_item_data)

            positions.append(positions_item)

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        def _parse_acting_client_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acting_client_id_type_0 = UUID(data)

                return acting_client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        acting_client_id = _parse_acting_client_id(d.pop("acting_client_id", UNSET))

        me_out = cls(
            display_name=display_name,
            home_jurisdiction_id=home_jurisdiction_id,
            id=id,
            is_platform_admin=is_platform_admin,
            kind=kind,
            name=name,
            positions=positions,
            scopes=scopes,
            acting_client_id=acting_client_id,
        )

        me_out.additional_properties = d
        return me_out

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
