from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.submission_detail_out import SubmissionDetailOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    submission_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/submissions/{submission_id}".format(
            jid=quote(str(jid), safe=""),
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SubmissionDetailOut | None:
    if response.status_code == 200:
        response_200 = SubmissionDetailOut.from_dict(response.json())

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
) -> Response[Any | Problem | SubmissionDetailOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    submission_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SubmissionDetailOut]:
    """One submission with all its versions and their files' descriptions

     Every version of a unit's report for a period, oldest first, with the structured content and the
    descriptions of its files (name, type, size, SHA-256), and when it was due and whether it came on
    time. The office, the leadership and read clients see every unit's; a unit's people see their unit's
    (404 otherwise).

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SubmissionDetailOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        submission_id=submission_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    submission_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SubmissionDetailOut | None:
    """One submission with all its versions and their files' descriptions

     Every version of a unit's report for a period, oldest first, with the structured content and the
    descriptions of its files (name, type, size, SHA-256), and when it was due and whether it came on
    time. The office, the leadership and read clients see every unit's; a unit's people see their unit's
    (404 otherwise).

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SubmissionDetailOut
    """

    return sync_detailed(
        jid=jid,
        submission_id=submission_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    submission_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SubmissionDetailOut]:
    """One submission with all its versions and their files' descriptions

     Every version of a unit's report for a period, oldest first, with the structured content and the
    descriptions of its files (name, type, size, SHA-256), and when it was due and whether it came on
    time. The office, the leadership and read clients see every unit's; a unit's people see their unit's
    (404 otherwise).

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SubmissionDetailOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        submission_id=submission_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    submission_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SubmissionDetailOut | None:
    """One submission with all its versions and their files' descriptions

     Every version of a unit's report for a period, oldest first, with the structured content and the
    descriptions of its files (name, type, size, SHA-256), and when it was due and whether it came on
    time. The office, the leadership and read clients see every unit's; a unit's people see their unit's
    (404 otherwise).

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SubmissionDetailOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            submission_id=submission_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
