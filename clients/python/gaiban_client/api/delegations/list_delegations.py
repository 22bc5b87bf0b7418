import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_delegation_out import PageDelegationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    from_user_id: None | Unset | UUID = UNSET,
    to_user_id: None | Unset | UUID = UNSET,
    active_on: datetime.date | None | Unset = UNSET,
    include_revoked: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_from_user_id: None | str | Unset
    if isinstance(from_user_id, Unset):
        json_from_user_id = UNSET
    elif isinstance(from_user_id, UUID):
        json_from_user_id = str(from_user_id)
    else:
        json_from_user_id = from_user_id
    params["from_user_id"] = json_from_user_id

    json_to_user_id: None | str | Unset
    if isinstance(to_user_id, Unset):
        json_to_user_id = UNSET
    elif isinstance(to_user_id, UUID):
        json_to_user_id = str(to_user_id)
    else:
        json_to_user_id = to_user_id
    params["to_user_id"] = json_to_user_id

    json_active_on: None | str | Unset
    if isinstance(active_on, Unset):
        json_active_on = UNSET
    elif isinstance(active_on, datetime.date):
        json_active_on = active_on.isoformat()
    else:
        json_active_on = active_on
    params["active_on"] = json_active_on

    params["include_revoked"] = include_revoked

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
        "url": "/v1/jurisdictions/{jid}/delegations".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageDelegationOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageDelegationOut.from_dict(response.json())

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
) -> Response[Any | PageDelegationOut | Problem]:
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
    from_user_id: None | Unset | UUID = UNSET,
    to_user_id: None | Unset | UUID = UNSET,
    active_on: datetime.date | None | Unset = UNSET,
    include_revoked: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageDelegationOut | Problem]:
    """List delegations (委托), oldest first

     The jurisdiction's entrustments, oldest first: who entrusted which acts to whom, from when to when,
    and why. `active_on` keeps those that count on a date. Anyone holding a post in the jurisdiction,
    its office or an office above it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        from_user_id (None | Unset | UUID):
        to_user_id (None | Unset | UUID):
        active_on (datetime.date | None | Unset): Only delegations that count on this date.
        include_revoked (bool | Unset): Also list delegations whose revocation is recorded.
            Default: False.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageDelegationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        active_on=active_on,
        include_revoked=include_revoked,
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
    from_user_id: None | Unset | UUID = UNSET,
    to_user_id: None | Unset | UUID = UNSET,
    active_on: datetime.date | None | Unset = UNSET,
    include_revoked: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageDelegationOut | Problem | None:
    """List delegations (委托), oldest first

     The jurisdiction's entrustments, oldest first: who entrusted which acts to whom, from when to when,
    and why. `active_on` keeps those that count on a date. Anyone holding a post in the jurisdiction,
    its office or an office above it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        from_user_id (None | Unset | UUID):
        to_user_id (None | Unset | UUID):
        active_on (datetime.date | None | Unset): Only delegations that count on this date.
        include_revoked (bool | Unset): Also list delegations whose revocation is recorded.
            Default: False.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageDelegationOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        active_on=active_on,
        include_revoked=include_revoked,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    from_user_id: None | Unset | UUID = UNSET,
    to_user_id: None | Unset | UUID = UNSET,
    active_on: datetime.date | None | Unset = UNSET,
    include_revoked: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageDelegationOut | Problem]:
    """List delegations (委托), oldest first

     The jurisdiction's entrustments, oldest first: who entrusted which acts to whom, from when to when,
    and why. `active_on` keeps those that count on a date. Anyone holding a post in the jurisdiction,
    its office or an office above it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        from_user_id (None | Unset | UUID):
        to_user_id (None | Unset | UUID):
        active_on (datetime.date | None | Unset): Only delegations that count on this date.
        include_revoked (bool | Unset): Also list delegations whose revocation is recorded.
            Default: False.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageDelegationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        active_on=active_on,
        include_revoked=include_revoked,
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
    from_user_id: None | Unset | UUID = UNSET,
    to_user_id: None | Unset | UUID = UNSET,
    active_on: datetime.date | None | Unset = UNSET,
    include_revoked: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageDelegationOut | Problem | None:
    """List delegations (委托), oldest first

     The jurisdiction's entrustments, oldest first: who entrusted which acts to whom, from when to when,
    and why. `active_on` keeps those that count on a date. Anyone holding a post in the jurisdiction,
    its office or an office above it, its read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        from_user_id (None | Unset | UUID):
        to_user_id (None | Unset | UUID):
        active_on (datetime.date | None | Unset): Only delegations that count on this date.
        include_revoked (bool | Unset): Also list delegations whose revocation is recorded.
            Default: False.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageDelegationOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            active_on=active_on,
            include_revoked=include_revoked,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
