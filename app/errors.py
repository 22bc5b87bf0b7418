"""RFC 9457 problem details: one renderer for every error the service answers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import DBAPIError
from starlette._utils import get_route_path
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.domain.calendar import CalendarYearUnknown
from app.domain.errors import (
    DomainError,
    IncompleteRecord,
    InvalidInput,
    RuledConflict,
    RuleViolation,
    StateConflict,
)
from app.domain.messages import _
from app.i18n import current_language, localize, pydantic_message
from app.request_context import current_request_id

logger = logging.getLogger("gaiban.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:gaiban:problem:"


class ProblemFieldError(BaseModel):
    loc: list[str | int] = Field(description="Where the bad value is, e.g. ['body', 'valid_to'].")
    msg: str
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem. Governance refusals add ``rule`` and ``source``."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(examples=["urn:gaiban:problem:not-found"])
    title: str
    status: int
    detail: str
    instance: str = Field(description="Identifies this occurrence; ends with the request id.")
    rule: str | None = Field(default=None, description="Rule id, e.g. CO-DOC-1.")
    source: str | None = Field(default=None, description="Document and article of the rule.")
    errors: list[ProblemFieldError] | None = None


class ServiceError(Exception):
    """Base of errors raised by services and dependencies, each with its status and type."""

    status = 500
    slug = "internal-error"
    title = _("Internal error")

    def __init__(self, detail: str, **extensions: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extensions = extensions
        self.headers: dict[str, str] = {}


class Unauthorized(ServiceError):
    status = 401
    slug = "unauthorized"
    title = _("Authentication required")

    def __init__(self, detail: str, *, error: str | None = "invalid_token") -> None:
        super().__init__(detail)
        # RFC 6750 §3: no error code when the request carried no credentials at all.
        challenge = 'Bearer realm="gaiban"'
        if error:
            challenge += f', error="{error}", error_description="{detail}"'
        self.headers = {"WWW-Authenticate": challenge}


class InvalidGrant(ServiceError):
    """OAuth2 token-endpoint refusal (RFC 6749 §5.2), as a problem with the OAuth ``error``."""

    status = 400
    slug = "invalid-grant"
    title = _("Invalid grant")

    def __init__(self, detail: str, *, error: str = "invalid_grant", status: int = 400) -> None:
        super().__init__(detail, error=error)
        self.status = status
        if status == 401:
            self.headers = {"WWW-Authenticate": 'Basic realm="gaiban"'}


class SignInThrottled(ServiceError):
    """Too many failed sign-ins under an account, a client or an address: the token endpoint
    refuses, before looking at the password, until the lock ends (RFC 6585 §4, with
    Retry-After). Keeps the OAuth ``error`` of the endpoint's other refusals: ``slow_down``
    (registered for token endpoint responses by RFC 8628 §3.5)."""

    status = 429
    slug = "too-many-requests"
    title = _("Too many failed sign-ins")

    def __init__(self, detail: str, *, retry_after_seconds: int) -> None:
        super().__init__(detail, error="slow_down")
        self.headers = {"Retry-After": str(retry_after_seconds)}


class RateLimited(ServiceError):
    """Too many requests from one client address to the public routes (RFC 6585 §4)."""

    status = 429
    slug = "too-many-requests"
    title = _("Too many requests")

    def __init__(self, detail: str, *, retry_after_seconds: int) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after_seconds)}


class Gone(ServiceError):
    """What was public is no longer (a withdrawn publication): RFC 9110 §15.5.11."""

    status = 410
    slug = "gone"
    title = _("Gone")


class Forbidden(ServiceError):
    status = 403
    slug = "forbidden"
    title = _("Forbidden")


class GovernanceRefusal(ServiceError):
    status = 403
    slug = "governance-refusal"
    title = _("Refused by the rules")

    def __init__(self, detail: str, *, rule: str, source: str) -> None:
        super().__init__(detail, rule=rule, source=source)


class NotFound(ServiceError):
    status = 404
    slug = "not-found"
    title = _("Not found")


class Conflict(ServiceError):
    status = 409
    slug = "conflict"
    title = _("Conflict")


class PayloadTooLarge(ServiceError):
    status = 413
    slug = "payload-too-large"
    title = _("Payload too large")


class UnsupportedMediaType(ServiceError):
    """An uploaded file is not of a format the part accepts; ``errors`` names each file."""

    status = 415
    slug = "unsupported-media-type"
    title = _("Unsupported media type")

    def __init__(self, detail: str, errors: list[dict[str, Any]]) -> None:
        super().__init__(detail, errors=errors)


class ValidationProblem(ServiceError):
    status = 422
    slug = "validation-error"
    title = _("Invalid request")

    def __init__(self, detail: str, errors: list[dict[str, Any]]) -> None:
        super().__init__(detail, errors=errors)


class ServiceUnavailable(ServiceError):
    """Not an answer about the request but about now: the caller retries after Retry-After."""

    status = 503
    slug = "unavailable"
    title = _("Service unavailable")
    retry_after_seconds = 5

    def __init__(self, detail: str, **extensions: Any) -> None:
        super().__init__(detail, **extensions)
        self.headers = {"Retry-After": str(self.retry_after_seconds)}


# SQLSTATEs (PostgreSQL, appendix A) that mean "not now" rather than "not this": class 08 is
# a lost or refused connection, 53 the server out of resources (53300: too many connections),
# 57P01-57P03 a server shutting down or starting, 57014 a statement cancelled (timeout).
_UNAVAILABLE_STATE_CLASSES = ("08", "53")
_NOT_UNAVAILABLE = frozenset({"08P01"})  # protocol violation: a fault here, not an outage
_UNAVAILABLE_STATES = frozenset({"57P01", "57P02", "57P03", "57014"})
# The transaction lost a race with a concurrent one; the same request may succeed when retried.
_RACE_STATES = frozenset({"40001", "40P01", "23505", "23P01"})  # serialization, deadlock, unique


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None) or getattr(getattr(exc, "orig", None), "sqlstate", None)
    return state if isinstance(state, str) else None


def database_failure(exc: BaseException, *, committing: bool = False) -> ServiceError | None:
    """What the caller is told about a database failure, or None for any other error.

    503 (with Retry-After) when the database cannot be reached or cannot serve now; 409 when
    the transaction lost a race with a concurrent one (a retry may succeed), or when a deferred
    constraint refused it at commit. Nothing was changed in either case, except that a
    connection lost *during* the commit leaves its outcome unknown, and the answer says so.
    """
    if isinstance(exc, ServiceError):
        return None
    state = _sqlstate(exc)
    invalidated = isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated
    if (
        invalidated
        or isinstance(exc, OSError | TimeoutError | sa_exc.TimeoutError)
        or (
            state is not None
            and state[:2] in _UNAVAILABLE_STATE_CLASSES
            and state not in _NOT_UNAVAILABLE
        )
        or state in _UNAVAILABLE_STATES
    ):
        if committing:
            return ServiceUnavailable(
                _(
                    "The connection to the database failed while the change was being "
                    "committed: it may or may not have been made. Read it back before "
                    "retrying."
                ),
                outcome="unknown",
            )
        return ServiceUnavailable(
            _(
                "The database cannot be reached or cannot serve now; nothing was "
                "changed. Retry after the time in Retry-After."
            )
        )
    if state in _RACE_STATES:
        return Conflict(
            _(
                "The change conflicted with a concurrent change and was not made; read "
                "the current state and retry."
            ),
            sqlstate=state,
        )
    if committing and state is not None and state.startswith("23"):
        return Conflict(
            _("The change breaks a constraint checked at commit and was not made."), sqlstate=state
        )
    return None


_STATUS_SLUGS = {
    400: ("bad-request", _("Bad request")),
    401: ("unauthorized", _("Authentication required")),
    403: ("forbidden", _("Forbidden")),
    404: ("not-found", _("Not found")),
    405: ("method-not-allowed", _("Method not allowed")),
    406: ("not-acceptable", _("Not acceptable")),
    409: ("conflict", _("Conflict")),
    410: ("gone", _("Gone")),
    413: ("payload-too-large", _("Payload too large")),
    415: ("unsupported-media-type", _("Unsupported media type")),
    422: ("validation-error", _("Invalid request")),
    429: ("too-many-requests", _("Too many requests")),
    500: ("internal-error", _("Internal error")),
    503: ("unavailable", _("Service unavailable")),
}


def instance_uri() -> str:
    return f"urn:gaiban:request:{current_request_id()}"


def problem_response(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    """The problem answer, in the request's language (app/i18n.py): its title, detail and each
    field error's ``msg`` are translated there; ``type``, rule ids and sources are not."""
    language = current_language()
    default_slug, default_title = _STATUS_SLUGS.get(status, ("error", _("Error")))
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + (slug or default_slug),
        "title": localize(title or default_title, language),
        "status": status,
        "detail": localize(detail, language),
        "instance": instance_uri(),
    }
    body.update({key: value for key, value in extensions.items() if value is not None})
    errors = body.get("errors")
    if isinstance(errors, list):
        body["errors"] = [
            {**error, "msg": localize(error["msg"], language)}
            if isinstance(error, dict) and "msg" in error
            else error
            for error in errors
        ]
    answer_headers = dict(headers or {})
    answer_headers["Content-Language"] = language
    vary = answer_headers.get("Vary")
    answer_headers["Vary"] = f"{vary}, Accept-Language" if vary else "Accept-Language"
    return JSONResponse(
        body, status_code=status, headers=answer_headers, media_type=PROBLEM_MEDIA_TYPE
    )


