import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation_out import EvaluationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/inspections/evaluation".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EvaluationOut | Problem | None:
    if response.status_code == 200:
        response_200 = EvaluationOut.from_dict(response.json())

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
) -> Response[Any | EvaluationOut | Problem]:
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
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | EvaluationOut | Problem]:
    """The regular evaluation (定期评估): every inspection and finding of a period

     CO-SUP-1: regular evaluation of the reform's progress. Every inspection whose days meet the period
    `from`–`to` (both required, inclusive), oldest first, with its findings and their status today and
    the totals. The office of this jurisdiction or one above it, the leader and deputy leaders, read
    clients and admins see every inspection and finding; a person holding a post for a member unit sees
    the inspections of its unit (in their scope, or with a finding it answers for) and its unit's
    findings only — never a county's (others are answered 404, or left out of lists). Through a county's
    own path (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above
    whose scope names the county, and their findings for the county, are seen by the county's office,
    the office above, read clients of the county or above and admins; by no one else, another county's
    office included (404). `overdue`: the finding is not rectified (no answer accepted) and a mainland-
    China working day has begun since `due_on`, as for tasks; `overdue_working_days` counts them. A
    finding is rectified on the day of the answer the office accepted (`rectified_late` when after
    `due_on`). With `Accept: text/csv`, one line per finding (an inspection without findings on a line
    of its own), UTF-8 with BOM; with `Accept: application/vnd.openxmlformats-
    officedocument.spreadsheetml.sheet`, the same as an Excel workbook (sheet 定期评估).

    Args:
        jid (UUID): The jurisdiction's id.
        from_ (datetime.date): The period's first day.
        to (datetime.date): The period's last day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EvaluationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        from_=from_,
        to=to,
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
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Any | EvaluationOut | Problem | None:
    """The regular evaluation (定期评估): every inspection and finding of a period

     CO-SUP-1: regular evaluation of the reform's progress. Every inspection whose days meet the period
    `from`–`to` (both required, inclusive), oldest first, with its findings and their status today and
    the totals. The office of this jurisdiction or one above it, the leader and deputy leaders, read
    clients and admins see every inspection and finding; a person holding a post for a member unit sees
    the inspections of its unit (in their scope, or with a finding it answers for) and its unit's
    findings only — never a county's (others are answered 404, or left out of lists). Through a county's
    own path (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above
    whose scope names the county, and their findings for the county, are seen by the county's office,
    the office above, read clients of the county or above and admins; by no one else, another county's
    office included (404). `overdue`: the finding is not rectified (no answer accepted) and a mainland-
    China working day has begun since `due_on`, as for tasks; `overdue_working_days` counts them. A
    finding is rectified on the day of the answer the office accepted (`rectified_late` when after
    `due_on`). With `Accept: text/csv`, one line per finding (an inspection without findings on a line
    of its own), UTF-8 with BOM; with `Accept: application/vnd.openxmlformats-
    officedocument.spreadsheetml.sheet`, the same as an Excel workbook (sheet 定期评估).

    Args:
        jid (UUID): The jurisdiction's id.
        from_ (datetime.date): The period's first day.
        to (datetime.date): The period's last day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EvaluationOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | EvaluationOut | Problem]:
    """The regular evaluation (定期评估): every inspection and finding of a period

     CO-SUP-1: regular evaluation of the reform's progress. Every inspection whose days meet the period
    `from`–`to` (both required, inclusive), oldest first, with its findings and their status today and
    the totals. The office of this jurisdiction or one above it, the leader and deputy leaders, read
    clients and admins see every inspection and finding; a person holding a post for a member unit sees
    the inspections of its unit (in their scope, or with a finding it answers for) and its unit's
    findings only — never a county's (others are answered 404, or left out of lists). Through a county's
    own path (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above
    whose scope names the county, and their findings for the county, are seen by the county's office,
    the office above, read clients of the county or above and admins; by no one else, another county's
    office included (404). `overdue`: the finding is not rectified (no answer accepted) and a mainland-
    China working day has begun since `due_on`, as for tasks; `overdue_working_days` counts them. A
    finding is rectified on the day of the answer the office accepted (`rectified_late` when after
    `due_on`). With `Accept: text/csv`, one line per finding (an inspection without findings on a line
    of its own), UTF-8 with BOM; with `Accept: application/vnd.openxmlformats-
    officedocument.spreadsheetml.sheet`, the same as an Excel workbook (sheet 定期评估).

    Args:
        jid (UUID): The jurisdiction's id.
        from_ (datetime.date): The period's first day.
        to (datetime.date): The period's last day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EvaluationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Any | EvaluationOut | Problem | None:
    """The regular evaluation (定期评估): every inspection and finding of a period

     CO-SUP-1: regular evaluation of the reform's progress. Every inspection whose days meet the period
    `from`–`to` (both required, inclusive), oldest first, with its findings and their status today and
    the totals. The office of this jurisdiction or one above it, the leader and deputy leaders, read
    clients and admins see every inspection and finding; a person holding a post for a member unit sees
    the inspections of its unit (in their scope, or with a finding it answers for) and its unit's
    findings only — never a county's (others are answered 404, or left out of lists). Through a county's
    own path (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above
    whose scope names the county, and their findings for the county, are seen by the county's office,
    the office above, read clients of the county or above and admins; by no one else, another county's
    office included (404). `overdue`: the finding is not rectified (no answer accepted) and a mainland-
    China working day has begun since `due_on`, as for tasks; `overdue_working_days` counts them. A
    finding is rectified on the day of the answer the office accepted (`rectified_late` when after
    `due_on`). With `Accept: text/csv`, one line per finding (an inspection without findings on a line
    of its own), UTF-8 with BOM; with `Accept: application/vnd.openxmlformats-
    officedocument.spreadsheetml.sheet`, the same as an Excel workbook (sheet 定期评估).

    Args:
        jid (UUID): The jurisdiction's id.
        from_ (datetime.date): The period's first day.
        to (datetime.date): The period's last day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EvaluationOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
