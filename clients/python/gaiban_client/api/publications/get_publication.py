from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.publication_out import PublicationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    publication_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/publications/{publication_id}".format(
            jid=quote(str(jid), safe=""),
            publication_id=quote(str(publication_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicationOut | None:
    if response.status_code == 200:
        response_200 = PublicationOut.from_dict(response.json())

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
) -> Response[Any | Problem | PublicationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | PublicationOut]:
    """One publication, as the office sees it

     Published or withdrawn: with who published it under which rule, its public address, and its
    withdrawal (who, when, why; the reason is never public).

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicationOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        publication_id=publication_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | PublicationOut | None:
    """One publication, as the office sees it

     Published or withdrawn: with who published it under which rule, its public address, and its
    withdrawal (who, when, why; the reason is never public).

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicationOut
    """

    return sync_detailed(
        jid=jid,
        publication_id=publication_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | PublicationOut]:
    """One publication, as the office sees it

     Published or withdrawn: with who published it under which rule, its public address, and its
    withdrawal (who, when, why; the reason is never public).

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicationOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        publication_id=publication_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | PublicationOut | None:
    """One publication, as the office sees it

     Published or withdrawn: with who published it under which rule, its public address, and its
    withdrawal (who, when, why; the reason is never public).

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicationOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            publication_id=publication_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
