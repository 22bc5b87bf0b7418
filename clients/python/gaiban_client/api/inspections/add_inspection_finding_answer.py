from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_add_inspection_finding_answer import BodyAddInspectionFindingAnswer
from ...models.finding_out import FindingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jid: UUID,
    inspection_id: UUID,
    finding_id: UUID,
    *,
    body: BodyAddInspectionFindingAnswer,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jurisdictions/{jid}/inspections/{inspection_id}/findings/{finding_id}/answers".format(
            jid=quote(str(jid), safe=""),
            inspection_id=quote(str(inspection_id), safe=""),
            finding_id=quote(str(finding_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FindingOut | Problem | None:
    if response.status_code == 201:
        response_201 = FindingOut.from_dict(response.json())

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
    body: BodyAddInspectionFindingAnswer,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Answer a finding with the rectification and evidence files (the unit or county)

     As `multipart/form-data`: `text` (1–20000 characters) and 0–10 evidence files in fields named
    `evidence`, read as progress reports' are (PDF, Word, Excel or images by their content: 415 naming
    each other file; 422 for an empty one; 413 above the limits). Any other field is a 422. CO-SUP-1:
    the answer is the responsible unit's: a person holding a post for it answers. A county's finding
    (`county` set) is answered by the county's office — a person holding an office post of the county —
    through the county's own path,
    `/jurisdictions/{county}/inspections/{inspection_id}/findings/{finding_id}/answers`; at the
    inspecting jurisdiction's path nobody answers it. Anyone else who sees the finding is refused with a
    403 naming CO-SUP-1; someone who does not see it gets 404. An answer awaiting review, or an accepted
    finding, takes none (409). Dated today; read with the finding (`Location`). Emits
    `finding.answered`.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (BodyAddInspectionFindingAnswer):

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
    body: BodyAddInspectionFindingAnswer,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Answer a finding with the rectification and evidence files (the unit or county)

     As `multipart/form-data`: `text` (1–20000 characters) and 0–10 evidence files in fields named
    `evidence`, read as progress reports' are (PDF, Word, Excel or images by their content: 415 naming
    each other file; 422 for an empty one; 413 above the limits). Any other field is a 422. CO-SUP-1:
    the answer is the responsible unit's: a person holding a post for it answers. A county's finding
    (`county` set) is answered by the county's office — a person holding an office post of the county —
    through the county's own path,
    `/jurisdictions/{county}/inspections/{inspection_id}/findings/{finding_id}/answers`; at the
    inspecting jurisdiction's path nobody answers it. Anyone else who sees the finding is refused with a
    403 naming CO-SUP-1; someone who does not see it gets 404. An answer awaiting review, or an accepted
    finding, takes none (409). Dated today; read with the finding (`Location`). Emits
    `finding.answered`.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (BodyAddInspectionFindingAnswer):

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
    body: BodyAddInspectionFindingAnswer,
    idempotency_key: str | Unset = UNSET,
) -> Response[FindingOut | Problem]:
    """Answer a finding with the rectification and evidence files (the unit or county)

     As `multipart/form-data`: `text` (1–20000 characters) and 0–10 evidence files in fields named
    `evidence`, read as progress reports' are (PDF, Word, Excel or images by their content: 415 naming
    each other file; 422 for an empty one; 413 above the limits). Any other field is a 422. CO-SUP-1:
    the answer is the responsible unit's: a person holding a post for it answers. A county's finding
    (`county` set) is answered by the county's office — a person holding an office post of the county —
    through the county's own path,
    `/jurisdictions/{county}/inspections/{inspection_id}/findings/{finding_id}/answers`; at the
    inspecting jurisdiction's path nobody answers it. Anyone else who sees the finding is refused with a
    403 naming CO-SUP-1; someone who does not see it gets 404. An answer awaiting review, or an accepted
    finding, takes none (409). Dated today; read with the finding (`Location`). Emits
    `finding.answered`.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (BodyAddInspectionFindingAnswer):

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
    body: BodyAddInspectionFindingAnswer,
    idempotency_key: str | Unset = UNSET,
) -> FindingOut | Problem | None:
    """Answer a finding with the rectification and evidence files (the unit or county)

     As `multipart/form-data`: `text` (1–20000 characters) and 0–10 evidence files in fields named
    `evidence`, read as progress reports' are (PDF, Word, Excel or images by their content: 415 naming
    each other file; 422 for an empty one; 413 above the limits). Any other field is a 422. CO-SUP-1:
    the answer is the responsible unit's: a person holding a post for it answers. A county's finding
    (`county` set) is answered by the county's office — a person holding an office post of the county —
    through the county's own path,
    `/jurisdictions/{county}/inspections/{inspection_id}/findings/{finding_id}/answers`; at the
    inspecting jurisdiction's path nobody answers it. Anyone else who sees the finding is refused with a
    403 naming CO-SUP-1; someone who does not see it gets 404. An answer awaiting review, or an accepted
    finding, takes none (409). Dated today; read with the finding (`Location`). Emits
    `finding.answered`.

    Args:
        jid (UUID): The jurisdiction's id.
        inspection_id (UUID): The inspection's id.
        finding_id (UUID): The finding's id.
        idempotency_key (str | Unset):
        body (BodyAddInspectionFindingAnswer):

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
