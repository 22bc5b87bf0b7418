from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.supervision_notice_out import SupervisionNoticeOut
from ...models.supervision_reply import SupervisionReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    notice_id: UUID,
    *,
    body: SupervisionReply,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/supervision-notices/{notice_id}/reply".format(
            jid=quote(str(jid), safe=""),
            notice_id=quote(str(notice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SupervisionNoticeOut | None:
    if response.status_code == 200:
        response_200 = SupervisionNoticeOut.from_dict(response.json())

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
) -> Response[Problem | SupervisionNoticeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    notice_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionReply,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SupervisionNoticeOut]:
    """Reply to a supervision notice, once (the supervised unit)

     The reply is the unit's (E-TSK-2): a person holding a post for the notice's unit (its head, liaison
    or information officer) replies; anyone else who sees the notice — the office, the leadership — is
    refused with a 403 naming E-TSK-2; someone who does not see it gets 404. A second reply is a 409.
    The reply is dated today (in the jurisdiction's time zone); one after the reply date is recorded and
    counted late.

    Args:
        jid (UUID): The jurisdiction's id.
        notice_id (UUID): The notice's id.
        idempotency_key (str | Unset):
        body (SupervisionReply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionNoticeOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        notice_id=notice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    notice_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionReply,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SupervisionNoticeOut | None:
    """Reply to a supervision notice, once (the supervised unit)

     The reply is the unit's (E-TSK-2): a person holding a post for the notice's unit (its head, liaison
    or information officer) replies; anyone else who sees the notice — the office, the leadership — is
    refused with a 403 naming E-TSK-2; someone who does not see it gets 404. A second reply is a 409.
    The reply is dated today (in the jurisdiction's time zone); one after the reply date is recorded and
    counted late.

    Args:
        jid (UUID): The jurisdiction's id.
        notice_id (UUID): The notice's id.
        idempotency_key (str | Unset):
        body (SupervisionReply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionNoticeOut
    """

    return sync_detailed(
        jid=jid,
        notice_id=notice_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    notice_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionReply,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SupervisionNoticeOut]:
    """Reply to a supervision notice, once (the supervised unit)

     The reply is the unit's (E-TSK-2): a person holding a post for the notice's unit (its head, liaison
    or information officer) replies; anyone else who sees the notice — the office, the leadership — is
    refused with a 403 naming E-TSK-2; someone who does not see it gets 404. A second reply is a 409.
    The reply is dated today (in the jurisdiction's time zone); one after the reply date is recorded and
    counted late.

    Args:
        jid (UUID): The jurisdiction's id.
        notice_id (UUID): The notice's id.
        idempotency_key (str | Unset):
        body (SupervisionReply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionNoticeOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        notice_id=notice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    notice_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupervisionReply,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SupervisionNoticeOut | None:
    """Reply to a supervision notice, once (the supervised unit)

     The reply is the unit's (E-TSK-2): a person holding a post for the notice's unit (its head, liaison
    or information officer) replies; anyone else who sees the notice — the office, the leadership — is
    refused with a 403 naming E-TSK-2; someone who does not see it gets 404. A second reply is a 409.
    The reply is dated today (in the jurisdiction's time zone); one after the reply date is recorded and
    counted late.

    Args:
        jid (UUID): The jurisdiction's id.
        notice_id (UUID): The notice's id.
        idempotency_key (str | Unset):
        body (SupervisionReply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionNoticeOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            notice_id=notice_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
