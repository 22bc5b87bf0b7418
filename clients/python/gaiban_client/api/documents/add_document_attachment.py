from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_out import AttachmentOut
from ...models.body_add_document_attachment import BodyAddDocumentAttachment
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    document_id: UUID,
    *,
    body: BodyAddDocumentAttachment,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/documents/{document_id}/attachments".format(
            jid=quote(str(jid), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentOut | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[AttachmentOut | Problem]:
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
    body: BodyAddDocumentAttachment,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentOut | Problem]:
    """Attach a file to a draft (附件): PDF, Word, Excel or an image

     Only a draft: a signed document is the record of what was issued under its number and is never
    edited or deleted (409; void it instead). One file per request in the multipart field `file`, added
    after the others. Its type is read from its content, never from its name or declared type (415 when
    it is none of these); 413 above the upload limit; 422 when empty.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (BodyAddDocumentAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
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
    body: BodyAddDocumentAttachment,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentOut | Problem | None:
    """Attach a file to a draft (附件): PDF, Word, Excel or an image

     Only a draft: a signed document is the record of what was issued under its number and is never
    edited or deleted (409; void it instead). One file per request in the multipart field `file`, added
    after the others. Its type is read from its content, never from its name or declared type (415 when
    it is none of these); 413 above the upload limit; 422 when empty.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (BodyAddDocumentAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
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
    body: BodyAddDocumentAttachment,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentOut | Problem]:
    """Attach a file to a draft (附件): PDF, Word, Excel or an image

     Only a draft: a signed document is the record of what was issued under its number and is never
    edited or deleted (409; void it instead). One file per request in the multipart field `file`, added
    after the others. Its type is read from its content, never from its name or declared type (415 when
    it is none of these); 413 above the upload limit; 422 when empty.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (BodyAddDocumentAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
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
    body: BodyAddDocumentAttachment,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentOut | Problem | None:
    """Attach a file to a draft (附件): PDF, Word, Excel or an image

     Only a draft: a signed document is the record of what was issued under its number and is never
    edited or deleted (409; void it instead). One file per request in the multipart field `file`, added
    after the others. Its type is read from its content, never from its name or declared type (415 when
    it is none of these); 413 above the upload limit; 422 when empty.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):
        body (BodyAddDocumentAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
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
