import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_summary_by import GetTaskSummaryBy
from ...models.problem import Problem
from ...models.task_state import TaskState
from ...models.task_summary_out import TaskSummaryOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    by: GetTaskSummaryBy | Unset = GetTaskSummaryBy.UNIT,
    as_of: datetime.date | None | Unset = UNSET,
    include_descendants: bool | Unset = False,
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

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by.value

    params["by"] = json_by

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params["include_descendants"] = include_descendants

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
        "url": "/v1/jurisdictions/{jid}/tasks/summary".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | TaskSummaryOut | None:
    if response.status_code == 200:
        response_200 = TaskSummaryOut.from_dict(response.json())

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
) -> Response[Any | Problem | TaskSummaryOut]:
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
    by: GetTaskSummaryBy | Unset = GetTaskSummaryBy.UNIT,
    as_of: datetime.date | None | Unset = UNSET,
    include_descendants: bool | Unset = False,
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
) -> Response[Any | Problem | TaskSummaryOut]:
    """Progress summary per lead unit or per category, for a date

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. For each lead unit (`by=unit`) or category (`by=category`): the tasks that existed on `as_of`
    (default today) counted by their state on that day, those overdue that day, those due (deadline on
    or before it, not cancelled), done on time and late, the on-time completion rate (done on time /
    due), and the sum and maximum of the overdue tasks' `overdue_working_days`
    (`overdue_working_days_sum`, `overdue_working_days_max`). A task's state on a past day follows from
    the days it was started (first progress), completed and cancelled. The list's filters apply
    (`overdue` excepted). A task is overdue when it is still open (not started or in progress) and a
    working day (mainland-China calendar, with holidays and make-up workdays) has begun since its
    deadline; `overdue_working_days` counts them, as of today in the jurisdiction's time zone. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`; the header only, for CSV).
    With `Accept: text/csv`, one line per group. Answers carry an ETag that changes with any change to
    the tasks, with the day, with the calendar (a year entered) and with the query: a poller sending it
    back in If-None-Match gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        by (GetTaskSummaryBy | Unset): Group by. Default: GetTaskSummaryBy.UNIT.
        as_of (datetime.date | None | Unset): The day (default today).
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
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
        Response[Any | Problem | TaskSummaryOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        by=by,
        as_of=as_of,
        include_descendants=include_descendants,
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
    by: GetTaskSummaryBy | Unset = GetTaskSummaryBy.UNIT,
    as_of: datetime.date | None | Unset = UNSET,
    include_descendants: bool | Unset = False,
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
) -> Any | Problem | TaskSummaryOut | None:
    """Progress summary per lead unit or per category, for a date

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. For each lead unit (`by=unit`) or category (`by=category`): the tasks that existed on `as_of`
    (default today) counted by their state on that day, those overdue that day, those due (deadline on
    or before it, not cancelled), done on time and late, the on-time completion rate (done on time /
    due), and the sum and maximum of the overdue tasks' `overdue_working_days`
    (`overdue_working_days_sum`, `overdue_working_days_max`). A task's state on a past day follows from
    the days it was started (first progress), completed and cancelled. The list's filters apply
    (`overdue` excepted). A task is overdue when it is still open (not started or in progress) and a
    working day (mainland-China calendar, with holidays and make-up workdays) has begun since its
    deadline; `overdue_working_days` counts them, as of today in the jurisdiction's time zone. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`; the header only, for CSV).
    With `Accept: text/csv`, one line per group. Answers carry an ETag that changes with any change to
    the tasks, with the day, with the calendar (a year entered) and with the query: a poller sending it
    back in If-None-Match gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        by (GetTaskSummaryBy | Unset): Group by. Default: GetTaskSummaryBy.UNIT.
        as_of (datetime.date | None | Unset): The day (default today).
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
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
        Any | Problem | TaskSummaryOut
    """

    return sync_detailed(
        jid=jid,
        client=client,
        by=by,
        as_of=as_of,
        include_descendants=include_descendants,
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
    by: GetTaskSummaryBy | Unset = GetTaskSummaryBy.UNIT,
    as_of: datetime.date | None | Unset = UNSET,
    include_descendants: bool | Unset = False,
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
) -> Response[Any | Problem | TaskSummaryOut]:
    """Progress summary per lead unit or per category, for a date

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. For each lead unit (`by=unit`) or category (`by=category`): the tasks that existed on `as_of`
    (default today) counted by their state on that day, those overdue that day, those due (deadline on
    or before it, not cancelled), done on time and late, the on-time completion rate (done on time /
    due), and the sum and maximum of the overdue tasks' `overdue_working_days`
    (`overdue_working_days_sum`, `overdue_working_days_max`). A task's state on a past day follows from
    the days it was started (first progress), completed and cancelled. The list's filters apply
    (`overdue` excepted). A task is overdue when it is still open (not started or in progress) and a
    working day (mainland-China calendar, with holidays and make-up workdays) has begun since its
    deadline; `overdue_working_days` counts them, as of today in the jurisdiction's time zone. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`; the header only, for CSV).
    With `Accept: text/csv`, one line per group. Answers carry an ETag that changes with any change to
    the tasks, with the day, with the calendar (a year entered) and with the query: a poller sending it
    back in If-None-Match gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        by (GetTaskSummaryBy | Unset): Group by. Default: GetTaskSummaryBy.UNIT.
        as_of (datetime.date | None | Unset): The day (default today).
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
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
        Response[Any | Problem | TaskSummaryOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        by=by,
        as_of=as_of,
        include_descendants=include_descendants,
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
    by: GetTaskSummaryBy | Unset = GetTaskSummaryBy.UNIT,
    as_of: datetime.date | None | Unset = UNSET,
    include_descendants: bool | Unset = False,
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
) -> Any | Problem | TaskSummaryOut | None:
    """Progress summary per lead unit or per category, for a date

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. For each lead unit (`by=unit`) or category (`by=category`): the tasks that existed on `as_of`
    (default today) counted by their state on that day, those overdue that day, those due (deadline on
    or before it, not cancelled), done on time and late, the on-time completion rate (done on time /
    due), and the sum and maximum of the overdue tasks' `overdue_working_days`
    (`overdue_working_days_sum`, `overdue_working_days_max`). A task's state on a past day follows from
    the days it was started (first progress), completed and cancelled. The list's filters apply
    (`overdue` excepted). A task is overdue when it is still open (not started or in progress) and a
    working day (mainland-China calendar, with holidays and make-up workdays) has begun since its
    deadline; `overdue_working_days` counts them, as of today in the jurisdiction's time zone. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`; the header only, for CSV).
    With `Accept: text/csv`, one line per group. Answers carry an ETag that changes with any change to
    the tasks, with the day, with the calendar (a year entered) and with the query: a poller sending it
    back in If-None-Match gets 304 without the table being read.

    Args:
        jid (UUID): The jurisdiction's id.
        by (GetTaskSummaryBy | Unset): Group by. Default: GetTaskSummaryBy.UNIT.
        as_of (datetime.date | None | Unset): The day (default today).
        include_descendants (bool | Unset): Also the tasks of the jurisdictions below this one (a
            city's counties) whose whole table the caller sees. Default: False.
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
        Any | Problem | TaskSummaryOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            by=by,
            as_of=as_of,
            include_descendants=include_descendants,
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
