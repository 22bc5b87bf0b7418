import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    *,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/table".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[File | Problem]:
    """The assessment table: each subject's scores, total, grade and rank (xlsx or CSV)

     The layout offices use: one line per subject (member units, then counties, each by rank): name,
    kind, each indicator's score, the total, grade and rank. With `Accept:
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` an Excel workbook (sheet 考核结果, a
    title line first); otherwise CSV, UTF-8 with BOM. The office of this jurisdiction or one above it (a
    city reads its counties' assessments), the leader and deputy leaders, read clients and admins see
    every scorecard; a person holding a post for a member unit sees its unit's card only, and a county's
    office its county's card, here at the assessing jurisdiction's path; anyone else is answered 404 (or
    left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> File | Problem | None:
    """The assessment table: each subject's scores, total, grade and rank (xlsx or CSV)

     The layout offices use: one line per subject (member units, then counties, each by rank): name,
    kind, each indicator's score, the total, grade and rank. With `Accept:
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` an Excel workbook (sheet 考核结果, a
    title line first); otherwise CSV, UTF-8 with BOM. The office of this jurisdiction or one above it (a
    city reads its counties' assessments), the leader and deputy leaders, read clients and admins see
    every scorecard; a person holding a post for a member unit sees its unit's card only, and a county's
    office its county's card, here at the assessing jurisdiction's path; anyone else is answered 404 (or
    left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        jid=jid,
        year=year,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[File | Problem]:
    """The assessment table: each subject's scores, total, grade and rank (xlsx or CSV)

     The layout offices use: one line per subject (member units, then counties, each by rank): name,
    kind, each indicator's score, the total, grade and rank. With `Accept:
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` an Excel workbook (sheet 考核结果, a
    title line first); otherwise CSV, UTF-8 with BOM. The office of this jurisdiction or one above it (a
    city reads its counties' assessments), the leader and deputy leaders, read clients and admins see
    every scorecard; a person holding a post for a member unit sees its unit's card only, and a county's
    office its county's card, here at the assessing jurisdiction's path; anyone else is answered 404 (or
    left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> File | Problem | None:
    """The assessment table: each subject's scores, total, grade and rank (xlsx or CSV)

     The layout offices use: one line per subject (member units, then counties, each by rank): name,
    kind, each indicator's score, the total, grade and rank. With `Accept:
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` an Excel workbook (sheet 考核结果, a
    title line first); otherwise CSV, UTF-8 with BOM. The office of this jurisdiction or one above it (a
    city reads its counties' assessments), the leader and deputy leaders, read clients and admins see
    every scorecard; a person holding a post for a member unit sees its unit's card only, and a county's
    office its county's card, here at the assessing jurisdiction's path; anyone else is answered 404 (or
    left out of lists).

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            client=client,
            as_of=as_of,
        )
    ).parsed
