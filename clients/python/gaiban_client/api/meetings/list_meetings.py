import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_state import MeetingState
from ...models.page_meeting_out import PageMeetingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    kind: None | str | Unset = UNSET,
    state: MeetingState | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    minutes_pending: bool | None | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, MeetingState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

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

    json_minutes_pending: bool | None | Unset
    if isinstance(minutes_pending, Unset):
        json_minutes_pending = UNSET
    else:
        json_minutes_pending = minutes_pending
    params["minutes_pending"] = json_minutes_pending

    json_changed_since: None | str | Unset
    if isinstance(changed_since, Unset):
        json_changed_since = UNSET
    elif isinstance(changed_since, datetime.datetime):
        json_changed_since = changed_since.isoformat()
    else:
        json_changed_since = changed_since
    params["changed_since"] = json_changed_since

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
        "url": "/v1/jurisdictions/{jid}/meetings".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageMeetingOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageMeetingOut.from_dict(response.json())

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
) -> Response[Any | PageMeetingOut | Problem]:
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
    kind: None | str | Unset = UNSET,
    state: MeetingState | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    minutes_pending: bool | None | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageMeetingOut | Problem]:
    """List meetings by start time

     The jurisdiction's meetings by start time: filter by kind, state, a date range, pending minutes and
    `changed_since`. Anyone holding a post in the jurisdiction, its office or an office above it, its
    read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        kind (None | str | Unset): Only this meeting kind.
        state (MeetingState | None | Unset): Only meetings in this state.
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        minutes_pending (bool | None | Unset): true: only held meetings whose minutes the rules
            require and are not archived yet (C-MTG-3: 存档备查); false: all others.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageMeetingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        kind=kind,
        state=state,
        from_=from_,
        to=to,
        minutes_pending=minutes_pending,
        changed_since=changed_since,
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
    kind: None | str | Unset = UNSET,
    state: MeetingState | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    minutes_pending: bool | None | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageMeetingOut | Problem | None:
    """List meetings by start time

     The jurisdiction's meetings by start time: filter by kind, state, a date range, pending minutes and
    `changed_since`. Anyone holding a post in the jurisdiction, its office or an office above it, its
    read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        kind (None | str | Unset): Only this meeting kind.
        state (MeetingState | None | Unset): Only meetings in this state.
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        minutes_pending (bool | None | Unset): true: only held meetings whose minutes the rules
            require and are not archived yet (C-MTG-3: 存档备查); false: all others.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageMeetingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        kind=kind,
        state=state,
        from_=from_,
        to=to,
        minutes_pending=minutes_pending,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    kind: None | str | Unset = UNSET,
    state: MeetingState | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    minutes_pending: bool | None | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageMeetingOut | Problem]:
    """List meetings by start time

     The jurisdiction's meetings by start time: filter by kind, state, a date range, pending minutes and
    `changed_since`. Anyone holding a post in the jurisdiction, its office or an office above it, its
    read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        kind (None | str | Unset): Only this meeting kind.
        state (MeetingState | None | Unset): Only meetings in this state.
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        minutes_pending (bool | None | Unset): true: only held meetings whose minutes the rules
            require and are not archived yet (C-MTG-3: 存档备查); false: all others.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageMeetingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        kind=kind,
        state=state,
        from_=from_,
        to=to,
        minutes_pending=minutes_pending,
        changed_since=changed_since,
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
    kind: None | str | Unset = UNSET,
    state: MeetingState | None | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    minutes_pending: bool | None | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageMeetingOut | Problem | None:
    """List meetings by start time

     The jurisdiction's meetings by start time: filter by kind, state, a date range, pending minutes and
    `changed_since`. Anyone holding a post in the jurisdiction, its office or an office above it, its
    read clients and administrators; 404 for anyone else.

    Args:
        jid (UUID): The jurisdiction's id.
        kind (None | str | Unset): Only this meeting kind.
        state (MeetingState | None | Unset): Only meetings in this state.
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        minutes_pending (bool | None | Unset): true: only held meetings whose minutes the rules
            require and are not archived yet (C-MTG-3: 存档备查); false: all others.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageMeetingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            kind=kind,
            state=state,
            from_=from_,
            to=to,
            minutes_pending=minutes_pending,
            changed_since=changed_since,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
