"""Conditional requests (RFC 9110 §13): ETags, If-None-Match (304) and If-Match (412, 428).

Every JSON answer to a GET carries an ETag; a caller sending it back in If-None-Match gets 304.
The resources a caller changes with PATCH, PUT or DELETE (:data:`RESOURCES`, by route) carry a
stored version (app/repositories/versions.py) in theirs: ``"<version>.<digest>"``, the digest
being the answer's body's. If-Match on those routes compares the version: the write goes ahead
only when the resource is still as the caller read it (412 otherwise), and on the resources
several people edit (drafts, tasks, the rulebook) a write without If-Match is refused (428).
The digest makes 304 exact (an answer can change without a write: a task's overdue days change
with the day); the version alone decides If-Match, the stored state being what a lost update
would overwrite.

Two pieces, as for Idempotency-Key (app/idempotency.py):

- :func:`check_preconditions`, a dependency of every authenticated route, reads the resource's
  version before the handler runs (one statement; a write's locks the row, so a concurrent writer
  with the same If-Match waits, then finds it stale);
- :func:`conditional_answers` wraps the routes' request handlers: once the handler has answered
  (the transaction still open) it refuses the write (412, 428) or tags the answer. A refusal
  comes after the handler's own, so a caller who may not see the resource gets its 404, not a
  412 that would tell it exists; the refused write is rolled back with the transaction.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request, Response, status
from fastapi.routing import APIRoute
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Session
from app.domain.messages import _
from app.errors import ServiceError
from app.files import content_disposition
from app.invalidation import EVERYTHING, WRITTEN_KEY
from app.repositories import versions
from app.request_context import (
    noted_resource_version,
    reset_resource_version,
    start_resource_version,
)

Handler = Callable[[Request], Coroutine[Any, Any, Response]]

WRITES = frozenset({"PATCH", "PUT", "DELETE"})
_GUARD = "gaiban.precondition"
_INTEGER_MAX = 2_147_483_647


class PreconditionFailed(ServiceError):
    status = 412
    slug = "precondition-failed"
    title = _("Precondition failed")


class PreconditionRequired(ServiceError):
    status = 428
    slug = "precondition-required"
    title = _("Precondition required")


@dataclass(frozen=True)
class Resource:
    """A resource changed by PATCH, PUT or DELETE: its version's query (app/repositories/
    versions.py), the tables whose writes move its version (the triggers of migration
    b3d5f7a9c1e4), and whether a write must carry If-Match (several people edit it)."""

    name: str
    tables: frozenset[str]
    shared: bool = False


def _resource(name: str, *tables: str, shared: bool = False) -> Resource:
    return Resource(name, frozenset(tables), shared)


JURISDICTION = _resource("jurisdiction", "jurisdictions", "rulebook_versions")
UNIT = _resource("unit", "member_units")
POSITION = _resource("position", "positions")
USER = _resource("user", "users")
CLIENT = _resource("client", "clients")
CALENDAR_YEAR = _resource("calendar year", "calendar_years")
RULEBOOK = _resource("rulebook", "jurisdictions", "rulebook_versions", shared=True)
MEETING = _resource("meeting", "meetings", "meeting_invitees", "meeting_minutes")
MINUTES = _resource("minutes", "meetings", "meeting_invitees", "meeting_minutes", shared=True)
PERIOD_REASON = _resource("period reason", "meeting_period_reasons")
BULLETIN = _resource("bulletin", "bulletins", shared=True)
BRIEFING = _resource("briefing", "briefings", shared=True)
DOCUMENT = _resource(
    "document", "documents", "document_recipients", "document_attachments", shared=True
)
TASK = _resource("task", "tasks", "task_cooperating_units", shared=True)
ASSESSMENT = _resource("assessment", "assessments", "assessment_scores", "assessment_appeals")

# What the refusals call each resource (its name is also the key of its version's query).
_CALLED = {
    "jurisdiction": _("jurisdiction"),
    "unit": _("unit"),
    "position": _("position"),
    "user": _("user"),
    "client": _("client"),
    "calendar year": _("calendar year"),
    "rulebook": _("rulebook"),
    "meeting": _("meeting"),
    "minutes": _("minutes"),
    "period reason": _("period reason"),
    "bulletin": _("bulletin"),
    "briefing": _("briefing"),
    "document": _("document"),
    "task": _("task"),
    "assessment": _("assessment"),
    "webhook subscription": _("webhook subscription"),
}
WEBHOOK_SUBSCRIPTION = _resource("webhook subscription", "webhook_subscriptions")

# The GETs whose service reads the version in the resource's own statement and notes it
# (app/request_context.py note_resource_version): one statement fewer each.
VERSION_NOTED_BY_ITS_QUERY = frozenset(
    {
        "get_task",
        "get_unit",
        "get_position",
        "get_meeting",
        "get_bulletin",
        "get_briefing",
        "get_document",
        "get_webhook_subscription",
    }
)

# Route (operation id) -> the resource whose version its ETag names and its If-Match compares.
# The invitee routes change the meeting's invitees: the meeting's ETag guards them.
RESOURCES: dict[str, Resource] = {
    "get_jurisdiction": JURISDICTION,
    "update_jurisdiction": JURISDICTION,
    "get_unit": UNIT,
    "update_unit": UNIT,
    "get_position": POSITION,
    "update_position": POSITION,
    "get_user": USER,
    "update_user": USER,
    "get_client": CLIENT,
    "update_client": CLIENT,
    "get_calendar_year": CALENDAR_YEAR,
    "update_calendar_year": CALENDAR_YEAR,
    "get_rulebook": RULEBOOK,
    "create_rulebook_version": RULEBOOK,
    "get_meeting": MEETING,
    "update_meeting": MEETING,
    "record_meeting_attendance": MEETING,
    "record_meeting_attendances": MEETING,
    "remove_meeting_invitee": MEETING,
    "get_meeting_minutes": MINUTES,
    "put_meeting_minutes": MINUTES,
    "put_meeting_period_reason": PERIOD_REASON,
    "get_bulletin": BULLETIN,
    "update_bulletin": BULLETIN,
    "delete_bulletin": BULLETIN,
    "get_briefing": BRIEFING,
    "update_briefing": BRIEFING,
    "delete_briefing": BRIEFING,
    "get_document": DOCUMENT,
    "update_document": DOCUMENT,
    "delete_document": DOCUMENT,
    "remove_document_attachment": DOCUMENT,
    "get_task": TASK,
    "update_task": TASK,
    "delete_task": TASK,
    "get_assessment": ASSESSMENT,
    "put_assessment": ASSESSMENT,
    "put_assessment_score": ASSESSMENT,
    "get_webhook_subscription": WEBHOOK_SUBSCRIPTION,
    "update_webhook_subscription": WEBHOOK_SUBSCRIPTION,
    "delete_webhook_subscription": WEBHOOK_SUBSCRIPTION,
}


# --- entity tags --------------------------------------------------------------------------------


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 §13.1.2: a weak comparison against each listed tag, or ``*``."""
    if not if_none_match:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or etag in tags


