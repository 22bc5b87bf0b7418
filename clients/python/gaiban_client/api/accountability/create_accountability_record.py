from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accountability_record_create import AccountabilityRecordCreate
from ...models.accountability_record_out import AccountabilityRecordOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: AccountabilityRecordCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/accountability-records".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountabilityRecordOut | Problem | None:
    if response.status_code == 201:
        response_201 = AccountabilityRecordOut.from_dict(response.json())

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
) -> Response[AccountabilityRecordOut | Problem]:
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
    body: AccountabilityRecordCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AccountabilityRecordOut | Problem]:
    """Record accountability (问责) for a unit whose work clearly lags

     E-TSK-3: units whose work clearly lags (工作明显滞后) are held accountable. The office here (or its write
    client, or an admin) writes it. The record states the measure (约谈, 通报批评, 责令整改 …), the reason, whose
    decision it is and the day (not after today, default today), and cites tasks of this jurisdiction,
    perhaps the public notice here that named the unit, and evidence belonging to the tasks cited (422
    naming each that does not fit). It is refused with a 403 naming E-TSK-3 and its source unless, on
    the day of the decision, a task cited that the unit leads was overdue (open, a working day begun
    since its deadline), or a supervision notice to the unit cited as evidence stood unanswered past its
    reply date. The rule and source are kept on the record. Once made it never changes and is never
    deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (AccountabilityRecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityRecordOut | Problem]
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
    body: AccountabilityRecordCreate,
    idempotency_key: str | Unset = UNSET,
) -> AccountabilityRecordOut | Problem | None:
    """Record accountability (问责) for a unit whose work clearly lags

     E-TSK-3: units whose work clearly lags (工作明显滞后) are held accountable. The office here (or its write
    client, or an admin) writes it. The record states the measure (约谈, 通报批评, 责令整改 …), the reason, whose
    decision it is and the day (not after today, default today), and cites tasks of this jurisdiction,
    perhaps the public notice here that named the unit, and evidence belonging to the tasks cited (422
    naming each that does not fit). It is refused with a 403 naming E-TSK-3 and its source unless, on
    the day of the decision, a task cited that the unit leads was overdue (open, a working day begun
    since its deadline), or a supervision notice to the unit cited as evidence stood unanswered past its
    reply date. The rule and source are kept on the record. Once made it never changes and is never
    deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (AccountabilityRecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityRecordOut | Problem
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
    body: AccountabilityRecordCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AccountabilityRecordOut | Problem]:
    """Record accountability (问责) for a unit whose work clearly lags

     E-TSK-3: units whose work clearly lags (工作明显滞后) are held accountable. The office here (or its write
    client, or an admin) writes it. The record states the measure (约谈, 通报批评, 责令整改 …), the reason, whose
    decision it is and the day (not after today, default today), and cites tasks of this jurisdiction,
    perhaps the public notice here that named the unit, and evidence belonging to the tasks cited (422
    naming each that does not fit). It is refused with a 403 naming E-TSK-3 and its source unless, on
    the day of the decision, a task cited that the unit leads was overdue (open, a working day begun
    since its deadline), or a supervision notice to the unit cited as evidence stood unanswered past its
    reply date. The rule and source are kept on the record. Once made it never changes and is never
    deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (AccountabilityRecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityRecordOut | Problem]
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
    body: AccountabilityRecordCreate,
    idempotency_key: str | Unset = UNSET,
) -> AccountabilityRecordOut | Problem | None:
    """Record accountability (问责) for a unit whose work clearly lags

     E-TSK-3: units whose work clearly lags (工作明显滞后) are held accountable. The office here (or its write
    client, or an admin) writes it. The record states the measure (约谈, 通报批评, 责令整改 …), the reason, whose
    decision it is and the day (not after today, default today), and cites tasks of this jurisdiction,
    perhaps the public notice here that named the unit, and evidence belonging to the tasks cited (422
    naming each that does not fit). It is refused with a 403 naming E-TSK-3 and its source unless, on
    the day of the decision, a task cited that the unit leads was overdue (open, a working day begun
    since its deadline), or a supervision notice to the unit cited as evidence stood unanswered past its
    reply date. The rule and source are kept on the record. Once made it never changes and is never
    deleted (a database trigger).

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (AccountabilityRecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityRecordOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
