from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.verification_out import VerificationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    expected_seq: int | None | Unset = UNSET,
    expected_hash: None | str | Unset = UNSET,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_expected_seq: int | None | Unset
    if isinstance(expected_seq, Unset):
        json_expected_seq = UNSET
    else:
        json_expected_seq = expected_seq
    params["expected_seq"] = json_expected_seq

    json_expected_hash: None | str | Unset
    if isinstance(expected_hash, Unset):
        json_expected_hash = UNSET
    else:
        json_expected_hash = expected_hash
    params["expected_hash"] = json_expected_hash

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    elif isinstance(jurisdiction_id, UUID):
        json_jurisdiction_id = str(jurisdiction_id)
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events/verify",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | VerificationOut | None:
    if response.status_code == 200:
        response_200 = VerificationOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | VerificationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    expected_seq: int | None | Unset = UNSET,
    expected_hash: None | str | Unset = UNSET,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | VerificationOut]:
    """Verify the audit trail's hash chains (a jurisdiction's office director, or platform administrators
    for every chain)

     Walks the jurisdiction's chain (without jurisdiction_id: every chain, platform administrators only)
    in order, recomputing each event's hash, and names the first row that is wrong: changed (hash
    mismatch), missing (a number skipped, or the tail cut off: the recorded head lies past the last
    row), or not following the one before it (prev_hash mismatch). With expected_seq and expected_hash —
    a head exported earlier by GET /v1/audit-events/chain-head and kept elsewhere — it also says whether
    that row is still in the chain with that hash (without jurisdiction_id: in the platform's chain),
    which a chain cut and rebuilt from there fails.

    Args:
        expected_seq (int | None | Unset): A head kept elsewhere: its number.
        expected_hash (None | str | Unset): A head kept elsewhere: its hash (64 hex digits).
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VerificationOut]
    """

    kwargs = _get_kwargs(
        expected_seq=expected_seq,
        expected_hash=expected_hash,
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    expected_seq: int | None | Unset = UNSET,
    expected_hash: None | str | Unset = UNSET,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | VerificationOut | None:
    """Verify the audit trail's hash chains (a jurisdiction's office director, or platform administrators
    for every chain)

     Walks the jurisdiction's chain (without jurisdiction_id: every chain, platform administrators only)
    in order, recomputing each event's hash, and names the first row that is wrong: changed (hash
    mismatch), missing (a number skipped, or the tail cut off: the recorded head lies past the last
    row), or not following the one before it (prev_hash mismatch). With expected_seq and expected_hash —
    a head exported earlier by GET /v1/audit-events/chain-head and kept elsewhere — it also says whether
    that row is still in the chain with that hash (without jurisdiction_id: in the platform's chain),
    which a chain cut and rebuilt from there fails.

    Args:
        expected_seq (int | None | Unset): A head kept elsewhere: its number.
        expected_hash (None | str | Unset): A head kept elsewhere: its hash (64 hex digits).
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VerificationOut
    """

    return sync_detailed(
        client=client,
        expected_seq=expected_seq,
        expected_hash=expected_hash,
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    expected_seq: int | None | Unset = UNSET,
    expected_hash: None | str | Unset = UNSET,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | VerificationOut]:
    """Verify the audit trail's hash chains (a jurisdiction's office director, or platform administrators
    for every chain)

     Walks the jurisdiction's chain (without jurisdiction_id: every chain, platform administrators only)
    in order, recomputing each event's hash, and names the first row that is wrong: changed (hash
    mismatch), missing (a number skipped, or the tail cut off: the recorded head lies past the last
    row), or not following the one before it (prev_hash mismatch). With expected_seq and expected_hash —
    a head exported earlier by GET /v1/audit-events/chain-head and kept elsewhere — it also says whether
    that row is still in the chain with that hash (without jurisdiction_id: in the platform's chain),
    which a chain cut and rebuilt from there fails.

    Args:
        expected_seq (int | None | Unset): A head kept elsewhere: its number.
        expected_hash (None | str | Unset): A head kept elsewhere: its hash (64 hex digits).
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VerificationOut]
    """

    kwargs = _get_kwargs(
        expected_seq=expected_seq,
        expected_hash=expected_hash,
        jurisdiction_id=jurisdiction_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    expected_seq: int | None | Unset = UNSET,
    expected_hash: None | str | Unset = UNSET,
    jurisdiction_id: None | Unset | UUID = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | VerificationOut | None:
    """Verify the audit trail's hash chains (a jurisdiction's office director, or platform administrators
    for every chain)

     Walks the jurisdiction's chain (without jurisdiction_id: every chain, platform administrators only)
    in order, recomputing each event's hash, and names the first row that is wrong: changed (hash
    mismatch), missing (a number skipped, or the tail cut off: the recorded head lies past the last
    row), or not following the one before it (prev_hash mismatch). With expected_seq and expected_hash —
    a head exported earlier by GET /v1/audit-events/chain-head and kept elsewhere — it also says whether
    that row is still in the chain with that hash (without jurisdiction_id: in the platform's chain),
    which a chain cut and rebuilt from there fails.

    Args:
        expected_seq (int | None | Unset): A head kept elsewhere: its number.
        expected_hash (None | str | Unset): A head kept elsewhere: its hash (64 hex digits).
        jurisdiction_id (None | Unset | UUID): The jurisdiction whose chain is meant; none: the
            platform's chain (events without a jurisdiction) or, to verify, every chain (platform
            administrators only).
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VerificationOut
    """

    return (
        await asyncio_detailed(
            client=client,
            expected_seq=expected_seq,
            expected_hash=expected_hash,
            jurisdiction_id=jurisdiction_id,
            if_none_match=if_none_match,
        )
    ).parsed
