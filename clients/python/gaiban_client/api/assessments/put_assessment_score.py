from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.score_in import ScoreIn
from ...models.score_out import ScoreOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    body: ScoreIn,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/scorecards/{subject_id}/indicators/{indicator}".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
            subject_id=quote(str(subject_id), safe=""),
            indicator=quote(str(indicator), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ScoreOut | None:
    if response.status_code == 200:
        response_200 = ScoreOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ScoreOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: ScoreIn,
    if_match: str | Unset = UNSET,
) -> Response[Problem | ScoreOut]:
    """Enter an indicator's score with its reason (the office)

     The office here (its people, its write client, an admin); others who see it: 403. A manual
    indicator's score, from 0 to its weight (422 otherwise), with a written reason; a computed
    indicator's only after an appeal against it was upheld (409 before). A later entry replaces the
    score (the audit trail keeps each). A final assessment never changes: every write answers 409 naming
    C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        if_match (str | Unset):
        body (ScoreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScoreOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: ScoreIn,
    if_match: str | Unset = UNSET,
) -> Problem | ScoreOut | None:
    """Enter an indicator's score with its reason (the office)

     The office here (its people, its write client, an admin); others who see it: 403. A manual
    indicator's score, from 0 to its weight (422 otherwise), with a written reason; a computed
    indicator's only after an appeal against it was upheld (409 before). A later entry replaces the
    score (the audit trail keeps each). A final assessment never changes: every write answers 409 naming
    C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        if_match (str | Unset):
        body (ScoreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScoreOut
    """

    return sync_detailed(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: ScoreIn,
    if_match: str | Unset = UNSET,
) -> Response[Problem | ScoreOut]:
    """Enter an indicator's score with its reason (the office)

     The office here (its people, its write client, an admin); others who see it: 403. A manual
    indicator's score, from 0 to its weight (422 otherwise), with a written reason; a computed
    indicator's only after an appeal against it was upheld (409 before). A later entry replaces the
    score (the audit trail keeps each). A final assessment never changes: every write answers 409 naming
    C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        if_match (str | Unset):
        body (ScoreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScoreOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        subject_id=subject_id,
        indicator=indicator,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: ScoreIn,
    if_match: str | Unset = UNSET,
) -> Problem | ScoreOut | None:
    """Enter an indicator's score with its reason (the office)

     The office here (its people, its write client, an admin); others who see it: 403. A manual
    indicator's score, from 0 to its weight (422 otherwise), with a written reason; a computed
    indicator's only after an appeal against it was upheld (409 before). A later entry replaces the
    score (the audit trail keeps each). A final assessment never changes: every write answers 409 naming
    C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        if_match (str | Unset):
        body (ScoreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScoreOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            subject_id=subject_id,
            indicator=indicator,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