def _field_errors(raw: list[Any]) -> list[dict[str, Any]]:
    errors = []
    for error in raw:
        errors.append(
            {
                "loc": [part if isinstance(part, int) else str(part) for part in error["loc"]],
                "msg": pydantic_message(error),
                "type": str(error["type"]),
            }
        )
    return errors


async def service_error_response(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return problem_response(
        exc.status,
        exc.detail,
        slug=exc.slug,
        title=exc.title,
        headers=exc.headers or None,
        **exc.extensions,
    )


async def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, RuleViolation):
        return problem_response(
            403,
            exc.detail,
            slug="governance-refusal",
            title=_("Refused by the rules"),
            rule=exc.rule,
            source=exc.source,
        )
    if isinstance(exc, CalendarYearUnknown):
        return problem_response(
            422,
            exc.detail,
            slug="calendar-year-unknown",
            title=_("Holiday arrangement unknown"),
            missing_year=exc.year,
        )
    if isinstance(exc, RuledConflict):
        return problem_response(
            409,
            exc.detail,
            slug="state-conflict",
            title=_("Not in this state"),
            rule=exc.rule,
            source=exc.source,
        )
    if isinstance(exc, StateConflict):
        return problem_response(
            409, exc.detail, slug="state-conflict", title=_("Not in this state")
        )
    if isinstance(exc, InvalidInput):
        errors = [
            {"loc": list(e.location), "msg": e.message, "type": "value_error"} for e in exc.errors
        ]
        if isinstance(exc, IncompleteRecord):
            return problem_response(
                422,
                exc.detail,
                slug="incomplete-record",
                title=_("Incomplete record"),
                errors=errors,
                rule=exc.rule,
                source=exc.source,
            )
        return problem_response(422, exc.detail, errors=errors)
    assert isinstance(exc, DomainError)
    return problem_response(422, exc.detail)


