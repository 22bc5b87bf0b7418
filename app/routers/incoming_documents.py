from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import HandleIncomingDocuments, Now, ReadJurisdiction, SendIncomingDocuments
from app.domain.documents import IncomingAct, IncomingPurpose, IncomingState
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.incoming_documents import (
    IncomingApprove,
    IncomingDocumentCreate,
    IncomingDocumentDetailOut,
    IncomingDocumentOut,
    IncomingFile,
    IncomingForward,
    IncomingReturn,
)
from app.services import incoming_documents as service

router = APIRouter(prefix="/jurisdictions/{jid}/incoming-documents", tags=["incoming-documents"])

DocumentId = Annotated[uuid.UUID, Path(description="The incoming document's id.")]

SEND_DESCRIPTION = """
A document sent to the leading group or its office for approval (审批) or filing (报备),
CO-DOC-3 (各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，统一由领导小组办公室呈批，
重大事项报领导小组组长审阅):

- by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
  liaison officer, information officer): `unit_id` names the unit, or is left out when the
  caller holds a unit post for exactly one unit here;
- by this jurisdiction's office to the leading group (or office) of the jurisdiction above,
  with `"to": "parent"` (a county to its city): the document is kept there, and read here
  through `GET …/incoming-documents?direction=sent` and `GET …/incoming-documents/{document_id}`.
  422 when there is no jurisdiction above.

Anyone else is refused with a 403 naming CO-DOC-3; 409 for a unit that is no longer a member.
The time of receipt is the server's. The document starts `with_office`: whatever its addressee,
it goes through the office.
"""

ACTS_DESCRIPTION = """

Judged in this order: 404 when the caller does not see the document; 403 naming CO-DOC-3 when
it is reached through the sending county's own path (the county follows it, the leading group
that received it handles it); 422 when the act does not fit the document's purpose; 409 when
its state does not allow the act; 403 naming CO-DOC-3 when the caller's posts here do not
(positions as they stand today). Who decides what:

- with the office (`with_office`): any office post submits it on (呈批); the office's director
  or a deputy director decides (approves or files) an ordinary document addressed to the office,
  and returns any document; a major matter, or a document addressed to the leading group, is
  never decided by the office: it is submitted on;
- with the leadership (`with_leader`): the leader alone decides or returns a major matter
  (重大事项报领导小组组长审阅); the leader or a deputy leader any other.
"""


@router.post(
    "",
    summary="Send a document for approval or filing (呈批/报备): a unit, or a county office upward",
    description=SEND_DESCRIPTION,
    status_code=status.HTTP_201_CREATED,
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_incoming_document(
    scope: SendIncomingDocuments,
    session: Session,
    now: Now,
    body: IncomingDocumentCreate,
    response: Response,
) -> IncomingDocumentDetailOut:
    out = await service.send(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/incoming-documents/{out.id}"
    return out


@router.get(
    "",
    summary="List documents received here for approval or filing, or sent upward from here",
    description="Newest first. `direction=received` (default): every document this leading "
    "group and its office received, for its office (and the office above), its leader and "
    "deputy leaders, read clients and admins; a unit's head, liaison and information officer "
    "see their unit's; anyone else here gets an empty page. `direction=sent`: the documents "
    "this jurisdiction's office sent to the leading group above, for its office (here or "
    "above), read clients and admins.",
    response_model=Page[IncomingDocumentOut],
    responses=problem_responses(401, 404, 422),
)
async def list_incoming_documents(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    direction: Annotated[
        service.Direction, Query(description="Received by this leading group, or sent upward.")
    ] = "received",
    state: Annotated[IncomingState | None, Query()] = None,
    purpose: Annotated[IncomingPurpose | None, Query()] = None,
    is_major: Annotated[bool | None, Query(description="Only major matters, or none.")] = None,
    unit_id: Annotated[
        uuid.UUID | None, Query(description="Only those this member unit sent.")
    ] = None,
) -> Page[IncomingDocumentOut]:
    items, cursor = await service.list_documents(
        session,
        scope.actor,
        scope.jurisdiction,
        paging,
        direction=direction,
        state=state,
        purpose=purpose,
        is_major=is_major,
        unit_id=unit_id,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{document_id}",
    summary="One incoming document with its state and every hand-over (who, when, what)",
    description="Through the jurisdiction that received it, or — for a document a county's "
    "office sent upward — through the county's own jurisdiction. Visible to those who read "
    "every document received, the sending unit's people and the sending county's office; 404 "
    "to anyone else.",
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 404, 422),
)
async def get_incoming_document(
    scope: ReadJurisdiction, session: Session, document_id: DocumentId
) -> IncomingDocumentDetailOut:
    return await service.get_document(session, scope.actor, scope.jurisdiction, document_id)


@router.post(
    "/{document_id}/forward",
    summary="Submit a document on to the leadership (呈批): the office",
    description="Any office post of the leading group that received it, with an optional note; "
    "the document goes from `with_office` to `with_leader`. 409 unless it is `with_office`."
    + ACTS_DESCRIPTION,
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def forward_incoming_document(
    scope: HandleIncomingDocuments,
    session: Session,
    now: Now,
    document_id: DocumentId,
    body: IncomingForward,
) -> IncomingDocumentDetailOut:
    return await service.hand_over(
        session,
        scope.actor,
        scope.jurisdiction,
        document_id,
        IncomingAct.forward,
        now,
        body.note,
    )


@router.post(
    "/{document_id}/approve",
    summary="Approve a document sent for approval (审批), with the decision's words",
    description="The document becomes `approved`. 422 for a document sent for filing (file it); "
    "409 once it is approved, filed or returned." + ACTS_DESCRIPTION,
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def approve_incoming_document(
    scope: HandleIncomingDocuments,
    session: Session,
    now: Now,
    document_id: DocumentId,
    body: IncomingApprove,
) -> IncomingDocumentDetailOut:
    return await service.hand_over(
        session,
        scope.actor,
        scope.jurisdiction,
        document_id,
        IncomingAct.approve,
        now,
        body.note,
    )


@router.post(
    "/{document_id}/file",
    summary="File a document sent for filing (报备)",
    description="The document becomes `filed`. 422 for a document sent for approval (approve or "
    "return it); 409 once it is approved, filed or returned." + ACTS_DESCRIPTION,
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def file_incoming_document(
    scope: HandleIncomingDocuments,
    session: Session,
    now: Now,
    document_id: DocumentId,
    body: IncomingFile,
) -> IncomingDocumentDetailOut:
    return await service.hand_over(
        session,
        scope.actor,
        scope.jurisdiction,
        document_id,
        IncomingAct.file,
        now,
        body.note,
    )


@router.post(
    "/{document_id}/return",
    summary="Return a document to its sender, with the reason",
    description="The document becomes `returned`; the reason is required. 409 once it is "
    "approved, filed or returned." + ACTS_DESCRIPTION,
    response_model=IncomingDocumentDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def return_incoming_document(
    scope: HandleIncomingDocuments,
    session: Session,
    now: Now,
    document_id: DocumentId,
    body: IncomingReturn,
) -> IncomingDocumentDetailOut:
    return await service.hand_over(
        session,
        scope.actor,
        scope.jurisdiction,
        document_id,
        IncomingAct.return_,
        now,
        body.reason,
    )
