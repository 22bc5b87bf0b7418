from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_add_assessment_score_evidence import BodyAddAssessmentScoreEvidence
from ...models.problem import Problem
from ...models.score_out import ScoreOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    body: BodyAddAssessmentScoreEvidence | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/scorecards/{subject_id}/indicators/{indicator}/evidence".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
            subject_id=quote(str(subject_id), safe=""),
            indicator=quote(str(indicator), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ScoreOut | None:
    if response.status_code == 201:
        response_201 = ScoreOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
    body: BodyAddAssessmentScoreEvidence | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ScoreOut]:
    """Add evidence files to an entered score (the office)

     The office here (its people, its write client, an admin); others who see it: 403. As
    `multipart/form-data`: 1–10 files in fields named `evidence` (none: 422), read as progress reports'
    are (PDF, Word, Excel or images by their content: 415 naming each other file; 422 for an empty one;
    413 above the limits). The score must be entered first (409). A final assessment never changes:
    every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        idempotency_key (str | Unset):
        body (BodyAddAssessmentScoreEvidence | Unset):

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
        idempotency_key=idempotency_key,
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
    body: BodyAddAssessmentScoreEvidence | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ScoreOut | None:
    """Add evidence files to an entered score (the office)

     The office here (its people, its write client, an admin); others who see it: 403. As
    `multipart/form-data`: 1–10 files in fields named `evidence` (none: 422), read as progress reports'
    are (PDF, Word, Excel or images by their content: 415 naming each other file; 422 for an empty one;
    413 above the limits). The score must be entered first (409). A final assessment never changes:
    every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        idempotency_key (str | Unset):
        body (BodyAddAssessmentScoreEvidence | Unset):

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    subject_id: UUID,
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddAssessmentScoreEvidence | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ScoreOut]:
    """Add evidence files to an entered score (the office)

     The office here (its people, its write client, an admin); others who see it: 403. As
    `multipart/form-data`: 1–10 files in fields named `evidence` (none: 422), read as progress reports'
    are (PDF, Word, Excel or images by their content: 415 naming each other file; 422 for an empty one;
    413 above the limits). The score must be entered first (409). A final assessment never changes:
    every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        idempotency_key (str | Unset):
        body (BodyAddAssessmentScoreEvidence | Unset):

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
        idempotency_key=idempotency_key,
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
    body: BodyAddAssessmentScoreEvidence | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ScoreOut | None:
    """Add evidence files to an entered score (the office)

     The office here (its people, its write client, an admin); others who see it: 403. As
    `multipart/form-data`: 1–10 files in fields named `evidence` (none: 422), read as progress reports'
    are (PDF, Word, Excel or images by their content: 415 naming each other file; 422 for an empty one;
    413 above the limits). The score must be entered first (409). A final assessment never changes:
    every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        subject_id (UUID): The assessed member unit's id, or the county's (jurisdiction) id.
        indicator (str): The indicator's key.
        idempotency_key (str | Unset):
        body (BodyAddAssessmentScoreEvidence | Unset):

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
            idempotency_key=idempotency_key,
        )
    ).parsed
