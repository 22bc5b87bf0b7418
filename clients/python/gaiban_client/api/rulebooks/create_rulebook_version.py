from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_rulebook_version_rulebook_document import CreateRulebookVersionRulebookDocument
from ...models.problem import Problem
from ...models.rulebook_version_out import RulebookVersionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: CreateRulebookVersionRulebookDocument,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jurisdictions/{jid}/rulebook".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RulebookVersionOut | None:
    if response.status_code == 201:
        response_201 = RulebookVersionOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | RulebookVersionOut]:
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
    body: CreateRulebookVersionRulebookDocument,
    if_match: str | Unset = UNSET,
) -> Response[Problem | RulebookVersionOut]:
    """Publish a new version of the rulebook (the jurisdiction's office director)

     Publishes a rulebook document (schema: GET /v1/rulebook-schema) taking effect on its
    `effective_from`; earlier versions stay, and each act is judged by the version in force on its date.
    The jurisdiction's office director or an administrator (403); 409 when a version already takes
    effect that day; If-Match required (428), the rulebook's ETag from GET.

    Args:
        jid (UUID): The jurisdiction's id.
        if_match (str | Unset):
        body (CreateRulebookVersionRulebookDocument): A rulebook document as described by GET
            /v1/rulebook-schema (openapi/rulebook.schema.json); effective_from inside it dates the
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulebookVersionOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRulebookVersionRulebookDocument,
    if_match: str | Unset = UNSET,
) -> Problem | RulebookVersionOut | None:
    """Publish a new version of the rulebook (the jurisdiction's office director)

     Publishes a rulebook document (schema: GET /v1/rulebook-schema) taking effect on its
    `effective_from`; earlier versions stay, and each act is judged by the version in force on its date.
    The jurisdiction's office director or an administrator (403); 409 when a version already takes
    effect that day; If-Match required (428), the rulebook's ETag from GET.

    Args:
        jid (UUID): The jurisdiction's id.
        if_match (str | Unset):
        body (CreateRulebookVersionRulebookDocument): A rulebook document as described by GET
            /v1/rulebook-schema (openapi/rulebook.schema.json); effective_from inside it dates the
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulebookVersionOut
    """

    return sync_detailed(
        jid=jid,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRulebookVersionRulebookDocument,
    if_match: str | Unset = UNSET,
) -> Response[Problem | RulebookVersionOut]:
    """Publish a new version of the rulebook (the jurisdiction's office director)

     Publishes a rulebook document (schema: GET /v1/rulebook-schema) taking effect on its
    `effective_from`; earlier versions stay, and each act is judged by the version in force on its date.
    The jurisdiction's office director or an administrator (403); 409 when a version already takes
    effect that day; If-Match required (428), the rulebook's ETag from GET.

    Args:
        jid (UUID): The jurisdiction's id.
        if_match (str | Unset):
        body (CreateRulebookVersionRulebookDocument): A rulebook document as described by GET
            /v1/rulebook-schema (openapi/rulebook.schema.json); effective_from inside it dates the
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulebookVersionOut]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRulebookVersionRulebookDocument,
    if_match: str | Unset = UNSET,
) -> Problem | RulebookVersionOut | None:
    """Publish a new version of the rulebook (the jurisdiction's office director)

     Publishes a rulebook document (schema: GET /v1/rulebook-schema) taking effect on its
    `effective_from`; earlier versions stay, and each act is judged by the version in force on its date.
    The jurisdiction's office director or an administrator (403); 409 when a version already takes
    effect that day; If-Match required (428), the rulebook's ETag from GET.

    Args:
        jid (UUID): The jurisdiction's id.
        if_match (str | Unset):
        body (CreateRulebookVersionRulebookDocument): A rulebook document as described by GET
            /v1/rulebook-schema (openapi/rulebook.schema.json); effective_from inside it dates the
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulebookVersionOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
