from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/jurisdictions/{jid}/meetings/{meeting_id}/invitees/{invitee_id}".format(
            jid=quote(str(jid), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
            invitee_id=quote(str(invitee_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    if_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Remove an invitee (the office); the chair stays invited

     Before the meeting is held: the office, its write client or an administrator (403). The chair stays
    invited (change the chair instead), and an invitee whose attendance is recorded stays on the record:
    409 for either, and after the meeting (record an absent invitee as absent instead).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
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
    if_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Remove an invitee (the office); the chair stays invited

     Before the meeting is held: the office, its write client or an administrator (403). The chair stays
    invited (change the chair instead), and an invitee whose attendance is recorded stays on the record:
    409 for either, and after the meeting (record an absent invitee as absent instead).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    meeting_id: UUID,
    invitee_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Remove an invitee (the office); the chair stays invited

     Before the meeting is held: the office, its write client or an administrator (403). The chair stays
    invited (change the chair instead), and an invitee whose attendance is recorded stays on the record:
    409 for either, and after the meeting (record an absent invitee as absent instead).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        invitee_id=invitee_id,
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
    if_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Remove an invitee (the office); the chair stays invited

     Before the meeting is held: the office, its write client or an administrator (403). The chair stays
    invited (change the chair instead), and an invitee whose attendance is recorded stays on the record:
    409 for either, and after the meeting (record an absent invitee as absent instead).

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        invitee_id (UUID): The invitee's id.
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            meeting_id=meeting_id,
            invitee_id=invitee_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
