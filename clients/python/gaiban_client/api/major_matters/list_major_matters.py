from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_major_matters_direction import ListMajorMattersDirection
from ...models.matter_state import MatterState
from ...models.page_major_matter_out import PageMajorMatterOut
from ...models.problem import Problem
from ...models.urgency import Urgency
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    direction: ListMajorMattersDirection | Unset = ListMajorMattersDirection.RECEIVED,
    state: MatterState | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    consolidation_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, MatterState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_urgency: None | str | Unset
    if isinstance(urgency, Unset):
        json_urgency = UNSET
    elif isinstance(urgency, Urgency):
        json_urgency = urgency.value
    else:
        json_urgency = urgency
    params["urgency"] = json_urgency

    json_consolidation_id: None | str | Unset
    if isinstance(consolidation_id, Unset):
        json_consolidation_id = UNSET
    elif isinstance(consolidation_id, UUID):
        json_consolidation_id = str(consolidation_id)
    else:
        json_consolidation_id = consolidation_id
    params["consolidation_id"] = json_consolidation_id

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/major-matters".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageMajorMatterOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageMajorMatterOut.from_dict(response.json())

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
) -> Response[Any | PageMajorMatterOut | Problem]:
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
    direction: ListMajorMattersDirection | Unset = ListMajorMattersDirection.RECEIVED,
    state: MatterState | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    consolidation_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageMajorMatterOut | Problem]:
    """List major matters received here, or sent upward from here

     Newest first. `direction=received` (default): every matter this leading group received for its
    office (and the office above), its leader and deputy leaders, read clients and admins; a unit's
    head, liaison and information officer see their unit's; anyone else here gets an empty page.
    `direction=sent`: the matters this jurisdiction's office sent to the leading group above, for its
    office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListMajorMattersDirection | Unset): Received by this leading group, or sent
            upward. Default: ListMajorMattersDirection.RECEIVED.
        state (MatterState | None | Unset):
        urgency (None | Unset | Urgency):
        consolidation_id (None | Unset | UUID): Only those forwarded together.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageMajorMatterOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        direction=direction,
        state=state,
        urgency=urgency,
        consolidation_id=consolidation_id,
        limit=limit,
        cursor=cursor,
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
    direction: ListMajorMattersDirection | Unset = ListMajorMattersDirection.RECEIVED,
    state: MatterState | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    consolidation_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageMajorMatterOut | Problem | None:
    """List major matters received here, or sent upward from here

     Newest first. `direction=received` (default): every matter this leading group received for its
    office (and the office above), its leader and deputy leaders, read clients and admins; a unit's
    head, liaison and information officer see their unit's; anyone else here gets an empty page.
    `direction=sent`: the matters this jurisdiction's office sent to the leading group above, for its
    office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListMajorMattersDirection | Unset): Received by this leading group, or sent
            upward. Default: ListMajorMattersDirection.RECEIVED.
        state (MatterState | None | Unset):
        urgency (None | Unset | Urgency):
        consolidation_id (None | Unset | UUID): Only those forwarded together.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageMajorMatterOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        direction=direction,
        state=state,
        urgency=urgency,
        consolidation_id=consolidation_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    direction: ListMajorMattersDirection | Unset = ListMajorMattersDirection.RECEIVED,
    state: MatterState | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    consolidation_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageMajorMatterOut | Problem]:
    """List major matters received here, or sent upward from here

     Newest first. `direction=received` (default): every matter this leading group received for its
    office (and the office above), its leader and deputy leaders, read clients and admins; a unit's
    head, liaison and information officer see their unit's; anyone else here gets an empty page.
    `direction=sent`: the matters this jurisdiction's office sent to the leading group above, for its
    office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListMajorMattersDirection | Unset): Received by this leading group, or sent
            upward. Default: ListMajorMattersDirection.RECEIVED.
        state (MatterState | None | Unset):
        urgency (None | Unset | Urgency):
        consolidation_id (None | Unset | UUID): Only those forwarded together.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageMajorMatterOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        direction=direction,
        state=state,
        urgency=urgency,
        consolidation_id=consolidation_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    direction: ListMajorMattersDirection | Unset = ListMajorMattersDirection.RECEIVED,
    state: MatterState | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    consolidation_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageMajorMatterOut | Problem | None:
    """List major matters received here, or sent upward from here

     Newest first. `direction=received` (default): every matter this leading group received for its
    office (and the office above), its leader and deputy leaders, read clients and admins; a unit's
    head, liaison and information officer see their unit's; anyone else here gets an empty page.
    `direction=sent`: the matters this jurisdiction's office sent to the leading group above, for its
    office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListMajorMattersDirection | Unset): Received by this leading group, or sent
            upward. Default: ListMajorMattersDirection.RECEIVED.
        state (MatterState | None | Unset):
        urgency (None | Unset | Urgency):
        consolidation_id (None | Unset | UUID): Only those forwarded together.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageMajorMatterOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            direction=direction,
            state=state,
            urgency=urgency,
            consolidation_id=consolidation_id,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
