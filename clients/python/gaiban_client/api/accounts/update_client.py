from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_out import ClientOut
from ...models.client_update import ClientUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_pk: UUID,
    *,
    body: ClientUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/clients/{client_pk}".format(
            client_pk=quote(str(client_pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientOut | Problem | None:
    if response.status_code == 200:
        response_200 = ClientOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    if_match: str | Unset = UNSET,
) -> Response[ClientOut | Problem]:
    """Rename, re-scope or disable a machine client

     Changes the name or scopes, or disables the client (its tokens stop working at once; re-enabling
    does not bring them back). Only a platform administrator grants `act_as` (403).

    Args:
        client_pk (UUID): The client's id (not its client_id).
        if_match (str | Unset):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOut | Problem]
    """

    kwargs = _get_kwargs(
        client_pk=client_pk,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    if_match: str | Unset = UNSET,
) -> ClientOut | Problem | None:
    """Rename, re-scope or disable a machine client

     Changes the name or scopes, or disables the client (its tokens stop working at once; re-enabling
    does not bring them back). Only a platform administrator grants `act_as` (403).

    Args:
        client_pk (UUID): The client's id (not its client_id).
        if_match (str | Unset):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOut | Problem
    """

    return sync_detailed(
        client_pk=client_pk,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    if_match: str | Unset = UNSET,
) -> Response[ClientOut | Problem]:
    """Rename, re-scope or disable a machine client

     Changes the name or scopes, or disables the client (its tokens stop working at once; re-enabling
    does not bring them back). Only a platform administrator grants `act_as` (403).

    Args:
        client_pk (UUID): The client's id (not its client_id).
        if_match (str | Unset):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOut | Problem]
    """

    kwargs = _get_kwargs(
        client_pk=client_pk,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    if_match: str | Unset = UNSET,
) -> ClientOut | Problem | None:
    """Rename, re-scope or disable a machine client

     Changes the name or scopes, or disables the client (its tokens stop working at once; re-enabling
    does not bring them back). Only a platform administrator grants `act_as` (403).

    Args:
        client_pk (UUID): The client's id (not its client_id).
        if_match (str | Unset):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOut | Problem
    """

    return (
        await asyncio_detailed(
            client_pk=client_pk,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
