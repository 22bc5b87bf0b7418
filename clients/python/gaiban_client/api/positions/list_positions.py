import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_position_out import PagePositionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    role: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    user_id: None | Unset | UUID = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    elif isinstance(user_id, UUID):
        json_user_id = str(user_id)
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_in_force_on: None | str | Unset
    if isinstance(in_force_on, Unset):
        json_in_force_on = UNSET
    elif isinstance(in_force_on, datetime.date):
        json_in_force_on = in_force_on.isoformat()
    else:
        json_in_force_on = in_force_on
    params["in_force_on"] = json_in_force_on

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/positions".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagePositionOut | Problem | None:
    if response.status_code == 200:
        response_200 = PagePositionOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PagePositionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    user_id: None | Unset | UUID = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PagePositionOut | Problem]:
    """List who holds which position

     Who holds which post, for which unit, from when to when: filter by the post's key, unit, person and
    a date on which it is held. Anyone holding a post in the jurisdiction, its office or an office above
    it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        role (None | str | Unset): Only positions with this key.
        unit_id (None | Unset | UUID):
        user_id (None | Unset | UUID):
        in_force_on (datetime.date | None | Unset): Only positions held on this date.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagePositionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        role=role,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    user_id: None | Unset | UUID = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PagePositionOut | Problem | None:
    """List who holds which position

     Who holds which post, for which unit, from when to when: filter by the post's key, unit, person and
    a date on which it is held. Anyone holding a post in the jurisdiction, its office or an office above
    it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        role (None | str | Unset): Only positions with this key.
        unit_id (None | Unset | UUID):
        user_id (None | Unset | UUID):
        in_force_on (datetime.date | None | Unset): Only positions held on this date.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagePositionOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        role=role,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    user_id: None | Unset | UUID = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PagePositionOut | Problem]:
    """List who holds which position

     Who holds which post, for which unit, from when to when: filter by the post's key, unit, person and
    a date on which it is held. Anyone holding a post in the jurisdiction, its office or an office above
    it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        role (None | str | Unset): Only positions with this key.
        unit_id (None | Unset | UUID):
        user_id (None | Unset | UUID):
        in_force_on (datetime.date | None | Unset): Only positions held on this date.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagePositionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        role=role,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    user_id: None | Unset | UUID = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PagePositionOut | Problem | None:
    """List who holds which position

     Who holds which post, for which unit, from when to when: filter by the post's key, unit, person and
    a date on which it is held. Anyone holding a post in the jurisdiction, its office or an office above
    it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        role (None | str | Unset): Only positions with this key.
        unit_id (None | Unset | UUID):
        user_id (None | Unset | UUID):
        in_force_on (datetime.date | None | Unset): Only positions held on this date.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagePositionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            role=role,
            unit_id=unit_id,
            user_id=user_id,
            in_force_on=in_force_on,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
