import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecards_out import ScorecardsOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    *,
    as_of: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

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
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/scorecards".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | ScorecardsOut | None:
    if response.status_code == 200:
        response_200 = ScorecardsOut.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem | ScorecardsOut]:
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ScorecardsOut]:
    """List the scorecards (every indicator's score, the total, grade and rank)

     C-ASM-1 (C 第十五条, CO 第五条): the rulebook in force defines the year's indicators. A computed indicator
    scores weight × rate (met ÷ counted; the full weight when nothing counted); a manual one the score
    the office entered. Up to `as_of`: a member unit's reports of the indicator's report kind (its
    compliance-matrix cells), the tasks it leads due in the year, the supervision notices to it whose
    reply date is in the year, the inspection findings it answers for due in the year, the held meetings
    its head was invited to; a county's: its own jurisdiction's reports (its units' and its office's),
    tasks, notices and meetings, and the findings this office recorded for the county. A record not yet
    due is not counted. The office of this jurisdiction or one above it (a city reads its counties'
    assessments), the leader and deputy leaders, read clients and admins see every scorecard; a person
    holding a post for a member unit sees its unit's card only, and a county's office its county's card,
    here at the assessing jurisdiction's path; anyone else is answered 404 (or left out of lists).
    Without the drill-down: GET one scorecard for it.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ScorecardsOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        as_of=as_of,
        if_none_match=if_none_match,
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
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ScorecardsOut | None:
    """List the scorecards (every indicator's score, the total, grade and rank)

     C-ASM-1 (C 第十五条, CO 第五条): the rulebook in force defines the year's indicators. A computed indicator
    scores weight × rate (met ÷ counted; the full weight when nothing counted); a manual one the score
    the office entered. Up to `as_of`: a member unit's reports of the indicator's report kind (its
    compliance-matrix cells), the tasks it leads due in the year, the supervision notices to it whose
    reply date is in the year, the inspection findings it answers for due in the year, the held meetings
    its head was invited to; a county's: its own jurisdiction's reports (its units' and its office's),
    tasks, notices and meetings, and the findings this office recorded for the county. A record not yet
    due is not counted. The office of this jurisdiction or one above it (a city reads its counties'
    assessments), the leader and deputy leaders, read clients and admins see every scorecard; a person
    holding a post for a member unit sees its unit's card only, and a county's office its county's card,
    here at the assessing jurisdiction's path; anyone else is answered 404 (or left out of lists).
    Without the drill-down: GET one scorecard for it.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ScorecardsOut
    """

    return sync_detailed(
        jid=jid,
        year=year,
        client=client,
        as_of=as_of,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ScorecardsOut]:
    """List the scorecards (every indicator's score, the total, grade and rank)

     C-ASM-1 (C 第十五条, CO 第五条): the rulebook in force defines the year's indicators. A computed indicator
    scores weight × rate (met ÷ counted; the full weight when nothing counted); a manual one the score
    the office entered. Up to `as_of`: a member unit's reports of the indicator's report kind (its
    compliance-matrix cells), the tasks it leads due in the year, the supervision notices to it whose
    reply date is in the year, the inspection findings it answers for due in the year, the held meetings
    its head was invited to; a county's: its own jurisdiction's reports (its units' and its office's),
    tasks, notices and meetings, and the findings this office recorded for the county. A record not yet
    due is not counted. The office of this jurisdiction or one above it (a city reads its counties'
    assessments), the leader and deputy leaders, read clients and admins see every scorecard; a person
    holding a post for a member unit sees its unit's card only, and a county's office its county's card,
    here at the assessing jurisdiction's path; anyone else is answered 404 (or left out of lists).
    Without the drill-down: GET one scorecard for it.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ScorecardsOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        as_of=as_of,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ScorecardsOut | None:
    """List the scorecards (every indicator's score, the total, grade and rank)

     C-ASM-1 (C 第十五条, CO 第五条): the rulebook in force defines the year's indicators. A computed indicator
    scores weight × rate (met ÷ counted; the full weight when nothing counted); a manual one the score
    the office entered. Up to `as_of`: a member unit's reports of the indicator's report kind (its
    compliance-matrix cells), the tasks it leads due in the year, the supervision notices to it whose
    reply date is in the year, the inspection findings it answers for due in the year, the held meetings
    its head was invited to; a county's: its own jurisdiction's reports (its units' and its office's),
    tasks, notices and meetings, and the findings this office recorded for the county. A record not yet
    due is not counted. The office of this jurisdiction or one above it (a city reads its counties'
    assessments), the leader and deputy leaders, read clients and admins see every scorecard; a person
    holding a post for a member unit sees its unit's card only, and a county's office its county's card,
    here at the assessing jurisdiction's path; anyone else is answered 404 (or left out of lists).
    Without the drill-down: GET one scorecard for it.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        as_of (datetime.date | None | Unset): Count the records up to this day of the year
            (default: today, or the year's last day for a past year). Ignored once the assessment is
            final: its cards are those of the day it was finalised.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ScorecardsOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            client=client,
            as_of=as_of,
            if_none_match=if_none_match,
        )
    ).parsed
