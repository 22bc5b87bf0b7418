from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inspection_out import InspectionOut
from ...models.inspection_patch import InspectionPatch
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    *,
    body: InspectionPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InspectionOut | Problem | None:
    if response.status_code == 200:
        response_200 = InspectionOut.from_dict(response.json())

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
) -> Response[InspectionOut | Problem]:
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
    body: InspectionPatch,
) -> Response[InspectionOut | Problem]:
    """Change a planned inspection's days, scope, inspectors or plan

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Only while planned: a held
    inspection is a record (409). Fields left out stay; null is refused (422). Moving `starts_on` past
    the old `ends_on` without giving `ends_on` makes it a one-day inspection. Not versioned: the last
    change wins.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        body (InspectionPatch): The plan's fields to change while the inspection is planned; those
            left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        body=body,
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
    body: InspectionPatch,
) -> InspectionOut | Problem | None:
    """Change a planned inspection's days, scope, inspectors or plan

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Only while planned: a held
    inspection is a record (409). Fields left out stay; null is refused (422). Moving `starts_on` past
    the old `ends_on` without giving `ends_on` makes it a one-day inspection. Not versioned: the last
    change wins.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        body (InspectionPatch): The plan's fields to change while the inspection is planned; those
            left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionOut | Problem
    """

    return sync_detailed(
        jid=jid,
        inspection_id=inspection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InspectionPatch,
) -> Response[InspectionOut | Problem]:
    """Change a planned inspection's days, scope, inspectors or plan

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Only while planned: a held
    inspection is a record (409). Fields left out stay; null is refused (422). Moving `starts_on` past
    the old `ends_on` without giving `ends_on` makes it a one-day inspection. Not versioned: the last
    change wins.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        body (InspectionPatch): The plan's fields to change while the inspection is planned; those
            left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    inspection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InspectionPatch,
) -> InspectionOut | Problem | None:
    """Change a planned inspection's days, scope, inspectors or plan

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. Only while planned: a held
    inspection is a record (409). Fields left out stay; null is refused (422). Moving `starts_on` past
    the old `ends_on` without giving `ends_on` makes it a one-day inspection. Not versioned: the last
    change wins.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        body (InspectionPatch): The plan's fields to change while the inspection is planned; those
            left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            inspection_id=inspection_id,
            client=client,
            body=body,
        )
    ).parsed
