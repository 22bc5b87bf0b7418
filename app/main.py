"""The application factory: wiring only, no rules."""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.telemetry import TelemetryConfig
from starlette.middleware.cors import CORSMiddleware

from app.board.router import install_board
from app.db import Database, resolve_database_url
from app.deps import Clock, SystemClock, get_actor
from app.docs import install_docs
from app.errors import PROBLEM_MEDIA_TYPE, Problem, install_error_handlers
from app.idempotency import (
    PARAMETER,
    claim_idempotency_key,
    document_idempotency_key,
    keep_answers,
    key_taking_operations,
)
from app.middleware import (
    PROVISIONAL_HEADER,
    BodySizeLimitMiddleware,
    RequestContextMiddleware,
    UploadRoute,
)
from app.openapi_examples import document_examples
from app.routers import (
    assessments,
    audit,
    auth,
    briefings,
    bulletins,
    calendar,
    clients,
    composition,
    delegations,
    documents,
    events,
    feed_tokens,
    health,
    incoming_documents,
    inspections,
    jurisdictions,
    major_matters,
    meetings,
    obligations,
    positions,
    publications,
    rulebooks,
    submissions,
    supervision,
    task_progress,
    task_workbook,
    tasks,
    units,
    users,
    webhooks,
)
from app.routers.conditional import (
    ETAG_HEADER,
    IF_MATCH,
    IF_NONE_MATCH,
    check_preconditions,
    conditional_answers,
    conditional_operations,
    document_conditions,
)
from app.routers.strict import (
    contracts_by_operation,
    document_contract,
    enforce_contract,
    install_contracts,
    validation_error,
)
from app.security import (
    TokenService,
    limit_password_hashing,
    load_or_create_key_file,
    signing_key_from_pem,
)
from app.settings import Settings, get_settings

DESCRIPTION = """
Gaiban (改办) keeps the rules of engineering-construction approval-reform leading groups and their
offices as data and enforces them. Errors are RFC 9457 `application/problem+json`; governance
refusals name the rule id and its source article. Every route needs a bearer token from
`POST /v1/auth/token` unless marked public.
"""


