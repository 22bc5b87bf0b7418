from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_create import CommentCreate
from ...models.comment_out import CommentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    task_id: UUID,
    *,
    body: CommentCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/tasks/{task_id}/comments".format(
            jid=quote(str(jid), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentOut | Problem | None:
    if response.status_code == 201:
        response_201 = CommentOut.from_dict(response.json())

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
) -> Response[CommentOut | Problem]:
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
    body: CommentCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[CommentOut | Problem]:
    """Comment on a task, for one of its units or as the office

     The people of the lead and cooperating units comment for their unit (`unit_id`, inferred when the
    caller holds posts for one unit on the task; 422 when several, or for a unit not on the task; 403
    for a unit the caller holds no post for); the office (its people, its write client, an admin)
    comments with no unit. Anyone else who sees the task (the leadership, another unit) gets 403;
    whoever does not see it, 404. Comments are remarks, not changes: done and cancelled tasks take them
    too. A comment is never changed or deleted.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentOut | Problem]
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
    body: CommentCreate,
    idempotency_key: str | Unset = UNSET,
) -> CommentOut | Problem | None:
    """Comment on a task, for one of its units or as the office

     The people of the lead and cooperating units comment for their unit (`unit_id`, inferred when the
    caller holds posts for one unit on the task; 422 when several, or for a unit not on the task; 403
    for a unit the caller holds no post for); the office (its people, its write client, an admin)
    comments with no unit. Anyone else who sees the task (the leadership, another unit) gets 403;
    whoever does not see it, 404. Comments are remarks, not changes: done and cancelled tasks take them
    too. A comment is never changed or deleted.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentOut | Problem
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
    body: CommentCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[CommentOut | Problem]:
    """Comment on a task, for one of its units or as the office

     The people of the lead and cooperating units comment for their unit (`unit_id`, inferred when the
    caller holds posts for one unit on the task; 422 when several, or for a unit not on the task; 403
    for a unit the caller holds no post for); the office (its people, its write client, an admin)
    comments with no unit. Anyone else who sees the task (the leadership, another unit) gets 403;
    whoever does not see it, 404. Comments are remarks, not changes: done and cancelled tasks take them
    too. A comment is never changed or deleted.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentOut | Problem]
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
    body: CommentCreate,
    idempotency_key: str | Unset = UNSET,
) -> CommentOut | Problem | None:
    """Comment on a task, for one of its units or as the office

     The people of the lead and cooperating units comment for their unit (`unit_id`, inferred when the
    caller holds posts for one unit on the task; 422 when several, or for a unit not on the task; 403
    for a unit the caller holds no post for); the office (its people, its write client, an admin)
    comments with no unit. Anyone else who sees the task (the leadership, another unit) gets 403;
    whoever does not see it, 404. Comments are remarks, not changes: done and cancelled tasks take them
    too. A comment is never changed or deleted.

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentOut | Problem
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
