from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_update import AttendanceUpdate
from ...models.invitee_out import InviteeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    body: AttendanceUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/jurisdictions/{jid}/meetings/{meeting_id}/invitees/{invitee_id}".format(
            jid=quote(str(jid), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
            invitee_id=quote(str(invitee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InviteeOut | Problem | None:
    if response.status_code == 200:
        response_200 = InviteeOut.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InviteeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceUpdate,
    if_match: str | Unset = UNSET,
) -> Response[InviteeOut | Problem]:
    """Record an invitee's attendance: present, absent with reason, or represented

     One invitee's attendance at the meeting: present, absent with the reason, or represented by someone
    named. The office, its write client or an administrator (403); 409 unless the meeting is scheduled
    or held (not once its minutes are archived).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):
        body (AttendanceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InviteeOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
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
    invitee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceUpdate,
    if_match: str | Unset = UNSET,
) -> InviteeOut | Problem | None:
    """Record an invitee's attendance: present, absent with reason, or represented

     One invitee's attendance at the meeting: present, absent with the reason, or represented by someone
    named. The office, its write client or an administrator (403); 409 unless the meeting is scheduled
    or held (not once its minutes are archived).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):
        body (AttendanceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InviteeOut | Problem
    """

    return sync_detailed(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceUpdate,
    if_match: str | Unset = UNSET,
) -> Response[InviteeOut | Problem]:
    """Record an invitee's attendance: present, absent with reason, or represented

     One invitee's attendance at the meeting: present, absent with the reason, or represented by someone
    named. The office, its write client or an administrator (403); 409 unless the meeting is scheduled
    or held (not once its minutes are archived).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):
        body (AttendanceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InviteeOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttendanceUpdate,
    if_match: str | Unset = UNSET,
) -> InviteeOut | Problem | None:
    """Record an invitee's attendance: present, absent with reason, or represented

     One invitee's attendance at the meeting: present, absent with the reason, or represented by someone
    named. The office, its write client or an administrator (403); 409 unless the meeting is scheduled
    or held (not once its minutes are archived).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):
        body (AttendanceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InviteeOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            meeting_id=meeting_id,
            invitee_id=invitee_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