# Every tag an operation uses, in the order the docs show them (tests/test_contract.py checks
# that each one used is here with a description).
OPENAPI_TAGS: list[dict[str, Any]] = [
    {
        "name": "auth",
        "description": "Tokens (`POST /v1/auth/token`: password, client-credentials and token-"
        "exchange grants), the caller (`/v1/me`), one's password and calendar-feed tokens, and "
        "the keys that verify tokens.",
    },
    {
        "name": "jurisdictions",
        "description": "Cities and prefectures and their counties, districts and parks: each "
        "has a leading group, an office, member units and a rulebook. A caller sees its own "
        "and, from an office, those below it; any other is a 404.",
    },
    {
        "name": "member units",
        "description": "The leading group's member units (departments, district governments, "
        "park committees …), which report, lead and cooperate on tasks.",
    },
    {
        "name": "positions",
        "description": "Who holds which post (leader, office director, a unit's liaison "
        "officer …) from when to when, and the leading group's composition checked against "
        "the rules.",
    },
    {
        "name": "delegations",
        "description": "Entrustments (委托): a post's acts (chairing, signing …) entrusted to "
        "someone for a time, where the rulebook allows it.",
    },
    {
        "name": "rulebooks",
        "description": "A jurisdiction's rules as data, versioned by effective date: meeting "
        "kinds, who convenes, chairs and signs, report kinds and their due dates. The dry run "
        "answers whether a person may do an act and under which rule.",
    },
    {
        "name": "calendar",
        "description": "Mainland-China working days (holidays, make-up workdays), on which "
        "every deadline and overdue count is computed; a year not yet published is answered "
        "from the provisional calendar and the answer says so.",
    },
    {
        "name": "meetings",
        "description": "Meetings the rulebook defines: convening, consent to extra meetings, "
        "invitees and attendance, minutes archived with their SHA-256, the meetings the rules "
        "expect each period, and iCalendar feeds.",
    },
    {
        "name": "reports",
        "description": "What units report and when: obligations (what is due), submissions "
        "with their files, compliance (on time, late, missing) and the office's bulletins.",
    },
    {
        "name": "tasks",
        "description": "The task breakdown (任务分解): lead and cooperating units, deadlines, "
        "progress with evidence, completion confirmed by the office, overdue working days, "
        "and the workbook to fill in and import.",
    },
    {
        "name": "supervision",
        "description": "Supervision notices (督办) on open tasks' lead units, with a reply date "
        "and the unit's reply.",
    },
    {
        "name": "public-notices",
        "description": "Public notices (通报) naming units and citing tasks and evidence.",
    },
    {
        "name": "accountability",
        "description": "Accountability records (问责) for units whose work clearly lags, with "
        "the rule they were judged by.",
    },
    {
        "name": "inspections",
        "description": "Inspections (督导检查) of member units and counties: their findings, "
        "the units' answers with evidence, the office's reviews, and the regular evaluation.",
    },
    {
        "name": "assessments",
        "description": "The annual performance assessment (绩效考核, C-ASM-1) of member units "
        "and counties: scorecards computed from the records with their drill-down, the "
        "office's scores, appeals and decisions, finalisation, and the table (xlsx, CSV).",
    },
    {
        "name": "documents",
        "description": "Documents issued in a rulebook issuer's name: drafts, attachments, "
        "signature (签发) judged by the rulebook and delegations, numbering, voiding, and read "
        "receipts (签收) of those they were sent to.",
    },
    {
        "name": "incoming-documents",
        "description": "Documents sent to the leading group for approval or filing (呈批/报备), "
        "by a unit or a county office, with every hand-over.",
    },
    {
        "name": "major-matters",
        "description": "Major matters reported to the leading group, forwarded to the leader "
        "(呈报) and reviewed with instructions (批示).",
    },
    {
        "name": "briefings",
        "description": "The office's information briefings (信息简报) to the leading group, "
        "copied to member units and county offices, with read receipts.",
    },
    {
        "name": "publications",
        "description": "Public disclosure (信息公开, E-PUB-1 / C-PUB-1): the office publishes "
        "reform measures (issued documents), progress snapshots and results, and withdraws "
        "them with a reason; the public reads what is published under `/v1/public/…` without "
        "a token, as JSON and as Atom and JSON feeds (cached, rate-limited per address). "
        "Internal bulletins, minutes, drafts and submissions are never public.",
    },
    {
        "name": "events",
        "description": "What happened in a jurisdiction, as an event stream to poll (with a "
        "long poll) or as webhooks signed by the Standard Webhooks scheme.",
    },
    {
        "name": "accounts",
        "description": "People's accounts and machine clients (client credentials, scopes "
        "`read`, `write`, `act_as`), each bound to a jurisdiction.",
    },
    {
        "name": "audit",
        "description": "The audit trail: every act, who did it (and for whom), hash-chained "
        "per jurisdiction so that a change to the past shows.",
    },
    {
        "name": "operations",
        "description": "Liveness and readiness probes for the platform running the service "
        "(public).",
    },
]

CONTACT = {
    "name": "The office that runs this Gaiban service",
}

# Relative: the one document is served by every deployment, and a relative server URL resolves
# against where the document was read, as the docs page does. A generated client takes the
# deployment's address as its base URL (the second entry shows the shape, with the address
# `gaiban serve` listens on by default).
SERVERS: list[dict[str, Any]] = [
    {"url": "/", "description": "This deployment: the address this document was read from."},
    {
        "url": "{origin}",
        "description": "A deployment at the origin given (scheme, host and port).",
        "variables": {
            "origin": {
                "default": "http://127.0.0.1:8000",
                "description": "The deployment's origin, e.g. https://gaiban.example.gov.cn.",
            }
        },
    },
]


# Requests that carry files get the upload limit instead of the ordinary one.
UPLOAD_PATH = re.compile(
    r"/v1/jurisdictions/[^/]+/"
    r"(submissions|documents/[^/]+/attachments|tasks/[^/]+/progress|tasks/import"
    r"|publications/[^/]+/files)"
)


def build_token_service(settings: Settings) -> TokenService:
    if settings.jwt_private_key is not None:
        pem = settings.jwt_private_key.get_secret_value()
    else:
        pem = load_or_create_key_file(settings.resolved_data_dir / "jwt-es256.pem")
    return TokenService(
        signing_key_from_pem(pem),
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_seconds=settings.access_token_ttl_seconds,
        max_lifetime_seconds=settings.max_token_lifetime_seconds,
    )


