from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.minutes_out import MinutesOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    meeting_id: UUID,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/meetings/{meeting_id}/minutes/archive".format(
            jid=quote(str(jid), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MinutesOut | Problem | None:
    if response.status_code == 200:
        response_200 = MinutesOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
    idempotency_key: str | Unset = UNSET,
) -> Response[MinutesOut | Problem]:
    """Archive the minutes (存档备查): complete, then never changed

     Refused (422 incomplete-record, naming the rule and listing every missing field) while any field the
    rulebook requires is missing (C-MTG-3: time, place, attendees, chair, agenda items, each speaker's
    main points, decisions). The meeting must have been held. The archived record carries the SHA-256 of
    its canonical JSON.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinutesOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        idempotency_key=idempotency_key,
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
    idempotency_key: str | Unset = UNSET,
) -> MinutesOut | Problem | None:
    """Archive the minutes (存档备查): complete, then never changed

     Refused (422 incomplete-record, naming the rule and listing every missing field) while any field the
    rulebook requires is missing (C-MTG-3: time, place, attendees, chair, agenda items, each speaker's
    main points, decisions). The meeting must have been held. The archived record carries the SHA-256 of
    its canonical JSON.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        idempotency_key (str | Unset):

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[MinutesOut | Problem]:
    """Archive the minutes (存档备查): complete, then never changed

     Refused (422 incomplete-record, naming the rule and listing every missing field) while any field the
    rulebook requires is missing (C-MTG-3: time, place, attendees, chair, agenda items, each speaker's
    main points, decisions). The meeting must have been held. The archived record carries the SHA-256 of
    its canonical JSON.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinutesOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_id=meeting_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> MinutesOut | Problem | None:
    """Archive the minutes (存档备查): complete, then never changed

     Refused (422 incomplete-record, naming the rule and listing every missing field) while any field the
    rulebook requires is missing (C-MTG-3: time, place, attendees, chair, agenda items, each speaker's
    main points, decisions). The meeting must have been held. The archived record carries the SHA-256 of
    its canonical JSON.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_id (UUID): The meeting's id.
        idempotency_key (str | Unset):

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
            idempotency_key=idempotency_key,
        )
    ).parsed
