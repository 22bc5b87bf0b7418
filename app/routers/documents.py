from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Path, Query, Request, Response, status

from app.db import Session
from app.deps import (
    AppSettings,
    CurrentActor,
    DraftDocuments,
    Now,
    OverseeDocuments,
    ReadJurisdiction,
    SignDocuments,
)
from app.domain.documents import DocumentState
from app.errors import problem_responses
from app.pagination import ChangedSince, Page, Paging
from app.routers.conditional import file_response
from app.routers.multipart import UploadedFile
from app.schemas.documents import (
    AttachmentOut,
    DocumentCreate,
    DocumentInboxItemOut,
    DocumentOut,
    DocumentReadsOut,
    DocumentSummaryOut,
    DocumentUpdate,
    DocumentVoid,
    MyDocumentOut,
)
from app.services import documents as service

router = APIRouter(prefix="/jurisdictions/{jid}/documents", tags=["documents"])
me_router = APIRouter(prefix="/me/documents", tags=["documents"])

DocumentId = Annotated[uuid.UUID, Path(description="The document's id.")]
AttachmentId = Annotated[uuid.UUID, Path(description="The attachment's id.")]

DRAFT_ONLY = (
    "Only a draft: a signed document is the record of what was issued under its number and is "
    "never edited or deleted (409; void it instead)."
)
RECIPIENTS = (
    'Recipients are this jurisdiction\'s leading group (`{"kind": "leading_group"}`), one of '
    'its active member units (`{"kind": "member_unit", "unit_id": …}`) or the office of one '
    'of its counties (`{"kind": "county_office", "jurisdiction_id": …}`); each once, as '
    "main (主送, to act) or copy-to (抄送, to know). 422 names each bad one."
)


