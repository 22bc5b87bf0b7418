"""Public disclosure (信息公开, E-PUB-1 / C-PUB-1): the office's routes to publish and withdraw, and
the public routes (no token) that serve what is published, as JSON and as Atom and JSON feeds."""

from __future__ import annotations

import hashlib
import uuid
from time import monotonic
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, File, Path, Query, Request, Response, status

from app.client_address import client_address
from app.db import Session
from app.deps import AppSettings, Now, PublishPublications, ReadPublications
from app.domain.messages import _
from app.domain.publications import PublicationKind
from app.errors import RateLimited, problem_responses
from app.files import content_disposition
from app.models import Jurisdiction
from app.pagination import Page, PageRequest, Paging
from app.rate_limit import FixedWindowLimiter
from app.routers.conditional import etag_matches
from app.routers.multipart import UploadedFile
from app.schemas.publications import (
    PublicationCreate,
    PublicationOut,
    PublicItem,
    PublicJurisdiction,
    WithdrawalCreate,
)
from app.services import publication_feeds as feeds
from app.services import publications as service
from app.settings import Settings

TAG = "publications"
router = APIRouter(prefix="/jurisdictions/{jid}/publications", tags=[TAG])

PublicationId = Annotated[uuid.UUID, Path(description="The publication's id.")]
FileId = Annotated[uuid.UUID, Path(description="The file's id.")]
RULES = (
    "Judged by the rulebook in force today: its `disclosure` section names the kinds the office "
    "publishes and the posts that publish (Ezhou E-PUB-1 §二(六), Changji C-PUB-1 第十二条); a "
    "refusal is a 403 naming the rule and its source article."
)


