from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parent_facts_out import ParentFactsOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/parent".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ParentFactsOut | Problem | None:
    if response.status_code == 200:
        response_200 = ParentFactsOut.from_dict(response.json())

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
) -> Response[Any | ParentFactsOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ParentFactsOut | Problem]:
    """The public facts of the jurisdiction above this one: name, rulebook, office

     For whoever reads this jurisdiction (a county's people read their city's or prefecture's): the
    parent's name, level and division code; the rulebook version in force there today (id,
    effective_from, title); the bodies it defines (leading group, office: name and document code); and
    who leads its office today (the posts with `office_leadership`: title and the holder's display name,
    no account). Only the jurisdiction directly above: a sibling's or another city's facts are not
    reached this way (404, as reading them is). 404 for a jurisdiction with no parent.

    Args:
        jid (UUID): The jurisdiction's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParentFactsOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | ParentFactsOut | Problem | None:
    """The public facts of the jurisdiction above this one: name, rulebook, office

     For whoever reads this jurisdiction (a county's people read their city's or prefecture's): the
    parent's name, level and division code; the rulebook version in force there today (id,
    effective_from, title); the bodies it defines (leading group, office: name and document code); and
    who leads its office today (the posts with `office_leadership`: title and the holder's display name,
    no account). Only the jurisdiction directly above: a sibling's or another city's facts are not
    reached this way (404, as reading them is). 404 for a jurisdiction with no parent.

    Args:
        jid (UUID): The jurisdiction's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParentFactsOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ParentFactsOut | Problem]:
    """The public facts of the jurisdiction above this one: name, rulebook, office

     For whoever reads this jurisdiction (a county's people read their city's or prefecture's): the
    parent's name, level and division code; the rulebook version in force there today (id,
    effective_from, title); the bodies it defines (leading group, office: name and document code); and
    who leads its office today (the posts with `office_leadership`: title and the holder's display name,
    no account). Only the jurisdiction directly above: a sibling's or another city's facts are not
    reached this way (404, as reading them is). 404 for a jurisdiction with no parent.

    Args:
        jid (UUID): The jurisdiction's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParentFactsOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | ParentFactsOut | Problem | None:
    """The public facts of the jurisdiction above this one: name, rulebook, office

     For whoever reads this jurisdiction (a county's people read their city's or prefecture's): the
    parent's name, level and division code; the rulebook version in force there today (id,
    effective_from, title); the bodies it defines (leading group, office: name and document code); and
    who leads its office today (the posts with `office_leadership`: title and the holder's display name,
    no account). Only the jurisdiction directly above: a sibling's or another city's facts are not
    reached this way (404, as reading them is). 404 for a jurisdiction with no parent.

    Args:
        jid (UUID): The jurisdiction's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParentFactsOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