def settle_heap() -> None:
    """Move what start-up left alive (modules, routes, schemas: ~200,000 objects) out of the
    garbage collector's sight. A request that makes tens of thousands of objects (the compliance
    matrix) triggers full collections, and each walked that whole heap: half its time.

    Only the young generations are collected first (~1 ms): a full collection walked that whole
    heap too, 0.1-0.2 s of every start-up, and found about 10 garbage objects in the old one,
    which now stay frozen.

    When ``gaiban serve`` paused the collector for start-up (app/serving.py), nothing is
    collected: what start-up left, its ~1,200 garbage objects included, is frozen as it is,
    and the collector is turned back on."""
    if gc.isenabled():
        gc.collect(1)
    gc.freeze()
    gc.enable()


async def warn_of_calendar(app: FastAPI) -> None:
    """Log once at start-up what GET /v1/calendar/status warns of (next year not entered)."""
    from zoneinfo import ZoneInfo

    from sqlalchemy.exc import SQLAlchemyError

    from app.services import calendar as calendar_service

    today = app.state.clock.now().astimezone(ZoneInfo("Asia/Shanghai")).date()
    try:
        async with app.state.database.sessionmaker() as session:
            await calendar_service.status(session, today)
    except (SQLAlchemyError, OSError):
        logging.getLogger("gaiban.calendar").warning(
            "the calendar's years could not be read at start-up", exc_info=True
        )


def _operation_id(route: APIRoute) -> str:
    return route.name


# FastAPI's instrumentation, switched off unless GAIBAN_OPENTELEMETRY is set (app/settings.py).
_NO_TELEMETRY: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
}


