from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_out import DocumentOut
from ...models.document_void import DocumentVoid
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    document_id: UUID,
    *,
    body: DocumentVoid,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/documents/{document_id}/void".format(
            jid=quote(str(jid), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentOut | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentOut.from_dict(response.json())

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
) -> Response[DocumentOut | Problem]:
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
    body: DocumentVoid,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentOut | Problem]:
    """Void (作废) a signed document, with a reason; its number stays used

     By someone the rulebook in force today lets sign for the document's issuer (403 naming the rule
    otherwise). The document keeps its number, shown as void, and is still read by its recipients; 409
    when it is a draft (discard it) or already void.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (DocumentVoid):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
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
    body: DocumentVoid,
    idempotency_key: str | Unset = UNSET,
) -> DocumentOut | Problem | None:
    """Void (作废) a signed document, with a reason; its number stays used

     By someone the rulebook in force today lets sign for the document's issuer (403 naming the rule
    otherwise). The document keeps its number, shown as void, and is still read by its recipients; 409
    when it is a draft (discard it) or already void.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (DocumentVoid):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
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
    body: DocumentVoid,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentOut | Problem]:
    """Void (作废) a signed document, with a reason; its number stays used

     By someone the rulebook in force today lets sign for the document's issuer (403 naming the rule
    otherwise). The document keeps its number, shown as void, and is still read by its recipients; 409
    when it is a draft (discard it) or already void.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (DocumentVoid):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
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
    body: DocumentVoid,
    idempotency_key: str | Unset = UNSET,
) -> DocumentOut | Problem | None:
    """Void (作废) a signed document, with a reason; its number stays used

     By someone the rulebook in force today lets sign for the document's issuer (403 naming the rule
    otherwise). The document keeps its number, shown as void, and is still read by its recipients; 409
    when it is a draft (discard it) or already void.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (DocumentVoid):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
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
