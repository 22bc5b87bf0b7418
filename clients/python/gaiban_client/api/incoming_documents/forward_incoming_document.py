from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_document_detail_out import IncomingDocumentDetailOut
from ...models.incoming_forward import IncomingForward
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    document_id: UUID,
    *,
    body: IncomingForward,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/incoming-documents/{document_id}/forward".format(
            jid=quote(str(jid), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncomingDocumentDetailOut | Problem | None:
    if response.status_code == 200:
        response_200 = IncomingDocumentDetailOut.from_dict(response.json())

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
) -> Response[IncomingDocumentDetailOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IncomingForward,
    idempotency_key: str | Unset = UNSET,
) -> Response[IncomingDocumentDetailOut | Problem]:
    """Submit a document on to the leadership (呈批): the office

     Any office post of the leading group that received it, with an optional note; the document goes from
    `with_office` to `with_leader`. 409 unless it is `with_office`.

    Judged in this order: 404 when the caller does not see the document; 403 naming CO-DOC-3 when
    it is reached through the sending county's own path (the county follows it, the leading group
    that received it handles it); 422 when the act does not fit the document's purpose; 409 when
    its state does not allow the act; 403 naming CO-DOC-3 when the caller's posts here do not
    (positions as they stand today). Who decides what:

    - with the office (`with_office`): any office post submits it on (呈批); the office's director
      or a deputy director decides (approves or files) an ordinary document addressed to the office,
      and returns any document; a major matter, or a document addressed to the leading group, is
      never decided by the office: it is submitted on;
    - with the leadership (`with_leader`): the leader alone decides or returns a major matter
      (重大事项报领导小组组长审阅); the leader or a deputy leader any other.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The incoming document's id.
        idempotency_key (str | Unset):
        body (IncomingForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingDocumentDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        document_id=document_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IncomingForward,
    idempotency_key: str | Unset = UNSET,
) -> IncomingDocumentDetailOut | Problem | None:
    """Submit a document on to the leadership (呈批): the office

     Any office post of the leading group that received it, with an optional note; the document goes from
    `with_office` to `with_leader`. 409 unless it is `with_office`.

    Judged in this order: 404 when the caller does not see the document; 403 naming CO-DOC-3 when
    it is reached through the sending county's own path (the county follows it, the leading group
    that received it handles it); 422 when the act does not fit the document's purpose; 409 when
    its state does not allow the act; 403 naming CO-DOC-3 when the caller's posts here do not
    (positions as they stand today). Who decides what:

    - with the office (`with_office`): any office post submits it on (呈批); the office's director
      or a deputy director decides (approves or files) an ordinary document addressed to the office,
      and returns any document; a major matter, or a document addressed to the leading group, is
      never decided by the office: it is submitted on;
    - with the leadership (`with_leader`): the leader alone decides or returns a major matter
      (重大事项报领导小组组长审阅); the leader or a deputy leader any other.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The incoming document's id.
        idempotency_key (str | Unset):
        body (IncomingForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingDocumentDetailOut | Problem
    """

    return sync_detailed(
        jid=jid,
        document_id=document_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IncomingForward,
    idempotency_key: str | Unset = UNSET,
) -> Response[IncomingDocumentDetailOut | Problem]:
    """Submit a document on to the leadership (呈批): the office

     Any office post of the leading group that received it, with an optional note; the document goes from
    `with_office` to `with_leader`. 409 unless it is `with_office`.

    Judged in this order: 404 when the caller does not see the document; 403 naming CO-DOC-3 when
    it is reached through the sending county's own path (the county follows it, the leading group
    that received it handles it); 422 when the act does not fit the document's purpose; 409 when
    its state does not allow the act; 403 naming CO-DOC-3 when the caller's posts here do not
    (positions as they stand today). Who decides what:

    - with the office (`with_office`): any office post submits it on (呈批); the office's director
      or a deputy director decides (approves or files) an ordinary document addressed to the office,
      and returns any document; a major matter, or a document addressed to the leading group, is
      never decided by the office: it is submitted on;
    - with the leadership (`with_leader`): the leader alone decides or returns a major matter
      (重大事项报领导小组组长审阅); the leader or a deputy leader any other.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The incoming document's id.
        idempotency_key (str | Unset):
        body (IncomingForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingDocumentDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        document_id=document_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IncomingForward,
    idempotency_key: str | Unset = UNSET,
) -> IncomingDocumentDetailOut | Problem | None:
    """Submit a document on to the leadership (呈批): the office

     Any office post of the leading group that received it, with an optional note; the document goes from
    `with_office` to `with_leader`. 409 unless it is `with_office`.

    Judged in this order: 404 when the caller does not see the document; 403 naming CO-DOC-3 when
    it is reached through the sending county's own path (the county follows it, the leading group
    that received it handles it); 422 when the act does not fit the document's purpose; 409 when
    its state does not allow the act; 403 naming CO-DOC-3 when the caller's posts here do not
    (positions as they stand today). Who decides what:

    - with the office (`with_office`): any office post submits it on (呈批); the office's director
      or a deputy director decides (approves or files) an ordinary document addressed to the office,
      and returns any document; a major matter, or a document addressed to the leading group, is
      never decided by the office: it is submitted on;
    - with the leadership (`with_leader`): the leader alone decides or returns a major matter
      (重大事项报领导小组组长审阅); the leader or a deputy leader any other.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The incoming document's id.
        idempotency_key (str | Unset):
        body (IncomingForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingDocumentDetailOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            document_id=document_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