def create_app(
    settings: Settings | None = None,
    *,
    database: Database | None = None,
    token_service: TokenService | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owns_database = app.state.database is None
        if owns_database:
            url = resolve_database_url(settings)
            app.state.database = Database(url, pool_size=settings.database_pool_size)
        await warn_of_calendar(app)
        settle_heap()
        try:
            yield
        finally:
            if owns_database:
                await app.state.database.dispose()

    app = FastAPI(
        title="Gaiban (改办) API",
        version="0.1.0",
        description=DESCRIPTION,
        contact=CONTACT,
        servers=SERVERS,
        openapi_tags=OPENAPI_TAGS,
        lifespan=lifespan,
        openapi_url="/openapi.json",
        # The docs pages are app/docs.py's: Swagger UI from a package's files, not a CDN.
        docs_url=None,
        redoc_url=None,
        # The other-slash redirect is answered by app/errors.py with a relative Location:
        # Starlette's own builds an absolute URL from the Host header the caller sent.
        redirect_slashes=False,
        # Operation ids are the handlers' verb_noun names: stable for generated clients.
        generate_unique_id_function=_operation_id,
        telemetry=None if settings.opentelemetry else _NO_TELEMETRY,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.token_service = token_service or build_token_service(settings)
    app.state.clock = clock or SystemClock()
    limit_password_hashing(settings.password_hashing_threads)

    install_error_handlers(app)
    # A body the operation could not read for its media type is a 415, not a 422.
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=settings.max_request_bytes,
        uploads=[UploadRoute("POST", UPLOAD_PATH, settings.upload_max_request_bytes)],
    )
    # The progress board's pages (app/board): after the error handlers, which it makes answer
    # pages on its paths.
    board_policies = install_board(app)
    app.add_middleware(
        RequestContextMiddleware,
        page_policies=install_docs(app),
        section_policies=board_policies,
    )
    if settings.cors_origins:
        # Outermost: a preflight is answered before the body limit or the request context
        # look at it. Bearer tokens, not cookies: no credentials mode.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "Idempotency-Key",
                "X-Request-ID",
            ],
            expose_headers=["ETag", "Location", "Retry-After", "X-Request-ID", "Link"],
            max_age=600,
        )

    app.include_router(health.router)
    # Every /v1 operation refuses what it does not describe (app/routers/strict.py).
    strict = [Depends(enforce_contract)]
    app.include_router(auth.router, dependencies=strict)

    # Everything under /v1 except the token endpoint (and the feed, below) needs a valid token.
    # Each group is included straight into the app, not through a /v1 router of routers:
    # FastAPI 0.165 walks a router's whole tree of included routers to check its routes' version
    # each time it matches a request there (~75 walks a request with 30 groups under one
    # router). Matching walks the routes in order (~3 µs each, ~150 here): the routes
    # integrators poll most — the caller (one route), then the task breakdown — come first.
    # Every POST of theirs takes an Idempotency-Key (app/idempotency.py): claimed once the
    # caller is known, its answer kept before the session commits. A GET's answer carries an
    # ETag, and the resources changed by PATCH, PUT and DELETE a version that If-Match compares
    # (app/routers/conditional.py): read (a write's locked) once the caller is known, the
    # answer tagged or refused before the session commits.
    authenticated = [
        Depends(get_actor),
        Depends(enforce_contract),
        Depends(claim_idempotency_key),
        Depends(check_preconditions),
    ]
    key_taking: dict[str, bool] = {}
    conditional: dict[str, str] = {}
    for group in (
        auth.me_router,
        task_workbook.router,  # before tasks: /{task_id} takes any segment
        tasks.router,
        inspections.router,
        assessments.router,
        supervision.router,
        task_progress.router,
        feed_tokens.router,
        jurisdictions.router,
        units.router,
        positions.router,
        composition.router,
        rulebooks.router,
        rulebooks.schema_router,
        users.router,
        clients.router,
        audit.router,
        calendar.router,
        delegations.router,
        delegations.check_router,
        obligations.router,
        meetings.router,
        meetings.me_router,
        submissions.router,
        submissions.compliance_router,
        bulletins.router,
        briefings.router,
        briefings.me_router,
        publications.router,
        major_matters.router,
        documents.router,
        documents.me_router,
        incoming_documents.router,
        events.router,
        webhooks.router,
    ):
        keep_answers(group)
        conditional_answers(group)
        key_taking |= key_taking_operations(group)
        conditional |= conditional_operations(group)
        app.include_router(group, prefix="/v1", dependencies=authenticated)
    # The feed authenticates itself (its token may come in the query, for calendar programs).
    app.include_router(meetings.feed_router, prefix="/v1", dependencies=strict)
    app.include_router(meetings.me_feed_router, prefix="/v1", dependencies=strict)
    # The public routes (no token): rate-limited per client address, in this process.
    app.state.public_limiter = publications.limiter_for(settings)
    app.include_router(publications.public_router, prefix="/v1", dependencies=strict)

    webhooks.document_webhooks(app)
    install_contracts(app)
    _install_openapi(app, key_taking, conditional)
    return app


