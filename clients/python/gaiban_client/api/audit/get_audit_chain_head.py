from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_head_out import ChainHeadOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    elif isinstance(jurisdiction_id, UUID):
        json_jurisdiction_id = str(jurisdiction_id)
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events/chain-head",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChainHeadOut | Problem | None:
    if response.status_code == 200:
        response_200 = ChainHeadOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | ChainHeadOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ChainHeadOut | Problem]:
    """The head of a jurisdiction's audit chain, for another system to keep

     The number and hash of the chain's last event (without jurisdiction_id: the platform's chain,
    platform administrators only). Kept elsewhere, it lets GET /v1/audit-events/verify tell a chain
    rebuilt from nothing from the original.

    Args:
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainHeadOut | Problem]
    """

    kwargs = _get_kwargs(
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ChainHeadOut | Problem | None:
    """The head of a jurisdiction's audit chain, for another system to keep

     The number and hash of the chain's last event (without jurisdiction_id: the platform's chain,
    platform administrators only). Kept elsewhere, it lets GET /v1/audit-events/verify tell a chain
    rebuilt from nothing from the original.

    Args:
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainHeadOut | Problem
    """

    return sync_detailed(
        client=client,
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ChainHeadOut | Problem]:
    """The head of a jurisdiction's audit chain, for another system to keep

     The number and hash of the chain's last event (without jurisdiction_id: the platform's chain,
    platform administrators only). Kept elsewhere, it lets GET /v1/audit-events/verify tell a chain
    rebuilt from nothing from the original.

    Args:
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainHeadOut | Problem]
    """

    kwargs = _get_kwargs(
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ChainHeadOut | Problem | None:
    """The head of a jurisdiction's audit chain, for another system to keep

     The number and hash of the chain's last event (without jurisdiction_id: the platform's chain,
    platform administrators only). Kept elsewhere, it lets GET /v1/audit-events/verify tell a chain
    rebuilt from nothing from the original.

    Args:
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainHeadOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            jurisdiction_id=jurisdiction_id,
            if_none_match=if_none_match,
        )
    ).parsed
