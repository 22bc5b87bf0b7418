from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.briefing_out import BriefingOut
from ...models.briefing_update import BriefingUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    briefing_id: UUID,
    *,
    body: BriefingUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/jurisdictions/{jid}/briefings/{briefing_id}".format(
            jid=quote(str(jid), safe=""),
            briefing_id=quote(str(briefing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BriefingOut | Problem | None:
    if response.status_code == 200:
        response_200 = BriefingOut.from_dict(response.json())

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BriefingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingUpdate,
    if_match: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Edit a draft briefing: title, body, items

     Only what is given changes; `items` replaces the whole list (each item drawn from a submission of
    this jurisdiction, or the office's own). Only a draft: a sent briefing is the record of what went to
    whom and is never edited or deleted (409).

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        if_match (str | Unset):
        body (BriefingUpdate): A draft's changes: only what is given changes; ``items`` replaces
            the whole list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        briefing_id=briefing_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingUpdate,
    if_match: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Edit a draft briefing: title, body, items

     Only what is given changes; `items` replaces the whole list (each item drawn from a submission of
    this jurisdiction, or the office's own). Only a draft: a sent briefing is the record of what went to
    whom and is never edited or deleted (409).

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        if_match (str | Unset):
        body (BriefingUpdate): A draft's changes: only what is given changes; ``items`` replaces
            the whole list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        briefing_id=briefing_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingUpdate,
    if_match: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Edit a draft briefing: title, body, items

     Only what is given changes; `items` replaces the whole list (each item drawn from a submission of
    this jurisdiction, or the office's own). Only a draft: a sent briefing is the record of what went to
    whom and is never edited or deleted (409).

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        if_match (str | Unset):
        body (BriefingUpdate): A draft's changes: only what is given changes; ``items`` replaces
            the whole list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        briefing_id=briefing_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    briefing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingUpdate,
    if_match: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Edit a draft briefing: title, body, items

     Only what is given changes; `items` replaces the whole list (each item drawn from a submission of
    this jurisdiction, or the office's own). Only a draft: a sent briefing is the record of what went to
    whom and is never edited or deleted (409).

    Args:
        jid (UUID): The jurisdiction's id.
        briefing_id (UUID): The briefing's id.
        if_match (str | Unset):
        body (BriefingUpdate): A draft's changes: only what is given changes; ``items`` replaces
            the whole list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            briefing_id=briefing_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
