"""The contract, strictly: a request the operation does not describe is refused, not guessed at.

- A query parameter the operation does not declare is a 422 naming it (``?title=`` on the
  documents list returned every document: the parameter is ``q``).
- A body in a media type the operation does not take is a 415 saying what to send (it was a
  422 "Input should be a valid dictionary").
- An ``Accept`` that excludes everything the operation can answer is a 406 (RFC 9110 §12.5.1);
  no ``Accept``, ``*/*`` or ``application/*`` accept anything.

Each operation's contract is read once, when the app is built, from what FastAPI knows of its
route (its parameters, its dependencies' parameters, its body, its responses), so the check at
request time is a few set look-ups and the contract cannot drift from the OpenAPI document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.datastructures import DefaultPlaceholder
from fastapi.dependencies.models import Dependant
from fastapi.params import File, Form
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel
from starlette.responses import Response

from app.domain.messages import _
from app.errors import (
    ServiceError,
    ValidationProblem,
    service_error_response,
    validation_error_response,
)

JSON = "application/json"
MULTIPART = "multipart/form-data"
URLENCODED = "application/x-www-form-urlencoded"
# Files are answered in their own media type, whatever it is: no Accept is refused there.
ANY_FILE = "application/octet-stream"


class UnsupportedContentType(ServiceError):
    status = 415
    slug = "unsupported-media-type"
    title = _("Unsupported media type")

    def __init__(self, sent: str | None, takes: tuple[str, ...]) -> None:
        what = _("Content-Type: {sent}", sent=sent) if sent else _("no Content-Type")
        super().__init__(
            _(
                "This operation does not take a body sent with {what}: send Content-Type: {takes}.",
                what=what,
                takes=" or ".join(takes),
            ),
            accepted=list(takes),
        )


class NotAcceptable(ServiceError):
    status = 406
    slug = "not-acceptable"
    title = _("Not acceptable")

    def __init__(self, accept: str, produces: tuple[str, ...]) -> None:
        super().__init__(
            _(
                "This operation cannot answer in any media type of Accept: {accept}. It answers "
                "{produces} (problems: application/problem+json).",
                accept=accept,
                produces=", ".join(produces),
            ),
            available=list(produces),
        )


@dataclass(frozen=True, slots=True)
class Contract:
    """What one operation takes and answers. Empty ``takes``: no body is checked; empty
    ``produces``: any Accept is served."""

    query: frozenset[str]
    takes: tuple[str, ...]
    produces: tuple[str, ...]


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters of an operation and of every dependency it solves, by the name the
    caller sends (the alias: ``from`` for ``from_``)."""
    names: set[str] = set()
    pending = [dependant]
    while pending:
        current = pending.pop()
        for field in current.query_params:
            annotation = field.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names |= {f.alias or n for n, f in annotation.model_fields.items()}
            else:
                names.add(field.alias)
        pending.extend(current.dependencies)
    return names


def _takes(context: Any) -> tuple[str, ...]:
    declared = ((context.openapi_extra or {}).get("requestBody") or {}).get("content")
    if declared:
        return tuple(declared)
    body = context.body_field
    if body is None:
        return ()
    infos = [body.field_info]
    annotation = body.field_info.annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        infos += [f for f in annotation.model_fields.values()]
    # A form without files may come URL-encoded (httpx sends one so when no file is given).
    if any(isinstance(info, File) for info in infos) or any(
        getattr(info, "media_type", None) == MULTIPART for info in infos
    ):
        return (MULTIPART, URLENCODED)
    if isinstance(body.field_info, Form) or any(isinstance(i, Form) for i in infos):
        return (URLENCODED, MULTIPART)
    return (JSON,)


def _produces(context: Any) -> tuple[str, ...]:
    produced: list[str] = []
    response_class = context.response_class
    if isinstance(response_class, DefaultPlaceholder):
        response_class = response_class.value
    media_type = getattr(response_class, "media_type", None)
    if media_type and (context.status_code or 200) != 204:
        produced.append(media_type)
    for code, response in (context.responses or {}).items():
        if str(code)[:1] in ("2", "3"):
            produced += list((response or {}).get("content") or {})
    if ANY_FILE in produced:
        return ()
    return tuple(dict.fromkeys(produced))


def contract_of(context: Any) -> Contract:
    return Contract(
        query=frozenset(_query_names(context.dependant)),
        takes=_takes(context),
        produces=_produces(context),
    )


def install_contracts(app: FastAPI) -> None:
    """Read every /v1 operation's contract; ``enforce_contract`` finds it by its handler."""
    contracts: dict[Callable[..., Any], Contract] = {}
    for context in iter_route_contexts(app.routes):
        path, endpoint = context.path or "", context.endpoint
        if not path.startswith("/v1/") or endpoint is None or context.dependant is None:
            continue
        contract = contract_of(context)
        known = contracts.get(endpoint)
        if known is not None:  # one handler under two paths: what either takes
            contract = Contract(
                known.query | contract.query,
                tuple(dict.fromkeys(known.takes + contract.takes)),
                tuple(dict.fromkeys(known.produces + contract.produces)),
            )
        contracts[endpoint] = contract
    app.state.contracts = contracts


