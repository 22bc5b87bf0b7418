import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_meetings_out import MyMeetingsOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

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
        "url": "/v1/me/meetings",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MyMeetingsOut | Problem | None:
    if response.status_code == 200:
        response_200 = MyMeetingsOut.from_dict(response.json())

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
) -> Response[Any | MyMeetingsOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MyMeetingsOut | Problem]:
    """One's own meetings, in every jurisdiction, as JSON

     The meetings of GET /v1/me/meetings.ics (those the caller chairs or is invited to, wherever they
    are), as a JSON list for apps: the same window (default a year back, two years ahead; `from`/`to` in
    the default time zone) and the same bound (the 2,000 nearest now), so the list is not paginated.
    People only: a machine client gets 403.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyMeetingsOut | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MyMeetingsOut | Problem | None:
    """One's own meetings, in every jurisdiction, as JSON

     The meetings of GET /v1/me/meetings.ics (those the caller chairs or is invited to, wherever they
    are), as a JSON list for apps: the same window (default a year back, two years ahead; `from`/`to` in
    the default time zone) and the same bound (the 2,000 nearest now), so the list is not paginated.
    People only: a machine client gets 403.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyMeetingsOut | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MyMeetingsOut | Problem]:
    """One's own meetings, in every jurisdiction, as JSON

     The meetings of GET /v1/me/meetings.ics (those the caller chairs or is invited to, wherever they
    are), as a JSON list for apps: the same window (default a year back, two years ahead; `from`/`to` in
    the default time zone) and the same bound (the 2,000 nearest now), so the list is not paginated.
    People only: a machine client gets 403.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyMeetingsOut | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MyMeetingsOut | Problem | None:
    """One's own meetings, in every jurisdiction, as JSON

     The meetings of GET /v1/me/meetings.ics (those the caller chairs or is invited to, wherever they
    are), as a JSON list for apps: the same window (default a year back, two years ahead; `from`/`to` in
    the default time zone) and the same bound (the 2,000 nearest now), so the list is not paginated.
    People only: a machine client gets 403.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyMeetingsOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
