import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_state import DocumentState
from ...models.page_document_summary_out import PageDocumentSummaryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    issuer: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: DocumentState | None | Unset = UNSET,
    recipient: None | str | Unset = UNSET,
    number: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_issuer: None | str | Unset
    if isinstance(issuer, Unset):
        json_issuer = UNSET
    else:
        json_issuer = issuer
    params["issuer"] = json_issuer

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, DocumentState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_recipient: None | str | Unset
    if isinstance(recipient, Unset):
        json_recipient = UNSET
    else:
        json_recipient = recipient
    params["recipient"] = json_recipient

    json_number: None | str | Unset
    if isinstance(number, Unset):
        json_number = UNSET
    else:
        json_number = number
    params["number"] = json_number

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_changed_since: None | str | Unset
    if isinstance(changed_since, Unset):
        json_changed_since = UNSET
    elif isinstance(changed_since, datetime.datetime):
        json_changed_since = changed_since.isoformat()
    else:
        json_changed_since = changed_since
    params["changed_since"] = json_changed_since

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/{jid}/documents".format(
            jid=quote(str(jid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageDocumentSummaryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageDocumentSummaryOut.from_dict(response.json())

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
) -> Response[Any | PageDocumentSummaryOut | Problem]:
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
    issuer: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: DocumentState | None | Unset = UNSET,
    recipient: None | str | Unset = UNSET,
    number: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageDocumentSummaryOut | Problem]:
    """List documents, newest first: filter by issuer, year, state, recipient, number

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every document, drafts included; anyone else holding a position here sees the issued
    (signed or void) documents of which they are a recipient. `year` is the number's year (drafts have
    none). `recipient` is `leading_group`, `member_unit:<unit id>` or `county_office:<jurisdiction id>`.
    `number` finds one document by its number, typed with any usual brackets (`鄂州工改办[2019]23号` finds
    `鄂州工改办〔2019〕23号`). `q` searches titles.

    Args:
        jid (UUID): The jurisdiction's id.
        issuer (None | str | Unset): An issuer key: office, leading_group.
        year (int | None | Unset): Only those numbered in this year.
        state (DocumentState | None | Unset): Only in this state.
        recipient (None | str | Unset): Only those sent to this recipient.
        number (None | str | Unset): The document number (发文字号).
        q (None | str | Unset): Words in the title.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageDocumentSummaryOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        issuer=issuer,
        year=year,
        state=state,
        recipient=recipient,
        number=number,
        q=q,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
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
    issuer: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: DocumentState | None | Unset = UNSET,
    recipient: None | str | Unset = UNSET,
    number: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageDocumentSummaryOut | Problem | None:
    """List documents, newest first: filter by issuer, year, state, recipient, number

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every document, drafts included; anyone else holding a position here sees the issued
    (signed or void) documents of which they are a recipient. `year` is the number's year (drafts have
    none). `recipient` is `leading_group`, `member_unit:<unit id>` or `county_office:<jurisdiction id>`.
    `number` finds one document by its number, typed with any usual brackets (`鄂州工改办[2019]23号` finds
    `鄂州工改办〔2019〕23号`). `q` searches titles.

    Args:
        jid (UUID): The jurisdiction's id.
        issuer (None | str | Unset): An issuer key: office, leading_group.
        year (int | None | Unset): Only those numbered in this year.
        state (DocumentState | None | Unset): Only in this state.
        recipient (None | str | Unset): Only those sent to this recipient.
        number (None | str | Unset): The document number (发文字号).
        q (None | str | Unset): Words in the title.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageDocumentSummaryOut | Problem
    """

    return sync_detailed(
        jid=jid,
        client=client,
        issuer=issuer,
        year=year,
        state=state,
        recipient=recipient,
        number=number,
        q=q,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    issuer: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: DocumentState | None | Unset = UNSET,
    recipient: None | str | Unset = UNSET,
    number: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageDocumentSummaryOut | Problem]:
    """List documents, newest first: filter by issuer, year, state, recipient, number

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every document, drafts included; anyone else holding a position here sees the issued
    (signed or void) documents of which they are a recipient. `year` is the number's year (drafts have
    none). `recipient` is `leading_group`, `member_unit:<unit id>` or `county_office:<jurisdiction id>`.
    `number` finds one document by its number, typed with any usual brackets (`鄂州工改办[2019]23号` finds
    `鄂州工改办〔2019〕23号`). `q` searches titles.

    Args:
        jid (UUID): The jurisdiction's id.
        issuer (None | str | Unset): An issuer key: office, leading_group.
        year (int | None | Unset): Only those numbered in this year.
        state (DocumentState | None | Unset): Only in this state.
        recipient (None | str | Unset): Only those sent to this recipient.
        number (None | str | Unset): The document number (发文字号).
        q (None | str | Unset): Words in the title.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageDocumentSummaryOut | Problem]
    """

    kwargs = _get_kwargs(
        jid=jid,
        issuer=issuer,
        year=year,
        state=state,
        recipient=recipient,
        number=number,
        q=q,
        changed_since=changed_since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jid: UUID,
    *,
    client: AuthenticatedClient,
    issuer: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: DocumentState | None | Unset = UNSET,
    recipient: None | str | Unset = UNSET,
    number: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    changed_since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageDocumentSummaryOut | Problem | None:
    """List documents, newest first: filter by issuer, year, state, recipient, number

     The office of this jurisdiction or one above it, the leader and deputy leaders, read clients and
    admins see every document, drafts included; anyone else holding a position here sees the issued
    (signed or void) documents of which they are a recipient. `year` is the number's year (drafts have
    none). `recipient` is `leading_group`, `member_unit:<unit id>` or `county_office:<jurisdiction id>`.
    `number` finds one document by its number, typed with any usual brackets (`鄂州工改办[2019]23号` finds
    `鄂州工改办〔2019〕23号`). `q` searches titles.

    Args:
        jid (UUID): The jurisdiction's id.
        issuer (None | str | Unset): An issuer key: office, leading_group.
        year (int | None | Unset): Only those numbered in this year.
        state (DocumentState | None | Unset): Only in this state.
        recipient (None | str | Unset): Only those sent to this recipient.
        number (None | str | Unset): The document number (发文字号).
        q (None | str | Unset): Words in the title.
        changed_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339, with its offset): each item's `updated_at`. To pull only what changed,
            keep the latest `updated_at` seen and pass it, less a minute: a change is stamped when its
            transaction began, so one committed just after a pull can carry an earlier stamp. Items
            seen twice are the same by `id`.
        limit (int | None | Unset): Items per page (capped by the server, default 50).
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageDocumentSummaryOut | Problem
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            issuer=issuer,
            year=year,
            state=state,
            recipient=recipient,
            number=number,
            q=q,
            changed_since=changed_since,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
