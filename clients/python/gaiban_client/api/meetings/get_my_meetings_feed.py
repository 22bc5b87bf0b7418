import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

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

    json_access_token: None | str | Unset
    if isinstance(access_token, Unset):
        json_access_token = UNSET
    else:
        json_access_token = access_token
    params["access_token"] = json_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me/meetings.ics",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
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
    access_token: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """One's own meetings, in every jurisdiction, as an iCalendar feed (RFC 5545)

     The meetings the caller chairs or is invited to, wherever they are: the one calendar a leader or a
    unit head subscribes to. Authenticated like the jurisdiction feed (a feed token as `access_token`,
    or a bearer token); people only. ETag and 304 as there.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        access_token (None | str | Unset): A feed token (POST /v1/me/feed-tokens), for calendar
            programs that cannot send a header. Access tokens go in the Authorization header only. The
            header wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        access_token=access_token,
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
    access_token: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """One's own meetings, in every jurisdiction, as an iCalendar feed (RFC 5545)

     The meetings the caller chairs or is invited to, wherever they are: the one calendar a leader or a
    unit head subscribes to. Authenticated like the jurisdiction feed (a feed token as `access_token`,
    or a bearer token); people only. ETag and 304 as there.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        access_token (None | str | Unset): A feed token (POST /v1/me/feed-tokens), for calendar
            programs that cannot send a header. Access tokens go in the Authorization header only. The
            header wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """One's own meetings, in every jurisdiction, as an iCalendar feed (RFC 5545)

     The meetings the caller chairs or is invited to, wherever they are: the one calendar a leader or a
    unit head subscribes to. Authenticated like the jurisdiction feed (a feed token as `access_token`,
    or a bearer token); people only. ETag and 304 as there.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        access_token (None | str | Unset): A feed token (POST /v1/me/feed-tokens), for calendar
            programs that cannot send a header. Access tokens go in the Authorization header only. The
            header wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """One's own meetings, in every jurisdiction, as an iCalendar feed (RFC 5545)

     The meetings the caller chairs or is invited to, wherever they are: the one calendar a leader or a
    unit head subscribes to. Authenticated like the jurisdiction feed (a feed token as `access_token`,
    or a bearer token); people only. ETag and 304 as there.

    Args:
        from_ (datetime.date | None | Unset): First day (inclusive), local time.
        to (datetime.date | None | Unset): Last day (inclusive), local time.
        access_token (None | str | Unset): A feed token (POST /v1/me/feed-tokens), for calendar
            programs that cannot send a header. Access tokens go in the Authorization header only. The
            header wins when both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            access_token=access_token,
        )
    ).parsed
