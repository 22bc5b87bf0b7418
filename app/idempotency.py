"""Safe retries of POSTs: the ``Idempotency-Key`` request header (IETF httpapi draft "The
Idempotency-Key HTTP Header Field").

A caller sends a key of its choosing with a POST. The key, the request's hash and the answer
are stored **in the request's own transaction**, so that an answer given (and committed) is the
one a retry gets back, and a request that failed (rolled back) left nothing behind:

- the same key and the same request: the stored answer again, with ``Idempotent-Replayed: true``;
- the same key with another request: 422;
- the same key while its first request still runs: 409 at once (an advisory lock, tried, not
  waited for), with Retry-After.

Two pieces make it, because the session's transaction commits before the answer is sent
(app/db.py) and FastAPI builds the answer between the handler and that commit:

- :func:`claim_idempotency_key`, a dependency of every authenticated route, claims the key
  (one statement) before the handler runs, or raises a :class:`_Replay`, 409 or 422;
- :func:`keep_answers`, wrapped around each POST route's request handler, writes the answer into
  the claimed row (one statement) once FastAPI has built it, before the session commits.

The request's body is hashed as it is read (app/middleware.py, ``BODY_DIGEST``), whatever reads
it (JSON, a form with files, or nothing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Session, is_reads_only
from app.domain.messages import _
from app.errors import ServiceError
from app.middleware import BODY_DIGEST, BodyDigest

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
KEPT_SECONDS = 24 * 3600
_CLAIM = "gaiban.idempotency_claim"
_ANSWERS_A_SECRET = "_gaiban_answers_a_secret"  # noqa: S105 - an attribute name
_KEPT_HEADERS = ("content-type", "location", "etag")
# The advisory-lock namespace of idempotency keys (the two-integer form of the lock functions):
# 'idem' in ASCII.
LOCK_NAMESPACE = 0x6964656D
# Expired rows deleted by each new claim: enough to keep up with the claims themselves.
_CLEANUP_BATCH = 20

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])
Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class IdempotencyKeyInvalid(ServiceError):
    status = 400
    slug = "invalid-idempotency-key"
    title = _("Invalid Idempotency-Key")


class IdempotencyKeyInUse(ServiceError):
    """The key's first request has not finished: the caller retries in a moment."""

    status = 409
    slug = "idempotency-key-in-use"
    title = _("Idempotency-Key in use")

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": "1"}


class IdempotencyKeyReused(ServiceError):
    status = 422
    slug = "idempotency-key-reused"
    title = _("Idempotency-Key reused")


class _Replay(Exception):  # the stored answer, raised past the handler to it
    def __init__(self, response: Response) -> None:
        super().__init__("replay")
        self.response = response


def answers_a_secret(endpoint: Endpoint) -> Endpoint:
    """Mark a POST whose answer carries a secret shown once (a client secret, a setup token, a
    feed token). Keeping its answer for a replay would keep the secret in clear for a day, when
    only its hash is kept anywhere else: such a route refuses an Idempotency-Key (400)."""
    setattr(endpoint, _ANSWERS_A_SECRET, True)
    return endpoint


def parse_key(raw: str) -> str:
    """The key: 1-255 printable ASCII characters, as an sf-string (``"…"``, RFC 8941) as the
    draft writes it, or bare as most clients send it."""
    key = raw
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        key = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if not 1 <= len(key) <= 255 or not all(" " <= c <= "~" for c in key):
        raise IdempotencyKeyInvalid(
            _(
                "{header} must be 1 to 255 printable ASCII characters, optionally in "
                "double quotes.",
                header=HEADER,
            )
        )
    return key


@dataclass(frozen=True)
class _Claim:
    session: AsyncSession
    owner: str
    key: str


def _request_hash(request: Request) -> bytes:
    scope = request.scope
    digest: BodyDigest | None = scope.get(BODY_DIGEST)
    # No digest: the request had no body (app/middleware.py only wraps one that has).
    body = digest.hexdigest() if digest is not None else hashlib.sha256().hexdigest()
    path: bytes = scope.get("raw_path") or scope["path"].encode()  # raw_path is optional in ASGI
    query: bytes = scope.get("query_string", b"")
    target = path + (b"?" + query if query else b"")
    parts = (
        request.method.encode(),
        target,
        (request.headers.get("content-type") or "").encode("latin-1"),
        body.encode(),
    )
    return hashlib.sha256(b"\n".join(parts)).digest()


