from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_add_publication_file import BodyAddPublicationFile
from ...models.problem import Problem
from ...models.publication_out import PublicationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    publication_id: UUID,
    *,
    body: BodyAddPublicationFile | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/publications/{publication_id}/files".format(
            jid=quote(str(jid), safe=""),
            publication_id=quote(str(publication_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicationOut | None:
    if response.status_code == 201:
        response_201 = PublicationOut.from_dict(response.json())

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
) -> Response[Problem | PublicationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddPublicationFile | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PublicationOut]:
    """Add a file to a published result (取得成效): PDF, Word, Excel or an image

     One file per request in the multipart field `file`, listed after the others and public at once with
    the result. Its type is read from its content (415 when it is none of these); 413 above the upload
    limit; 422 when empty. A measure's files are its document's attachments chosen when it is published,
    a progress snapshot has none: 409; so is a withdrawn item. Judged by the rulebook in force today:
    its `disclosure` section names the kinds the office publishes and the posts that publish (Ezhou
    E-PUB-1 §二(六), Changji C-PUB-1 第十二条); a refusal is a 403 naming the rule and its source article.

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        idempotency_key (str | Unset):
        body (BodyAddPublicationFile | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicationOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        publication_id=publication_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddPublicationFile | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PublicationOut | None:
    """Add a file to a published result (取得成效): PDF, Word, Excel or an image

     One file per request in the multipart field `file`, listed after the others and public at once with
    the result. Its type is read from its content (415 when it is none of these); 413 above the upload
    limit; 422 when empty. A measure's files are its document's attachments chosen when it is published,
    a progress snapshot has none: 409; so is a withdrawn item. Judged by the rulebook in force today:
    its `disclosure` section names the kinds the office publishes and the posts that publish (Ezhou
    E-PUB-1 §二(六), Changji C-PUB-1 第十二条); a refusal is a 403 naming the rule and its source article.

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        idempotency_key (str | Unset):
        body (BodyAddPublicationFile | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicationOut
    """

    return sync_detailed(
        jid=jid,
        publication_id=publication_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddPublicationFile | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PublicationOut]:
    """Add a file to a published result (取得成效): PDF, Word, Excel or an image

     One file per request in the multipart field `file`, listed after the others and public at once with
    the result. Its type is read from its content (415 when it is none of these); 413 above the upload
    limit; 422 when empty. A measure's files are its document's attachments chosen when it is published,
    a progress snapshot has none: 409; so is a withdrawn item. Judged by the rulebook in force today:
    its `disclosure` section names the kinds the office publishes and the posts that publish (Ezhou
    E-PUB-1 §二(六), Changji C-PUB-1 第十二条); a refusal is a 403 naming the rule and its source article.

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        idempotency_key (str | Unset):
        body (BodyAddPublicationFile | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicationOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        publication_id=publication_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    publication_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddPublicationFile | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PublicationOut | None:
    """Add a file to a published result (取得成效): PDF, Word, Excel or an image

     One file per request in the multipart field `file`, listed after the others and public at once with
    the result. Its type is read from its content (415 when it is none of these); 413 above the upload
    limit; 422 when empty. A measure's files are its document's attachments chosen when it is published,
    a progress snapshot has none: 409; so is a withdrawn item. Judged by the rulebook in force today:
    its `disclosure` section names the kinds the office publishes and the posts that publish (Ezhou
    E-PUB-1 §二(六), Changji C-PUB-1 第十二条); a refusal is a 403 naming the rule and its source article.

    Args:
        jid (UUID): The jurisdiction's id.
        publication_id (UUID): The publication's id.
        idempotency_key (str | Unset):
        body (BodyAddPublicationFile | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicationOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            publication_id=publication_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
