from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_setup_token import PasswordSetupToken
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    user_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users/{user_id}/password-reset".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PasswordSetupToken | Problem | None:
    if response.status_code == 200:
        response_200 = PasswordSetupToken.from_dict(response.json())

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
) -> Response[PasswordSetupToken | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PasswordSetupToken | Problem]:
    """Reset an account's password: a one-time setup token for its person

     The account's password stops working, and so does every access and feed token it has. The answer's
    setup token, shown once, is for the account's person, who chooses a new password with it (POST
    /v1/auth/password-setup); the resetter never holds a usable password. The office director or deputy
    of the account's jurisdiction resets its accounts, except those holding a leading-group or office-
    leadership post (leader, deputy leader, member, office director or deputy), which only a platform
    administrator resets. Your own password: PUT /v1/me/password.

    Args:
        user_id (UUID): The account's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PasswordSetupToken | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PasswordSetupToken | Problem | None:
    """Reset an account's password: a one-time setup token for its person

     The account's password stops working, and so does every access and feed token it has. The answer's
    setup token, shown once, is for the account's person, who chooses a new password with it (POST
    /v1/auth/password-setup); the resetter never holds a usable password. The office director or deputy
    of the account's jurisdiction resets its accounts, except those holding a leading-group or office-
    leadership post (leader, deputy leader, member, office director or deputy), which only a platform
    administrator resets. Your own password: PUT /v1/me/password.

    Args:
        user_id (UUID): The account's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PasswordSetupToken | Problem
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PasswordSetupToken | Problem]:
    """Reset an account's password: a one-time setup token for its person

     The account's password stops working, and so does every access and feed token it has. The answer's
    setup token, shown once, is for the account's person, who chooses a new password with it (POST
    /v1/auth/password-setup); the resetter never holds a usable password. The office director or deputy
    of the account's jurisdiction resets its accounts, except those holding a leading-group or office-
    leadership post (leader, deputy leader, member, office director or deputy), which only a platform
    administrator resets. Your own password: PUT /v1/me/password.

    Args:
        user_id (UUID): The account's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PasswordSetupToken | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PasswordSetupToken | Problem | None:
    """Reset an account's password: a one-time setup token for its person

     The account's password stops working, and so does every access and feed token it has. The answer's
    setup token, shown once, is for the account's person, who chooses a new password with it (POST
    /v1/auth/password-setup); the resetter never holds a usable password. The office director or deputy
    of the account's jurisdiction resets its accounts, except those holding a leading-group or office-
    leadership post (leader, deputy leader, member, office director or deputy), which only a platform
    administrator resets. Your own password: PUT /v1/me/password.

    Args:
        user_id (UUID): The account's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PasswordSetupToken | Problem
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
