from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.minutes_in import MinutesIn
from ...models.minutes_out import MinutesOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    meeting_id: UUID,
    *,
    body: MinutesIn,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jurisdictions/{jid}/meetings/{meeting_id}/minutes".format(
            jid=quote(str(jid), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MinutesOut | Problem | None:
    if response.status_code == 200:
        response_200 = MinutesOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MinutesOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MinutesIn,
    if_match: str | Unset = UNSET,
) -> Response[MinutesOut | Problem]:
    """Write the draft minutes (the office, C-MTG-3)

     Replaces the whole draft. Attendees come from the attendance records. Allowed while the meeting is
    scheduled or held; archived minutes never change (409): add a dated addendum instead.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        if_match (str | Unset):
        body (MinutesIn): The draft minutes (会议记录), replaced whole by each PUT. Attendees are not
            entered here:
            they come from the attendance records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinutesOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MinutesIn,
    if_match: str | Unset = UNSET,
) -> MinutesOut | Problem | None:
    """Write the draft minutes (the office, C-MTG-3)

     Replaces the whole draft. Attendees come from the attendance records. Allowed while the meeting is
    scheduled or held; archived minutes never change (409): add a dated addendum instead.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        if_match (str | Unset):
        body (MinutesIn): The draft minutes (会议记录), replaced whole by each PUT. Attendees are not
            entered here:
            they come from the attendance records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinutesOut | Problem
    """

    return sync_detailed(
        jid=jid,
        meeting_id=meeting_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MinutesIn,
    if_match: str | Unset = UNSET,
) -> Response[MinutesOut | Problem]:
    """Write the draft minutes (the office, C-MTG-3)

     Replaces the whole draft. Attendees come from the attendance records. Allowed while the meeting is
    scheduled or held; archived minutes never change (409): add a dated addendum instead.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        if_match (str | Unset):
        body (MinutesIn): The draft minutes (会议记录), replaced whole by each PUT. Attendees are not
            entered here:
            they come from the attendance records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinutesOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MinutesIn,
    if_match: str | Unset = UNSET,
) -> MinutesOut | Problem | None:
    """Write the draft minutes (the office, C-MTG-3)

     Replaces the whole draft. Attendees come from the attendance records. Allowed while the meeting is
    scheduled or held; archived minutes never change (409): add a dated addendum instead.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        if_match (str | Unset):
        body (MinutesIn): The draft minutes (会议记录), replaced whole by each PUT. Attendees are not
            entered here:
            they come from the attendance records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinutesOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            meeting_id=meeting_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
