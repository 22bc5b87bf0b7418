import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_page_obligation_out import CalendarPageObligationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    unit_id: None | Unset | UUID = UNSET,
    report_kind: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    due_from: datetime.date | None | Unset = UNSET,
    due_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_report_kind: None | str | Unset
    if isinstance(report_kind, Unset):
        json_report_kind = UNSET
    else:
        json_report_kind = report_kind
    params["report_kind"] = json_report_kind

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

    json_due_from: None | str | Unset
    if isinstance(due_from, Unset):
        json_due_from = UNSET
    elif isinstance(due_from, datetime.date):
        json_due_from = due_from.isoformat()
    else:
        json_due_from = due_from
    params["due_from"] = json_due_from

    json_due_to: None | str | Unset
    if isinstance(due_to, Unset):
        json_due_to = UNSET
    elif isinstance(due_to, datetime.date):
        json_due_to = due_to.isoformat()
    else:
        json_due_to = due_to
    params["due_to"] = json_due_to

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
        "url": "/v1/jurisdictions/{jid}/obligations".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CalendarPageObligationOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarPageObligationOut.from_dict(response.json())

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
) -> Response[Any | CalendarPageObligationOut | Problem]:
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
    report_kind: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    due_from: datetime.date | None | Unset = UNSET,
    due_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageObligationOut | Problem]:
    """Every report due from every unit (or the office) in a date range

     For each report kind of the rulebook in force on `due_to` (the jurisdiction's own or inherited),
    each period whose due date falls in [due_from, due_to] (at most 366 days; `from` and `to` are their
    deprecated former names), and each active member unit, or the office as one row with unit_id null.
    Ordered by due date, report kind, period and unit code. 409 when no rulebook is in force. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`); 422 calendar-year-unknown
    for a date before 2004.

    Args:
        jid (UUID): The jurisdiction's id.
        unit_id (None | Unset | UUID): Only this unit's.
        report_kind (None | str | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        due_from (datetime.date | None | Unset): First due date (inclusive). Required.
        due_to (datetime.date | None | Unset): Last due date (inclusive). Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of due_from.
        to (datetime.date | None | Unset): Deprecated: the former name of due_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageObligationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        unit_id=unit_id,
        report_kind=report_kind,
        limit=limit,
        cursor=cursor,
        due_from=due_from,
        due_to=due_to,
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
    unit_id: None | Unset | UUID = UNSET,
    report_kind: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    due_from: datetime.date | None | Unset = UNSET,
    due_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageObligationOut | Problem | None:
    """Every report due from every unit (or the office) in a date range

     For each report kind of the rulebook in force on `due_to` (the jurisdiction's own or inherited),
    each period whose due date falls in [due_from, due_to] (at most 366 days; `from` and `to` are their
    deprecated former names), and each active member unit, or the office as one row with unit_id null.
    Ordered by due date, report kind, period and unit code. 409 when no rulebook is in force. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`); 422 calendar-year-unknown
    for a date before 2004.

    Args:
        jid (UUID): The jurisdiction's id.
        unit_id (None | Unset | UUID): Only this unit's.
        report_kind (None | str | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        due_from (datetime.date | None | Unset): First due date (inclusive). Required.
        due_to (datetime.date | None | Unset): Last due date (inclusive). Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of due_from.
        to (datetime.date | None | Unset): Deprecated: the former name of due_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageObligationOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        unit_id=unit_id,
        report_kind=report_kind,
        limit=limit,
        cursor=cursor,
        due_from=due_from,
        due_to=due_to,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    report_kind: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    due_from: datetime.date | None | Unset = UNSET,
    due_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageObligationOut | Problem]:
    """Every report due from every unit (or the office) in a date range

     For each report kind of the rulebook in force on `due_to` (the jurisdiction's own or inherited),
    each period whose due date falls in [due_from, due_to] (at most 366 days; `from` and `to` are their
    deprecated former names), and each active member unit, or the office as one row with unit_id null.
    Ordered by due date, report kind, period and unit code. 409 when no rulebook is in force. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`); 422 calendar-year-unknown
    for a date before 2004.

    Args:
        jid (UUID): The jurisdiction's id.
        unit_id (None | Unset | UUID): Only this unit's.
        report_kind (None | str | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        due_from (datetime.date | None | Unset): First due date (inclusive). Required.
        due_to (datetime.date | None | Unset): Last due date (inclusive). Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of due_from.
        to (datetime.date | None | Unset): Deprecated: the former name of due_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageObligationOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        unit_id=unit_id,
        report_kind=report_kind,
        limit=limit,
        cursor=cursor,
        due_from=due_from,
        due_to=due_to,
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
    unit_id: None | Unset | UUID = UNSET,
    report_kind: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    due_from: datetime.date | None | Unset = UNSET,
    due_to: datetime.date | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageObligationOut | Problem | None:
    """Every report due from every unit (or the office) in a date range

     For each report kind of the rulebook in force on `due_to` (the jurisdiction's own or inherited),
    each period whose due date falls in [due_from, due_to] (at most 366 days; `from` and `to` are their
    deprecated former names), and each active member unit, or the office as one row with unit_id null.
    Ordered by due date, report kind, period and unit code. 409 when no rulebook is in force. A year
    with no published holiday arrangement yet is counted on the provisional calendar and the answer says
    so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`); 422 calendar-year-unknown
    for a date before 2004.

    Args:
        jid (UUID): The jurisdiction's id.
        unit_id (None | Unset | UUID): Only this unit's.
        report_kind (None | str | Unset):
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        due_from (datetime.date | None | Unset): First due date (inclusive). Required.
        due_to (datetime.date | None | Unset): Last due date (inclusive). Required.
        from_ (datetime.date | None | Unset): Deprecated: the former name of due_from.
        to (datetime.date | None | Unset): Deprecated: the former name of due_to.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageObligationOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            unit_id=unit_id,
            report_kind=report_kind,
            limit=limit,
            cursor=cursor,
            due_from=due_from,
            due_to=due_to,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
