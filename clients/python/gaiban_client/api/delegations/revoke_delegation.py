from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegation_out import DelegationOut
from ...models.delegation_revoke import DelegationRevoke
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    delegation_id: UUID,
    *,
    body: DelegationRevoke,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/delegations/{delegation_id}/revoke".format(
            jid=quote(str(jid), safe=""),
            delegation_id=quote(str(delegation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DelegationOut | Problem | None:
    if response.status_code == 200:
        response_200 = DelegationOut.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DelegationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    delegation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DelegationRevoke,
    idempotency_key: str | Unset = UNSET,
) -> Response[DelegationOut | Problem]:
    """Revoke a delegation (by its delegator, the office director or an administrator)

     Delegations are never deleted. From revoked_on on, the delegation no longer counts; revoking twice
    is 409.

    Args:
        jid (UUID): The jurisdiction's id.
        delegation_id (UUID): The delegation's id.
        idempotency_key (str | Unset):
        body (DelegationRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        delegation_id=delegation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    delegation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DelegationRevoke,
    idempotency_key: str | Unset = UNSET,
) -> DelegationOut | Problem | None:
    """Revoke a delegation (by its delegator, the office director or an administrator)

     Delegations are never deleted. From revoked_on on, the delegation no longer counts; revoking twice
    is 409.

    Args:
        jid (UUID): The jurisdiction's id.
        delegation_id (UUID): The delegation's id.
        idempotency_key (str | Unset):
        body (DelegationRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationOut | Problem
    """

    return sync_detailed(
        jid=jid,
        delegation_id=delegation_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    delegation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DelegationRevoke,
    idempotency_key: str | Unset = UNSET,
) -> Response[DelegationOut | Problem]:
    """Revoke a delegation (by its delegator, the office director or an administrator)

     Delegations are never deleted. From revoked_on on, the delegation no longer counts; revoking twice
    is 409.

    Args:
        jid (UUID): The jurisdiction's id.
        delegation_id (UUID): The delegation's id.
        idempotency_key (str | Unset):
        body (DelegationRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        delegation_id=delegation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    delegation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DelegationRevoke,
    idempotency_key: str | Unset = UNSET,
) -> DelegationOut | Problem | None:
    """Revoke a delegation (by its delegator, the office director or an administrator)

     Delegations are never deleted. From revoked_on on, the delegation no longer counts; revoking twice
    is 409.

    Args:
        jid (UUID): The jurisdiction's id.
        delegation_id (UUID): The delegation's id.
        idempotency_key (str | Unset):
        body (DelegationRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            delegation_id=delegation_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