async def validation_error_response(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _field_errors(list(exc.errors()))
    where = ", ".join(".".join(str(p) for p in e["loc"]) for e in errors[:5])
    return problem_response(422, _("The request is not valid: {where}", where=where), errors=errors)


# PostgreSQL cannot store U+0000 in text (22021) nor in JSON (22P05): bad input, not a failure.
UNSTORABLE_TEXT_STATES = frozenset({"22021", "22P05"})


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DBAPIError)
    if getattr(exc.orig, "sqlstate", None) in UNSTORABLE_TEXT_STATES:
        return problem_response(
            422,
            _("The request holds a character that cannot be stored (U+0000, NUL): remove it."),
        )
    return await _unavailable_or_unexpected(request, exc)


async def _unavailable_or_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """The backstop for database failures met outside the request's session (whose dependency
    translates its own): 503 or 409 where the failure says so, else the 500 problem."""
    failure = database_failure(exc)
    if failure is None:
        return await _unexpected_error(request, exc)
    logger.warning("database failure", exc_info=exc, extra={"request_id": current_request_id()})
    return await service_error_response(request, failure)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _("Request refused")
    headers = dict(exc.headers or {})
    if exc.status_code == 404 and detail == "Not Found":  # the router's: no route matched
        other_slash = _route_with_the_other_slash(request)
        if other_slash is not None:
            return RedirectResponse(other_slash, status_code=307)
        detail = _("No such resource.")
    if exc.status_code == 405:
        detail = _("This method is not allowed on this resource.")
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    return problem_response(exc.status_code, detail, headers=headers or None)


