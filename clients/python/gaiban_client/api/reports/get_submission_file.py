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
    submission_id: UUID,
    version: int,
    file_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/submissions/{submission_id}/versions/{version}/files/{file_id}".format(
            jid=quote(str(jid), safe=""),
            submission_id=quote(str(submission_id), safe=""),
            version=quote(str(version), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    submission_id: UUID,
    version: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Download one file of a version of a submission

     The stored bytes, with the sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the
    original file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        version (int): The version's number.
        file_id (UUID): The file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        submission_id=submission_id,
        version=version,
        file_id=file_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    submission_id: UUID,
    version: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Download one file of a version of a submission

     The stored bytes, with the sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the
    original file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        version (int): The version's number.
        file_id (UUID): The file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        jid=jid,
        submission_id=submission_id,
        version=version,
        file_id=file_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    submission_id: UUID,
    version: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Download one file of a version of a submission

     The stored bytes, with the sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the
    original file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        version (int): The version's number.
        file_id (UUID): The file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        submission_id=submission_id,
        version=version,
        file_id=file_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    submission_id: UUID,
    version: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Download one file of a version of a submission

     The stored bytes, with the sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the
    original file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        submission_id (UUID): The submission's id.
        version (int): The version's number.
        file_id (UUID): The file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            submission_id=submission_id,
            version=version,
            file_id=file_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