def body_etag(body: bytes, version: str | None = None) -> str:
    """The ETag of an answer: its body's digest, after the stored version when it has one."""
    digest = hashlib.sha256(body).hexdigest()[:24]
    return f'"{version}.{digest}"' if version is not None else f'"{digest}"'


def _strong_versions(header: str) -> tuple[bool, set[str]]:
    """An If-Match (or If-None-Match) list: whether it is ``*``, and the versions its strong tags
    name (a weak tag never matches strongly, RFC 9110 §13.1.1)."""
    versions: set[str] = set()
    for tag in header.split(","):
        tag = tag.strip()
        if tag == "*":
            return True, versions
        if len(tag) >= 2 and tag[0] == tag[-1] == '"':
            versions.add(tag[1:-1].partition(".")[0])
    return False, versions


# --- before the handler -------------------------------------------------------------------------


@dataclass
class _Guard:
    session: AsyncSession
    resource: Resource
    params: dict[str, Any]
    # Read before the handler; None for the GETs whose own query reads it (the handler notes
    # it: app/request_context.py), which spares a statement.
    stored: versions.Stored | None
    refusal: ServiceError | None = None

    async def version_read(self) -> str | None:
        """The version the answer's ETag names: read with the resource or before it, so never
        newer than the body (an answer with none carries a body-only tag, which no If-Match
        matches: a 412, never a lost update)."""
        if self.stored is None:
            return noted_resource_version()
        return self.stored.version


def _bound(request: Request) -> dict[str, Any] | None:
    """The path's parameters as the version's query binds them; None when one is malformed (the
    route's own validation answers 422)."""
    params: dict[str, Any] = {}
    for name, value in request.path_params.items():
        if name in ("meeting_kind", "period", "indicator"):
            params[name] = value
        elif name == "year":
            if not value.isdigit() or int(value) > _INTEGER_MAX:
                return None
            params[name] = int(value)
        else:
            try:
                params[name] = uuid.UUID(value)
            except ValueError:
                return None
    return params


