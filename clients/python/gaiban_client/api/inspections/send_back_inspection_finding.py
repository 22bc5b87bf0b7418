from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finding_out import FindingOut
from ...models.finding_send_back import FindingSendBack
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    *,
    body: FindingSendBack,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}/findings/{finding_id}/send-back".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
            finding_id=quote(str(finding_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FindingOut | Problem | None:
    if response.status_code == 200:
        response_200 = FindingOut.from_dict(response.json())

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
    finding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingSendBack,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Send the unit's (or county's) answer back, with the reason: open again

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The answer records the
    review (sent back, by whom, when, the reason); the unit answers again. 409 when no answer awaits
    review.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (FindingSendBack):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
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
    finding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingSendBack,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Send the unit's (or county's) answer back, with the reason: open again

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The answer records the
    review (sent back, by whom, when, the reason); the unit answers again. 409 when no answer awaits
    review.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (FindingSendBack):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingSendBack,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Send the unit's (or county's) answer back, with the reason: open again

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The answer records the
    review (sent back, by whom, when, the reason); the unit answers again. 409 when no answer awaits
    review.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (FindingSendBack):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FindingSendBack,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Send the unit's (or county's) answer back, with the reason: open again

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The answer records the
    review (sent back, by whom, when, the reason); the unit answers again. 409 when no answer awaits
    review.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (FindingSendBack):

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
            finding_id=finding_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