@router.post(
    "",
    summary="Publish an item to the public: a measure, a progress snapshot or a result",
    description="`measure` (改革措施): an issued (signed and numbered) document of this "
    "jurisdiction, with its text and the attachments chosen (copied); a draft, a voided "
    "document or an internal bulletin (内部通报, not public) is refused with the rule. "
    "`progress` (改革进度): the task breakdown's figures (by state, done on time, overdue; in "
    "total and per lead unit) and each report kind's timeliness this year, as of a day, "
    "computed now and kept frozen. `result` (取得成效): a title and a text. " + RULES,
    status_code=status.HTTP_201_CREATED,
    response_model=PublicationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def publish_publication(
    scope: PublishPublications,
    session: Session,
    now: Now,
    body: Annotated[PublicationCreate, Body()],
    response: Response,
) -> PublicationOut:
    out = await service.publish(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/publications/{out.id}"
    return out


@router.post(
    "/{publication_id}/files",
    summary="Add a file to a published result (取得成效): PDF, Word, Excel or an image",
    description="One file per request in the multipart field `file`, listed after the others "
    "and public at once with the result. Its type is read from its content (415 when it is "
    "none of these); 413 above the upload limit; 422 when empty. A measure's files are its "
    "document's attachments chosen when it is published, a progress snapshot has none: 409; "
    "so is a withdrawn item. " + RULES,
    status_code=status.HTTP_201_CREATED,
    response_model=PublicationOut,
    responses=problem_responses(401, 403, 404, 409, 413, 415, 422),
)
async def add_publication_file(
    scope: PublishPublications,
    session: Session,
    settings: AppSettings,
    now: Now,
    publication_id: PublicationId,
    response: Response,
    # Optional in the form so that what the path names is judged first (404, 403, 409); the
    # service answers 422 when it is missing.
    file: Annotated[
        UploadedFile | None, File(description="The file to publish with the result.")
    ] = None,
) -> PublicationOut:
    out = await service.add_file(
        session,
        scope.actor,
        scope.jurisdiction,
        now,
        publication_id,
        file,
        max_file_bytes=settings.upload_max_file_bytes,
    )
    response.headers["Location"] = (
        f"/v1/public/jurisdictions/{scope.id}/publications/{out.id}/files/{out.files[-1].id}"
    )
    return out


@router.get(
    "",
    summary="The office's publications, newest first, withdrawn ones included",
    description="With who published each under which rule, and each withdrawal (who, when, "
    "why). The office here or above, the leading group's leadership and read clients.",
    response_model=Page[PublicationOut],
    responses=problem_responses(401, 404, 422),
)
async def list_publications(
    scope: ReadPublications,
    session: Session,
    paging: Paging,
    kind: Annotated[PublicationKind | None, Query(description="Only this kind.")] = None,
) -> Page[PublicationOut]:
    items, cursor = await service.list_publications(session, scope.jurisdiction, paging, kind=kind)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{publication_id}",
    summary="One publication, as the office sees it",
    description="Published or withdrawn: with who published it under which rule, its public "
    "address, and its withdrawal (who, when, why; the reason is never public).",
    response_model=PublicationOut,
    responses=problem_responses(401, 404),
)
async def get_publication(
    scope: ReadPublications, session: Session, publication_id: PublicationId
) -> PublicationOut:
    return await service.get(session, scope.jurisdiction, publication_id)


@router.post(
    "/{publication_id}/withdrawal",
    summary="Withdraw a published item, with the reason",
    description="The item leaves the public list and feeds; its public address answers 410 "
    "Gone. The withdrawal (who, when, why) is kept and shown here, never to the public. A "
    "withdrawn item is 409. " + RULES,
    response_model=PublicationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def withdraw_publication(
    scope: PublishPublications,
    session: Session,
    now: Now,
    publication_id: PublicationId,
    body: WithdrawalCreate,
) -> PublicationOut:
    return await service.withdraw(
        session, scope.actor, scope.jurisdiction, now, publication_id, body
    )


# --- public, no token -------------------------------------------------------------------------


def limiter_for(settings: Settings) -> FixedWindowLimiter:
    return FixedWindowLimiter(
        settings.public_rate_limit_requests, settings.public_rate_limit_window_seconds
    )


async def limit_public_requests(request: Request) -> None:
    """The public routes' rate limit, per client address (app/rate_limit.py: in-process)."""
    settings: Settings = request.app.state.settings
    limiter: FixedWindowLimiter = request.app.state.public_limiter
    address = client_address(request, settings.trusted_proxies)
    retry_after = limiter.hit(address, monotonic())
    if retry_after is not None:
        raise RateLimited(
            _(
                "Too many requests from your address to the public routes: retry in {seconds} s.",
                seconds=retry_after,
            ),
            retry_after_seconds=retry_after,
        )


PUBLIC = (
    " Public: no token. Answers carry a strong ETag (304 on If-None-Match) and "
    "`Cache-Control: public`; each client address may make a limited number of requests a "
    "minute (429 with Retry-After past it)."
)
public_router = APIRouter(
    prefix="/public/jurisdictions/{jid}",
    tags=[TAG],
    dependencies=[Depends(limit_public_requests)],
)
PublicJid = Annotated[uuid.UUID, Path(description="The jurisdiction's id.")]
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Unchanged since the ETag given in If-None-Match."}
}
PUBLIC_PROBLEMS = problem_responses(404, 422, 429)


def public_answer(
    request: Request,
    body: bytes,
    media_type: str,
    *,
    etag: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A public answer: a strong ETag (its body's digest unless given), 304 when the client
    has it, cacheable by browsers and shared caches for the configured time, and readable by
    any site's script (a portal's page showing the items): what it serves is public, and no
    credential is ever taken here."""
    max_age = request.app.state.settings.public_cache_max_age_seconds
    etag = etag or '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {
        **(headers or {}),
        "ETag": etag,
        "Cache-Control": f"public, max-age={max_age}",
        "Access-Control-Allow-Origin": "*",
    }
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(content=body, media_type=media_type, headers=headers)


def _json(model: Any) -> bytes:
    return model.model_dump_json().encode()  # type: ignore[no-any-return]


@public_router.get(
    "",
    summary="A jurisdiction's public name and feeds",
    description="Its name and the addresses of its feeds." + PUBLIC,
    response_model=PublicJurisdiction,
    responses={**NOT_MODIFIED, **PUBLIC_PROBLEMS},
)
async def get_public_jurisdiction(request: Request, session: Session, jid: PublicJid) -> Response:
    row = await service.public_jurisdiction_row(session, jid)
    return public_answer(request, _json(service.public_jurisdiction(row)), "application/json")


@public_router.get(
    "/publications",
    summary="The published items, newest first",
    description="Measures, progress snapshots and results the office published and has not "
    "withdrawn." + PUBLIC,
    response_model=Page[PublicItem],
    responses={**NOT_MODIFIED, **PUBLIC_PROBLEMS},
)
async def list_public_publications(
    request: Request, session: Session, jid: PublicJid, paging: Paging
) -> Response:
    __, items, cursor = await service.public_list(session, jid, paging)
    page = Page[PublicItem](items=items, next_cursor=cursor, limit=paging.limit)
    return public_answer(request, _json(page), "application/json")


@public_router.get(
    "/publications/{publication_id}",
    summary="One published item",
    description="A withdrawn item is 410 Gone (nothing more is said)." + PUBLIC,
    response_model=PublicItem,
    responses={**NOT_MODIFIED, **problem_responses(404, 410, 422, 429)},
)
async def get_public_publication(
    request: Request, session: Session, jid: PublicJid, publication_id: PublicationId
) -> Response:
    item = await service.public_get(session, jid, publication_id)
    return public_answer(request, _json(item), "application/json")


@public_router.get(
    "/publications/{publication_id}/files/{file_id}",
    summary="A published item's file",
    description="In its own media type, downloaded under its own name. 410 once the item is "
    "withdrawn." + PUBLIC,
    response_class=Response,
    responses={
        200: {
            "description": "The file.",
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        },
        **NOT_MODIFIED,
        **problem_responses(404, 410, 422, 429),
    },
)
async def get_public_publication_file(
    request: Request,
    session: Session,
    jid: PublicJid,
    publication_id: PublicationId,
    file_id: FileId,
) -> Response:
    found = await service.public_file(session, jid, publication_id, file_id)
    return public_answer(
        request,
        found.content,
        found.media_type,
        etag=f'"{found.sha256}"',
        headers={
            "X-Content-Type-Options": "nosniff",
            "Content-Disposition": content_disposition(found.filename),
        },
    )


async def _feed_items(session: Session, jid: uuid.UUID) -> tuple[Jurisdiction, list[PublicItem]]:
    jurisdiction, items, __ = await service.public_list(
        session, jid, PageRequest(limit=feeds.FEED_ITEMS, cursor=None)
    )
    return jurisdiction, items


@public_router.get(
    "/feed.atom",
    summary="The published items as an Atom feed (RFC 4287), for portals",
    description=f"The newest {feeds.FEED_ITEMS}, withdrawn ones left out." + PUBLIC,
    response_class=Response,
    responses={
        200: {
            "description": "The feed.",
            "content": {feeds.ATOM_MEDIA_TYPE: {"schema": {"type": "string"}}},
        },
        **NOT_MODIFIED,
        **PUBLIC_PROBLEMS,
    },
)
async def get_public_atom_feed(request: Request, session: Session, jid: PublicJid) -> Response:
    jurisdiction, items = await _feed_items(session, jid)
    body = feeds.atom(jurisdiction, items, request.app.state.settings.public_base_url)
    return public_answer(request, body, feeds.ATOM_MEDIA_TYPE)


@public_router.get(
    "/feed.json",
    summary="The published items as a JSON Feed 1.1, for portals",
    description=f"The newest {feeds.FEED_ITEMS}, withdrawn ones left out." + PUBLIC,
    response_class=Response,
    responses={
        200: {
            "description": "The feed.",
            "content": {feeds.JSON_FEED_MEDIA_TYPE: {"schema": {"type": "object"}}},
        },
        **NOT_MODIFIED,
        **PUBLIC_PROBLEMS,
    },
)
async def get_public_json_feed(request: Request, session: Session, jid: PublicJid) -> Response:
    jurisdiction, items = await _feed_items(session, jid)
    body = feeds.json_feed(jurisdiction, items, request.app.state.settings.public_base_url)
    return public_answer(request, body, feeds.JSON_FEED_MEDIA_TYPE)
