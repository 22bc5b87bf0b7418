import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_page_submission_out import CalendarPageSubmissionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    report_kind: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_report_kind: None | str | Unset
    if isinstance(report_kind, Unset):
        json_report_kind = UNSET
    else:
        json_report_kind = report_kind
    params["report_kind"] = json_report_kind

    json_period: None | str | Unset
    if isinstance(period, Unset):
        json_period = UNSET
    else:
        json_period = period
    params["period"] = json_period

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_changed_since: None | str | Unset
    if isinstance(changed_since, Unset):
        json_changed_since = UNSET
    elif isinstance(changed_since, datetime.datetime):
        json_changed_since = changed_since.isoformat()
    else:
        json_changed_since = changed_since
    params["changed_since"] = json_changed_since

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/submissions".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CalendarPageSubmissionOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarPageSubmissionOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Any | CalendarPageSubmissionOut | Problem]:
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
    report_kind: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageSubmissionOut | Problem]:
    """List submissions: every unit's for the office, one's own unit's for a unit

     Newest period first. The office (here or above), the leader and deputy leaders and read clients see
    every unit's; a unit's head, liaison and information officer see their unit's; anyone else here gets
    an empty list. `period` needs `report_kind`.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (None | str | Unset):
        period (None | str | Unset): `2026-10`, `2026-Q3` or `2026`.
        unit_id (None | Unset | UUID): Only this unit's.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageSubmissionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        report_kind=report_kind,
        period=period,
        unit_id=unit_id,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    report_kind: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageSubmissionOut | Problem | None:
    """List submissions: every unit's for the office, one's own unit's for a unit

     Newest period first. The office (here or above), the leader and deputy leaders and read clients see
    every unit's; a unit's head, liaison and information officer see their unit's; anyone else here gets
    an empty list. `period` needs `report_kind`.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (None | str | Unset):
        period (None | str | Unset): `2026-10`, `2026-Q3` or `2026`.
        unit_id (None | Unset | UUID): Only this unit's.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageSubmissionOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        report_kind=report_kind,
        period=period,
        unit_id=unit_id,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    report_kind: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageSubmissionOut | Problem]:
    """List submissions: every unit's for the office, one's own unit's for a unit

     Newest period first. The office (here or above), the leader and deputy leaders and read clients see
    every unit's; a unit's head, liaison and information officer see their unit's; anyone else here gets
    an empty list. `period` needs `report_kind`.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (None | str | Unset):
        period (None | str | Unset): `2026-10`, `2026-Q3` or `2026`.
        unit_id (None | Unset | UUID): Only this unit's.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageSubmissionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        report_kind=report_kind,
        period=period,
        unit_id=unit_id,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    report_kind: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageSubmissionOut | Problem | None:
    """List submissions: every unit's for the office, one's own unit's for a unit

     Newest period first. The office (here or above), the leader and deputy leaders and read clients see
    every unit's; a unit's head, liaison and information officer see their unit's; anyone else here gets
    an empty list. `period` needs `report_kind`.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (None | str | Unset):
        period (None | str | Unset): `2026-10`, `2026-Q3` or `2026`.
        unit_id (None | Unset | UUID): Only this unit's.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageSubmissionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            report_kind=report_kind,
            period=period,
            unit_id=unit_id,
            changed_since=changed_since,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
