from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jurisdiction_level import JurisdictionLevel
from ...models.page_jurisdiction_out import PageJurisdictionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    parent_id: None | Unset | UUID = UNSET,
    level: JurisdictionLevel | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, JurisdictionLevel):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

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
        "url": "/v1/jurisdictions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageJurisdictionOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageJurisdictionOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Any | PageJurisdictionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    parent_id: None | Unset | UUID = UNSET,
    level: JurisdictionLevel | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageJurisdictionOut | Problem]:
    """List the jurisdictions the caller can see

     The jurisdictions the caller holds a post in, those under an office it belongs to, those of its
    client, or all for an administrator; filter by parent and level.

    Args:
        parent_id (None | Unset | UUID):
        level (JurisdictionLevel | None | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJurisdictionOut | Problem]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        level=level,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    parent_id: None | Unset | UUID = UNSET,
    level: JurisdictionLevel | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageJurisdictionOut | Problem | None:
    """List the jurisdictions the caller can see

     The jurisdictions the caller holds a post in, those under an office it belongs to, those of its
    client, or all for an administrator; filter by parent and level.

    Args:
        parent_id (None | Unset | UUID):
        level (JurisdictionLevel | None | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJurisdictionOut | Problem
    """

    return sync_detailed(
        client=client,
        parent_id=parent_id,
        level=level,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    parent_id: None | Unset | UUID = UNSET,
    level: JurisdictionLevel | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageJurisdictionOut | Problem]:
    """List the jurisdictions the caller can see

     The jurisdictions the caller holds a post in, those under an office it belongs to, those of its
    client, or all for an administrator; filter by parent and level.

    Args:
        parent_id (None | Unset | UUID):
        level (JurisdictionLevel | None | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJurisdictionOut | Problem]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        level=level,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    parent_id: None | Unset | UUID = UNSET,
    level: JurisdictionLevel | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageJurisdictionOut | Problem | None:
    """List the jurisdictions the caller can see

     The jurisdictions the caller holds a post in, those under an office it belongs to, those of its
    client, or all for an administrator; filter by parent and level.

    Args:
        parent_id (None | Unset | UUID):
        level (JurisdictionLevel | None | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJurisdictionOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            parent_id=parent_id,
            level=level,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
