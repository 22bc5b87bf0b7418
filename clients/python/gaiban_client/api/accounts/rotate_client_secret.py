from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_with_secret import ClientWithSecret
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    client_pk: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{client_pk}/secret".format(
            client_pk=quote(str(client_pk), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientWithSecret | Problem | None:
    if response.status_code == 200:
        response_200 = ClientWithSecret.from_dict(response.json())

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
) -> Response[ClientWithSecret | Problem]:
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
) -> Response[ClientWithSecret | Problem]:
    """Issue a new secret (the old one stops working); shown once

     A new secret, in this answer only; the old one stops working at once. No Idempotency-Key is taken
    (400): it would keep the secret.

    Args:
        client_pk (UUID): The client's id (not its client_id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        client_pk=client_pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
) -> ClientWithSecret | Problem | None:
    """Issue a new secret (the old one stops working); shown once

     A new secret, in this answer only; the old one stops working at once. No Idempotency-Key is taken
    (400): it would keep the secret.

    Args:
        client_pk (UUID): The client's id (not its client_id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientWithSecret | Problem
    """

    return sync_detailed(
        client_pk=client_pk,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ClientWithSecret | Problem]:
    """Issue a new secret (the old one stops working); shown once

     A new secret, in this answer only; the old one stops working at once. No Idempotency-Key is taken
    (400): it would keep the secret.

    Args:
        client_pk (UUID): The client's id (not its client_id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        client_pk=client_pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_pk: UUID,
    *,
    client: AuthenticatedClient,
) -> ClientWithSecret | Problem | None:
    """Issue a new secret (the old one stops working); shown once

     A new secret, in this answer only; the old one stops working at once. No Idempotency-Key is taken
    (400): it would keep the secret.

    Args:
        client_pk (UUID): The client's id (not its client_id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            client_pk=client_pk,
            client=client,
        )
    ).parsed
