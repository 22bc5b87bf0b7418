from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_token import BodyCreateToken
from ...models.problem import Problem
from ...models.token_out import TokenOut
from ...types import Response


def _get_kwargs(
    *,
    body: BodyCreateToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TokenOut | None:
    if response.status_code == 200:
        response_200 = TokenOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TokenOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateToken,
) -> Response[Problem | TokenOut]:
    """Get an access token (password, client-credentials or token-exchange grant)

     Failed sign-ins are throttled per account (or client) and per client address: past a few failures
    each one locks the account for longer (1 s, 2 s, 4 s … at most 15 min), and while it is locked every
    sign-in to it is refused with `429` and `Retry-After`, even with the right password.

    **Token exchange** (RFC 8693, `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`): a
    machine client with the `act_as` scope sends its own access token as `actor_token`
    (`actor_token_type=urn:ietf:params:oauth:token-type:access_token`) and the username of a person of
    its own jurisdiction as `subject_token` (`subject_token_type=urn:gaiban:params:oauth:token-
    type:username`), and gets a short-lived token of that person carrying `act: {"sub": "client:<id>"}`.
    The token has the person's powers; every act done with it is audited with the person and the client
    (`acting_client_id`). Refused (`400`): `unauthorized_client` without `act_as`; `invalid_grant` for a
    person unknown, disabled, of another jurisdiction or a platform administrator, and for an
    `actor_token` that is not a valid client token or is itself exchanged.

    Args:
        body (BodyCreateToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateToken,
) -> Problem | TokenOut | None:
    """Get an access token (password, client-credentials or token-exchange grant)

     Failed sign-ins are throttled per account (or client) and per client address: past a few failures
    each one locks the account for longer (1 s, 2 s, 4 s … at most 15 min), and while it is locked every
    sign-in to it is refused with `429` and `Retry-After`, even with the right password.

    **Token exchange** (RFC 8693, `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`): a
    machine client with the `act_as` scope sends its own access token as `actor_token`
    (`actor_token_type=urn:ietf:params:oauth:token-type:access_token`) and the username of a person of
    its own jurisdiction as `subject_token` (`subject_token_type=urn:gaiban:params:oauth:token-
    type:username`), and gets a short-lived token of that person carrying `act: {"sub": "client:<id>"}`.
    The token has the person's powers; every act done with it is audited with the person and the client
    (`acting_client_id`). Refused (`400`): `unauthorized_client` without `act_as`; `invalid_grant` for a
    person unknown, disabled, of another jurisdiction or a platform administrator, and for an
    `actor_token` that is not a valid client token or is itself exchanged.

    Args:
        body (BodyCreateToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateToken,
) -> Response[Problem | TokenOut]:
    """Get an access token (password, client-credentials or token-exchange grant)

     Failed sign-ins are throttled per account (or client) and per client address: past a few failures
    each one locks the account for longer (1 s, 2 s, 4 s … at most 15 min), and while it is locked every
    sign-in to it is refused with `429` and `Retry-After`, even with the right password.

    **Token exchange** (RFC 8693, `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`): a
    machine client with the `act_as` scope sends its own access token as `actor_token`
    (`actor_token_type=urn:ietf:params:oauth:token-type:access_token`) and the username of a person of
    its own jurisdiction as `subject_token` (`subject_token_type=urn:gaiban:params:oauth:token-
    type:username`), and gets a short-lived token of that person carrying `act: {"sub": "client:<id>"}`.
    The token has the person's powers; every act done with it is audited with the person and the client
    (`acting_client_id`). Refused (`400`): `unauthorized_client` without `act_as`; `invalid_grant` for a
    person unknown, disabled, of another jurisdiction or a platform administrator, and for an
    `actor_token` that is not a valid client token or is itself exchanged.

    Args:
        body (BodyCreateToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateToken,
) -> Problem | TokenOut | None:
    """Get an access token (password, client-credentials or token-exchange grant)

     Failed sign-ins are throttled per account (or client) and per client address: past a few failures
    each one locks the account for longer (1 s, 2 s, 4 s … at most 15 min), and while it is locked every
    sign-in to it is refused with `429` and `Retry-After`, even with the right password.

    **Token exchange** (RFC 8693, `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`): a
    machine client with the `act_as` scope sends its own access token as `actor_token`
    (`actor_token_type=urn:ietf:params:oauth:token-type:access_token`) and the username of a person of
    its own jurisdiction as `subject_token` (`subject_token_type=urn:gaiban:params:oauth:token-
    type:username`), and gets a short-lived token of that person carrying `act: {"sub": "client:<id>"}`.
    The token has the person's powers; every act done with it is audited with the person and the client
    (`acting_client_id`). Refused (`400`): `unauthorized_client` without `act_as`; `invalid_grant` for a
    person unknown, disabled, of another jurisdiction or a platform administrator, and for an
    `actor_token` that is not a valid client token or is itself exchanged.

    Args:
        body (BodyCreateToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
