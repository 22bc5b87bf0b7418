"""Pure ASGI middleware: request ids, JSON access logs, security headers and the header naming
the provisional calendar years an answer used; the request-body size limit."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
import uuid
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.messages import _
from app.errors import internal_error_response, problem_response
from app.i18n import negotiate, reset_language, set_language
from app.request_context import (
    reset_provisional_record,
    reset_request_id,
    set_request_id,
    start_provisional_record,
)

access_logger = logging.getLogger("gaiban.access")
error_logger = logging.getLogger("gaiban.errors")

_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


PROVISIONAL_HEADER = b"gaiban-calendar-provisional"

# On every answer, errors included: no page may frame it, no browser may read it as another
# type than it says, and no link followed from it carries its URL away.
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
# The API answers data, not pages: nothing it answers may load or run anything.
API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_SOURCE = re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']""")
_LINK = re.compile(r"<link\b[^>]*>")


def page_content_security_policy(html: str) -> str:
    """The policy for a page the service serves (the API docs): the scripts, style sheets and
    icon it names, each by its full URL (not the whole CDN, which serves anyone's scripts), and
    its inline scripts by their SHA-256; the data it fetches from this origin only. A path on
    this origin (the docs' own assets, /docs/assets/...) is 'self': a CSP source names a host."""
    scripts: list[str] = []
    styles: list[str] = []
    images: list[str] = []
    for script in _SCRIPT.finditer(html):
        source = _SOURCE.search(script["attributes"])
        if source:
            scripts.append(_source_expression(source[1]))
        elif script["body"].strip():
            digest = hashlib.sha256(script["body"].encode()).digest()
            scripts.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    for link in _LINK.findall(html):
        source = _SOURCE.search(link)
        if source:
            (styles if "stylesheet" in link else images).append(_source_expression(source[1]))
    return "; ".join(
        (
            "default-src 'none'",
            " ".join(("script-src", *scripts)),
            # Swagger UI sets style attributes as it renders.
            " ".join(("style-src", *styles, "'unsafe-inline'")),
            " ".join(("img-src 'self' data:", *(i for i in images if i != "'self'"))),
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
        )
    )


def _source_expression(url: str) -> str:
    """A URL a page names, as a CSP source: its full URL, or 'self' for a path on this origin."""
    return "'self'" if url.startswith("/") and not url.startswith("//") else url


