from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_add_task_progress_report import BodyAddTaskProgressReport
from ...models.problem import Problem
from ...models.progress_report_out import ProgressReportOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    task_id: UUID,
    *,
    body: BodyAddTaskProgressReport,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/tasks/{task_id}/progress".format(
            jid=quote(str(jid), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgressReportOut | None:
    if response.status_code == 201:
        response_201 = ProgressReportOut.from_dict(response.json())

        return response_201

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
) -> Response[Problem | ProgressReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddTaskProgressReport,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ProgressReportOut]:
    """Report progress on a task, with evidence files; perhaps propose it complete

     A progress report (进展情况) as `multipart/form-data`: `text` (1–20000 characters),
    `percent` (0–100, the task's progress now), `proposes_completion` (default false) and
    0–10 evidence files (佐证材料) in fields named `evidence`: PDF, Word, Excel
    or images, the type read from the content, never from the name or the declared type (415
    naming each other file; 422 for an empty one; 413 above the per-file or request limit). Any
    other field is a 422.

    Written by the task's lead unit (a person holding a post for it: the report is the unit's) or the
    office (the report names no unit). A cooperating unit's person, or anyone else who sees the task,
    gets 403 naming E-TSK-1; whoever does not see it, 404.

    The first report starts a task not started (`started_on` is the day). A report proposing
    completion says the task is 100 percent done (422 otherwise) and leaves the task awaiting the
    office's review (`completion_pending`): no further progress is reported until the office
    confirms or sends it back (409). Only the lead unit proposes completion: the office completes a
    task itself (POST …/complete; 422 here). Done and cancelled tasks take no reports (409); a task
    with open sub-tasks is not proposed complete (409).

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (BodyAddTaskProgressReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReportOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddTaskProgressReport,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ProgressReportOut | None:
    """Report progress on a task, with evidence files; perhaps propose it complete

     A progress report (进展情况) as `multipart/form-data`: `text` (1–20000 characters),
    `percent` (0–100, the task's progress now), `proposes_completion` (default false) and
    0–10 evidence files (佐证材料) in fields named `evidence`: PDF, Word, Excel
    or images, the type read from the content, never from the name or the declared type (415
    naming each other file; 422 for an empty one; 413 above the per-file or request limit). Any
    other field is a 422.

    Written by the task's lead unit (a person holding a post for it: the report is the unit's) or the
    office (the report names no unit). A cooperating unit's person, or anyone else who sees the task,
    gets 403 naming E-TSK-1; whoever does not see it, 404.

    The first report starts a task not started (`started_on` is the day). A report proposing
    completion says the task is 100 percent done (422 otherwise) and leaves the task awaiting the
    office's review (`completion_pending`): no further progress is reported until the office
    confirms or sends it back (409). Only the lead unit proposes completion: the office completes a
    task itself (POST …/complete; 422 here). Done and cancelled tasks take no reports (409); a task
    with open sub-tasks is not proposed complete (409).

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (BodyAddTaskProgressReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReportOut
    """

    return sync_detailed(
        jid=jid,
        task_id=task_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddTaskProgressReport,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ProgressReportOut]:
    """Report progress on a task, with evidence files; perhaps propose it complete

     A progress report (进展情况) as `multipart/form-data`: `text` (1–20000 characters),
    `percent` (0–100, the task's progress now), `proposes_completion` (default false) and
    0–10 evidence files (佐证材料) in fields named `evidence`: PDF, Word, Excel
    or images, the type read from the content, never from the name or the declared type (415
    naming each other file; 422 for an empty one; 413 above the per-file or request limit). Any
    other field is a 422.

    Written by the task's lead unit (a person holding a post for it: the report is the unit's) or the
    office (the report names no unit). A cooperating unit's person, or anyone else who sees the task,
    gets 403 naming E-TSK-1; whoever does not see it, 404.

    The first report starts a task not started (`started_on` is the day). A report proposing
    completion says the task is 100 percent done (422 otherwise) and leaves the task awaiting the
    office's review (`completion_pending`): no further progress is reported until the office
    confirms or sends it back (409). Only the lead unit proposes completion: the office completes a
    task itself (POST …/complete; 422 here). Done and cancelled tasks take no reports (409); a task
    with open sub-tasks is not proposed complete (409).

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (BodyAddTaskProgressReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReportOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyAddTaskProgressReport,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ProgressReportOut | None:
    """Report progress on a task, with evidence files; perhaps propose it complete

     A progress report (进展情况) as `multipart/form-data`: `text` (1–20000 characters),
    `percent` (0–100, the task's progress now), `proposes_completion` (default false) and
    0–10 evidence files (佐证材料) in fields named `evidence`: PDF, Word, Excel
    or images, the type read from the content, never from the name or the declared type (415
    naming each other file; 422 for an empty one; 413 above the per-file or request limit). Any
    other field is a 422.

    Written by the task's lead unit (a person holding a post for it: the report is the unit's) or the
    office (the report names no unit). A cooperating unit's person, or anyone else who sees the task,
    gets 403 naming E-TSK-1; whoever does not see it, 404.

    The first report starts a task not started (`started_on` is the day). A report proposing
    completion says the task is 100 percent done (422 otherwise) and leaves the task awaiting the
    office's review (`completion_pending`): no further progress is reported until the office
    confirms or sends it back (409). Only the lead unit proposes completion: the office completes a
    task itself (POST …/complete; 422 here). Done and cancelled tasks take no reports (409); a task
    with open sub-tasks is not proposed complete (409).

    Args:
        jid (UUID): The jurisdiction's id.
        task_id (UUID): The task's id.
        idempotency_key (str | Unset):
        body (BodyAddTaskProgressReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReportOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            task_id=task_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
