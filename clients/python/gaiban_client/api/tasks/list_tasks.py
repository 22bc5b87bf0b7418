import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_page_task_out import CalendarPageTaskOut
from ...models.problem import Problem
from ...models.task_state import TaskState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    include_descendants: bool | Unset = False,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    lead_unit_id: None | Unset | UUID = UNSET,
    state: None | TaskState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["include_descendants"] = include_descendants

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

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_lead_unit_id: None | str | Unset
    if isinstance(lead_unit_id, Unset):
        json_lead_unit_id = UNSET
    elif isinstance(lead_unit_id, UUID):
        json_lead_unit_id = str(lead_unit_id)
    else:
        json_lead_unit_id = lead_unit_id
    params["lead_unit_id"] = json_lead_unit_id

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, TaskState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_deadline_from: None | str | Unset
    if isinstance(deadline_from, Unset):
        json_deadline_from = UNSET
    elif isinstance(deadline_from, datetime.date):
        json_deadline_from = deadline_from.isoformat()
    else:
        json_deadline_from = deadline_from
    params["deadline_from"] = json_deadline_from

    json_deadline_to: None | str | Unset
    if isinstance(deadline_to, Unset):
        json_deadline_to = UNSET
    elif isinstance(deadline_to, datetime.date):
        json_deadline_to = deadline_to.isoformat()
    else:
        json_deadline_to = deadline_to
    params["deadline_to"] = json_deadline_to

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_top_level: bool | None | Unset
    if isinstance(top_level, Unset):
        json_top_level = UNSET
    else:
        json_top_level = top_level
    params["top_level"] = json_top_level

    json_meeting_id: None | str | Unset
    if isinstance(meeting_id, Unset):
        json_meeting_id = UNSET
    elif isinstance(meeting_id, UUID):
        json_meeting_id = str(meeting_id)
    else:
        json_meeting_id = meeting_id
    params["meeting_id"] = json_meeting_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/tasks".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CalendarPageTaskOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarPageTaskOut.from_dict(response.json())

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
) -> Response[Any | CalendarPageTaskOut | Problem]:
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
    include_descendants: bool | Unset = False,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    lead_unit_id: None | Unset | UUID = UNSET,
    state: None | TaskState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageTaskOut | Problem]:
    """The task breakdown: filter by unit, state, overdue, deadline, category, text

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. Ordered by deadline, then id; keyset-paged (`next_cursor`). A task is overdue when it is still
    open (not started or in progress) and a working day (mainland-China calendar, with holidays and
    make-up workdays) has begun since its deadline; `overdue_working_days` counts them, as of today in
    the jurisdiction's time zone. A year with no published holiday arrangement yet is counted on the
    provisional calendar and the answer says so (`calendar.provisional_years`, header `Gaiban-Calendar-
    Provisional`; the header only, for CSV). With `Accept: text/csv`, every matching task as CSV (UTF-8
    with BOM), not paged. Answers carry an ETag that changes with any change to the tasks, with the day,
    with the calendar (a year entered) and with the query: a poller sending it back in If-None-Match
    gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        unit_id (None | Unset | UUID): Tasks this unit leads or cooperates on.
        lead_unit_id (None | Unset | UUID): Tasks this unit leads.
        state (None | TaskState | Unset): Only in this state.
        overdue (bool | None | Unset): Only overdue (true) or not (false).
        deadline_from (datetime.date | None | Unset): Deadline on or after.
        deadline_to (datetime.date | None | Unset): Deadline on or before.
        category (None | str | Unset): Exactly this category.
        q (None | str | Unset): Words in title or code.
        parent_id (None | Unset | UUID): Sub-tasks of this task.
        top_level (bool | None | Unset): Only tasks (true) or only sub-tasks (false).
        meeting_id (None | Unset | UUID): Tasks made from this meeting's decisions.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageTaskOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        include_descendants=include_descendants,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        unit_id=unit_id,
        lead_unit_id=lead_unit_id,
        state=state,
        overdue=overdue,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        category=category,
        q=q,
        parent_id=parent_id,
        top_level=top_level,
        meeting_id=meeting_id,
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
    include_descendants: bool | Unset = False,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    lead_unit_id: None | Unset | UUID = UNSET,
    state: None | TaskState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageTaskOut | Problem | None:
    """The task breakdown: filter by unit, state, overdue, deadline, category, text

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. Ordered by deadline, then id; keyset-paged (`next_cursor`). A task is overdue when it is still
    open (not started or in progress) and a working day (mainland-China calendar, with holidays and
    make-up workdays) has begun since its deadline; `overdue_working_days` counts them, as of today in
    the jurisdiction's time zone. A year with no published holiday arrangement yet is counted on the
    provisional calendar and the answer says so (`calendar.provisional_years`, header `Gaiban-Calendar-
    Provisional`; the header only, for CSV). With `Accept: text/csv`, every matching task as CSV (UTF-8
    with BOM), not paged. Answers carry an ETag that changes with any change to the tasks, with the day,
    with the calendar (a year entered) and with the query: a poller sending it back in If-None-Match
    gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        unit_id (None | Unset | UUID): Tasks this unit leads or cooperates on.
        lead_unit_id (None | Unset | UUID): Tasks this unit leads.
        state (None | TaskState | Unset): Only in this state.
        overdue (bool | None | Unset): Only overdue (true) or not (false).
        deadline_from (datetime.date | None | Unset): Deadline on or after.
        deadline_to (datetime.date | None | Unset): Deadline on or before.
        category (None | str | Unset): Exactly this category.
        q (None | str | Unset): Words in title or code.
        parent_id (None | Unset | UUID): Sub-tasks of this task.
        top_level (bool | None | Unset): Only tasks (true) or only sub-tasks (false).
        meeting_id (None | Unset | UUID): Tasks made from this meeting's decisions.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageTaskOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        include_descendants=include_descendants,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        unit_id=unit_id,
        lead_unit_id=lead_unit_id,
        state=state,
        overdue=overdue,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        category=category,
        q=q,
        parent_id=parent_id,
        top_level=top_level,
        meeting_id=meeting_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = False,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    lead_unit_id: None | Unset | UUID = UNSET,
    state: None | TaskState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageTaskOut | Problem]:
    """The task breakdown: filter by unit, state, overdue, deadline, category, text

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. Ordered by deadline, then id; keyset-paged (`next_cursor`). A task is overdue when it is still
    open (not started or in progress) and a working day (mainland-China calendar, with holidays and
    make-up workdays) has begun since its deadline; `overdue_working_days` counts them, as of today in
    the jurisdiction's time zone. A year with no published holiday arrangement yet is counted on the
    provisional calendar and the answer says so (`calendar.provisional_years`, header `Gaiban-Calendar-
    Provisional`; the header only, for CSV). With `Accept: text/csv`, every matching task as CSV (UTF-8
    with BOM), not paged. Answers carry an ETag that changes with any change to the tasks, with the day,
    with the calendar (a year entered) and with the query: a poller sending it back in If-None-Match
    gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        unit_id (None | Unset | UUID): Tasks this unit leads or cooperates on.
        lead_unit_id (None | Unset | UUID): Tasks this unit leads.
        state (None | TaskState | Unset): Only in this state.
        overdue (bool | None | Unset): Only overdue (true) or not (false).
        deadline_from (datetime.date | None | Unset): Deadline on or after.
        deadline_to (datetime.date | None | Unset): Deadline on or before.
        category (None | str | Unset): Exactly this category.
        q (None | str | Unset): Words in title or code.
        parent_id (None | Unset | UUID): Sub-tasks of this task.
        top_level (bool | None | Unset): Only tasks (true) or only sub-tasks (false).
        meeting_id (None | Unset | UUID): Tasks made from this meeting's decisions.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageTaskOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        include_descendants=include_descendants,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        unit_id=unit_id,
        lead_unit_id=lead_unit_id,
        state=state,
        overdue=overdue,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        category=category,
        q=q,
        parent_id=parent_id,
        top_level=top_level,
        meeting_id=meeting_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = False,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    lead_unit_id: None | Unset | UUID = UNSET,
    state: None | TaskState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageTaskOut | Problem | None:
    """The task breakdown: filter by unit, state, overdue, deadline, category, text

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. Ordered by deadline, then id; keyset-paged (`next_cursor`). A task is overdue when it is still
    open (not started or in progress) and a working day (mainland-China calendar, with holidays and
    make-up workdays) has begun since its deadline; `overdue_working_days` counts them, as of today in
    the jurisdiction's time zone. A year with no published holiday arrangement yet is counted on the
    provisional calendar and the answer says so (`calendar.provisional_years`, header `Gaiban-Calendar-
    Provisional`; the header only, for CSV). With `Accept: text/csv`, every matching task as CSV (UTF-8
    with BOM), not paged. Answers carry an ETag that changes with any change to the tasks, with the day,
    with the calendar (a year entered) and with the query: a poller sending it back in If-None-Match
    gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        unit_id (None | Unset | UUID): Tasks this unit leads or cooperates on.
        lead_unit_id (None | Unset | UUID): Tasks this unit leads.
        state (None | TaskState | Unset): Only in this state.
        overdue (bool | None | Unset): Only overdue (true) or not (false).
        deadline_from (datetime.date | None | Unset): Deadline on or after.
        deadline_to (datetime.date | None | Unset): Deadline on or before.
        category (None | str | Unset): Exactly this category.
        q (None | str | Unset): Words in title or code.
        parent_id (None | Unset | UUID): Sub-tasks of this task.
        top_level (bool | None | Unset): Only tasks (true) or only sub-tasks (false).
        meeting_id (None | Unset | UUID): Tasks made from this meeting's decisions.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageTaskOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            include_descendants=include_descendants,
            changed_since=changed_since,
            limit=limit,
            cursor=cursor,
            unit_id=unit_id,
            lead_unit_id=lead_unit_id,
            state=state,
            overdue=overdue,
            deadline_from=deadline_from,
            deadline_to=deadline_to,
            category=category,
            q=q,
            parent_id=parent_id,
            top_level=top_level,
            meeting_id=meeting_id,
            if_none_match=if_none_match,
        )
    ).parsed
