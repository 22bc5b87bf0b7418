from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_year_in import CalendarYearIn
from ...models.calendar_year_out import CalendarYearOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    year: int,
    *,
    body: CalendarYearIn,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/calendar/years/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarYearOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarYearOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[CalendarYearOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarYearIn,
    if_match: str | Unset = UNSET,
) -> Response[CalendarYearOut | Problem]:
    """Enter a year's official holiday arrangement (platform administrators)

     Enters (or replaces) a year's arrangement as the State Council published it: holidays and make-up
    workdays, with the notice as source. From then on every deadline and overdue count in that year uses
    it instead of the bundled or provisional calendar. Platform administrators only (403).

    Args:
        year (int):
        if_match (str | Unset):
        body (CalendarYearIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYearOut | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarYearIn,
    if_match: str | Unset = UNSET,
) -> CalendarYearOut | Problem | None:
    """Enter a year's official holiday arrangement (platform administrators)

     Enters (or replaces) a year's arrangement as the State Council published it: holidays and make-up
    workdays, with the notice as source. From then on every deadline and overdue count in that year uses
    it instead of the bundled or provisional calendar. Platform administrators only (403).

    Args:
        year (int):
        if_match (str | Unset):
        body (CalendarYearIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYearOut | Problem
    """

    return sync_detailed(
        year=year,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarYearIn,
    if_match: str | Unset = UNSET,
) -> Response[CalendarYearOut | Problem]:
    """Enter a year's official holiday arrangement (platform administrators)

     Enters (or replaces) a year's arrangement as the State Council published it: holidays and make-up
    workdays, with the notice as source. From then on every deadline and overdue count in that year uses
    it instead of the bundled or provisional calendar. Platform administrators only (403).

    Args:
        year (int):
        if_match (str | Unset):
        body (CalendarYearIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYearOut | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarYearIn,
    if_match: str | Unset = UNSET,
) -> CalendarYearOut | Problem | None:
    """Enter a year's official holiday arrangement (platform administrators)

     Enters (or replaces) a year's arrangement as the State Council published it: holidays and make-up
    workdays, with the notice as source. From then on every deadline and overdue count in that year uses
    it instead of the bundled or provisional calendar. Platform administrators only (403).

    Args:
        year (int):
        if_match (str | Unset):
        body (CalendarYearIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYearOut | Problem
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
