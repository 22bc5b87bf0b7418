from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyCreateToken")


@_attrs_define
class BodyCreateToken:
    """
    Attributes:
        grant_type (str): `password`, `client_credentials` or `urn:ietf:params:oauth:grant-type:token-exchange`
        actor_token (None | str | Unset): Token exchange: the client's own access token.
        actor_token_type (None | str | Unset): Token exchange: `urn:ietf:params:oauth:token-type:access_token`.
        client_id (None | str | Unset):
        client_secret (None | str | Unset):
        password (None | str | Unset):
        requested_token_type (None | str | Unset): Token exchange: `urn:ietf:params:oauth:token-type:access_token` if
            given.
        scope (None | str | Unset): Ignored: rights come from positions.
        subject_token (None | str | Unset): Token exchange: the person's username.
        subject_token_type (None | str | Unset): Token exchange: `urn:gaiban:params:oauth:token-type:username`.
        username (None | str | Unset):
    """

    grant_type: str
    actor_token: None | str | Unset = UNSET
    actor_token_type: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    requested_token_type: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    subject_token: None | str | Unset = UNSET
    subject_token_type: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        actor_token: None | str | Unset
        if isinstance(self.actor_token, Unset):
            actor_token = UNSET
        else:
            actor_token = self.actor_token

        actor_token_type: None | str | Unset
        if isinstance(self.actor_token_type, Unset):
            actor_token_type = UNSET
        else:
            actor_token_type = self.actor_token_type

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        requested_token_type: None | str | Unset
        if isinstance(self.requested_token_type, Unset):
            requested_token_type = UNSET
        else:
            requested_token_type = self.requested_token_type

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        subject_token: None | str | Unset
        if isinstance(self.subject_token, Unset):
            subject_token = UNSET
        else:
            subject_token = self.subject_token

        subject_token_type: None | str | Unset
        if isinstance(self.subject_token_type, Unset):
            subject_token_type = UNSET
        else:
            subject_token_type = self.subject_token_type

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if actor_token is not UNSET:
            field_dict["actor_token"] = actor_token
        if actor_token_type is not UNSET:
            field_dict["actor_token_type"] = actor_token_type
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if password is not UNSET:
            field_dict["password"] = password
        if requested_token_type is not UNSET:
            field_dict["requested_token_type"] = requested_token_type
        if scope is not UNSET:
            field_dict["scope"] = scope
        if subject_token is not UNSET:
            field_dict["subject_token"] = subject_token
        if subject_token_type is not UNSET:
            field_dict["subject_token_type"] = subject_token_type
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        def _parse_actor_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_token = _parse_actor_token(d.pop("actor_token", UNSET))

        def _parse_actor_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_token_type = _parse_actor_token_type(d.pop("actor_token_type", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_requested_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_token_type = _parse_requested_token_type(d.pop("requested_token_type", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_subject_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_token = _parse_subject_token(d.pop("subject_token", UNSET))

        def _parse_subject_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_token_type = _parse_subject_token_type(d.pop("subject_token_type", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        body_create_token = cls(
            grant_type=grant_type,
            actor_token=actor_token,
            actor_token_type=actor_token_type,
            client_id=client_id,
            client_secret=client_secret,
            password=password,
            requested_token_type=requested_token_type,
            scope=scope,
            subject_token=subject_token,
            subject_token_type=subject_token_type,
            username=username,
        )

        body_create_token.additional_properties = d
        return body_create_token

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
