from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.position_create import PositionCreate
from ...models.position_out import PositionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: PositionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/positions".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PositionOut | Problem | None:
    if response.status_code == 201:
        response_201 = PositionOut.from_dict(response.json())

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
) -> Response[PositionOut | Problem]:
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
    body: PositionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PositionOut | Problem]:
    """Assign a position to a person

     The rulebook in force on valid_from (the jurisdiction's own or inherited, C-ORG-3; before any, the
    default catalogue) must define the role: it gives the position's level (unit_id required for a
    member-unit position, null otherwise) and its limits on holders in the whole jurisdiction or in one
    member unit (409 naming the rule when exceeded). A later version the tenure reaches may not define
    the role at another level (422). Assigning a position with capabilities, or whose holders sign
    documents, needs the office director or deputy (or an administrator).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PositionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: PositionCreate,
    idempotency_key: str | Unset = UNSET,
) -> PositionOut | Problem | None:
    """Assign a position to a person

     The rulebook in force on valid_from (the jurisdiction's own or inherited, C-ORG-3; before any, the
    default catalogue) must define the role: it gives the position's level (unit_id required for a
    member-unit position, null otherwise) and its limits on holders in the whole jurisdiction or in one
    member unit (409 naming the rule when exceeded). A later version the tenure reaches may not define
    the role at another level (422). Assigning a position with capabilities, or whose holders sign
    documents, needs the office director or deputy (or an administrator).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PositionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: PositionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PositionOut | Problem]:
    """Assign a position to a person

     The rulebook in force on valid_from (the jurisdiction's own or inherited, C-ORG-3; before any, the
    default catalogue) must define the role: it gives the position's level (unit_id required for a
    member-unit position, null otherwise) and its limits on holders in the whole jurisdiction or in one
    member unit (409 naming the rule when exceeded). A later version the tenure reaches may not define
    the role at another level (422). Assigning a position with capabilities, or whose holders sign
    documents, needs the office director or deputy (or an administrator).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PositionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: PositionCreate,
    idempotency_key: str | Unset = UNSET,
) -> PositionOut | Problem | None:
    """Assign a position to a person

     The rulebook in force on valid_from (the jurisdiction's own or inherited, C-ORG-3; before any, the
    default catalogue) must define the role: it gives the position's level (unit_id required for a
    member-unit position, null otherwise) and its limits on holders in the whole jurisdiction or in one
    member unit (409 naming the rule when exceeded). A later version the tenure reaches may not define
    the role at another level (422). Assigning a position with capabilities, or whose holders sign
    documents, needs the office director or deputy (or an administrator).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PositionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
