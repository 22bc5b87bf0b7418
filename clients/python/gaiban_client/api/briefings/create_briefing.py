from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.briefing_create import BriefingCreate
from ...models.briefing_out import BriefingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: BriefingCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/briefings".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BriefingOut | Problem | None:
    if response.status_code == 201:
        response_201 = BriefingOut.from_dict(response.json())

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
) -> Response[BriefingOut | Problem]:
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
    body: BriefingCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Draft an information briefing, optionally compiled from a period's submissions

     The office's draft (CO-RPT-1: 形成信息简报): a title, its body, and items — compiled from every submission
    of a report kind for a period (`compile_from`, e.g. `monthly_information` for `2026-11`: one item
    per unit, the latest version, its text drawn from the submission's progress, experience, problems
    and suggestions), or drawn from the submissions named (`source_submission_ids`), or written
    (`items`). A report kind the rulebook in force does not define, a period of the wrong form, or a
    submission not of this jurisdiction is a 422 naming it; no rulebook in force is a 409. The office
    here, its write client or an administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (BriefingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingCreate,
    idempotency_key: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Draft an information briefing, optionally compiled from a period's submissions

     The office's draft (CO-RPT-1: 形成信息简报): a title, its body, and items — compiled from every submission
    of a report kind for a period (`compile_from`, e.g. `monthly_information` for `2026-11`: one item
    per unit, the latest version, its text drawn from the submission's progress, experience, problems
    and suggestions), or drawn from the submissions named (`source_submission_ids`), or written
    (`items`). A report kind the rulebook in force does not define, a period of the wrong form, or a
    submission not of this jurisdiction is a 422 naming it; no rulebook in force is a 409. The office
    here, its write client or an administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (BriefingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[BriefingOut | Problem]:
    """Draft an information briefing, optionally compiled from a period's submissions

     The office's draft (CO-RPT-1: 形成信息简报): a title, its body, and items — compiled from every submission
    of a report kind for a period (`compile_from`, e.g. `monthly_information` for `2026-11`: one item
    per unit, the latest version, its text drawn from the submission's progress, experience, problems
    and suggestions), or drawn from the submissions named (`source_submission_ids`), or written
    (`items`). A report kind the rulebook in force does not define, a period of the wrong form, or a
    submission not of this jurisdiction is a 422 naming it; no rulebook in force is a 409. The office
    here, its write client or an administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (BriefingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefingOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    body: BriefingCreate,
    idempotency_key: str | Unset = UNSET,
) -> BriefingOut | Problem | None:
    """Draft an information briefing, optionally compiled from a period's submissions

     The office's draft (CO-RPT-1: 形成信息简报): a title, its body, and items — compiled from every submission
    of a report kind for a period (`compile_from`, e.g. `monthly_information` for `2026-11`: one item
    per unit, the latest version, its text drawn from the submission's progress, experience, problems
    and suggestions), or drawn from the submissions named (`source_submission_ids`), or written
    (`items`). A report kind the rulebook in force does not define, a period of the wrong form, or a
    submission not of this jurisdiction is a 422 naming it; no rulebook in force is a 409. The office
    here, its write client or an administrator.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (BriefingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefingOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
