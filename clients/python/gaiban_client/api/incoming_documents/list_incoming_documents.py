from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_purpose import IncomingPurpose
from ...models.incoming_state import IncomingState
from ...models.list_incoming_documents_direction import ListIncomingDocumentsDirection
from ...models.page_incoming_document_out import PageIncomingDocumentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    direction: ListIncomingDocumentsDirection | Unset = ListIncomingDocumentsDirection.RECEIVED,
    state: IncomingState | None | Unset = UNSET,
    purpose: IncomingPurpose | None | Unset = UNSET,
    is_major: bool | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
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
    elif isinstance(state, IncomingState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    elif isinstance(purpose, IncomingPurpose):
        json_purpose = purpose.value
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    json_is_major: bool | None | Unset
    if isinstance(is_major, Unset):
        json_is_major = UNSET
    else:
        json_is_major = is_major
    params["is_major"] = json_is_major

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

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
        "url": "/v1/jurisdictions/{jid}/incoming-documents".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageIncomingDocumentOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageIncomingDocumentOut.from_dict(response.json())

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
) -> Response[Any | PageIncomingDocumentOut | Problem]:
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
    direction: ListIncomingDocumentsDirection | Unset = ListIncomingDocumentsDirection.RECEIVED,
    state: IncomingState | None | Unset = UNSET,
    purpose: IncomingPurpose | None | Unset = UNSET,
    is_major: bool | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageIncomingDocumentOut | Problem]:
    """List documents received here for approval or filing, or sent upward from here

     Newest first. `direction=received` (default): every document this leading group and its office
    received, for its office (and the office above), its leader and deputy leaders, read clients and
    admins; a unit's head, liaison and information officer see their unit's; anyone else here gets an
    empty page. `direction=sent`: the documents this jurisdiction's office sent to the leading group
    above, for its office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListIncomingDocumentsDirection | Unset): Received by this leading group, or
            sent upward. Default: ListIncomingDocumentsDirection.RECEIVED.
        state (IncomingState | None | Unset):
        purpose (IncomingPurpose | None | Unset):
        is_major (bool | None | Unset): Only major matters, or none.
        unit_id (None | Unset | UUID): Only those this member unit sent.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageIncomingDocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        direction=direction,
        state=state,
        purpose=purpose,
        is_major=is_major,
        unit_id=unit_id,
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
    direction: ListIncomingDocumentsDirection | Unset = ListIncomingDocumentsDirection.RECEIVED,
    state: IncomingState | None | Unset = UNSET,
    purpose: IncomingPurpose | None | Unset = UNSET,
    is_major: bool | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageIncomingDocumentOut | Problem | None:
    """List documents received here for approval or filing, or sent upward from here

     Newest first. `direction=received` (default): every document this leading group and its office
    received, for its office (and the office above), its leader and deputy leaders, read clients and
    admins; a unit's head, liaison and information officer see their unit's; anyone else here gets an
    empty page. `direction=sent`: the documents this jurisdiction's office sent to the leading group
    above, for its office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListIncomingDocumentsDirection | Unset): Received by this leading group, or
            sent upward. Default: ListIncomingDocumentsDirection.RECEIVED.
        state (IncomingState | None | Unset):
        purpose (IncomingPurpose | None | Unset):
        is_major (bool | None | Unset): Only major matters, or none.
        unit_id (None | Unset | UUID): Only those this member unit sent.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageIncomingDocumentOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        direction=direction,
        state=state,
        purpose=purpose,
        is_major=is_major,
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    direction: ListIncomingDocumentsDirection | Unset = ListIncomingDocumentsDirection.RECEIVED,
    state: IncomingState | None | Unset = UNSET,
    purpose: IncomingPurpose | None | Unset = UNSET,
    is_major: bool | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageIncomingDocumentOut | Problem]:
    """List documents received here for approval or filing, or sent upward from here

     Newest first. `direction=received` (default): every document this leading group and its office
    received, for its office (and the office above), its leader and deputy leaders, read clients and
    admins; a unit's head, liaison and information officer see their unit's; anyone else here gets an
    empty page. `direction=sent`: the documents this jurisdiction's office sent to the leading group
    above, for its office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListIncomingDocumentsDirection | Unset): Received by this leading group, or
            sent upward. Default: ListIncomingDocumentsDirection.RECEIVED.
        state (IncomingState | None | Unset):
        purpose (IncomingPurpose | None | Unset):
        is_major (bool | None | Unset): Only major matters, or none.
        unit_id (None | Unset | UUID): Only those this member unit sent.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageIncomingDocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        direction=direction,
        state=state,
        purpose=purpose,
        is_major=is_major,
        unit_id=unit_id,
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
    direction: ListIncomingDocumentsDirection | Unset = ListIncomingDocumentsDirection.RECEIVED,
    state: IncomingState | None | Unset = UNSET,
    purpose: IncomingPurpose | None | Unset = UNSET,
    is_major: bool | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageIncomingDocumentOut | Problem | None:
    """List documents received here for approval or filing, or sent upward from here

     Newest first. `direction=received` (default): every document this leading group and its office
    received, for its office (and the office above), its leader and deputy leaders, read clients and
    admins; a unit's head, liaison and information officer see their unit's; anyone else here gets an
    empty page. `direction=sent`: the documents this jurisdiction's office sent to the leading group
    above, for its office (here or above), read clients and admins.

    Args:
        jid (UUID): The jurisdiction's id.
        direction (ListIncomingDocumentsDirection | Unset): Received by this leading group, or
            sent upward. Default: ListIncomingDocumentsDirection.RECEIVED.
        state (IncomingState | None | Unset):
        purpose (IncomingPurpose | None | Unset):
        is_major (bool | None | Unset): Only major matters, or none.
        unit_id (None | Unset | UUID): Only those this member unit sent.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageIncomingDocumentOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            direction=direction,
            state=state,
            purpose=purpose,
            is_major=is_major,
            unit_id=unit_id,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
