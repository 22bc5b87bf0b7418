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
    year: int,
    subject_id: UUID,
    indicator: str,
    file_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/scorecards/{subject_id}/indicators/{indicator}/evidence/{file_id}".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
            subject_id=quote(str(subject_id), safe=""),
            indicator=quote(str(indicator), safe=""),
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
    year: int,
    subject_id: UUID,
    indicator: str,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Download an evidence file of an entered score

     The office of this jurisdiction or one above it (a city reads its counties' assessments), the leader
    and deputy leaders, read clients and admins see every scorecard; a person holding a post for a
    member unit sees its unit's card only, and a county's office its county's card, here at the
    assessing jurisdiction's path; anyone else is answered 404 (or left out of lists). The stored bytes,
    the SHA-256 as ETag (If-None-Match gives 304) and the file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        file_id (UUID): The evidence file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        file_id=file_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Download an evidence file of an entered score

     The office of this jurisdiction or one above it (a city reads its counties' assessments), the leader
    and deputy leaders, read clients and admins see every scorecard; a person holding a post for a
    member unit sees its unit's card only, and a county's office its county's card, here at the
    assessing jurisdiction's path; anyone else is answered 404 (or left out of lists). The stored bytes,
    the SHA-256 as ETag (If-None-Match gives 304) and the file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        file_id (UUID): The evidence file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        file_id=file_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Download an evidence file of an entered score

     The office of this jurisdiction or one above it (a city reads its counties' assessments), the leader
    and deputy leaders, read clients and admins see every scorecard; a person holding a post for a
    member unit sees its unit's card only, and a county's office its county's card, here at the
    assessing jurisdiction's path; anyone else is answered 404 (or left out of lists). The stored bytes,
    the SHA-256 as ETag (If-None-Match gives 304) and the file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        file_id (UUID): The evidence file's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        file_id=file_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | None:
    """Download an evidence file of an entered score

     The office of this jurisdiction or one above it (a city reads its counties' assessments), the leader
    and deputy leaders, read clients and admins see every scorecard; a person holding a post for a
    member unit sees its unit's card only, and a county's office its county's card, here at the
    assessing jurisdiction's path; anyone else is answered 404 (or left out of lists). The stored bytes,
    the SHA-256 as ETag (If-None-Match gives 304) and the file name in Content-Disposition.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        file_id (UUID): The evidence file's id.
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
            year=year,
            subject_id=subject_id,
            indicator=indicator,
            file_id=file_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
