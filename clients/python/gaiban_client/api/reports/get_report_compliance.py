import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compliance_out import ComplianceOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    report_kind: str,
    include_descendants: bool | Unset = False,
    period_from: datetime.date | None | Unset = UNSET,
    period_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["report_kind"] = report_kind

    params["include_descendants"] = include_descendants

    json_period_from: None | str | Unset
    if isinstance(period_from, Unset):
        json_period_from = UNSET
    elif isinstance(period_from, datetime.date):
        json_period_from = period_from.isoformat()
    else:
        json_period_from = period_from
    params["period_from"] = json_period_from

    json_period_to: None | str | Unset
    if isinstance(period_to, Unset):
        json_period_to = UNSET
    elif isinstance(period_to, datetime.date):
        json_period_to = period_to.isoformat()
    else:
        json_period_to = period_to
    params["period_to"] = json_period_to

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/compliance".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ComplianceOut | Problem | None:
    if response.status_code == 200:
        response_200 = ComplianceOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | ComplianceOut | Problem]:
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
    report_kind: str,
    include_descendants: bool | Unset = False,
    period_from: datetime.date | None | Unset = UNSET,
    period_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ComplianceOut | Problem]:
    """Report compliance: each unit × period on time, late, missing or not yet due

     For one report kind (of the rulebook in force on `period_to`), every period that begins in
    [period_from, period_to] (at most 366 days; `from` and `to` are their deprecated former names) and
    every active member unit (and inactive ones that submitted), or the office for the office's own
    reports. A cell is `on_time` or `late` (with `working_days_late`) by the first version's day,
    `missing` once the due date has passed without a submission (with `working_days_overdue`, the
    working days begun since the due date as of today), and `not_yet_due` until then. With `Accept:
    text/csv` the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here
    or above (a city asks for its counties'), the leader and deputies, and read clients.

    `include_descendants=true`: in the same answer, the matrix of every jurisdiction below this one
    whose submissions the caller reads (a city's office: all its counties; a county's: none above it),
    in `descendants`, each named and judged by its own rulebook (its periods and due dates may differ);
    one whose rulebook does not define the kind, or has none in force, is listed in `skipped` with the
    reason. In CSV each line is led by `jurisdiction_id` and `jurisdiction_name`. As many statements
    whatever the number of counties.

    A weak ETag, computed before the matrix from what it is built of (the submissions, units, rulebooks,
    calendar and today); `If-None-Match` with it answers 304 without building the matrix.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (str):
        include_descendants (bool | Unset): Also the matrices of the jurisdictions below this one
            (a city's counties) whose submissions the caller reads, in `descendants`. Default: False.
        period_from (datetime.date | None | Unset): Periods beginning on or after this day.
            Required.
        period_to (datetime.date | None | Unset): Periods beginning on or before this day.
            Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of period_from.
        to (datetime.date | None | Unset): Deprecated: the former name of period_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComplianceOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        report_kind=report_kind,
        include_descendants=include_descendants,
        period_from=period_from,
        period_to=period_to,
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
    report_kind: str,
    include_descendants: bool | Unset = False,
    period_from: datetime.date | None | Unset = UNSET,
    period_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ComplianceOut | Problem | None:
    """Report compliance: each unit × period on time, late, missing or not yet due

     For one report kind (of the rulebook in force on `period_to`), every period that begins in
    [period_from, period_to] (at most 366 days; `from` and `to` are their deprecated former names) and
    every active member unit (and inactive ones that submitted), or the office for the office's own
    reports. A cell is `on_time` or `late` (with `working_days_late`) by the first version's day,
    `missing` once the due date has passed without a submission (with `working_days_overdue`, the
    working days begun since the due date as of today), and `not_yet_due` until then. With `Accept:
    text/csv` the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here
    or above (a city asks for its counties'), the leader and deputies, and read clients.

    `include_descendants=true`: in the same answer, the matrix of every jurisdiction below this one
    whose submissions the caller reads (a city's office: all its counties; a county's: none above it),
    in `descendants`, each named and judged by its own rulebook (its periods and due dates may differ);
    one whose rulebook does not define the kind, or has none in force, is listed in `skipped` with the
    reason. In CSV each line is led by `jurisdiction_id` and `jurisdiction_name`. As many statements
    whatever the number of counties.

    A weak ETag, computed before the matrix from what it is built of (the submissions, units, rulebooks,
    calendar and today); `If-None-Match` with it answers 304 without building the matrix.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (str):
        include_descendants (bool | Unset): Also the matrices of the jurisdictions below this one
            (a city's counties) whose submissions the caller reads, in `descendants`. Default: False.
        period_from (datetime.date | None | Unset): Periods beginning on or after this day.
            Required.
        period_to (datetime.date | None | Unset): Periods beginning on or before this day.
            Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of period_from.
        to (datetime.date | None | Unset): Deprecated: the former name of period_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComplianceOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        report_kind=report_kind,
        include_descendants=include_descendants,
        period_from=period_from,
        period_to=period_to,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    report_kind: str,
    include_descendants: bool | Unset = False,
    period_from: datetime.date | None | Unset = UNSET,
    period_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ComplianceOut | Problem]:
    """Report compliance: each unit × period on time, late, missing or not yet due

     For one report kind (of the rulebook in force on `period_to`), every period that begins in
    [period_from, period_to] (at most 366 days; `from` and `to` are their deprecated former names) and
    every active member unit (and inactive ones that submitted), or the office for the office's own
    reports. A cell is `on_time` or `late` (with `working_days_late`) by the first version's day,
    `missing` once the due date has passed without a submission (with `working_days_overdue`, the
    working days begun since the due date as of today), and `not_yet_due` until then. With `Accept:
    text/csv` the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here
    or above (a city asks for its counties'), the leader and deputies, and read clients.

    `include_descendants=true`: in the same answer, the matrix of every jurisdiction below this one
    whose submissions the caller reads (a city's office: all its counties; a county's: none above it),
    in `descendants`, each named and judged by its own rulebook (its periods and due dates may differ);
    one whose rulebook does not define the kind, or has none in force, is listed in `skipped` with the
    reason. In CSV each line is led by `jurisdiction_id` and `jurisdiction_name`. As many statements
    whatever the number of counties.

    A weak ETag, computed before the matrix from what it is built of (the submissions, units, rulebooks,
    calendar and today); `If-None-Match` with it answers 304 without building the matrix.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (str):
        include_descendants (bool | Unset): Also the matrices of the jurisdictions below this one
            (a city's counties) whose submissions the caller reads, in `descendants`. Default: False.
        period_from (datetime.date | None | Unset): Periods beginning on or after this day.
            Required.
        period_to (datetime.date | None | Unset): Periods beginning on or before this day.
            Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of period_from.
        to (datetime.date | None | Unset): Deprecated: the former name of period_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComplianceOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        report_kind=report_kind,
        include_descendants=include_descendants,
        period_from=period_from,
        period_to=period_to,
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
    report_kind: str,
    include_descendants: bool | Unset = False,
    period_from: datetime.date | None | Unset = UNSET,
    period_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ComplianceOut | Problem | None:
    """Report compliance: each unit × period on time, late, missing or not yet due

     For one report kind (of the rulebook in force on `period_to`), every period that begins in
    [period_from, period_to] (at most 366 days; `from` and `to` are their deprecated former names) and
    every active member unit (and inactive ones that submitted), or the office for the office's own
    reports. A cell is `on_time` or `late` (with `working_days_late`) by the first version's day,
    `missing` once the due date has passed without a submission (with `working_days_overdue`, the
    working days begun since the due date as of today), and `not_yet_due` until then. With `Accept:
    text/csv` the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here
    or above (a city asks for its counties'), the leader and deputies, and read clients.

    `include_descendants=true`: in the same answer, the matrix of every jurisdiction below this one
    whose submissions the caller reads (a city's office: all its counties; a county's: none above it),
    in `descendants`, each named and judged by its own rulebook (its periods and due dates may differ);
    one whose rulebook does not define the kind, or has none in force, is listed in `skipped` with the
    reason. In CSV each line is led by `jurisdiction_id` and `jurisdiction_name`. As many statements
    whatever the number of counties.

    A weak ETag, computed before the matrix from what it is built of (the submissions, units, rulebooks,
    calendar and today); `If-None-Match` with it answers 304 without building the matrix.

    Args:
        jid (UUID): The jurisdiction's id.
        report_kind (str):
        include_descendants (bool | Unset): Also the matrices of the jurisdictions below this one
            (a city's counties) whose submissions the caller reads, in `descendants`. Default: False.
        period_from (datetime.date | None | Unset): Periods beginning on or after this day.
            Required.
        period_to (datetime.date | None | Unset): Periods beginning on or before this day.
            Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of period_from.
        to (datetime.date | None | Unset): Deprecated: the former name of period_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComplianceOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            report_kind=report_kind,
            include_descendants=include_descendants,
            period_from=period_from,
            period_to=period_to,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
