from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.supervision_notice_create import SupervisionNoticeCreate
from ...models.supervision_notice_out import SupervisionNoticeOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    task_id: UUID,
    *,
    body: SupervisionNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/tasks/{task_id}/supervision-notices".format(
            jid=quote(str(jid), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SupervisionNoticeOut | None:
    if response.status_code == 201:
        response_201 = SupervisionNoticeOut.from_dict(response.json())

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
) -> Response[Problem | SupervisionNoticeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SupervisionNoticeOut]:
    """Supervise an open task's lead unit (督办), with a reply date

     E-TSK-2: the office supervises units against the table's deadlines. The office here (or its write
    client, or an admin) writes it. The notice goes to the task's lead unit as it stands today. It is
    issued today (in the jurisdiction's time zone); `reply_due_on` defaults to 5 working days after
    today (mainland-China calendar) and is not before today (422). A done or cancelled task is no longer
    supervised (409). Once made it never changes and is never deleted (a database trigger). Only the
    unit's reply is added, once.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (SupervisionNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionNoticeOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SupervisionNoticeOut | None:
    """Supervise an open task's lead unit (督办), with a reply date

     E-TSK-2: the office supervises units against the table's deadlines. The office here (or its write
    client, or an admin) writes it. The notice goes to the task's lead unit as it stands today. It is
    issued today (in the jurisdiction's time zone); `reply_due_on` defaults to 5 working days after
    today (mainland-China calendar) and is not before today (422). A done or cancelled task is no longer
    supervised (409). Once made it never changes and is never deleted (a database trigger). Only the
    unit's reply is added, once.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (SupervisionNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionNoticeOut
    """

    return sync_detailed(
        jid=jid,
        task_id=task_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SupervisionNoticeOut]:
    """Supervise an open task's lead unit (督办), with a reply date

     E-TSK-2: the office supervises units against the table's deadlines. The office here (or its write
    client, or an admin) writes it. The notice goes to the task's lead unit as it stands today. It is
    issued today (in the jurisdiction's time zone); `reply_due_on` defaults to 5 working days after
    today (mainland-China calendar) and is not before today (422). A done or cancelled task is no longer
    supervised (409). Once made it never changes and is never deleted (a database trigger). Only the
    unit's reply is added, once.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (SupervisionNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionNoticeOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionNoticeCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SupervisionNoticeOut | None:
    """Supervise an open task's lead unit (督办), with a reply date

     E-TSK-2: the office supervises units against the table's deadlines. The office here (or its write
    client, or an admin) writes it. The notice goes to the task's lead unit as it stands today. It is
    issued today (in the jurisdiction's time zone); `reply_due_on` defaults to 5 working days after
    today (mainland-China calendar) and is not before today (422). A done or cancelled task is no longer
    supervised (409). Once made it never changes and is never deleted (a database trigger). Only the
    unit's reply is added, once.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (SupervisionNoticeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionNoticeOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            task_id=task_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
