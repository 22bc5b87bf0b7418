from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_document_create import IncomingDocumentCreate
from ...models.incoming_document_detail_out import IncomingDocumentDetailOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: IncomingDocumentCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/incoming-documents".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncomingDocumentDetailOut | Problem | None:
    if response.status_code == 201:
        response_201 = IncomingDocumentDetailOut.from_dict(response.json())

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
) -> Response[IncomingDocumentDetailOut | Problem]:
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
    body: IncomingDocumentCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[IncomingDocumentDetailOut | Problem]:
    """Send a document for approval or filing (呈批/报备): a unit, or a county office upward

     A document sent to the leading group or its office for approval (审批) or filing (报备),
    CO-DOC-3 (各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，统一由领导小组办公室呈批，
    重大事项报领导小组组长审阅):

    - by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
      liaison officer, information officer): `unit_id` names the unit, or is left out when the
      caller holds a unit post for exactly one unit here;
    - by this jurisdiction's office to the leading group (or office) of the jurisdiction above,
      with `"to": "parent"` (a county to its city): the document is kept there, and read here
      through `GET …/incoming-documents?direction=sent` and `GET …/incoming-documents/{document_id}`.
      422 when there is no jurisdiction above.

    Anyone else is refused with a 403 naming CO-DOC-3; 409 for a unit that is no longer a member.
    The time of receipt is the server's. The document starts `with_office`: whatever its addressee,
    it goes through the office.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (IncomingDocumentCreate): A document sent to the leading group or its office for
            approval or filing (CO-DOC-3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingDocumentDetailOut | Problem]
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
    body: IncomingDocumentCreate,
    idempotency_key: str | Unset = UNSET,
) -> IncomingDocumentDetailOut | Problem | None:
    """Send a document for approval or filing (呈批/报备): a unit, or a county office upward

     A document sent to the leading group or its office for approval (审批) or filing (报备),
    CO-DOC-3 (各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，统一由领导小组办公室呈批，
    重大事项报领导小组组长审阅):

    - by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
      liaison officer, information officer): `unit_id` names the unit, or is left out when the
      caller holds a unit post for exactly one unit here;
    - by this jurisdiction's office to the leading group (or office) of the jurisdiction above,
      with `"to": "parent"` (a county to its city): the document is kept there, and read here
      through `GET …/incoming-documents?direction=sent` and `GET …/incoming-documents/{document_id}`.
      422 when there is no jurisdiction above.

    Anyone else is refused with a 403 naming CO-DOC-3; 409 for a unit that is no longer a member.
    The time of receipt is the server's. The document starts `with_office`: whatever its addressee,
    it goes through the office.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (IncomingDocumentCreate): A document sent to the leading group or its office for
            approval or filing (CO-DOC-3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingDocumentDetailOut | Problem
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
    body: IncomingDocumentCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[IncomingDocumentDetailOut | Problem]:
    """Send a document for approval or filing (呈批/报备): a unit, or a county office upward

     A document sent to the leading group or its office for approval (审批) or filing (报备),
    CO-DOC-3 (各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，统一由领导小组办公室呈批，
    重大事项报领导小组组长审阅):

    - by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
      liaison officer, information officer): `unit_id` names the unit, or is left out when the
      caller holds a unit post for exactly one unit here;
    - by this jurisdiction's office to the leading group (or office) of the jurisdiction above,
      with `"to": "parent"` (a county to its city): the document is kept there, and read here
      through `GET …/incoming-documents?direction=sent` and `GET …/incoming-documents/{document_id}`.
      422 when there is no jurisdiction above.

    Anyone else is refused with a 403 naming CO-DOC-3; 409 for a unit that is no longer a member.
    The time of receipt is the server's. The document starts `with_office`: whatever its addressee,
    it goes through the office.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (IncomingDocumentCreate): A document sent to the leading group or its office for
            approval or filing (CO-DOC-3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingDocumentDetailOut | Problem]
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
    body: IncomingDocumentCreate,
    idempotency_key: str | Unset = UNSET,
) -> IncomingDocumentDetailOut | Problem | None:
    """Send a document for approval or filing (呈批/报备): a unit, or a county office upward

     A document sent to the leading group or its office for approval (审批) or filing (报备),
    CO-DOC-3 (各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，统一由领导小组办公室呈批，
    重大事项报领导小组组长审阅):

    - by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
      liaison officer, information officer): `unit_id` names the unit, or is left out when the
      caller holds a unit post for exactly one unit here;
    - by this jurisdiction's office to the leading group (or office) of the jurisdiction above,
      with `"to": "parent"` (a county to its city): the document is kept there, and read here
      through `GET …/incoming-documents?direction=sent` and `GET …/incoming-documents/{document_id}`.
      422 when there is no jurisdiction above.

    Anyone else is refused with a 403 naming CO-DOC-3; 409 for a unit that is no longer a member.
    The time of receipt is the server's. The document starts `with_office`: whatever its addressee,
    it goes through the office.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (IncomingDocumentCreate): A document sent to the leading group or its office for
            approval or filing (CO-DOC-3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingDocumentDetailOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
