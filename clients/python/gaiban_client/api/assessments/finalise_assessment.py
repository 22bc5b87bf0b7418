from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_out import AssessmentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    year: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/assessments/{year}/finalisation".format(
            jid=quote(str(jid), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentOut | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentOut.from_dict(response.json())

        return response_200

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
) -> Response[AssessmentOut | Problem]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[AssessmentOut | Problem]:
    """Finalise the year's assessment (the office director)

     C-ASM-1: only the office director (a position with directs_office) or an admin; others who see it:
    403. Every appeal must be decided and every manual score entered (409 naming what is missing). The
    scorecards as of today, with their drill-down, are kept as the year's record. A final assessment
    never changes: every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        idempotency_key=idempotency_key,
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
    idempotency_key: str | Unset = UNSET,
) -> AssessmentOut | Problem | None:
    """Finalise the year's assessment (the office director)

     C-ASM-1: only the office director (a position with directs_office) or an admin; others who see it:
    403. Every appeal must be decided and every manual score entered (409 naming what is missing). The
    scorecards as of today, with their drill-down, are kept as the year's record. A final assessment
    never changes: every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentOut | Problem
    """

    return sync_detailed(
        jid=jid,
        year=year,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[AssessmentOut | Problem]:
    """Finalise the year's assessment (the office director)

     C-ASM-1: only the office director (a position with directs_office) or an admin; others who see it:
    403. Every appeal must be decided and every manual score entered (409 naming what is missing). The
    scorecards as of today, with their drill-down, are kept as the year's record. A final assessment
    never changes: every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        year=year,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> AssessmentOut | Problem | None:
    """Finalise the year's assessment (the office director)

     C-ASM-1: only the office director (a position with directs_office) or an admin; others who see it:
    403. Every appeal must be decided and every manual score entered (409 naming what is missing). The
    scorecards as of today, with their drill-down, are kept as the year's record. A final assessment
    never changes: every write answers 409 naming C-ASM-1.

    Args:
        jid (UUID): The jurisdiction's id.
        year (int): The assessed year.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            year=year,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
