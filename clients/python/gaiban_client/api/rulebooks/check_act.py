from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.act_check import ActCheck
from ...models.decision_out import DecisionOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jid: UUID,
    *,
    body: ActCheck,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/rulebook/check".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecisionOut | Problem | None:
    if response.status_code == 200:
        response_200 = DecisionOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[DecisionOut | Problem]:
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
    body: ActCheck,
) -> Response[DecisionOut | Problem]:
    """Dry run: may this person do this act on this date, and under which rule?

     Answers 200 whether allowed or not (a refusal names the rule and source; an act allowed by
    entrustment names the delegation). 409 when no rulebook is in force in the jurisdiction on that
    date.

    Args:
        jid (UUID): The jurisdiction's id.
        body (ActCheck):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionOut | Problem]
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
    body: ActCheck,
) -> DecisionOut | Problem | None:
    """Dry run: may this person do this act on this date, and under which rule?

     Answers 200 whether allowed or not (a refusal names the rule and source; an act allowed by
    entrustment names the delegation). 409 when no rulebook is in force in the jurisdiction on that
    date.

    Args:
        jid (UUID): The jurisdiction's id.
        body (ActCheck):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionOut | Problem
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
    body: ActCheck,
) -> Response[DecisionOut | Problem]:
    """Dry run: may this person do this act on this date, and under which rule?

     Answers 200 whether allowed or not (a refusal names the rule and source; an act allowed by
    entrustment names the delegation). 409 when no rulebook is in force in the jurisdiction on that
    date.

    Args:
        jid (UUID): The jurisdiction's id.
        body (ActCheck):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionOut | Problem]
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
    body: ActCheck,
) -> DecisionOut | Problem | None:
    """Dry run: may this person do this act on this date, and under which rule?

     Answers 200 whether allowed or not (a refusal names the rule and source; an act allowed by
    entrustment names the delegation). 409 when no rulebook is in force in the jurisdiction on that
    date.

    Args:
        jid (UUID): The jurisdiction's id.
        body (ActCheck):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
        )
    ).parsed