@router.get(
    "",
    summary="List documents, newest first: filter by issuer, year, state, recipient, number",
    description="The office of this jurisdiction or one above it, the leader and deputy leaders, "
    "read clients and admins see every document, drafts included; anyone else holding a "
    "position here sees the issued (signed or void) documents of which they are a recipient. "
    "`year` is the number's year (drafts have none). `recipient` is `leading_group`, "
    "`member_unit:<unit id>` or `county_office:<jurisdiction id>`. `number` finds one "
    "document by its number, typed with any usual brackets (`鄂州工改办[2019]23号` finds "
    "`鄂州工改办〔2019〕23号`). `q` searches titles.",
    response_model=Page[DocumentSummaryOut],
    responses=problem_responses(401, 404, 422),
)
async def list_documents(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    issuer: Annotated[
        str | None, Query(max_length=64, description="An issuer key: office, leading_group.")
    ] = None,
    year: Annotated[
        int | None, Query(ge=1000, le=9999, description="Only those numbered in this year.")
    ] = None,
    state: Annotated[DocumentState | None, Query(description="Only in this state.")] = None,
    recipient: Annotated[
        str | None, Query(max_length=100, description="Only those sent to this recipient.")
    ] = None,
    number: Annotated[
        str | None, Query(max_length=120, description="The document number (发文字号).")
    ] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Words in the title.")
    ] = None,
    changed_since: ChangedSince = None,
) -> Page[DocumentSummaryOut]:
    items, cursor = await service.list_documents(
        session,
        scope.actor,
        scope.jurisdiction,
        paging,
        issuer=issuer,
        year=year,
        state=state,
        recipient=recipient,
        number=number,
        q=q,
        changed_since=changed_since,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Draft a document in the name of an issuer the rulebook defines",
    description="The office of this jurisdiction (or its write client, or an admin) drafts a "
    "document for an issuer of the rulebook in force today (`office`, `leading_group`: 422 "
    "otherwise; 409 when no rulebook is in force). " + RECIPIENTS,
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_document(
    scope: DraftDocuments,
    session: Session,
    now: Now,
    body: DocumentCreate,
    response: Response,
) -> DocumentOut:
    out = await service.create(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/documents/{out.id}"
    return out


@router.get(
    "/{document_id}",
    summary="One document: text, number, signature (and for whom), recipients, attachments",
    description="A draft is seen by those who oversee this jurisdiction's documents; an issued "
    "one also by the people of its recipients here. 404 to anyone else. Reading here records "
    "no read receipt: recipients read through `GET /v1/me/documents/{document_id}`.",
    response_model=DocumentOut,
    responses=problem_responses(401, 404),
)
async def get_document(
    scope: ReadJurisdiction, session: Session, document_id: DocumentId
) -> DocumentOut:
    return await service.get(session, scope.actor, scope.jurisdiction, document_id)


@router.patch(
    "/{document_id}",
    summary="Edit a draft: issuer, title, body, recipients",
    description=f"{DRAFT_ONLY} Fields left out stay; a recipient list given replaces the old "
    f"one. {RECIPIENTS}",
    response_model=DocumentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_document(
    scope: DraftDocuments, session: Session, now: Now, document_id: DocumentId, body: DocumentUpdate
) -> DocumentOut:
    return await service.update(session, scope.actor, scope.jurisdiction, document_id, now, body)


@router.delete(
    "/{document_id}",
    summary="Discard a draft",
    description=DRAFT_ONLY,
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_document(
    scope: DraftDocuments, session: Session, document_id: DocumentId
) -> Response:
    await service.delete(session, scope.actor, scope.jurisdiction, document_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{document_id}/sign",
    summary="Sign (签发) a draft: judged by the rulebook and delegations; allocates the number",
    description="The caller signs, now, if the rulebook in force today lets them sign for the "
    "document's issuer — by their own position, or as a deputy entrusted by the position the "
    "rulebook names (Changji: the leader or an entrusted deputy leader for the leading group, "
    "CO-DOC-1; the office director or an entrusted deputy director for the office, CO-DOC-2). "
    "A refusal is a 403 problem naming the rule and its source; an expired or revoked "
    "entrustment is no entrustment. A signature under entrustment is recorded and shown as "
    "such, with the delegation's id.\n\n"
    "Signing allocates the number: issuer code, year in 〔〕, sequence, 号 "
    "(`昌建审改办〔2020〕3号`), the sequence per issuer and year from 1 with no gaps and no "
    "duplicates. 422 when the draft has no text or no main recipient; 409 when it is not a "
    "draft or no rulebook is in force.",
    response_model=DocumentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def sign_document(
    scope: SignDocuments, session: Session, now: Now, document_id: DocumentId
) -> DocumentOut:
    return await service.sign(session, scope.actor, scope.jurisdiction, document_id, now)


@router.post(
    "/{document_id}/void",
    summary="Void (作废) a signed document, with a reason; its number stays used",
    description="By someone the rulebook in force today lets sign for the document's issuer "
    "(403 naming the rule otherwise). The document keeps its number, shown as void, and is "
    "still read by its recipients; 409 when it is a draft (discard it) or already void.",
    response_model=DocumentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def void_document(
    scope: SignDocuments, session: Session, now: Now, document_id: DocumentId, body: DocumentVoid
) -> DocumentOut:
    return await service.void(session, scope.actor, scope.jurisdiction, document_id, now, body)


@router.post(
    "/{document_id}/attachments",
    summary="Attach a file to a draft (附件): PDF, Word, Excel or an image",
    description=f"{DRAFT_ONLY} One file per request in the multipart field `file`, added after "
    "the others. Its type is read from its content, never from its name or declared type "
    "(415 when it is none of these); 413 above the upload limit; 422 when empty.",
    status_code=status.HTTP_201_CREATED,
    response_model=AttachmentOut,
    responses=problem_responses(401, 403, 404, 409, 413, 415, 422),
)
async def add_document_attachment(
    scope: DraftDocuments,
    session: Session,
    settings: AppSettings,
    now: Now,
    document_id: DocumentId,
    file: Annotated[UploadedFile, File(description="The file to attach.")],
    response: Response,
) -> AttachmentOut:
    out = await service.attach(
        session,
        scope.actor,
        scope.jurisdiction,
        document_id,
        now,
        file,
        max_file_bytes=settings.upload_max_file_bytes,
    )
    response.headers["Location"] = (
        f"/v1/jurisdictions/{scope.id}/documents/{document_id}/attachments/{out.id}"
    )
    return out


@router.get(
    "/{document_id}/attachments/{attachment_id}",
    summary="Download an attachment of a document",
    description="For whoever may read the document. The stored bytes with the sniffed media "
    "type, the SHA-256 as ETag (If-None-Match gives 304) and the file name in "
    "Content-Disposition.",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 404),
    },
)
async def get_document_attachment(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    document_id: DocumentId,
    attachment_id: AttachmentId,
) -> Response:
    found = await service.attachment_file(
        session, scope.actor, scope.jurisdiction, document_id, attachment_id
    )
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)


@router.delete(
    "/{document_id}/attachments/{attachment_id}",
    summary="Remove an attachment from a draft",
    description=DRAFT_ONLY,
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_document_attachment(
    scope: DraftDocuments, session: Session, document_id: DocumentId, attachment_id: AttachmentId
) -> Response:
    await service.detach(session, scope.actor, scope.jurisdiction, document_id, attachment_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{document_id}/reads",
    summary="Read receipts of an issued document: per recipient, who read it when, who has not",
    description="For those who oversee this jurisdiction's documents. 409 for a draft.",
    response_model=DocumentReadsOut,
    responses=problem_responses(401, 403, 404, 409),
)
async def get_document_reads(
    scope: OverseeDocuments, session: Session, now: Now, document_id: DocumentId
) -> DocumentReadsOut:
    return await service.reads(session, scope.jurisdiction, document_id, now)


@me_router.get(
    "",
    summary="One's documents: issued ones sent to a leading group, unit or county office one is of",
    description="Issued (signed or void) documents, in every jurisdiction, of which the caller "
    "is a recipient by the posts held today: leader, deputy leader or member for a leading "
    "group; head, liaison or information officer for a member unit; office director, deputy or "
    "staff for a county office. `action_expected` is true for a main recipient (主送). Newest "
    "signed first; `unread=true` for those not opened yet. Listing records no read. People "
    "only (a machine client: 403).",
    response_model=Page[DocumentInboxItemOut],
    responses=problem_responses(401, 403, 422),
)
async def list_my_documents(
    actor: CurrentActor,
    session: Session,
    paging: Paging,
    unread: Annotated[
        bool | None, Query(description="true: only unread; false: only read.")
    ] = None,
) -> Page[DocumentInboxItemOut]:
    items, cursor = await service.inbox(session, actor, paging, unread=unread)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@me_router.get(
    "/{document_id}",
    summary="Read one of one's documents (records the first read, 签收)",
    description="The document, if issued and the caller is one of its recipients (otherwise "
    "404), and the caller's read recorded as each recipient they are one of; the first read's "
    "time is kept. People only (a machine client: 403).",
    response_model=MyDocumentOut,
    responses=problem_responses(401, 403, 404),
)
async def get_my_document(
    actor: CurrentActor, session: Session, now: Now, document_id: DocumentId
) -> MyDocumentOut:
    return await service.read_mine(session, actor, document_id, now)


@me_router.get(
    "/{document_id}/attachments/{attachment_id}",
    summary="Download an attachment of one of one's documents (records the read, 签收)",
    description="For a recipient in any jurisdiction, as `GET /v1/me/documents/{document_id}` "
    "lists the attachments: 404 when the caller is not one of the issued document's "
    "recipients or the document has no such attachment. Downloading records the caller's read "
    "as opening the document does (the first read's time is kept). The stored bytes with the "
    "sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the file name in "
    "Content-Disposition. People only (a machine client: 403).",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 403, 404),
    },
)
async def get_my_document_attachment(
    request: Request,
    actor: CurrentActor,
    session: Session,
    now: Now,
    document_id: DocumentId,
    attachment_id: AttachmentId,
) -> Response:
    found = await service.my_attachment_file(session, actor, document_id, attachment_id, now)
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)
