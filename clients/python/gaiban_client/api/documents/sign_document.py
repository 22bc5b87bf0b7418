from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_out import DocumentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    document_id: UUID,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/documents/{document_id}/sign".format(
            jid=quote(str(jid), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

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
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentOut | Problem]:
    """Sign (签发) a draft: judged by the rulebook and delegations; allocates the number

     The caller signs, now, if the rulebook in force today lets them sign for the document's issuer — by
    their own position, or as a deputy entrusted by the position the rulebook names (Changji: the leader
    or an entrusted deputy leader for the leading group, CO-DOC-1; the office director or an entrusted
    deputy director for the office, CO-DOC-2). A refusal is a 403 problem naming the rule and its
    source; an expired or revoked entrustment is no entrustment. A signature under entrustment is
    recorded and shown as such, with the delegation's id.

    Signing allocates the number: issuer code, year in 〔〕, sequence, 号 (`昌建审改办〔2020〕3号`), the sequence
    per issuer and year from 1 with no gaps and no duplicates. 422 when the draft has no text or no main
    recipient; 409 when it is not a draft or no rulebook is in force.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        document_id=document_id,
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
    idempotency_key: str | Unset = UNSET,
) -> DocumentOut | Problem | None:
    """Sign (签发) a draft: judged by the rulebook and delegations; allocates the number

     The caller signs, now, if the rulebook in force today lets them sign for the document's issuer — by
    their own position, or as a deputy entrusted by the position the rulebook names (Changji: the leader
    or an entrusted deputy leader for the leading group, CO-DOC-1; the office director or an entrusted
    deputy director for the office, CO-DOC-2). A refusal is a 403 problem naming the rule and its
    source; an expired or revoked entrustment is no entrustment. A signature under entrustment is
    recorded and shown as such, with the delegation's id.

    Signing allocates the number: issuer code, year in 〔〕, sequence, 号 (`昌建审改办〔2020〕3号`), the sequence
    per issuer and year from 1 with no gaps and no duplicates. 422 when the draft has no text or no main
    recipient; 409 when it is not a draft or no rulebook is in force.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentOut | Problem]:
    """Sign (签发) a draft: judged by the rulebook and delegations; allocates the number

     The caller signs, now, if the rulebook in force today lets them sign for the document's issuer — by
    their own position, or as a deputy entrusted by the position the rulebook names (Changji: the leader
    or an entrusted deputy leader for the leading group, CO-DOC-1; the office director or an entrusted
    deputy director for the office, CO-DOC-2). A refusal is a 403 problem naming the rule and its
    source; an expired or revoked entrustment is no entrustment. A signature under entrustment is
    recorded and shown as such, with the delegation's id.

    Signing allocates the number: issuer code, year in 〔〕, sequence, 号 (`昌建审改办〔2020〕3号`), the sequence
    per issuer and year from 1 with no gaps and no duplicates. 422 when the draft has no text or no main
    recipient; 409 when it is not a draft or no rulebook is in force.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        document_id=document_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> DocumentOut | Problem | None:
    """Sign (签发) a draft: judged by the rulebook and delegations; allocates the number

     The caller signs, now, if the rulebook in force today lets them sign for the document's issuer — by
    their own position, or as a deputy entrusted by the position the rulebook names (Changji: the leader
    or an entrusted deputy leader for the leading group, CO-DOC-1; the office director or an entrusted
    deputy director for the office, CO-DOC-2). A refusal is a 403 problem naming the rule and its
    source; an expired or revoked entrustment is no entrustment. A signature under entrustment is
    recorded and shown as such, with the delegation's id.

    Signing allocates the number: issuer code, year in 〔〕, sequence, 号 (`昌建审改办〔2020〕3号`), the sequence
    per issuer and year from 1 with no gaps and no duplicates. 422 when the draft has no text or no main
    recipient; 409 when it is not a draft or no rulebook is in force.

    Args:
        jid (UUID): The jurisdiction's id.
        document_id (UUID): The document's id.
        idempotency_key (str | Unset):

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
            idempotency_key=idempotency_key,
        )
    ).parsed