_CLAIM_SQL = text(
    """
WITH lock AS (
    SELECT pg_try_advisory_xact_lock(:namespace, hashtext(:owner || ' ' || :key)) AS held
), cleanup AS (
    DELETE FROM idempotency_keys WHERE ctid IN (
        SELECT ctid FROM idempotency_keys
        WHERE expires_at <= now() AND NOT (owner = :owner AND key = :key)
        LIMIT :batch FOR UPDATE SKIP LOCKED
    )
), claimed AS (
    INSERT INTO idempotency_keys (owner, key, request_hash, expires_at)
    SELECT :owner, :key, :request_hash, now() + make_interval(secs => :kept) FROM lock WHERE held
    ON CONFLICT (owner, key) DO UPDATE SET
        request_hash = excluded.request_hash, status = NULL, headers = NULL, body = NULL,
        created_at = now(), expires_at = excluded.expires_at
    WHERE idempotency_keys.expires_at <= now()
    RETURNING 1
)
SELECT lock.held, EXISTS (SELECT FROM claimed) AS claimed,
       kept.request_hash, kept.status, kept.headers, kept.body
FROM lock LEFT JOIN idempotency_keys kept
    ON kept.owner = :owner AND kept.key = :key AND kept.expires_at > now()
"""
)

_KEEP_SQL = text(
    "UPDATE idempotency_keys SET status = :status, headers = :headers, body = :body "
    "WHERE owner = :owner AND key = :key"
)


async def claim_idempotency_key(request: Request, session: Session) -> None:
    """Before the handler: claim the POST's Idempotency-Key, or answer for it. Without the
    header (and on any other method) this costs nothing: no statement.

    One statement, in the request's transaction: take the key's advisory lock if it is free,
    delete a few expired keys, insert the key (or take over its expired row), and read the row
    the key already has. The row is only ever committed with its answer: a row seen is a
    finished request's."""
    raw = request.headers.get(HEADER)
    if raw is None or request.method != "POST":
        return
    endpoint = request.scope.get("endpoint")
    if is_reads_only(endpoint):
        return  # the request changes nothing: repeating it is safe as it is
    if getattr(endpoint, _ANSWERS_A_SECRET, False):
        raise IdempotencyKeyInvalid(
            _(
                "This answer carries a secret shown once, which is not kept for a "
                "replay: send the request without {header}. A retry after a lost "
                "answer makes a second one; revoke the first.",
                header=HEADER,
            )
        )
    key = parse_key(raw)
    digest: BodyDigest | None = request.scope.get(BODY_DIGEST)
    if digest is not None and not digest.complete:
        await request.body()  # a route that does not read its body: read it to hash it
    actor = request.state.actor  # app/deps.py, solved before (the router's first dependency)
    owner = f"{actor.kind}:{actor.id}"
    request_hash = _request_hash(request)
    connection = await session.connection()
    row = (
        await connection.execute(
            _CLAIM_SQL,
            {
                "namespace": LOCK_NAMESPACE,
                "owner": owner,
                "key": key,
                "batch": _CLEANUP_BATCH,
                "request_hash": request_hash,
                "kept": KEPT_SECONDS,
            },
        )
    ).one()
    if row.claimed:
        request.scope[_CLAIM] = _Claim(session, owner, key)
        return
    if row.status is not None:  # a finished request's answer
        if row.request_hash != request_hash:
            raise IdempotencyKeyReused(
                _(
                    "This {header} was used for another request (method, path, content "
                    "type or body differ); use a new key for a new request.",
                    header=HEADER,
                )
            )
        raise _Replay(_replayed(row.status, row.headers, row.body))
    raise IdempotencyKeyInUse(
        _(
            "The first request with this {header} is still being answered; retry in a moment.",
            header=HEADER,
        )
    )


def _replayed(status: int, headers: dict[str, str], body: bytes) -> Response:
    response = Response(content=body, status_code=status, headers=headers)
    response.headers[REPLAYED_HEADER] = "true"
    return response


