from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_jurisdiction import PublicJurisdiction
from ...types import Response


def _get_kwargs(
    jid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jurisdictions/{jid}".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicJurisdiction | None:
    if response.status_code == 200:
        response_200 = PublicJurisdiction.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem | PublicJurisdiction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | PublicJurisdiction]:
    """A jurisdiction's public name and feeds

     Its name and the addresses of its feeds. Public: no token. Answers carry a strong ETag (304 on If-
    None-Match) and `Cache-Control: public`; each client address may make a limited number of requests a
    minute (429 with Retry-After past it).

    Args:
        jid (UUID): The jurisdiction's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJurisdiction]
    """

    kwargs = _get_kwargs(
        jid=jid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | PublicJurisdiction | None:
    """A jurisdiction's public name and feeds

     Its name and the addresses of its feeds. Public: no token. Answers carry a strong ETag (304 on If-
    None-Match) and `Cache-Control: public`; each client address may make a limited number of requests a
    minute (429 with Retry-After past it).

    Args:
        jid (UUID): The jurisdiction's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJurisdiction
    """

    return sync_detailed(
        jid=jid,
        client=client,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | PublicJurisdiction]:
    """A jurisdiction's public name and feeds

     Its name and the addresses of its feeds. Public: no token. Answers carry a strong ETag (304 on If-
    None-Match) and `Cache-Control: public`; each client address may make a limited number of requests a
    minute (429 with Retry-After past it).

    Args:
        jid (UUID): The jurisdiction's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJurisdiction]
    """

    kwargs = _get_kwargs(
        jid=jid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | PublicJurisdiction | None:
    """A jurisdiction's public name and feeds

     Its name and the addresses of its feeds. Public: no token. Answers carry a strong ETag (304 on If-
    None-Match) and `Cache-Control: public`; each client address may make a limited number of requests a
    minute (429 with Retry-After past it).

    Args:
        jid (UUID): The jurisdiction's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJurisdiction
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
        )
    ).parsed