def _header(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


PROVISIONAL = PROVISIONAL_HEADER.decode().title()  # Gaiban-Calendar-Provisional
# The response headers the document declares, as components.headers (ETag's beside the
# conditional requests it serves, app/routers/conditional.py).
RESPONSE_HEADERS: dict[str, dict[str, Any]] = {
    "ETag": ETAG_HEADER,
    "Location": {
        "description": "Where what was made is read (a path, relative to this service).",
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "Retry-After": {
        "description": "Whole seconds to wait before trying again (RFC 9110 §10.2.3).",
        "schema": {"type": "integer", "minimum": 1},
    },
    PROVISIONAL: {
        "description": "The years whose working days this answer took from the provisional "
        "calendar (no published holiday arrangement yet), e.g. `2027` or `2027, 2028`; absent "
        "when its figures are exact. They may change once the year's arrangement is entered "
        "(PUT /v1/calendar/years/{year}). The JSON body says the same in "
        "`calendar.provisional_years`.",
        "schema": {"type": "string", "pattern": "^[0-9]{4}(, [0-9]{4})*$"},
    },
}
# Answers whose working days are not in a ``calendar`` member of their body, and may still come
# from a provisional year: the task workbook (its overdue days), and the writes that work out
# a task's overdue days before and after to record the change.
CALENDAR_WITHOUT_MEMBER = frozenset(
    {"get_task_workbook", "import_task_workbook", "add_task_progress_report"}
)


def _document_database_failures(path: str, method: str, operation: dict[str, Any]) -> None:
    """Any route that reads the database may answer 503 (database unreachable, with
    Retry-After), and any write 409 (it lost a race at commit): app/db.py's session."""
    responses = operation.setdefault("responses", {})
    if path != "/healthz":
        responses.setdefault(
            "503", {"description": "The database cannot be reached now; see Retry-After."}
        )
    if method in ("post", "put", "patch", "delete"):
        responses.setdefault(
            "409", {"description": "The change lost a race with a concurrent one; retry."}
        )


def _using_the_calendar(schemas: dict[str, Any]) -> set[str]:
    """The component schemas whose instances carry ``calendar`` (CalendarUse), directly or in
    a member: the answers computed from working days."""

    def refs(node: Any) -> set[str]:
        if isinstance(node, dict):
            found = {node["$ref"].rsplit("/", 1)[-1]} if "$ref" in node else set()
            return found.union(*(refs(value) for value in node.values()))
        if isinstance(node, list):
            return set().union(*(refs(value) for value in node))
        return set()

    using = {"CalendarUse"}
    while True:
        more = {name for name, schema in schemas.items() if refs(schema) & using} - using
        if not more:
            return using
        using |= more


def _document_headers(
    method: str, operation: dict[str, Any], calendar_schemas: set[str], key_taking: bool
) -> None:
    """The response headers of an operation's answers, as references to components.headers:
    Location on a 201; ETag on a GET's answer that a 304 can replace; Retry-After on 429,
    503 and (with an Idempotency-Key still being answered) 409; the provisional-calendar
    header on an answer computed from working days."""
    responses = operation.get("responses", {})
    for code, response in responses.items():
        headers = response.setdefault("headers", {})
        if code == "201":
            headers.setdefault("Location", _header("Location"))
        elif method == "get" and code == "200" and "304" in responses:
            headers.setdefault("ETag", _header("ETag"))
        elif code in ("429", "503") or (code == "409" and key_taking):
            headers.setdefault("Retry-After", _header("Retry-After"))
        if code.startswith("2"):
            json_schema = response.get("content", {}).get("application/json", {}).get("schema")
            ref = (json_schema or {}).get("$ref", "").rsplit("/", 1)[-1]
            if ref in calendar_schemas or operation.get("operationId") in CALENDAR_WITHOUT_MEMBER:
                headers.setdefault(PROVISIONAL, _header(PROVISIONAL))
        if not headers:
            del response["headers"]


def _install_openapi(
    app: FastAPI, key_taking: dict[str, bool], conditional: dict[str, str]
) -> None:
    """Problem answers are documented as application/problem+json, not application/json."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        contracts = contracts_by_operation(app)
        calendar_schemas = _using_the_calendar(schema["components"]["schemas"])
        for path, path_item in schema.get("paths", {}).items():
            for method, operation in path_item.items():
                operation_id = operation.get("operationId", "")
                _document_database_failures(path, method, operation)
                contract = contracts.get(operation_id)
                if contract is not None:
                    document_contract(operation, contract)
                takes_key = method == "post" and key_taking.get(operation_id, False)
                if method == "post" and operation_id in key_taking:
                    document_idempotency_key(operation, taken=key_taking[operation_id])
                if conditional.get(operation_id) == method.upper():
                    document_conditions(operation, method)
                _document_headers(method, operation, calendar_schemas, takes_key)
                for code, response in operation.get("responses", {}).items():
                    if code.isdigit() and int(code) >= 400:
                        response["content"] = {
                            PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
                        }
                document_examples(operation)
        # A webhook is answered by its receiver: FastAPI's 422 for the parameters it documents
        # is not one of this service's answers (and names a schema the document drops).
        for path_item in schema.get("webhooks", {}).values():
            for operation in path_item.values():
                operation.get("responses", {}).pop("422", None)
        schema["components"]["headers"] = RESPONSE_HEADERS
        parameters = schema.setdefault("components", {}).setdefault("parameters", {})
        parameters["IdempotencyKey"] = PARAMETER
        parameters["IfMatch"] = IF_MATCH
        parameters["IfNoneMatch"] = IF_NONE_MATCH
        components = schema.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        for model in (Problem, *submissions.DOCUMENTED_MODELS):
            documented = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, definition in documented.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components[model.__name__] = documented
        # An answer's optional members are absent, not null: as FastAPI renders response models.
        for member in components["Problem"]["properties"].values():
            if member.get("default", ...) is None:
                del member["default"]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
