import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inspection_state import InspectionState
from ...models.list_inspections_by import ListInspectionsBy
from ...models.page_inspection_out import PageInspectionOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    by: ListInspectionsBy | Unset = ListInspectionsBy.HERE,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    state: InspectionState | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
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

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, InspectionState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_county_id: None | str | Unset
    if isinstance(county_id, Unset):
        json_county_id = UNSET
    elif isinstance(county_id, UUID):
        json_county_id = str(county_id)
    else:
        json_county_id = county_id
    params["county_id"] = json_county_id

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
        "url": "/v1/jurisdictions/{jid}/inspections".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageInspectionOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageInspectionOut.from_dict(response.json())

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
) -> Response[Any | PageInspectionOut | Problem]:
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
    by: ListInspectionsBy | Unset = ListInspectionsBy.HERE,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    state: InspectionState | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageInspectionOut | Problem]:
    """Inspections: this office's, or (by=parent) the office above's of this county

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every inspection and finding; a person holding a post for a member unit sees the
    inspections of its unit (in their scope, or with a finding it answers for) and its unit's findings
    only — never a county's (others are answered 404, or left out of lists). Through a county's own path
    (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above whose scope
    names the county, and their findings for the county, are seen by the county's office, the office
    above, read clients of the county or above and admins; by no one else, another county's office
    included (404). `by`: `here` (default): this office's inspections. `parent`: those of the office
    directly above of this jurisdiction (a county) — the view of the county's office, which answers
    their findings for the county here; for whoever reads them (the county's office, the office above,
    read clients of the county or above, admins), anyone else an empty page. Latest first (first day,
    then id), keyset-paged (`next_cursor`).

    Args:
        jid (UUID): The jurisdiction's id.
        by (ListInspectionsBy | Unset): Whose inspections. Default: ListInspectionsBy.HERE.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        state (InspectionState | None | Unset): Planned or held.
        unit_id (None | Unset | UUID): Inspecting this unit, or with a finding it answers for.
        county_id (None | Unset | UUID): Inspecting this county.
        from_ (datetime.date | None | Unset): Its days end on or after this day.
        to (datetime.date | None | Unset): Its days start on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageInspectionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        by=by,
        limit=limit,
        cursor=cursor,
        state=state,
        unit_id=unit_id,
        county_id=county_id,
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
    by: ListInspectionsBy | Unset = ListInspectionsBy.HERE,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    state: InspectionState | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageInspectionOut | Problem | None:
    """Inspections: this office's, or (by=parent) the office above's of this county

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every inspection and finding; a person holding a post for a member unit sees the
    inspections of its unit (in their scope, or with a finding it answers for) and its unit's findings
    only — never a county's (others are answered 404, or left out of lists). Through a county's own path
    (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above whose scope
    names the county, and their findings for the county, are seen by the county's office, the office
    above, read clients of the county or above and admins; by no one else, another county's office
    included (404). `by`: `here` (default): this office's inspections. `parent`: those of the office
    directly above of this jurisdiction (a county) — the view of the county's office, which answers
    their findings for the county here; for whoever reads them (the county's office, the office above,
    read clients of the county or above, admins), anyone else an empty page. Latest first (first day,
    then id), keyset-paged (`next_cursor`).

    Args:
        jid (UUID): The jurisdiction's id.
        by (ListInspectionsBy | Unset): Whose inspections. Default: ListInspectionsBy.HERE.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        state (InspectionState | None | Unset): Planned or held.
        unit_id (None | Unset | UUID): Inspecting this unit, or with a finding it answers for.
        county_id (None | Unset | UUID): Inspecting this county.
        from_ (datetime.date | None | Unset): Its days end on or after this day.
        to (datetime.date | None | Unset): Its days start on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageInspectionOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        by=by,
        limit=limit,
        cursor=cursor,
        state=state,
        unit_id=unit_id,
        county_id=county_id,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    by: ListInspectionsBy | Unset = ListInspectionsBy.HERE,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    state: InspectionState | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageInspectionOut | Problem]:
    """Inspections: this office's, or (by=parent) the office above's of this county

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every inspection and finding; a person holding a post for a member unit sees the
    inspections of its unit (in their scope, or with a finding it answers for) and its unit's findings
    only — never a county's (others are answered 404, or left out of lists). Through a county's own path
    (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above whose scope
    names the county, and their findings for the county, are seen by the county's office, the office
    above, read clients of the county or above and admins; by no one else, another county's office
    included (404). `by`: `here` (default): this office's inspections. `parent`: those of the office
    directly above of this jurisdiction (a county) — the view of the county's office, which answers
    their findings for the county here; for whoever reads them (the county's office, the office above,
    read clients of the county or above, admins), anyone else an empty page. Latest first (first day,
    then id), keyset-paged (`next_cursor`).

    Args:
        jid (UUID): The jurisdiction's id.
        by (ListInspectionsBy | Unset): Whose inspections. Default: ListInspectionsBy.HERE.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        state (InspectionState | None | Unset): Planned or held.
        unit_id (None | Unset | UUID): Inspecting this unit, or with a finding it answers for.
        county_id (None | Unset | UUID): Inspecting this county.
        from_ (datetime.date | None | Unset): Its days end on or after this day.
        to (datetime.date | None | Unset): Its days start on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageInspectionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        by=by,
        limit=limit,
        cursor=cursor,
        state=state,
        unit_id=unit_id,
        county_id=county_id,
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
    by: ListInspectionsBy | Unset = ListInspectionsBy.HERE,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    state: InspectionState | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageInspectionOut | Problem | None:
    """Inspections: this office's, or (by=parent) the office above's of this county

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every inspection and finding; a person holding a post for a member unit sees the
    inspections of its unit (in their scope, or with a finding it answers for) and its unit's findings
    only — never a county's (others are answered 404, or left out of lists). Through a county's own path
    (`/jurisdictions/{county}/inspections/…`) the inspections of the office directly above whose scope
    names the county, and their findings for the county, are seen by the county's office, the office
    above, read clients of the county or above and admins; by no one else, another county's office
    included (404). `by`: `here` (default): this office's inspections. `parent`: those of the office
    directly above of this jurisdiction (a county) — the view of the county's office, which answers
    their findings for the county here; for whoever reads them (the county's office, the office above,
    read clients of the county or above, admins), anyone else an empty page. Latest first (first day,
    then id), keyset-paged (`next_cursor`).

    Args:
        jid (UUID): The jurisdiction's id.
        by (ListInspectionsBy | Unset): Whose inspections. Default: ListInspectionsBy.HERE.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        state (InspectionState | None | Unset): Planned or held.
        unit_id (None | Unset | UUID): Inspecting this unit, or with a finding it answers for.
        county_id (None | Unset | UUID): Inspecting this county.
        from_ (datetime.date | None | Unset): Its days end on or after this day.
        to (datetime.date | None | Unset): Its days start on or before this day.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageInspectionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            by=by,
            limit=limit,
            cursor=cursor,
            state=state,
            unit_id=unit_id,
            county_id=county_id,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
