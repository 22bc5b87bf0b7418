from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_import_task_workbook import BodyImportTaskWorkbook
from ...models.problem import Problem
from ...models.task_import_report import TaskImportReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: BodyImportTaskWorkbook,
    dry_run: bool | Unset = False,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/tasks/import".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TaskImportReport | None:
    if response.status_code == 200:
        response_200 = TaskImportReport.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | TaskImportReport]:
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
    body: BodyImportTaskWorkbook,
    dry_run: bool | Unset = False,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | TaskImportReport]:
    """Import a filled-in task breakdown workbook, or try it (dry run)

     The office here (or its write client, or an admin). One .xlsx file in the multipart field `file`,
    laid out as the export (sheet 任务分解表 or the first sheet; the header row among the first ten, columns
    in any order, matched by header text, extra columns ignored; every editable column is required: 422
    naming those missing). At most 5,000 rows (422 beyond). Rows are matched by 序号: an existing code
    updates that task where the row differs, a new code adds a task (a sub-task names its task's 序号 in
    上级序号: a task in the workbook or here, itself a top-level task). The import edits the plan only —
    texts, units, dates, milestones, measures, nesting — and never a task's state: a 状态 cell must match
    the task's state (blank says nothing) and a new task is 未开始; done and cancelled tasks are final, so
    a row changing one is an error, an identical row is unchanged. Tasks missing from the workbook stay
    as they are. Every row is judged before anything is written: unknown or former member units (matched
    by exact name), bad or missing dates, missing title, category, source type or lead unit, unknown
    labels, duplicate or malformed 序号, unknown parents or deeper nesting, milestones after the deadline
    or out of order, texts over the task's limits. A task from a meeting decision is made from the
    decision, not imported.

    With `dry_run=true` nothing is written and the answer is the report: counts, the codes that would be
    created and updated, and every error with its row (as Excel numbers it), column (header text), value
    as given and message. Without it, a workbook with errors is a 422 whose `errors` locate each bad
    cell (`body`, `file`, row, column) and whose `report` is that same report — nothing written; a clean
    one is written in one transaction (each task's own create and update audit events, and one
    `task.import`). 415 when the file is not an .xlsx workbook by its content (whatever its name); 422
    when it cannot be read.

    Args:
        jid (UUID): The jurisdiction's id.
        dry_run (bool | Unset): Judge the workbook and report, writing nothing. Default: False.
        idempotency_key (str | Unset):
        body (BodyImportTaskWorkbook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskImportReport]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        dry_run=dry_run,
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
    body: BodyImportTaskWorkbook,
    dry_run: bool | Unset = False,
    idempotency_key: str | Unset = UNSET,
) -> Problem | TaskImportReport | None:
    """Import a filled-in task breakdown workbook, or try it (dry run)

     The office here (or its write client, or an admin). One .xlsx file in the multipart field `file`,
    laid out as the export (sheet 任务分解表 or the first sheet; the header row among the first ten, columns
    in any order, matched by header text, extra columns ignored; every editable column is required: 422
    naming those missing). At most 5,000 rows (422 beyond). Rows are matched by 序号: an existing code
    updates that task where the row differs, a new code adds a task (a sub-task names its task's 序号 in
    上级序号: a task in the workbook or here, itself a top-level task). The import edits the plan only —
    texts, units, dates, milestones, measures, nesting — and never a task's state: a 状态 cell must match
    the task's state (blank says nothing) and a new task is 未开始; done and cancelled tasks are final, so
    a row changing one is an error, an identical row is unchanged. Tasks missing from the workbook stay
    as they are. Every row is judged before anything is written: unknown or former member units (matched
    by exact name), bad or missing dates, missing title, category, source type or lead unit, unknown
    labels, duplicate or malformed 序号, unknown parents or deeper nesting, milestones after the deadline
    or out of order, texts over the task's limits. A task from a meeting decision is made from the
    decision, not imported.

    With `dry_run=true` nothing is written and the answer is the report: counts, the codes that would be
    created and updated, and every error with its row (as Excel numbers it), column (header text), value
    as given and message. Without it, a workbook with errors is a 422 whose `errors` locate each bad
    cell (`body`, `file`, row, column) and whose `report` is that same report — nothing written; a clean
    one is written in one transaction (each task's own create and update audit events, and one
    `task.import`). 415 when the file is not an .xlsx workbook by its content (whatever its name); 422
    when it cannot be read.

    Args:
        jid (UUID): The jurisdiction's id.
        dry_run (bool | Unset): Judge the workbook and report, writing nothing. Default: False.
        idempotency_key (str | Unset):
        body (BodyImportTaskWorkbook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskImportReport
    """

    return sync_detailed(
        jid=jid,
        client=client,
        body=body,
        dry_run=dry_run,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyImportTaskWorkbook,
    dry_run: bool | Unset = False,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | TaskImportReport]:
    """Import a filled-in task breakdown workbook, or try it (dry run)

     The office here (or its write client, or an admin). One .xlsx file in the multipart field `file`,
    laid out as the export (sheet 任务分解表 or the first sheet; the header row among the first ten, columns
    in any order, matched by header text, extra columns ignored; every editable column is required: 422
    naming those missing). At most 5,000 rows (422 beyond). Rows are matched by 序号: an existing code
    updates that task where the row differs, a new code adds a task (a sub-task names its task's 序号 in
    上级序号: a task in the workbook or here, itself a top-level task). The import edits the plan only —
    texts, units, dates, milestones, measures, nesting — and never a task's state: a 状态 cell must match
    the task's state (blank says nothing) and a new task is 未开始; done and cancelled tasks are final, so
    a row changing one is an error, an identical row is unchanged. Tasks missing from the workbook stay
    as they are. Every row is judged before anything is written: unknown or former member units (matched
    by exact name), bad or missing dates, missing title, category, source type or lead unit, unknown
    labels, duplicate or malformed 序号, unknown parents or deeper nesting, milestones after the deadline
    or out of order, texts over the task's limits. A task from a meeting decision is made from the
    decision, not imported.

    With `dry_run=true` nothing is written and the answer is the report: counts, the codes that would be
    created and updated, and every error with its row (as Excel numbers it), column (header text), value
    as given and message. Without it, a workbook with errors is a 422 whose `errors` locate each bad
    cell (`body`, `file`, row, column) and whose `report` is that same report — nothing written; a clean
    one is written in one transaction (each task's own create and update audit events, and one
    `task.import`). 415 when the file is not an .xlsx workbook by its content (whatever its name); 422
    when it cannot be read.

    Args:
        jid (UUID): The jurisdiction's id.
        dry_run (bool | Unset): Judge the workbook and report, writing nothing. Default: False.
        idempotency_key (str | Unset):
        body (BodyImportTaskWorkbook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskImportReport]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        dry_run=dry_run,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyImportTaskWorkbook,
    dry_run: bool | Unset = False,
    idempotency_key: str | Unset = UNSET,
) -> Problem | TaskImportReport | None:
    """Import a filled-in task breakdown workbook, or try it (dry run)

     The office here (or its write client, or an admin). One .xlsx file in the multipart field `file`,
    laid out as the export (sheet 任务分解表 or the first sheet; the header row among the first ten, columns
    in any order, matched by header text, extra columns ignored; every editable column is required: 422
    naming those missing). At most 5,000 rows (422 beyond). Rows are matched by 序号: an existing code
    updates that task where the row differs, a new code adds a task (a sub-task names its task's 序号 in
    上级序号: a task in the workbook or here, itself a top-level task). The import edits the plan only —
    texts, units, dates, milestones, measures, nesting — and never a task's state: a 状态 cell must match
    the task's state (blank says nothing) and a new task is 未开始; done and cancelled tasks are final, so
    a row changing one is an error, an identical row is unchanged. Tasks missing from the workbook stay
    as they are. Every row is judged before anything is written: unknown or former member units (matched
    by exact name), bad or missing dates, missing title, category, source type or lead unit, unknown
    labels, duplicate or malformed 序号, unknown parents or deeper nesting, milestones after the deadline
    or out of order, texts over the task's limits. A task from a meeting decision is made from the
    decision, not imported.

    With `dry_run=true` nothing is written and the answer is the report: counts, the codes that would be
    created and updated, and every error with its row (as Excel numbers it), column (header text), value
    as given and message. Without it, a workbook with errors is a 422 whose `errors` locate each bad
    cell (`body`, `file`, row, column) and whose `report` is that same report — nothing written; a clean
    one is written in one transaction (each task's own create and update audit events, and one
    `task.import`). 415 when the file is not an .xlsx workbook by its content (whatever its name); 422
    when it cannot be read.

    Args:
        jid (UUID): The jurisdiction's id.
        dry_run (bool | Unset): Judge the workbook and report, writing nothing. Default: False.
        idempotency_key (str | Unset):
        body (BodyImportTaskWorkbook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskImportReport
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            dry_run=dry_run,
            idempotency_key=idempotency_key,
        )
    ).parsed
