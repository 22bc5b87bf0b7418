import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_page_supervision_notice_out import CalendarPageSupervisionNoticeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    task_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    unanswered: bool | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    issued_from: datetime.date | None | Unset = UNSET,
    issued_to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

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

    json_task_id: None | str | Unset
    if isinstance(task_id, Unset):
        json_task_id = UNSET
    elif isinstance(task_id, UUID):
        json_task_id = str(task_id)
    else:
        json_task_id = task_id
    params["task_id"] = json_task_id

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_unanswered: bool | None | Unset
    if isinstance(unanswered, Unset):
        json_unanswered = UNSET
    else:
        json_unanswered = unanswered
    params["unanswered"] = json_unanswered

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_issued_from: None | str | Unset
    if isinstance(issued_from, Unset):
        json_issued_from = UNSET
    elif isinstance(issued_from, datetime.date):
        json_issued_from = issued_from.isoformat()
    else:
        json_issued_from = issued_from
    params["issued_from"] = json_issued_from

    json_issued_to: None | str | Unset
    if isinstance(issued_to, Unset):
        json_issued_to = UNSET
    elif isinstance(issued_to, datetime.date):
        json_issued_to = issued_to.isoformat()
    else:
        json_issued_to = issued_to
    params["issued_to"] = json_issued_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/supervision-notices".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CalendarPageSupervisionNoticeOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarPageSupervisionNoticeOut.from_dict(response.json())

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
) -> Response[Any | CalendarPageSupervisionNoticeOut | Problem]:
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
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    task_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    unanswered: bool | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    issued_from: datetime.date | None | Unset = UNSET,
    issued_to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageSupervisionNoticeOut | Problem]:
    """Supervision notices: filter by unit, task, unanswered, overdue, day of issue

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every one; a person holding a post for a member unit sees its unit's only (others are
    answered 404, or left out of lists). Newest first (day of issue, then id), keyset-paged
    (`next_cursor`). `reply_overdue`: the notice is unanswered and today (in the jurisdiction's time
    zone) is after `reply_due_on`, or it was answered after `reply_due_on` — a late reply stays overdue.
    `reply_overdue_working_days` counts the mainland-China working days begun since the reply date, up
    to today while unanswered or up to the reply day when answered late.

    Args:
        jid (UUID): The jurisdiction's id.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        task_id (None | Unset | UUID): On this task.
        unit_id (None | Unset | UUID): To this unit.
        unanswered (bool | None | Unset): Only unanswered (true) or answered (false) ones.
        overdue (bool | None | Unset): Only those whose reply is overdue (true: unanswered past
            the reply date as of today, or answered after it) or not (false: unanswered with the reply
            date today or later, or answered by it).
        issued_from (datetime.date | None | Unset): Issued on or after this day.
        issued_to (datetime.date | None | Unset): Issued on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageSupervisionNoticeOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        limit=limit,
        cursor=cursor,
        task_id=task_id,
        unit_id=unit_id,
        unanswered=unanswered,
        overdue=overdue,
        issued_from=issued_from,
        issued_to=issued_to,
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
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    task_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    unanswered: bool | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    issued_from: datetime.date | None | Unset = UNSET,
    issued_to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageSupervisionNoticeOut | Problem | None:
    """Supervision notices: filter by unit, task, unanswered, overdue, day of issue

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every one; a person holding a post for a member unit sees its unit's only (others are
    answered 404, or left out of lists). Newest first (day of issue, then id), keyset-paged
    (`next_cursor`). `reply_overdue`: the notice is unanswered and today (in the jurisdiction's time
    zone) is after `reply_due_on`, or it was answered after `reply_due_on` — a late reply stays overdue.
    `reply_overdue_working_days` counts the mainland-China working days begun since the reply date, up
    to today while unanswered or up to the reply day when answered late.

    Args:
        jid (UUID): The jurisdiction's id.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        task_id (None | Unset | UUID): On this task.
        unit_id (None | Unset | UUID): To this unit.
        unanswered (bool | None | Unset): Only unanswered (true) or answered (false) ones.
        overdue (bool | None | Unset): Only those whose reply is overdue (true: unanswered past
            the reply date as of today, or answered after it) or not (false: unanswered with the reply
            date today or later, or answered by it).
        issued_from (datetime.date | None | Unset): Issued on or after this day.
        issued_to (datetime.date | None | Unset): Issued on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageSupervisionNoticeOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        limit=limit,
        cursor=cursor,
        task_id=task_id,
        unit_id=unit_id,
        unanswered=unanswered,
        overdue=overdue,
        issued_from=issued_from,
        issued_to=issued_to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    task_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    unanswered: bool | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    issued_from: datetime.date | None | Unset = UNSET,
    issued_to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageSupervisionNoticeOut | Problem]:
    """Supervision notices: filter by unit, task, unanswered, overdue, day of issue

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every one; a person holding a post for a member unit sees its unit's only (others are
    answered 404, or left out of lists). Newest first (day of issue, then id), keyset-paged
    (`next_cursor`). `reply_overdue`: the notice is unanswered and today (in the jurisdiction's time
    zone) is after `reply_due_on`, or it was answered after `reply_due_on` — a late reply stays overdue.
    `reply_overdue_working_days` counts the mainland-China working days begun since the reply date, up
    to today while unanswered or up to the reply day when answered late.

    Args:
        jid (UUID): The jurisdiction's id.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        task_id (None | Unset | UUID): On this task.
        unit_id (None | Unset | UUID): To this unit.
        unanswered (bool | None | Unset): Only unanswered (true) or answered (false) ones.
        overdue (bool | None | Unset): Only those whose reply is overdue (true: unanswered past
            the reply date as of today, or answered after it) or not (false: unanswered with the reply
            date today or later, or answered by it).
        issued_from (datetime.date | None | Unset): Issued on or after this day.
        issued_to (datetime.date | None | Unset): Issued on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageSupervisionNoticeOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        limit=limit,
        cursor=cursor,
        task_id=task_id,
        unit_id=unit_id,
        unanswered=unanswered,
        overdue=overdue,
        issued_from=issued_from,
        issued_to=issued_to,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    task_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    unanswered: bool | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    issued_from: datetime.date | None | Unset = UNSET,
    issued_to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageSupervisionNoticeOut | Problem | None:
    """Supervision notices: filter by unit, task, unanswered, overdue, day of issue

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every one; a person holding a post for a member unit sees its unit's only (others are
    answered 404, or left out of lists). Newest first (day of issue, then id), keyset-paged
    (`next_cursor`). `reply_overdue`: the notice is unanswered and today (in the jurisdiction's time
    zone) is after `reply_due_on`, or it was answered after `reply_due_on` — a late reply stays overdue.
    `reply_overdue_working_days` counts the mainland-China working days begun since the reply date, up
    to today while unanswered or up to the reply day when answered late.

    Args:
        jid (UUID): The jurisdiction's id.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        task_id (None | Unset | UUID): On this task.
        unit_id (None | Unset | UUID): To this unit.
        unanswered (bool | None | Unset): Only unanswered (true) or answered (false) ones.
        overdue (bool | None | Unset): Only those whose reply is overdue (true: unanswered past
            the reply date as of today, or answered after it) or not (false: unanswered with the reply
            date today or later, or answered by it).
        issued_from (datetime.date | None | Unset): Issued on or after this day.
        issued_to (datetime.date | None | Unset): Issued on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageSupervisionNoticeOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            limit=limit,
            cursor=cursor,
            task_id=task_id,
            unit_id=unit_id,
            unanswered=unanswered,
            overdue=overdue,
            issued_from=issued_from,
            issued_to=issued_to,
            if_none_match=if_none_match,
        )
    ).parsed
