from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appeal_out import AppealOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    appeal_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/appeals/{appeal_id}".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
            appeal_id=quote(str(appeal_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AppealOut | Problem | None:
    if response.status_code == 200:
        response_200 = AppealOut.from_dict(response.json())

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
) -> Response[Any | AppealOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    year: int,
    appeal_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | AppealOut | Problem]:
    """Read one appeal, with the office's decision once made

     Whoever sees the card it is against reads it; anyone else gets 404. The office of this jurisdiction
    or one above it (a city reads its counties' assessments), the leader and deputy leaders, read
    clients and admins see every scorecard; a person holding a post for a member unit sees its unit's
    card only, and a county's office its county's card, here at the assessing jurisdiction's path;
    anyone else is answered 404 (or left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        appeal_id (UUID): The appeal's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppealOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        appeal_id=appeal_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    year: int,
    appeal_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | AppealOut | Problem | None:
    """Read one appeal, with the office's decision once made

     Whoever sees the card it is against reads it; anyone else gets 404. The office of this jurisdiction
    or one above it (a city reads its counties' assessments), the leader and deputy leaders, read
    clients and admins see every scorecard; a person holding a post for a member unit sees its unit's
    card only, and a county's office its county's card, here at the assessing jurisdiction's path;
    anyone else is answered 404 (or left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        appeal_id (UUID): The appeal's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppealOut | Problem
    """

    return sync_detailed(
        jid=jid,
        year=year,
        appeal_id=appeal_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    appeal_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | AppealOut | Problem]:
    """Read one appeal, with the office's decision once made

     Whoever sees the card it is against reads it; anyone else gets 404. The office of this jurisdiction
    or one above it (a city reads its counties' assessments), the leader and deputy leaders, read
    clients and admins see every scorecard; a person holding a post for a member unit sees its unit's
    card only, and a county's office its county's card, here at the assessing jurisdiction's path;
    anyone else is answered 404 (or left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        appeal_id (UUID): The appeal's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppealOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        appeal_id=appeal_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    appeal_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | AppealOut | Problem | None:
    """Read one appeal, with the office's decision once made

     Whoever sees the card it is against reads it; anyone else gets 404. The office of this jurisdiction
    or one above it (a city reads its counties' assessments), the leader and deputy leaders, read
    clients and admins see every scorecard; a person holding a post for a member unit sees its unit's
    card only, and a county's office its county's card, here at the assessing jurisdiction's path;
    anyone else is answered 404 (or left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        appeal_id (UUID): The appeal's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppealOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            appeal_id=appeal_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
