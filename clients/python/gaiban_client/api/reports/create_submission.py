from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.submission_detail_out import SubmissionDetailOut
from ...models.submission_form import SubmissionForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    *,
    body: SubmissionForm,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/submissions".format(
            jid=quote(str(jid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubmissionDetailOut | None:
    if response.status_code == 201:
        response_201 = SubmissionDetailOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | SubmissionDetailOut]:
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
    body: SubmissionForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SubmissionDetailOut]:
    """Submit a unit's report for a period, with its files (a resubmission adds a version)

     A unit's report of a kind for a period, as `multipart/form-data`:

    - `submission`: JSON — `report_kind`, `period` (`2026-10`, `2026-Q3`, `2026`), `unit_id`
      (optional when the caller holds the submitting post for one unit only), and the structured
      content: `progress` (per task: `task`, `percent`, `summary`), `experience`, `problems`,
      `suggestions`, `note` (schema: SubmissionCreate).
    - one or more files per part and format, in fields named `<part>.<format>` as the report kind
      lists them (`GET …/rulebook`: `report_kinds.<kind>.parts`). Ezhou's monthly report (E-RPT-1):
      `report.electronic`, `report.scanned`, `progress_table.electronic`, `progress_table.scanned`.
      An electronic copy is PDF, Word or Excel; a scanned copy is PDF, JPEG, PNG or TIFF. The type is
      read from the content, not from the name or the declared type.

    Submitted by the post the report kind names for the unit (its liaison officer for E-RPT-1 and
    C-RPT-1, its information officer for CO-RPT-1), judged on today's positions: otherwise 403
    naming the rule. A missing part is a 422 listing each; a file over the per-file limit or a
    request over the upload limit is a 413; a file of another type is a 415 naming it. Submitting
    again for the same unit, kind and period adds a version; earlier versions stay readable.
    Timeliness is judged on the first version's day in the jurisdiction's time zone; the time of
    receipt is the server's.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (SubmissionForm): A report's multipart form: its content as JSON in the field
            `submission`, and its files
            in fields named `<part>.<format>` as the report kind lists them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubmissionDetailOut]
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
    body: SubmissionForm,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SubmissionDetailOut | None:
    """Submit a unit's report for a period, with its files (a resubmission adds a version)

     A unit's report of a kind for a period, as `multipart/form-data`:

    - `submission`: JSON — `report_kind`, `period` (`2026-10`, `2026-Q3`, `2026`), `unit_id`
      (optional when the caller holds the submitting post for one unit only), and the structured
      content: `progress` (per task: `task`, `percent`, `summary`), `experience`, `problems`,
      `suggestions`, `note` (schema: SubmissionCreate).
    - one or more files per part and format, in fields named `<part>.<format>` as the report kind
      lists them (`GET …/rulebook`: `report_kinds.<kind>.parts`). Ezhou's monthly report (E-RPT-1):
      `report.electronic`, `report.scanned`, `progress_table.electronic`, `progress_table.scanned`.
      An electronic copy is PDF, Word or Excel; a scanned copy is PDF, JPEG, PNG or TIFF. The type is
      read from the content, not from the name or the declared type.

    Submitted by the post the report kind names for the unit (its liaison officer for E-RPT-1 and
    C-RPT-1, its information officer for CO-RPT-1), judged on today's positions: otherwise 403
    naming the rule. A missing part is a 422 listing each; a file over the per-file limit or a
    request over the upload limit is a 413; a file of another type is a 415 naming it. Submitting
    again for the same unit, kind and period adds a version; earlier versions stay readable.
    Timeliness is judged on the first version's day in the jurisdiction's time zone; the time of
    receipt is the server's.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (SubmissionForm): A report's multipart form: its content as JSON in the field
            `submission`, and its files
            in fields named `<part>.<format>` as the report kind lists them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubmissionDetailOut
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
    body: SubmissionForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | SubmissionDetailOut]:
    """Submit a unit's report for a period, with its files (a resubmission adds a version)

     A unit's report of a kind for a period, as `multipart/form-data`:

    - `submission`: JSON — `report_kind`, `period` (`2026-10`, `2026-Q3`, `2026`), `unit_id`
      (optional when the caller holds the submitting post for one unit only), and the structured
      content: `progress` (per task: `task`, `percent`, `summary`), `experience`, `problems`,
      `suggestions`, `note` (schema: SubmissionCreate).
    - one or more files per part and format, in fields named `<part>.<format>` as the report kind
      lists them (`GET …/rulebook`: `report_kinds.<kind>.parts`). Ezhou's monthly report (E-RPT-1):
      `report.electronic`, `report.scanned`, `progress_table.electronic`, `progress_table.scanned`.
      An electronic copy is PDF, Word or Excel; a scanned copy is PDF, JPEG, PNG or TIFF. The type is
      read from the content, not from the name or the declared type.

    Submitted by the post the report kind names for the unit (its liaison officer for E-RPT-1 and
    C-RPT-1, its information officer for CO-RPT-1), judged on today's positions: otherwise 403
    naming the rule. A missing part is a 422 listing each; a file over the per-file limit or a
    request over the upload limit is a 413; a file of another type is a 415 naming it. Submitting
    again for the same unit, kind and period adds a version; earlier versions stay readable.
    Timeliness is judged on the first version's day in the jurisdiction's time zone; the time of
    receipt is the server's.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (SubmissionForm): A report's multipart form: its content as JSON in the field
            `submission`, and its files
            in fields named `<part>.<format>` as the report kind lists them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubmissionDetailOut]
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
    body: SubmissionForm,
    idempotency_key: str | Unset = UNSET,
) -> Problem | SubmissionDetailOut | None:
    """Submit a unit's report for a period, with its files (a resubmission adds a version)

     A unit's report of a kind for a period, as `multipart/form-data`:

    - `submission`: JSON — `report_kind`, `period` (`2026-10`, `2026-Q3`, `2026`), `unit_id`
      (optional when the caller holds the submitting post for one unit only), and the structured
      content: `progress` (per task: `task`, `percent`, `summary`), `experience`, `problems`,
      `suggestions`, `note` (schema: SubmissionCreate).
    - one or more files per part and format, in fields named `<part>.<format>` as the report kind
      lists them (`GET …/rulebook`: `report_kinds.<kind>.parts`). Ezhou's monthly report (E-RPT-1):
      `report.electronic`, `report.scanned`, `progress_table.electronic`, `progress_table.scanned`.
      An electronic copy is PDF, Word or Excel; a scanned copy is PDF, JPEG, PNG or TIFF. The type is
      read from the content, not from the name or the declared type.

    Submitted by the post the report kind names for the unit (its liaison officer for E-RPT-1 and
    C-RPT-1, its information officer for CO-RPT-1), judged on today's positions: otherwise 403
    naming the rule. A missing part is a 422 listing each; a file over the per-file limit or a
    request over the upload limit is a 413; a file of another type is a 415 naming it. Submitting
    again for the same unit, kind and period adds a version; earlier versions stay readable.
    Timeliness is judged on the first version's day in the jurisdiction's time zone; the time of
    receipt is the server's.

    Args:
        jid (UUID): The jurisdiction's id.
        idempotency_key (str | Unset):
        body (SubmissionForm): A report's multipart form: its content as JSON in the field
            `submission`, and its files
            in fields named `<part>.<format>` as the report kind lists them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubmissionDetailOut
    """

    return (
        await asyncio_detailed(
            jid=jid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
