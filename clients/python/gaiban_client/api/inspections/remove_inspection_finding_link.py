from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    link_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}/findings/{finding_id}/links/{link_id}".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
            finding_id=quote(str(finding_id), safe=""),
            link_id=quote(str(link_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    link_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Remove a link of a finding made by mistake

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The link is no longer
    shown; it is kept, with who removed it and when, and the audit trail records the change. Removing a
    link removed before changes nothing (204 again); a link the finding never had is a 404. To link the
    target again, POST it.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        link_id (UUID): The link's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
        link_id=link_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    link_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Remove a link of a finding made by mistake

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The link is no longer
    shown; it is kept, with who removed it and when, and the audit trail records the change. Removing a
    link removed before changes nothing (204 again); a link the finding never had is a 404. To link the
    target again, POST it.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        link_id (UUID): The link's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
        link_id=link_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    link_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Remove a link of a finding made by mistake

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The link is no longer
    shown; it is kept, with who removed it and when, and the audit trail records the change. Removing a
    link removed before changes nothing (204 again); a link the finding never had is a 404. To link the
    target again, POST it.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        link_id (UUID): The link's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        inspection_id=inspection_id,
        finding_id=finding_id,
        link_id=link_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    link_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Remove a link of a finding made by mistake

     CO-SUP-1: the office plans and records inspections (督导检查). The office here (its people, its write
    client, an admin) does this; others who read the jurisdiction get 403. Reached through an inspected
    county's path (an inspection of the office above), it is refused there with a 403 naming CO-SUP-1:
    the county reads and answers; the inspecting office acts at its own path. The link is no longer
    shown; it is kept, with who removed it and when, and the audit trail records the change. Removing a
    link removed before changes nothing (204 again); a link the finding never had is a 404. To link the
    target again, POST it.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        link_id (UUID): The link's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            inspection_id=inspection_id,
            finding_id=finding_id,
            link_id=link_id,
            client=client,
        )
    ).parsed
