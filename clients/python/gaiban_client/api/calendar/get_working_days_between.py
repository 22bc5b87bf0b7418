import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.working_days_between_out import WorkingDaysBetweenOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendar/working-days/between",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | WorkingDaysBetweenOut | None:
    if response.status_code == 200:
        response_200 = WorkingDaysBetweenOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Any | Problem | WorkingDaysBetweenOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | WorkingDaysBetweenOut]:
    """How many working days lie in (from, to]: "late by N working days"

     Negative when `to` is before `from`; the dates at most 3660 days apart (422 beyond). A year without
    a published arrangement (bundled or entered) after the bundled data's last year is answered from the
    provisional calendar — weekends and the statutory holidays on their computed dates, no make-up
    workdays — and the answer says so: `calendar.provisional_years` in the body and the `Gaiban-
    Calendar-Provisional` header. Dates before the bundled data's first year (2004) are unknown: 422
    calendar-year-unknown.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WorkingDaysBetweenOut]
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
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | WorkingDaysBetweenOut | None:
    """How many working days lie in (from, to]: "late by N working days"

     Negative when `to` is before `from`; the dates at most 3660 days apart (422 beyond). A year without
    a published arrangement (bundled or entered) after the bundled data's last year is answered from the
    provisional calendar — weekends and the statutory holidays on their computed dates, no make-up
    workdays — and the answer says so: `calendar.provisional_years` in the body and the `Gaiban-
    Calendar-Provisional` header. Dates before the bundled data's first year (2004) are unknown: 422
    calendar-year-unknown.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WorkingDaysBetweenOut
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
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | WorkingDaysBetweenOut]:
    """How many working days lie in (from, to]: "late by N working days"

     Negative when `to` is before `from`; the dates at most 3660 days apart (422 beyond). A year without
    a published arrangement (bundled or entered) after the bundled data's last year is answered from the
    provisional calendar — weekends and the statutory holidays on their computed dates, no make-up
    workdays — and the answer says so: `calendar.provisional_years` in the body and the `Gaiban-
    Calendar-Provisional` header. Dates before the bundled data's first year (2004) are unknown: 422
    calendar-year-unknown.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WorkingDaysBetweenOut]
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
    from_: datetime.date,
    to: datetime.date,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | WorkingDaysBetweenOut | None:
    """How many working days lie in (from, to]: "late by N working days"

     Negative when `to` is before `from`; the dates at most 3660 days apart (422 beyond). A year without
    a published arrangement (bundled or entered) after the bundled data's last year is answered from the
    provisional calendar — weekends and the statutory holidays on their computed dates, no make-up
    workdays — and the answer says so: `calendar.provisional_years` in the body and the `Gaiban-
    Calendar-Provisional` header. Dates before the bundled data's first year (2004) are unknown: 422
    calendar-year-unknown.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WorkingDaysBetweenOut
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            if_none_match=if_none_match,
        )
    ).parsed
