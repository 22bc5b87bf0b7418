from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_reason_in import PeriodReasonIn
from ...models.period_reason_out import PeriodReasonOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    meeting_kind: str,
    period: str,
    *,
    body: PeriodReasonIn,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jurisdictions/{jid}/meetings/compliance/{meeting_kind}/{period}".format(
            jid=quote(str(jid), safe=""),
            meeting_kind=quote(str(meeting_kind), safe=""),
            period=quote(str(period), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodReasonOut | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodReasonOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[PeriodReasonOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    meeting_kind: str,
    period: str,
    *,
    client: AuthenticatedClient,
    body: PeriodReasonIn,
    if_match: str | Unset = UNSET,
) -> Response[PeriodReasonOut | Problem]:
    """Record why a period the rules expect a meeting in has none (the office)

     `period` is `2026` for a yearly cadence, `2026-Q2` quarterly, `2026-03` monthly. A second PUT
    replaces the reason.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_kind (str):
        period (str):
        if_match (str | Unset):
        body (PeriodReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReasonOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_kind=meeting_kind,
        period=period,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    meeting_kind: str,
    period: str,
    *,
    client: AuthenticatedClient,
    body: PeriodReasonIn,
    if_match: str | Unset = UNSET,
) -> PeriodReasonOut | Problem | None:
    """Record why a period the rules expect a meeting in has none (the office)

     `period` is `2026` for a yearly cadence, `2026-Q2` quarterly, `2026-03` monthly. A second PUT
    replaces the reason.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_kind (str):
        period (str):
        if_match (str | Unset):
        body (PeriodReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReasonOut | Problem
    """

    return sync_detailed(
        jid=jid,
        meeting_kind=meeting_kind,
        period=period,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    meeting_kind: str,
    period: str,
    *,
    client: AuthenticatedClient,
    body: PeriodReasonIn,
    if_match: str | Unset = UNSET,
) -> Response[PeriodReasonOut | Problem]:
    """Record why a period the rules expect a meeting in has none (the office)

     `period` is `2026` for a yearly cadence, `2026-Q2` quarterly, `2026-03` monthly. A second PUT
    replaces the reason.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_kind (str):
        period (str):
        if_match (str | Unset):
        body (PeriodReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReasonOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        meeting_kind=meeting_kind,
        period=period,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    meeting_kind: str,
    period: str,
    *,
    client: AuthenticatedClient,
    body: PeriodReasonIn,
    if_match: str | Unset = UNSET,
) -> PeriodReasonOut | Problem | None:
    """Record why a period the rules expect a meeting in has none (the office)

     `period` is `2026` for a yearly cadence, `2026-Q2` quarterly, `2026-03` monthly. A second PUT
    replaces the reason.

    Args:
        jid (UUID): The jurisdiction's id.
        meeting_kind (str):
        period (str):
        if_match (str | Unset):
        body (PeriodReasonIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReasonOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            meeting_kind=meeting_kind,
            period=period,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