def _refusal(request: Request, resource: Resource, stored: versions.Stored) -> ServiceError | None:
    if_match = request.headers.get("if-match")
    if_none_match = request.headers.get("if-none-match")
    if if_match is not None:
        any_tag, wanted = _strong_versions(if_match)
        if (any_tag and not stored.present) or (not any_tag and stored.version not in wanted):
            return PreconditionFailed(
                _(
                    "The {name} changed since you read it (or does not exist): If-Match "
                    "names another version. GET it again, and send its new ETag in "
                    "If-Match.",
                    name=_CALLED.get(resource.name, resource.name),
                )
            )
    if if_none_match is not None and stored.present:
        any_tag, unwanted = _strong_versions(if_none_match)
        if any_tag or stored.version in unwanted:
            return PreconditionFailed(
                _(
                    "The {name} exists (If-None-Match: *) or is as If-None-Match names.",
                    name=_CALLED.get(resource.name, resource.name),
                )
            )
    if if_match is None and if_none_match is None and resource.shared and stored.present:
        return PreconditionRequired(
            _(
                "Several people edit this {name}: GET it, and send its ETag in "
                "If-Match so that your change does not overwrite one made since you "
                "read it (412 if one was). `If-Match: *` changes it whatever its "
                "version.",
                name=_CALLED.get(resource.name, resource.name),
            )
        )
    return None


async def check_preconditions(request: Request, session: Session) -> None:
    """Before the handler: read the version of the route's resource (a write locks it) and
    judge the request's If-Match and If-None-Match; the refusal is raised after the handler.
    Routes without a resource cost nothing."""
    endpoint = request.scope.get("endpoint")
    resource = RESOURCES.get(getattr(endpoint, "__name__", ""))
    if resource is None:
        return
    params = _bound(request)
    if params is None:
        return
    if request.method not in WRITES:
        if getattr(endpoint, "__name__", "") in VERSION_NOTED_BY_ITS_QUERY:
            # Read with the resource, in its own query: no statement here (see _Guard).
            request.scope[_GUARD] = _Guard(session, resource, params, None)
            return
        # Before the handler reads the resource, never after: a version newer than the body
        # would let an If-Match overwrite a change its sender never saw.
        stored = await versions.read(session, resource.name, params, lock=False)
        request.scope[_GUARD] = _Guard(session, resource, params, stored)
        return
    stored = await versions.read(session, resource.name, params, lock=True)
    guard = _Guard(session, resource, params, stored)
    guard.refusal = _refusal(request, resource, stored)
    request.scope[_GUARD] = guard


# --- after the handler --------------------------------------------------------------------------


def _written(session: AsyncSession, tables: frozenset[str]) -> bool:
    written: set[str] = session.info.get(WRITTEN_KEY, set())
    return EVERYTHING in written or not written.isdisjoint(tables)


async def _version_after(guard: _Guard) -> str | None:
    """The version the write leaves: its own transaction's id when it wrote the resource's rows
    (the triggers set that), else the version it read. A wrong guess is only ever a 412 too
    many: the stored version is what If-Match is compared with."""
    assert guard.stored is not None  # a write's, read before the handler
    if not _written(guard.session, guard.resource.tables):
        return guard.stored.version
    if guard.stored.transaction is not None:
        return guard.stored.transaction
    # A PUT that made the resource (no row carried its version before): one statement more.
    connection = await guard.session.connection()
    found = await connection.execute(text("SELECT pg_current_xact_id()::text::bigint::text"))
    transaction: str = found.scalar_one()
    return transaction


def _json_body(response: Response) -> bytes | None:
    body = getattr(response, "body", None)
    media_type = response.headers.get("content-type", "")
    if isinstance(body, bytes) and body and media_type.startswith("application/json"):
        return body
    return None


async def _answered(request: Request, response: Response) -> Response:
    guard: _Guard | None = request.scope.get(_GUARD)
    ok = 200 <= response.status_code < 300
    if guard is not None and guard.refusal is not None and ok:
        raise guard.refusal  # the handler's writes roll back with the transaction
    if "etag" in response.headers or not ok:
        return response
    body = _json_body(response)
    if body is None:
        return response
    if request.method == "GET":
        etag = body_etag(body, await guard.version_read() if guard else None)
        if etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        response.headers["ETag"] = etag
    elif guard is not None and request.method in ("PATCH", "PUT"):
        response.headers["ETag"] = body_etag(body, await _version_after(guard))
    return response


def _conditional(handler: Handler) -> Handler:
    async def handle(request: Request) -> Response:
        token = start_resource_version()
        try:
            return await _answered(request, await handler(request))
        finally:
            reset_resource_version(token)

    return handle