async def _keep(claim: _Claim, response: Response) -> None:
    headers = {name: response.headers[name] for name in _KEPT_HEADERS if name in response.headers}
    connection = await claim.session.connection()
    await connection.execute(
        _KEEP_SQL,
        {
            "status": response.status_code,
            "headers": json.dumps(headers),
            # Every POST answers a built body; a streamed answer (none today) would fail here.
            "body": bytes(response.body),
            "owner": claim.owner,
            "key": claim.key,
        },
    )


def _keeping(handler: Handler) -> Handler:
    async def handle(request: Request) -> Response:
        try:
            response = await handler(request)
        except _Replay as replay:
            return replay.response
        claim = request.scope.get(_CLAIM)
        if claim is not None:
            # Whatever the handler answered is what its transaction commits: keep it with it.
            # An answer raised (an error) rolls the claim back with the rest.
            await _keep(claim, response)
        return response

    return handle


def keep_answers(router: APIRouter) -> None:
    """Wrap the request handler of the router's POST routes (its included routers' too) so that
    each keeps its answer for its Idempotency-Key. FastAPI builds an included route's handler
    from its original route's ``get_route_handler()``, and calls the handler inside the
    function-scoped exit stack that commits the session: the answer exists there, and the
    transaction is still open. Idempotent: an app built twice wraps each route once."""
    for route in router.routes:
        original_router = getattr(route, "original_router", None)
        if isinstance(original_router, APIRouter):
            keep_answers(original_router)
        if not isinstance(route, APIRoute) or "POST" not in (route.methods or ()):
            continue
        if getattr(route.get_route_handler, "_gaiban_keeps_answers", False):
            continue
        build = route.get_route_handler

        def keeping_handler(build: Callable[[], Handler] = build) -> Handler:
            return _keeping(build())

        keeping_handler._gaiban_keeps_answers = True  # type: ignore[attr-defined]
        # An instance attribute: the one route's handler, not every APIRoute's.
        setattr(route, "get_route_handler", keeping_handler)  # noqa: B010


def key_taking_operations(router: APIRouter) -> dict[str, bool]:
    """The names (operation ids) of the router's POST routes that change something: whether
    each takes an Idempotency-Key (True) or refuses one, its answer carrying a secret."""
    names: dict[str, bool] = {}
    for route in router.routes:
        original_router = getattr(route, "original_router", None)
        if isinstance(original_router, APIRouter):
            names |= key_taking_operations(original_router)
        if (
            isinstance(route, APIRoute)
            and "POST" in (route.methods or ())
            and not is_reads_only(route.endpoint)
        ):
            names[route.name] = not getattr(route.endpoint, _ANSWERS_A_SECRET, False)
    return names


PARAMETER = {
    "name": HEADER,
    "in": "header",
    "required": False,
    "description": "Makes a retry safe: a key of your choosing, new for each new request "
    "(1-255 printable ASCII characters; a UUID does). The first answer is kept 24 hours with "
    f"the key; the same request with the same key gets it again, with `{REPLAYED_HEADER}: "
    "true`. 409 while the key's first request is still being answered; 422 when the key was "
    "used for another request. Only answers that committed are kept: after an error, retry "
    "with the same key.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
}
"""The header, as ``components.parameters.IdempotencyKey`` of the OpenAPI document."""


def document_idempotency_key(operation: dict[str, Any], *, taken: bool) -> None:
    """The header and its answers, in a POST's OpenAPI operation; or, on a route whose answer
    carries a secret, its refusal."""
    if not taken:
        operation.setdefault("responses", {}).setdefault(
            "400",
            {
                "description": f"An {HEADER} was sent: this answer carries a secret shown once, "
                "which is not kept for a replay."
            },
        )
        return
    operation.setdefault("parameters", []).append(
        {"$ref": "#/components/parameters/IdempotencyKey"}
    )
    responses = operation.setdefault("responses", {})
    responses.setdefault("400", {"description": "The request is malformed (problem+json)."})
    responses.setdefault("409", {"description": "The request conflicts with the current state."})
    responses["409"]["description"] += (
        f" Or the first request with this {HEADER} is still being answered (see Retry-After)."
    )
    responses.setdefault("422", {"description": "The request is not valid."})
    responses["422"]["description"] += f" Or this {HEADER} was used for another request."
