from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_subscription_create import WebhookSubscriptionCreate
from ...models.webhook_subscription_created import WebhookSubscriptionCreated
from ...types import Response


def _get_kwargs(
    jid: UUID,
    *,
    body: WebhookSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/webhook-subscriptions".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookSubscriptionCreated | None:
    if response.status_code == 201:
        response_201 = WebhookSubscriptionCreated.from_dict(response.json())

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
) -> Response[Problem | WebhookSubscriptionCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> Response[Problem | WebhookSubscriptionCreated]:
    """Subscribe a receiver to the jurisdiction's events (its secret is shown once)

     Each event of the listed types that happens from now on is POSTed to the URL, signed by the Standard
    Webhooks scheme with the secret answered here, at least once, retried with backoff (README,
    Webhooks). The URL must be https on a public address: one that is or resolves to a loopback,
    private, link-local or metadata address is refused (422). The jurisdiction's office director, or a
    platform administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        body (WebhookSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscriptionCreated]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> Problem | WebhookSubscriptionCreated | None:
    """Subscribe a receiver to the jurisdiction's events (its secret is shown once)

     Each event of the listed types that happens from now on is POSTed to the URL, signed by the Standard
    Webhooks scheme with the secret answered here, at least once, retried with backoff (README,
    Webhooks). The URL must be https on a public address: one that is or resolves to a loopback,
    private, link-local or metadata address is refused (422). The jurisdiction's office director, or a
    platform administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        body (WebhookSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscriptionCreated
    """

    return sync_detailed(
        jid=jid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> Response[Problem | WebhookSubscriptionCreated]:
    """Subscribe a receiver to the jurisdiction's events (its secret is shown once)

     Each event of the listed types that happens from now on is POSTed to the URL, signed by the Standard
    Webhooks scheme with the secret answered here, at least once, retried with backoff (README,
    Webhooks). The URL must be https on a public address: one that is or resolves to a loopback,
    private, link-local or metadata address is refused (422). The jurisdiction's office director, or a
    platform administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        body (WebhookSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscriptionCreated]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> Problem | WebhookSubscriptionCreated | None:
    """Subscribe a receiver to the jurisdiction's events (its secret is shown once)

     Each event of the listed types that happens from now on is POSTed to the URL, signed by the Standard
    Webhooks scheme with the secret answered here, at least once, retried with backoff (README,
    Webhooks). The URL must be https on a public address: one that is or resolves to a loopback,
    private, link-local or metadata address is refused (422). The jurisdiction's office director, or a
    platform administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        body (WebhookSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscriptionCreated
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
        )
    ).parsed