def _route_with_the_other_slash(request: Request) -> str | None:
    """For ``/v1/me/``, ``/v1/me`` (and the other way round), when that path has a route: as a
    relative reference. Starlette's own redirect (redirect_slashes, off in app/main.py) built an
    absolute URL from the Host header, so ``Host: evil.example`` sent the caller there."""
    path = get_route_path(request.scope)
    if path == "/":
        return None
    other = path.rstrip("/") if path.endswith("/") else path + "/"
    if not other.startswith("/") or other.startswith("//"):  # "//host" would leave this origin
        return None
    probe = {**request.scope, "path": request.scope.get("root_path", "") + other}
    for route in request.app.router.routes:
        if route.matches(probe)[0] is not Match.NONE:
            query = request.scope.get("query_string", b"").decode("latin-1")
            return f"{probe['path']}?{query}" if query else str(probe["path"])
    return None


def _allowed_methods(request: Request) -> str:
    """Every method the path takes. The router answers 405 from the first route whose path
    matched, and FastAPI makes one route per method: /v1/users said ``Allow: GET`` only."""
    path = get_route_path(request.scope)
    methods: set[str] = set()
    for context in iter_route_contexts(request.app.routes):
        path_regex = getattr(context, "path_regex", None)
        if path_regex is not None and path_regex.match(path) and context.methods:
            methods |= context.methods
    return ", ".join(sorted(methods))


def internal_error_response() -> JSONResponse:
    """The 500 problem: says nothing about the failure beyond the instance to quote."""
    return problem_response(
        500,
        _("An unexpected error occurred. Quote the instance when reporting it."),
    )


async def _unexpected_error(_request: Request, exc: Exception) -> JSONResponse:
    # Normally RequestContextMiddleware answers unexpected errors (it still knows the request
    # id); this is the backstop for errors raised outside it.
    logger.error("unexpected error", exc_info=exc, extra={"request_id": current_request_id()})
    return internal_error_response()


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, service_error_response)
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, validation_error_response)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(OSError, _unavailable_or_unexpected)
    app.add_exception_handler(TimeoutError, _unavailable_or_unexpected)
    app.add_exception_handler(sa_exc.TimeoutError, _unavailable_or_unexpected)
    app.add_exception_handler(Exception, _unexpected_error)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry documenting a route's problem answers."""
    descriptions = {
        400: "The request is malformed (problem+json).",
        401: "Missing, invalid or expired token (problem+json, with WWW-Authenticate).",
        403: "The caller may see this but not do this; governance refusals name the rule.",
        404: "No such resource, or not visible to the caller.",
        409: "The request conflicts with the current state.",
        410: "It was public and has been withdrawn (nothing more is said).",
        413: "The request body is larger than allowed.",
        415: "A file is not of a format accepted here (`errors` names each one), or the body "
        "is not sent in a media type this operation takes (`accepted` lists them).",
        422: "The request is not valid; `errors` lists each bad field.",
        429: "Too many failed attempts: refused until the time the detail gives; retry after "
        "the seconds in Retry-After.",
        503: "The service cannot answer now.",
    }
    return {
        # No "model": app/main.py documents every 4xx/5xx answer as application/problem+json
        # with Problem's schema when it builds the contract. With a model, FastAPI would build
        # a pydantic field for each (~500 of them), a fifth of the routes' start-up cost.
        status: {"description": descriptions.get(status, "Problem")}
        for status in statuses
    }
