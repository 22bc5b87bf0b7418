from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finding_create import FindingCreate
from ...models.finding_out import FindingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    *,
    body: FindingCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}/findings".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FindingOut | Problem | None:
    if response.status_code == 201:
        response_201 = FindingOut.from_dict(response.json())

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
) -> Response[FindingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Record a finding: problem, cause, handling, responsible unit or county, deadline

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Findings are recorded once
    the inspection is held (409 before). The responsible party is exactly one of `unit_id` — an active
    member unit here — and `county_id` — one of the inspection's `county_ids`, whose office answers
    through the county's own path; 422 naming the field otherwise. The deadline `due_on` is
    `rectify_within_working_days` mainland-China working days after today, on the published holiday
    arrangement (422 when it falls in a year not entered yet).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        idempotency_key (str | Unset):
        body (FindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Record a finding: problem, cause, handling, responsible unit or county, deadline

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Findings are recorded once
    the inspection is held (409 before). The responsible party is exactly one of `unit_id` — an active
    member unit here — and `county_id` — one of the inspection's `county_ids`, whose office answers
    through the county's own path; 422 naming the field otherwise. The deadline `due_on` is
    `rectify_within_working_days` mainland-China working days after today, on the published holiday
    arrangement (422 when it falls in a year not entered yet).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        idempotency_key (str | Unset):
        body (FindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        inspection_id=inspection_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Record a finding: problem, cause, handling, responsible unit or county, deadline

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Findings are recorded once
    the inspection is held (409 before). The responsible party is exactly one of `unit_id` — an active
    member unit here — and `county_id` — one of the inspection's `county_ids`, whose office answers
    through the county's own path; 422 naming the field otherwise. The deadline `due_on` is
    `rectify_within_working_days` mainland-China working days after today, on the published holiday
    arrangement (422 when it falls in a year not entered yet).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        idempotency_key (str | Unset):
        body (FindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Record a finding: problem, cause, handling, responsible unit or county, deadline

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Findings are recorded once
    the inspection is held (409 before). The responsible party is exactly one of `unit_id` — an active
    member unit here — and `county_id` — one of the inspection's `county_ids`, whose office answers
    through the county's own path; 422 naming the field otherwise. The deadline `due_on` is
    `rectify_within_working_days` mainland-China working days after today, on the published holiday
    arrangement (422 when it falls in a year not entered yet).

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        idempotency_key (str | Unset):
        body (FindingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            inspection_id=inspection_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
