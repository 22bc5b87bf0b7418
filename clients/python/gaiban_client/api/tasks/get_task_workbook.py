import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task_state import TaskState
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/v1/jurisdictions/{jid}/tasks/export.xlsx".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[Any | File | Problem]:
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
) -> Response[Any | File | Problem]:
    """The task breakdown as an Excel workbook (任务分解表)

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. One sheet 任务分解表, the header in row 1, one task a row: each task by 序号 (2 before 10), followed by
    its sub-tasks. Columns: 序号、上级序号、任务名称、类别、来源类型、来源文件、文号、牵头单位、配合单位、完成时限、阶段节点、配套管理办法、状态、进度(%)、完成日期、逾期工作日.
    完成时限 and 完成日期 are date cells; 配合单位 are joined by 、; 阶段节点 one per line `YYYY-MM-DD 标题`; 配套管理办法 one
    per line, the title optionally followed by ` | 文号 | YYYY-MM-DD`. The last three columns are for
    reading: an import ignores them. The list's filters apply. The ETag changes with any change to the
    tasks, with the day and the query: If-None-Match gives 304.

    Args:
        jid (UUID): The jurisdiction's id.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
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
) -> Any | File | Problem | None:
    """The task breakdown as an Excel workbook (任务分解表)

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. One sheet 任务分解表, the header in row 1, one task a row: each task by 序号 (2 before 10), followed by
    its sub-tasks. Columns: 序号、上级序号、任务名称、类别、来源类型、来源文件、文号、牵头单位、配合单位、完成时限、阶段节点、配套管理办法、状态、进度(%)、完成日期、逾期工作日.
    完成时限 and 完成日期 are date cells; 配合单位 are joined by 、; 阶段节点 one per line `YYYY-MM-DD 标题`; 配套管理办法 one
    per line, the title optionally followed by ` | 文号 | YYYY-MM-DD`. The last three columns are for
    reading: an import ignores them. The list's filters apply. The ETag changes with any change to the
    tasks, with the day and the query: If-None-Match gives 304.

    Args:
        jid (UUID): The jurisdiction's id.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
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
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
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
) -> Response[Any | File | Problem]:
    """The task breakdown as an Excel workbook (任务分解表)

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. One sheet 任务分解表, the header in row 1, one task a row: each task by 序号 (2 before 10), followed by
    its sub-tasks. Columns: 序号、上级序号、任务名称、类别、来源类型、来源文件、文号、牵头单位、配合单位、完成时限、阶段节点、配套管理办法、状态、进度(%)、完成日期、逾期工作日.
    完成时限 and 完成日期 are date cells; 配合单位 are joined by 、; 阶段节点 one per line `YYYY-MM-DD 标题`; 配套管理办法 one
    per line, the title optionally followed by ` | 文号 | YYYY-MM-DD`. The last three columns are for
    reading: an import ignores them. The list's filters apply. The ETag changes with any change to the
    tasks, with the day and the query: If-None-Match gives 304.

    Args:
        jid (UUID): The jurisdiction's id.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
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
) -> Any | File | Problem | None:
    """The task breakdown as an Excel workbook (任务分解表)

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every task; anyone else holding a post here sees the tasks their unit leads or cooperates
    on. One sheet 任务分解表, the header in row 1, one task a row: each task by 序号 (2 before 10), followed by
    its sub-tasks. Columns: 序号、上级序号、任务名称、类别、来源类型、来源文件、文号、牵头单位、配合单位、完成时限、阶段节点、配套管理办法、状态、进度(%)、完成日期、逾期工作日.
    完成时限 and 完成日期 are date cells; 配合单位 are joined by 、; 阶段节点 one per line `YYYY-MM-DD 标题`; 配套管理办法 one
    per line, the title optionally followed by ` | 文号 | YYYY-MM-DD`. The last three columns are for
    reading: an import ignores them. The list's filters apply. The ETag changes with any change to the
    tasks, with the day and the query: If-None-Match gives 304.

    Args:
        jid (UUID): The jurisdiction's id.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
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
        )
    ).parsed
