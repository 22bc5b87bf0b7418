from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_page_finding_out import CalendarPageFindingOut
from ...models.finding_state import FindingState
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    *,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    state: FindingState | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
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

    json_county_id: None | str | Unset
    if isinstance(county_id, Unset):
        json_county_id = UNSET
    elif isinstance(county_id, UUID):
        json_county_id = str(county_id)
    else:
        json_county_id = county_id
    params["county_id"] = json_county_id

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, FindingState):
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}/findings".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CalendarPageFindingOut | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarPageFindingOut.from_dict(response.json())

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
) -> Response[Any | CalendarPageFindingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    state: FindingState | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageFindingOut | Problem]:
    """An inspection's findings, with answers and their reviews

     404 when the caller does not see the inspection; of its findings, those the caller may read —
    through a county's path, those for the county. The office of this jurisdiction or one above it, the
    leader and deputy leaders, read clients and admins see every inspection and finding; a person
    holding a post for a member unit sees the inspections of its unit (in their scope, or with a finding
    it answers for) and its unit's findings only — never a county's (others are answered 404, or left
    out of lists). Through a county's own path (`/jurisdictions/{county}/inspections/…`) the inspections
    of the office directly above whose scope names the county, and their findings for the county, are
    seen by the county's office, the office above, read clients of the county or above and admins; by no
    one else, another county's office included (404). All of them (not paged), oldest first. `overdue`:
    the finding is not rectified (no answer accepted) and a mainland-China working day has begun since
    `due_on`, as for tasks; `overdue_working_days` counts them. A finding is rectified on the day of the
    answer the office accepted (`rectified_late` when after `due_on`).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        unit_id (None | Unset | UUID): Of this responsible unit.
        county_id (None | Unset | UUID): Of this responsible county.
        state (FindingState | None | Unset): Open, answered or accepted.
        overdue (bool | None | Unset): Only overdue (true) or not overdue (false) ones.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageFindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        unit_id=unit_id,
        county_id=county_id,
        state=state,
        overdue=overdue,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    state: FindingState | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageFindingOut | Problem | None:
    """An inspection's findings, with answers and their reviews

     404 when the caller does not see the inspection; of its findings, those the caller may read —
    through a county's path, those for the county. The office of this jurisdiction or one above it, the
    leader and deputy leaders, read clients and admins see every inspection and finding; a person
    holding a post for a member unit sees the inspections of its unit (in their scope, or with a finding
    it answers for) and its unit's findings only — never a county's (others are answered 404, or left
    out of lists). Through a county's own path (`/jurisdictions/{county}/inspections/…`) the inspections
    of the office directly above whose scope names the county, and their findings for the county, are
    seen by the county's office, the office above, read clients of the county or above and admins; by no
    one else, another county's office included (404). All of them (not paged), oldest first. `overdue`:
    the finding is not rectified (no answer accepted) and a mainland-China working day has begun since
    `due_on`, as for tasks; `overdue_working_days` counts them. A finding is rectified on the day of the
    answer the office accepted (`rectified_late` when after `due_on`).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        unit_id (None | Unset | UUID): Of this responsible unit.
        county_id (None | Unset | UUID): Of this responsible county.
        state (FindingState | None | Unset): Open, answered or accepted.
        overdue (bool | None | Unset): Only overdue (true) or not overdue (false) ones.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageFindingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        inspection_id=inspection_id,
        client=client,
        unit_id=unit_id,
        county_id=county_id,
        state=state,
        overdue=overdue,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    state: FindingState | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CalendarPageFindingOut | Problem]:
    """An inspection's findings, with answers and their reviews

     404 when the caller does not see the inspection; of its findings, those the caller may read —
    through a county's path, those for the county. The office of this jurisdiction or one above it, the
    leader and deputy leaders, read clients and admins see every inspection and finding; a person
    holding a post for a member unit sees the inspections of its unit (in their scope, or with a finding
    it answers for) and its unit's findings only — never a county's (others are answered 404, or left
    out of lists). Through a county's own path (`/jurisdictions/{county}/inspections/…`) the inspections
    of the office directly above whose scope names the county, and their findings for the county, are
    seen by the county's office, the office above, read clients of the county or above and admins; by no
    one else, another county's office included (404). All of them (not paged), oldest first. `overdue`:
    the finding is not rectified (no answer accepted) and a mainland-China working day has begun since
    `due_on`, as for tasks; `overdue_working_days` counts them. A finding is rectified on the day of the
    answer the office accepted (`rectified_late` when after `due_on`).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        unit_id (None | Unset | UUID): Of this responsible unit.
        county_id (None | Unset | UUID): Of this responsible county.
        state (FindingState | None | Unset): Open, answered or accepted.
        overdue (bool | None | Unset): Only overdue (true) or not overdue (false) ones.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CalendarPageFindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        unit_id=unit_id,
        county_id=county_id,
        state=state,
        overdue=overdue,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    county_id: None | Unset | UUID = UNSET,
    state: FindingState | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CalendarPageFindingOut | Problem | None:
    """An inspection's findings, with answers and their reviews

     404 when the caller does not see the inspection; of its findings, those the caller may read —
    through a county's path, those for the county. The office of this jurisdiction or one above it, the
    leader and deputy leaders, read clients and admins see every inspection and finding; a person
    holding a post for a member unit sees the inspections of its unit (in their scope, or with a finding
    it answers for) and its unit's findings only — never a county's (others are answered 404, or left
    out of lists). Through a county's own path (`/jurisdictions/{county}/inspections/…`) the inspections
    of the office directly above whose scope names the county, and their findings for the county, are
    seen by the county's office, the office above, read clients of the county or above and admins; by no
    one else, another county's office included (404). All of them (not paged), oldest first. `overdue`:
    the finding is not rectified (no answer accepted) and a mainland-China working day has begun since
    `due_on`, as for tasks; `overdue_working_days` counts them. A finding is rectified on the day of the
    answer the office accepted (`rectified_late` when after `due_on`).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        unit_id (None | Unset | UUID): Of this responsible unit.
        county_id (None | Unset | UUID): Of this responsible county.
        state (FindingState | None | Unset): Open, answered or accepted.
        overdue (bool | None | Unset): Only overdue (true) or not overdue (false) ones.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CalendarPageFindingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            inspection_id=inspection_id,
            client=client,
            unit_id=unit_id,
            county_id=county_id,
            state=state,
            overdue=overdue,
            if_none_match=if_none_match,
        )
    ).parsed
