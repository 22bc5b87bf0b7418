from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_notice_create import PublicNoticeCreate
from ...models.public_notice_out import PublicNoticeOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: PublicNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/public-notices".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicNoticeOut | None:
    if response.status_code == 201:
        response_201 = PublicNoticeOut.from_dict(response.json())

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
) -> Response[Problem | PublicNoticeOut]:
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
    body: PublicNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PublicNoticeOut]:
    """Issue a public notice (通报) naming units, citing tasks and evidence

     E-TSK-3: units that fail their duties are notified (通报); good work may be commended. The office here
    (or its write client, or an admin) writes it. Each unit named is a member unit here that leads or
    cooperates on a task cited; the tasks are this jurisdiction's; the evidence — progress reports and
    supervision notices — belongs to the tasks cited. Each one that does not fit is named in a 422, as
    is an `issued_on` after today. Once made it never changes and is never deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PublicNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicNoticeOut]
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
    body: PublicNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PublicNoticeOut | None:
    """Issue a public notice (通报) naming units, citing tasks and evidence

     E-TSK-3: units that fail their duties are notified (通报); good work may be commended. The office here
    (or its write client, or an admin) writes it. Each unit named is a member unit here that leads or
    cooperates on a task cited; the tasks are this jurisdiction's; the evidence — progress reports and
    supervision notices — belongs to the tasks cited. Each one that does not fit is named in a 422, as
    is an `issued_on` after today. Once made it never changes and is never deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PublicNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicNoticeOut
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
    body: PublicNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PublicNoticeOut]:
    """Issue a public notice (通报) naming units, citing tasks and evidence

     E-TSK-3: units that fail their duties are notified (通报); good work may be commended. The office here
    (or its write client, or an admin) writes it. Each unit named is a member unit here that leads or
    cooperates on a task cited; the tasks are this jurisdiction's; the evidence — progress reports and
    supervision notices — belongs to the tasks cited. Each one that does not fit is named in a 422, as
    is an `issued_on` after today. Once made it never changes and is never deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PublicNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicNoticeOut]
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
    body: PublicNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PublicNoticeOut | None:
    """Issue a public notice (通报) naming units, citing tasks and evidence

     E-TSK-3: units that fail their duties are notified (通报); good work may be commended. The office here
    (or its write client, or an admin) writes it. Each unit named is a member unit here that leads or
    cooperates on a task cited; the tasks are this jurisdiction's; the evidence — progress reports and
    supervision notices — belongs to the tasks cited. Each one that does not fit is named in a 422, as
    is an `issued_on` after today. Once made it never changes and is never deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (PublicNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicNoticeOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
