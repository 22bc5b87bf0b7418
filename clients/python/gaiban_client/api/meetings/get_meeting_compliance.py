from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_compliance_out import MeetingComplianceOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    year: int,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/meetings/compliance".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MeetingComplianceOut | Problem | None:
    if response.status_code == 200:
        response_200 = MeetingComplianceOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Any | MeetingComplianceOut | Problem]:
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
    year: int,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MeetingComplianceOut | Problem]:
    """Meetings the rules expect in each period of a year, and whether one was held

     Per meeting kind with a cadence (Ezhou: a joint meeting at year end, E-MTG-1; Changji: a plenary
    each quarter, C-MTG-1; an office regular meeting each month, CO-MTG-1) and each period of the year:
    held, scheduled, not_yet_due, excused (no meeting, a reason recorded: the rules say 原则上, in
    principle) or missed. Each period is judged by the rulebook version in force on its last day; a
    year-end meeting counts in the year's last quarter; extra meetings are listed but never stand in for
    the regular one. 409 when no version is in force in any month of the year.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The calendar year.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MeetingComplianceOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
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
    year: int,
    if_none_match: str | Unset = UNSET,
) -> Any | MeetingComplianceOut | Problem | None:
    """Meetings the rules expect in each period of a year, and whether one was held

     Per meeting kind with a cadence (Ezhou: a joint meeting at year end, E-MTG-1; Changji: a plenary
    each quarter, C-MTG-1; an office regular meeting each month, CO-MTG-1) and each period of the year:
    held, scheduled, not_yet_due, excused (no meeting, a reason recorded: the rules say 原则上, in
    principle) or missed. Each period is judged by the rulebook version in force on its last day; a
    year-end meeting counts in the year's last quarter; extra meetings are listed but never stand in for
    the regular one. 409 when no version is in force in any month of the year.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The calendar year.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MeetingComplianceOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        year=year,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    year: int,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MeetingComplianceOut | Problem]:
    """Meetings the rules expect in each period of a year, and whether one was held

     Per meeting kind with a cadence (Ezhou: a joint meeting at year end, E-MTG-1; Changji: a plenary
    each quarter, C-MTG-1; an office regular meeting each month, CO-MTG-1) and each period of the year:
    held, scheduled, not_yet_due, excused (no meeting, a reason recorded: the rules say 原则上, in
    principle) or missed. Each period is judged by the rulebook version in force on its last day; a
    year-end meeting counts in the year's last quarter; extra meetings are listed but never stand in for
    the regular one. 409 when no version is in force in any month of the year.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The calendar year.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MeetingComplianceOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    year: int,
    if_none_match: str | Unset = UNSET,
) -> Any | MeetingComplianceOut | Problem | None:
    """Meetings the rules expect in each period of a year, and whether one was held

     Per meeting kind with a cadence (Ezhou: a joint meeting at year end, E-MTG-1; Changji: a plenary
    each quarter, C-MTG-1; an office regular meeting each month, CO-MTG-1) and each period of the year:
    held, scheduled, not_yet_due, excused (no meeting, a reason recorded: the rules say 原则上, in
    principle) or missed. Each period is judged by the rulebook version in force on its last day; a
    year-end meeting counts in the year's last quarter; extra meetings are listed but never stand in for
    the regular one. 409 when no version is in force in any month of the year.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The calendar year.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MeetingComplianceOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            year=year,
            if_none_match=if_none_match,
        )
    ).parsed