def contracts_by_operation(app: FastAPI) -> dict[str, Contract]:
    """The contracts by operation id (the handler's name: app/main.py)."""
    return {endpoint.__name__: contract for endpoint, contract in app.state.contracts.items()}


def unknown_parameters(query_keys: Iterable[str], declared: frozenset[str]) -> list[str]:
    return [name for name in dict.fromkeys(query_keys) if name not in declared]


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _is_taken(content_type: str, takes: tuple[str, ...]) -> bool:
    sent = _media_type(content_type)
    if sent in takes:
        return True
    # RFC 6839 §3.1: application/<anything>+json is JSON.
    return JSON in takes and sent.startswith("application/") and sent.endswith("+json")


def accepts_any(accept: str, produces: tuple[str, ...]) -> bool:
    """Whether one media range of ``Accept`` with q > 0 covers one of ``produces``."""
    offered = [_media_type(p) for p in produces]
    for media_range in accept.split(","):
        kind, *parameters = media_range.split(";")
        kind = kind.strip().lower()
        if not kind:
            continue
        quality = 1.0
        for parameter in parameters:
            name, __, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 1.0
        if quality <= 0:
            continue
        if kind in ("*", "*/*"):
            return True
        main, __, sub = kind.partition("/")
        for media_type in offered:
            offered_main, __, offered_sub = media_type.partition("/")
            if main == offered_main and sub in ("*", offered_sub):
                return True
    return False


def _has_body(headers: Mapping[str, str]) -> bool:
    length = headers.get("content-length")
    if length is not None:
        return length.strip() not in ("", "0")
    return "transfer-encoding" in headers


def _contract(request: Request) -> Contract | None:
    contract: Contract | None = request.app.state.contracts.get(request.scope.get("endpoint"))
    return contract


async def enforce_contract(request: Request) -> None:
    """Refuse an Accept the operation cannot satisfy (406) and query parameters it does not
    have (422). Solved after the caller is authenticated (an anonymous caller learns nothing of
    the operation but 401) and before anything is claimed or read. The body's media type is
    judged with the body (``validation_error``), after the operation's own authorization."""
    contract = _contract(request)
    if contract is None:
        return
    headers = request.headers
    if contract.produces:
        accept = headers.get("accept")
        if accept and not accepts_any(accept, contract.produces):
            raise NotAcceptable(accept, contract.produces)
    if request.scope.get("query_string"):
        unknown = unknown_parameters(request.query_params.keys(), contract.query)
        if unknown:
            raise ValidationProblem(
                _("Not a parameter of this operation: {unknown}.", unknown=", ".join(unknown)),
                errors=[
                    {
                        "loc": ["query", name],
                        "msg": _("not a parameter of this operation"),
                        "type": "unknown_parameter",
                    }
                    for name in unknown
                ],
            )


def wrong_content_type(request: Request) -> UnsupportedContentType | None:
    """The 415 for a body the operation could not read because it came in a media type the
    operation does not take (FastAPI reads such a body as bytes and found "not a valid
    dictionary", or found the form empty); None when the media type is not the cause. No
    Content-Type is fine only with no body (an optional body left out)."""
    contract = _contract(request)
    if contract is None or not contract.takes:
        return None
    content_type = request.headers.get("content-type")
    if content_type is None and not _has_body(request.headers):
        return None
    if content_type is not None and _is_taken(content_type, contract.takes):
        return None
    return UnsupportedContentType(content_type, contract.takes)


async def validation_error(request: Request, exc: Exception) -> Response:
    """Invalid requests: 415 when the body's media type is why (saying what to send), else the
    422 problem listing each bad field (app/errors.py)."""
    unsupported = wrong_content_type(request)
    if unsupported is not None:
        return await service_error_response(request, unsupported)
    return await validation_error_response(request, exc)


def document_contract(operation: dict[str, Any], contract: Contract) -> None:
    """The 406, 415 and 422 answers the contract gives, in the operation's OpenAPI entry."""
    responses = operation.setdefault("responses", {})
    responses.setdefault(
        "422",
        {
            "description": "The request is not valid; `errors` lists each bad field, and each "
            "query parameter the operation does not have."
        },
    )
    if contract.takes:
        responses.setdefault(
            "415",
            {"description": f"The body is not sent as {' or '.join(contract.takes)}."},
        )
    if contract.produces:
        responses.setdefault(
            "406",
            {"description": f"Accept excludes all this answers: {', '.join(contract.produces)}."},
        )