class RequestContextMiddleware:
    """Takes a sane incoming X-Request-ID or makes one, echoes it, and logs one line per request.

    It is the outermost layer of the service, so it also answers unexpected exceptions: a 500
    problem with no traceback in the body, logged here while the request id is still known (the
    Starlette layer outside it would see neither the id nor add the X-Request-ID header).

    It also chooses the language of the request's messages from its Accept-Language
    (app/i18n.py): the problems answered inside it, by the exception handlers, read it.

    It also gives each request a record of the provisional calendar years its answers use (the
    request's calendar, app.services.calendar.load_calendar, writes to it) and names them in the
    ``Gaiban-Calendar-Provisional`` header, e.g. ``2027`` or ``2027, 2028``. Every answer is
    computed before its response starts (a streamed CSV's rows included), so the header is
    complete; an answer with no provisional day, or an error answer, has no header.

    And it puts the security headers (SECURITY_HEADERS and a Content-Security-Policy) on every
    answer, its own 500 included. (One layer for all this: each layer costs every request a
    coroutine and a wrapped ``send``.)
    """

    def __init__(
        self,
        app: ASGIApp,
        page_policies: Mapping[str, str] | None = None,
        section_policies: Mapping[str, str] | None = None,
    ) -> None:
        """``page_policies``: the Content-Security-Policy of each page the service serves, by
        path (the API docs); ``section_policies``: of every path under a prefix (the progress
        board, /board/, whose error pages are pages too); every other answer gets
        API_CONTENT_SECURITY_POLICY."""
        self.app = app
        # Built once: each answer only extends its headers with one of these tuples.
        self.security_headers = _with_policy(API_CONTENT_SECURITY_POLICY)
        self.page_security_headers = {
            path: _with_policy(policy) for path, policy in (page_policies or {}).items()
        }
        self.section_security_headers = tuple(
            (prefix, _with_policy(policy)) for prefix, policy in (section_policies or {}).items()
        )

    def _security_headers(self, path: str) -> tuple[tuple[bytes, bytes], ...]:
        page = self.page_security_headers.get(path)
        if page is not None:
            return page
        for prefix, headers in self.section_security_headers:
            if path.startswith(prefix):
                return headers
        return self.security_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = (
            incoming if incoming and _CLIENT_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        )
        token = set_request_id(request_id)
        language_token = set_language(negotiate(_header(scope, b"accept-language")))
        record, record_token = start_provisional_record()
        started = time.perf_counter()
        status_holder = {"status": 500}
        response_started = False
        security_headers = self._security_headers(scope["path"])

        async def send_with_id(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                status_holder["status"] = message["status"]
                headers = [
                    (key, value)
                    for key, value in message.get("headers", [])
                    if key.lower() != b"x-request-id"
                ]
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(security_headers)
                # An error answer used no working day worth flagging: it has no figures.
                if record and message["status"] < 400:
                    years = ", ".join(str(year) for year in sorted(record))
                    headers.append((PROVISIONAL_HEADER, years.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            error_logger.exception(
                "unexpected error",
                extra={
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                },
            )
            if response_started:
                raise  # nothing sensible can be sent any more; the server closes the connection
            status_holder["status"] = 500
            await internal_error_response()(scope, receive, send_with_id)
        finally:
            access_logger.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status_holder["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            reset_provisional_record(record_token)
            reset_language(language_token)
            reset_request_id(token)


def _with_policy(policy: str) -> tuple[tuple[bytes, bytes], ...]:
    return (*SECURITY_HEADERS, (b"content-security-policy", policy.encode()))


@dataclass(frozen=True)
class UploadRoute:
    """Requests that carry files, allowed a larger body than the rest."""

    method: str
    path: re.Pattern[str]
    max_bytes: int


class BodySizeLimitMiddleware:
    """Answers 413 for bodies over the limit, by Content-Length or while streaming.

    The limit is ``max_bytes``, or an upload route's own. A streamed body is counted as it is
    read. Once it passes the limit, reading stops and whatever the application would answer to
    the cut-off body (FastAPI turns a failed read into a 400) is replaced by the 413.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, uploads: Sequence[UploadRoute] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.uploads = tuple(uploads)

    def _limit(self, scope: Scope) -> int:
        for upload in self.uploads:
            if scope.get("method") == upload.method and upload.path.fullmatch(scope["path"]):
                return upload.max_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is None and _header(scope, b"transfer-encoding") is None:
            # No body (RFC 9112 §6.3): nothing to count, no wrapping (most requests are GETs).
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return

        received = 0
        too_large = False
        response_started = False
        # A retry-safe POST's body is hashed as it is read, whatever reads it (app/idempotency.py).
        digest = BodyDigest() if _header(scope, b"idempotency-key") is not None else None
        if digest is not None:
            scope[BODY_DIGEST] = digest

        async def limited_receive() -> Message:
            nonlocal received, too_large
            if too_large:
                raise _BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                received += len(chunk)
                if received > limit:
                    too_large = True
                    raise _BodyTooLarge
                if digest is not None:
                    digest.update(chunk, more=message.get("more_body", False))
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if too_large and not response_started:
                return  # the application's answer to a cut-off body is replaced by the 413
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not too_large or response_started:
                raise
        if too_large and not response_started:
            await self._refuse(scope, receive, send, limit)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            413, _("The request body is larger than the limit of {limit} bytes.", limit=limit)
        )
        await response(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


# The ASGI scope's key for a request's BodyDigest.
BODY_DIGEST = "gaiban.body_digest"


class BodyDigest:
    """The SHA-256 of a request body, fed as it is received; ``complete`` once all of it was."""

    def __init__(self) -> None:
        self._sha256 = hashlib.sha256()
        self.complete = False

    def update(self, chunk: bytes, *, more: bool) -> None:
        self._sha256.update(chunk)
        self.complete = not more

    def hexdigest(self) -> str:
        return self._sha256.hexdigest()


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line, with the request id when there is one."""

    _STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys()) | {
        "message",
        "asctime",
        "color_message",  # uvicorn's ANSI-coloured duplicate of the message
    }

    @staticmethod
    def utc_time(record: logging.LogRecord) -> str:
        """ISO 8601 in UTC with a ``Z``: the server's own zone never shows in the logs."""
        moment = datetime.fromtimestamp(record.created, tz=UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def format(self, record: logging.LogRecord) -> str:
        from app.request_context import current_request_id

        payload: MutableMapping[str, Any] = {
            "time": self.utc_time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": current_request_id(),
            # With several workers (gaiban serve --workers N), which process wrote the line.
            "pid": record.process,
        }
        for key, value in vars(record).items():
            if key not in self._STANDARD:
                payload[key] = value
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            payload["stack"] = self.formatStack(record.stack_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    # The JSON lines name no source line, function or thread: the logging module can skip
    # finding them for each record (it walks the stack for the caller; the logging module's
    # own comment on ``_srcfile`` suggests this). The process id stays (``pid``).
    logging._srcfile = None
    logging.logThreads = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = name != "uvicorn.access"  # our access log replaces uvicorn's