def conditional_answers(router: APIRouter) -> None:
    """Wrap the request handler of the router's GET, PATCH, PUT and DELETE routes (its included
    routers' too): inside the function-scoped exit stack that commits the session (see
    app/idempotency.py keep_answers), so a refusal rolls the write back. Idempotent."""
    for route in router.routes:
        original_router = getattr(route, "original_router", None)
        if isinstance(original_router, APIRouter):
            conditional_answers(original_router)
        if not isinstance(route, APIRoute) or not (route.methods or set()) & {"GET", *WRITES}:
            continue
        if getattr(route.get_route_handler, "_gaiban_conditional", False):
            continue
        build = route.get_route_handler

        def conditional_handler(build: Callable[[], Handler] = build) -> Handler:
            return _conditional(build())

        conditional_handler._gaiban_conditional = True  # type: ignore[attr-defined]
        setattr(route, "get_route_handler", conditional_handler)  # noqa: B010


# --- the OpenAPI document -----------------------------------------------------------------------


def conditional_operations(router: APIRouter) -> dict[str, str]:
    """The operation ids of the router's GET, PATCH, PUT and DELETE routes, with their method."""
    names: dict[str, str] = {}
    for route in router.routes:
        original_router = getattr(route, "original_router", None)
        if isinstance(original_router, APIRouter):
            names |= conditional_operations(original_router)
        if isinstance(route, APIRoute):
            for method in (route.methods or set()) & {"GET", *WRITES}:
                names[route.name] = method
    return names


IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "description": "The ETag of the resource as you read it (GET, or the answer of your last "
    "change): the change is made only if nobody has changed it since (412 otherwise). "
    "Required (428) on what several people edit: drafts of documents, minutes, briefings and "
    "bulletins, tasks, the rulebook. `*` matches the resource whatever its version.",
    "schema": {"type": "string"},
}
IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "ETags you hold: 304 without a body when the answer would carry one of them.",
    "schema": {"type": "string"},
}
ETAG_HEADER = {
    "description": "The answer's entity tag; send it back in If-None-Match for a 304 when "
    "nothing changed. For a resource that can be changed, its version and a digest of the body "
    '(`"<version>.<digest>"`): an answer to a change (PATCH, PUT) carries the resource\'s as '
    "changed, to send in If-Match with the next change. For a stored file, its SHA-256.",
    "schema": {"type": "string"},
}
"""The header, as ``components.headers.ETag`` of the OpenAPI document."""
ETAG = {"$ref": "#/components/headers/ETag"}
_FILE = "application/octet-stream"  # file_response's answers (below)


def document_conditions(operation: dict[str, Any], method: str) -> None:
    """The conditional headers and answers of an operation: ETag and 304 on a GET's JSON
    answer or stored file, If-Match and 412 (and 428 where required) on the writes of a
    versioned resource."""
    responses = operation.setdefault("responses", {})
    resource = RESOURCES.get(operation.get("operationId", ""))
    if method == "get":
        answer = responses.get("200", {})
        if not {"application/json", _FILE} & set(answer.get("content", {})):
            return
        answer.setdefault("headers", {}).setdefault("ETag", ETAG)
        parameters = operation.setdefault("parameters", [])
        if not any(p.get("name") == "If-None-Match" for p in parameters):
            parameters.append({"$ref": "#/components/parameters/IfNoneMatch"})
        responses.setdefault(
            "304", {"description": "Unchanged since the ETag given in If-None-Match."}
        )
        return
    if resource is None:
        return
    operation.setdefault("parameters", []).append({"$ref": "#/components/parameters/IfMatch"})
    for code in ("200", "201"):
        if code in responses:
            responses[code].setdefault("headers", {})["ETag"] = ETAG
    responses.setdefault(
        "412",
        {
            "description": f"The {resource.name} changed since the ETag given in If-Match (or "
            "does not exist): GET it again."
        },
    )
    if resource.shared:
        responses.setdefault(
            "428",
            {
                "description": f"If-Match is required to change a {resource.name}: GET it and "
                "send its ETag."
            },
        )


# --- stored files -------------------------------------------------------------------------------


def file_response(
    request: Request, sha256: str, filename: str, media_type: str, content: bytes
) -> Response:
    """A stored file: its digest as the ETag (304 when the client has it), never sniffed again
    by the browser, downloaded under its own name."""
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Cache-Control": "private, max-age=0, must-revalidate",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": content_disposition(filename),
    }
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(content=content, media_type=media_type, headers=headers)
