from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.major_matter_detail_out import MajorMatterDetailOut
from ...models.major_matter_forward import MajorMatterForward
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    matter_id: UUID,
    *,
    body: MajorMatterForward,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/major-matters/{matter_id}/forward".format(
            jid=quote(str(jid), safe=""),
            matter_id=quote(str(matter_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MajorMatterDetailOut | Problem | None:
    if response.status_code == 200:
        response_200 = MajorMatterDetailOut.from_dict(response.json())

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
) -> Response[MajorMatterDetailOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jid: UUID,
    matter_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MajorMatterForward,
    idempotency_key: str | Unset = UNSET,
) -> Response[MajorMatterDetailOut | Problem]:
    """Forward a submitted matter to the leader (呈报), consolidating others with it

     The office of the leading group that received it (CO-RPT-2), optionally with a note and other
    `submitted` matters received here (`consolidated_with`): all become `forwarded` — with the leader
    for review — and share a `consolidation_id`. 409 when any of them is not `submitted`; 422 when one
    is not a matter received here.

    Args:
        jid (UUID): The jurisdiction's id.
        matter_id (UUID): The major matter's id.
        idempotency_key (str | Unset):
        body (MajorMatterForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MajorMatterDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        matter_id=matter_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jid: UUID,
    matter_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MajorMatterForward,
    idempotency_key: str | Unset = UNSET,
) -> MajorMatterDetailOut | Problem | None:
    """Forward a submitted matter to the leader (呈报), consolidating others with it

     The office of the leading group that received it (CO-RPT-2), optionally with a note and other
    `submitted` matters received here (`consolidated_with`): all become `forwarded` — with the leader
    for review — and share a `consolidation_id`. 409 when any of them is not `submitted`; 422 when one
    is not a matter received here.

    Args:
        jid (UUID): The jurisdiction's id.
        matter_id (UUID): The major matter's id.
        idempotency_key (str | Unset):
        body (MajorMatterForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MajorMatterDetailOut | Problem
    """

    return sync_detailed(
        jid=jid,
        matter_id=matter_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    matter_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MajorMatterForward,
    idempotency_key: str | Unset = UNSET,
) -> Response[MajorMatterDetailOut | Problem]:
    """Forward a submitted matter to the leader (呈报), consolidating others with it

     The office of the leading group that received it (CO-RPT-2), optionally with a note and other
    `submitted` matters received here (`consolidated_with`): all become `forwarded` — with the leader
    for review — and share a `consolidation_id`. 409 when any of them is not `submitted`; 422 when one
    is not a matter received here.

    Args:
        jid (UUID): The jurisdiction's id.
        matter_id (UUID): The major matter's id.
        idempotency_key (str | Unset):
        body (MajorMatterForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MajorMatterDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        matter_id=matter_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    matter_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MajorMatterForward,
    idempotency_key: str | Unset = UNSET,
) -> MajorMatterDetailOut | Problem | None:
    """Forward a submitted matter to the leader (呈报), consolidating others with it

     The office of the leading group that received it (CO-RPT-2), optionally with a note and other
    `submitted` matters received here (`consolidated_with`): all become `forwarded` — with the leader
    for review — and share a `consolidation_id`. 409 when any of them is not `submitted`; 422 when one
    is not a matter received here.

    Args:
        jid (UUID): The jurisdiction's id.
        matter_id (UUID): The major matter's id.
        idempotency_key (str | Unset):
        body (MajorMatterForward):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MajorMatterDetailOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            matter_id=matter_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
