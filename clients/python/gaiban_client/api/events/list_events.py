from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    after: None | str | Unset = UNSET,
    types: None | str | Unset = UNSET,
    include_descendants: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    wait: float | Unset = 0.0,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_types: None | str | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    else:
        json_types = types
    params["types"] = json_types

    params["include_descendants"] = include_descendants

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/events".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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
) -> Response[Any | EventPage | Problem]:
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
    after: None | str | Unset = UNSET,
    types: None | str | Unset = UNSET,
    include_descendants: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    wait: float | Unset = 0.0,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | EventPage | Problem]:
    """A jurisdiction's events after a cursor, oldest first, with an optional long poll

     What happened in the jurisdiction (README, Events: the types and their payloads), each written in
    the transaction of its change. Pass the answer's next_cursor as `after` to get what follows: the
    order is stable, with no gaps and no repeats, even while writers commit out of order. With `wait`
    and nothing after the cursor, the answer waits up to that many seconds for an event and comes as
    soon as one is committed. `include_descendants`: also the events of the jurisdictions below (their
    office or one above, and read clients). Read by the office here or above, the leading group's leader
    and deputies, and read clients.

    Args:
        jid (UUID): The jurisdiction's id.
        after (None | str | Unset): `next_cursor` of the previous answer.
        types (None | str | Unset): Only these types, comma-separated.
        include_descendants (bool | Unset): Also the events of the jurisdictions below this one.
            Default: False.
        limit (int | None | Unset): Events per answer (capped, default 50).
        wait (float | Unset): With nothing after the cursor, wait up to this many seconds for an
            event (long poll). Default: 0.0.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventPage | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        after=after,
        types=types,
        include_descendants=include_descendants,
        limit=limit,
        wait=wait,
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
    after: None | str | Unset = UNSET,
    types: None | str | Unset = UNSET,
    include_descendants: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    wait: float | Unset = 0.0,
    if_none_match: str | Unset = UNSET,
) -> Any | EventPage | Problem | None:
    """A jurisdiction's events after a cursor, oldest first, with an optional long poll

     What happened in the jurisdiction (README, Events: the types and their payloads), each written in
    the transaction of its change. Pass the answer's next_cursor as `after` to get what follows: the
    order is stable, with no gaps and no repeats, even while writers commit out of order. With `wait`
    and nothing after the cursor, the answer waits up to that many seconds for an event and comes as
    soon as one is committed. `include_descendants`: also the events of the jurisdictions below (their
    office or one above, and read clients). Read by the office here or above, the leading group's leader
    and deputies, and read clients.

    Args:
        jid (UUID): The jurisdiction's id.
        after (None | str | Unset): `next_cursor` of the previous answer.
        types (None | str | Unset): Only these types, comma-separated.
        include_descendants (bool | Unset): Also the events of the jurisdictions below this one.
            Default: False.
        limit (int | None | Unset): Events per answer (capped, default 50).
        wait (float | Unset): With nothing after the cursor, wait up to this many seconds for an
            event (long poll). Default: 0.0.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventPage | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        after=after,
        types=types,
        include_descendants=include_descendants,
        limit=limit,
        wait=wait,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    types: None | str | Unset = UNSET,
    include_descendants: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    wait: float | Unset = 0.0,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | EventPage | Problem]:
    """A jurisdiction's events after a cursor, oldest first, with an optional long poll

     What happened in the jurisdiction (README, Events: the types and their payloads), each written in
    the transaction of its change. Pass the answer's next_cursor as `after` to get what follows: the
    order is stable, with no gaps and no repeats, even while writers commit out of order. With `wait`
    and nothing after the cursor, the answer waits up to that many seconds for an event and comes as
    soon as one is committed. `include_descendants`: also the events of the jurisdictions below (their
    office or one above, and read clients). Read by the office here or above, the leading group's leader
    and deputies, and read clients.

    Args:
        jid (UUID): The jurisdiction's id.
        after (None | str | Unset): `next_cursor` of the previous answer.
        types (None | str | Unset): Only these types, comma-separated.
        include_descendants (bool | Unset): Also the events of the jurisdictions below this one.
            Default: False.
        limit (int | None | Unset): Events per answer (capped, default 50).
        wait (float | Unset): With nothing after the cursor, wait up to this many seconds for an
            event (long poll). Default: 0.0.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventPage | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        after=after,
        types=types,
        include_descendants=include_descendants,
        limit=limit,
        wait=wait,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    types: None | str | Unset = UNSET,
    include_descendants: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    wait: float | Unset = 0.0,
    if_none_match: str | Unset = UNSET,
) -> Any | EventPage | Problem | None:
    """A jurisdiction's events after a cursor, oldest first, with an optional long poll

     What happened in the jurisdiction (README, Events: the types and their payloads), each written in
    the transaction of its change. Pass the answer's next_cursor as `after` to get what follows: the
    order is stable, with no gaps and no repeats, even while writers commit out of order. With `wait`
    and nothing after the cursor, the answer waits up to that many seconds for an event and comes as
    soon as one is committed. `include_descendants`: also the events of the jurisdictions below (their
    office or one above, and read clients). Read by the office here or above, the leading group's leader
    and deputies, and read clients.

    Args:
        jid (UUID): The jurisdiction's id.
        after (None | str | Unset): `next_cursor` of the previous answer.
        types (None | str | Unset): Only these types, comma-separated.
        include_descendants (bool | Unset): Also the events of the jurisdictions below this one.
            Default: False.
        limit (int | None | Unset): Events per answer (capped, default 50).
        wait (float | Unset): With nothing after the cursor, wait up to this many seconds for an
            event (long poll). Default: 0.0.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventPage | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            after=after,
            types=types,
            include_descendants=include_descendants,
            limit=limit,
            wait=wait,
            if_none_match=if_none_match,
        )
    ).parsed
