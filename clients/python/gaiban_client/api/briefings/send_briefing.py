from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.briefing_out import BriefingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    briefing_id: UUID,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/briefings/{briefing_id}/send".format(
            jid=quote(str(jid), safe=""),
            briefing_id=quote(str(briefing_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BriefingOut | Problem | None:
    if response.status_code == 200:
        response_200 = BriefingOut.from_dict(response.json())

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
) -> Response[BriefingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Send a draft: to the leading group, copied to member units and county offices

     报送领导小组，抄送各成员单位、各县市（园区） (CO-RPT-1). Sent now (the server's clock), with the next issue number of the
    year in this jurisdiction's time zone — gap-free, allocated in this transaction: `2026年第3期`. The
    recipients are fixed now: the leading group, every active member unit, and the office of every
    jurisdiction directly under this one. An empty briefing (no body, no items) is a 422; one already
    sent a 409.

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        briefing_id=briefing_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Send a draft: to the leading group, copied to member units and county offices

     报送领导小组，抄送各成员单位、各县市（园区） (CO-RPT-1). Sent now (the server's clock), with the next issue number of the
    year in this jurisdiction's time zone — gap-free, allocated in this transaction: `2026年第3期`. The
    recipients are fixed now: the leading group, every active member unit, and the office of every
    jurisdiction directly under this one. An empty briefing (no body, no items) is a 422; one already
    sent a 409.

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        briefing_id=briefing_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Send a draft: to the leading group, copied to member units and county offices

     报送领导小组，抄送各成员单位、各县市（园区） (CO-RPT-1). Sent now (the server's clock), with the next issue number of the
    year in this jurisdiction's time zone — gap-free, allocated in this transaction: `2026年第3期`. The
    recipients are fixed now: the leading group, every active member unit, and the office of every
    jurisdiction directly under this one. An empty briefing (no body, no items) is a 422; one already
    sent a 409.

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        briefing_id=briefing_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Send a draft: to the leading group, copied to member units and county offices

     报送领导小组，抄送各成员单位、各县市（园区） (CO-RPT-1). Sent now (the server's clock), with the next issue number of the
    year in this jurisdiction's time zone — gap-free, allocated in this transaction: `2026年第3期`. The
    recipients are fixed now: the leading group, every active member unit, and the office of every
    jurisdiction directly under this one. An empty briefing (no body, no items) is a 422; one already
    sent a 409.

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            briefing_id=briefing_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
