from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_out import AssessmentOut
from ...models.assessment_put import AssessmentPut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    *,
    body: AssessmentPut,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssessmentOut | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AssessmentOut | Problem]:
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
    body: AssessmentPut,
    if_match: str | Unset = UNSET,
) -> Response[Any | AssessmentOut | Problem]:
    """Prepare the year's assessment (the office)

     The office here (its people, its write client, an admin); others who see it: 403. C-ASM-1: the
    office collects the assessment's data. Creates the year's assessment in state `preparing` (201), or
    answers it unchanged when it is prepared already (200). 409 when the rulebook in force defines no
    assessment for the year; 422 for a year still to come. A final assessment never changes: every write
    answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        if_match (str | Unset):
        body (AssessmentPut): Prepare the year's assessment (nothing to say beyond the path): an
            empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssessmentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
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
    *,
    client: AuthenticatedClient,
    body: AssessmentPut,
    if_match: str | Unset = UNSET,
) -> Any | AssessmentOut | Problem | None:
    """Prepare the year's assessment (the office)

     The office here (its people, its write client, an admin); others who see it: 403. C-ASM-1: the
    office collects the assessment's data. Creates the year's assessment in state `preparing` (201), or
    answers it unchanged when it is prepared already (200). 409 when the rulebook in force defines no
    assessment for the year; 422 for a year still to come. A final assessment never changes: every write
    answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        if_match (str | Unset):
        body (AssessmentPut): Prepare the year's assessment (nothing to say beyond the path): an
            empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssessmentOut | Problem
    """

    return sync_detailed(
        jid=jid,
        year=year,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    body: AssessmentPut,
    if_match: str | Unset = UNSET,
) -> Response[Any | AssessmentOut | Problem]:
    """Prepare the year's assessment (the office)

     The office here (its people, its write client, an admin); others who see it: 403. C-ASM-1: the
    office collects the assessment's data. Creates the year's assessment in state `preparing` (201), or
    answers it unchanged when it is prepared already (200). 409 when the rulebook in force defines no
    assessment for the year; 422 for a year still to come. A final assessment never changes: every write
    answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        if_match (str | Unset):
        body (AssessmentPut): Prepare the year's assessment (nothing to say beyond the path): an
            empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssessmentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    body: AssessmentPut,
    if_match: str | Unset = UNSET,
) -> Any | AssessmentOut | Problem | None:
    """Prepare the year's assessment (the office)

     The office here (its people, its write client, an admin); others who see it: 403. C-ASM-1: the
    office collects the assessment's data. Creates the year's assessment in state `preparing` (201), or
    answers it unchanged when it is prepared already (200). 409 when the rulebook in force defines no
    assessment for the year; 422 for a year still to come. A final assessment never changes: every write
    answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        if_match (str | Unset):
        body (AssessmentPut): Prepare the year's assessment (nothing to say beyond the path): an
            empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssessmentOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
