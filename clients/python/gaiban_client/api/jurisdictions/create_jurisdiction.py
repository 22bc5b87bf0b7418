from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jurisdiction_create import JurisdictionCreate
from ...models.jurisdiction_out import JurisdictionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JurisdictionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JurisdictionOut | Problem | None:
    if response.status_code == 201:
        response_201 = JurisdictionOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[JurisdictionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JurisdictionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[JurisdictionOut | Problem]:
    """Create a jurisdiction (platform administrators)

     A city or prefecture, or a county, district or park under one (`parent_id`), with its division code.
    Its rulebook is its parent's until it publishes its own. Platform administrators only (403); 409
    when the code is taken.

    Args:
        idempotency_key (str | Unset):
        body (JurisdictionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JurisdictionOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: JurisdictionCreate,
    idempotency_key: str | Unset = UNSET,
) -> JurisdictionOut | Problem | None:
    """Create a jurisdiction (platform administrators)

     A city or prefecture, or a county, district or park under one (`parent_id`), with its division code.
    Its rulebook is its parent's until it publishes its own. Platform administrators only (403); 409
    when the code is taken.

    Args:
        idempotency_key (str | Unset):
        body (JurisdictionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JurisdictionOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JurisdictionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[JurisdictionOut | Problem]:
    """Create a jurisdiction (platform administrators)

     A city or prefecture, or a county, district or park under one (`parent_id`), with its division code.
    Its rulebook is its parent's until it publishes its own. Platform administrators only (403); 409
    when the code is taken.

    Args:
        idempotency_key (str | Unset):
        body (JurisdictionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JurisdictionOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JurisdictionCreate,
    idempotency_key: str | Unset = UNSET,
) -> JurisdictionOut | Problem | None:
    """Create a jurisdiction (platform administrators)

     A city or prefecture, or a county, district or park under one (`parent_id`), with its division code.
    Its rulebook is its parent's until it publishes its own. Platform administrators only (403); 409
    when the code is taken.

    Args:
        idempotency_key (str | Unset):
        body (JurisdictionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JurisdictionOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
