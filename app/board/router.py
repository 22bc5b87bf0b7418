"""The progress board at /board/: server-rendered pages for the office's staff and leaders.

Not part of the JSON API (no route is in the OpenAPI document) but served by the same app, with
the same accounts, services and visibility.

Signing in: the form at /board/login runs the API's password grant (app/services/auth.py: the
same throttle and lockout), and the access token it issues — a person's, valid for the
service's access-token lifetime, 15 minutes by default — is kept in a cookie: HttpOnly (no
script reads it), SameSite=Strict (no other site's page sends it), Path=/board (the API never
takes it: the API reads bearer tokens from the Authorization header only), Secure when the
request came over https. When it expires the board asks to sign in again. Machine clients have
no password and cannot sign in here; a client's token put in the cookie is not taken.

CSRF: the board changes nothing but the sign-in itself, and its only forms are sign-in and
sign-out. Other sites cannot ride the cookie (SameSite=Strict). Against a forged sign-in (an
attacker's page signing the victim into the attacker's account) both POSTs must come from the
board's own pages: the browser's Sec-Fetch-Site must say ``same-origin``, or, from a browser
without Fetch Metadata, Origin must name this host. Both headers are set by the browser and no
page can forge them. No token is needed: no state, no script, and every browser the offices use
sends one of the two. (Referer cannot serve: every answer says Referrer-Policy: no-referrer.)

Errors on the board's paths are pages, not problem+json: the app's error handlers are wrapped
(``install_board``) to render the problem they computed as an HTML page.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Request
from starlette.responses import RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from app.board import views
from app.client_address import client_address
from app.db import Session, reads_only
from app.deps import Now, actor_for_token
from app.domain.access import Actor, ActorKind
from app.domain.messages import _
from app.errors import Forbidden, InvalidGrant, SignInThrottled, Unauthorized
from app.i18n import CHINESE, localize
from app.services import auth as auth_service

BOARD_URL = "/board/"
LOGIN_URL = "/board/login"
LOGOUT_URL = "/board/logout"
STATIC_URL = "/board/static"
COOKIE = "gaiban_board"
COOKIE_PATH = "/board"
# Credentials as the token endpoint takes them (app/routers/auth.py).
USERNAME_MAX, PASSWORD_MAX = 100, 128

# The board's pages load their one style sheet from /board/static and nothing else: no script,
# no font, no frame; forms post to the board only.
BOARD_CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

router = APIRouter(include_in_schema=False)


class BoardStatic(StaticFiles):
    """The board's own style sheet (and any file put beside it in app/board/static)."""


def _no_store(response: Response) -> Response:
    # Pages of people's data: kept by no cache, shared or not.
    response.headers["Cache-Control"] = "no-store"
    return response


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    return _no_store(response)


async def signed_in(request: Request, session: Session) -> Actor | None:
    """The person whose token the board's cookie holds, or None (no cookie, a token expired
    or revoked, or not a person's: a machine client's, or one a client got by a token
    exchange)."""
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    try:
        actor = await actor_for_token(request, session, token)
    except Unauthorized:
        return None
    if actor.kind is not ActorKind.user or actor.acting_client_id is not None:
        return None
    return actor


def from_this_site(request: Request) -> bool:
    """Whether the browser says the form was posted from one of this site's pages (see the
    module's docstring)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


def _refuse_cross_site(request: Request) -> None:
    if not from_this_site(request):
        raise Forbidden(
            _(
                "The board's forms are taken only from the board's own pages "
                "(Sec-Fetch-Site: same-origin, or an Origin of this host)."
            )
        )


@router.get(BOARD_URL)
async def show_board(request: Request, session: Session, now: Now) -> Response:
    actor = await signed_in(request, session)
    if actor is None:
        return RedirectResponse(LOGIN_URL, status_code=303)
    query = request.query_params
    board = await views.build_board(
        session,
        actor,
        now,
        jurisdiction_id=views.parse_jurisdiction(query.get("j")),
        year=views.parse_year(query.get("year")),
        report_kind=views.parse_report_kind(query.get("report_kind")),
    )
    return _page(
        request,
        "board.html",
        board=board,
        actor=actor,
        cell_labels=views.CELL_LABELS,
        years=range(board.today.year + 1, board.today.year - 5, -1),
    )


@router.get(LOGIN_URL)
async def show_login(request: Request, session: Session) -> Response:
    if await signed_in(request, session) is not None:
        return RedirectResponse(BOARD_URL, status_code=303)
    return _page(request, "login.html", error=None, username="")


@router.post(LOGIN_URL)
# A read's session (autocommit), as the token endpoint's: a refused sign-in's failure stays
# counted although the page answers an error.
@reads_only
async def sign_in(request: Request, session: Session, now: Now) -> Response:
    _refuse_cross_site(request)
    form = await request.form()
    username, password = form.get("username"), form.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        username = username if isinstance(username, str) else ""
        return _login_refused(request, username, _("Enter your username and password."), 400)
    if not username or not password:
        return _login_refused(request, username, _("Enter your username and password."), 400)
    if len(username) > USERNAME_MAX or len(password) > PASSWORD_MAX:
        return _login_refused(
            request,
            username[:USERNAME_MAX],
            _("The username or password is wrong, or the account is disabled."),
            400,
        )
    address = client_address(request, request.app.state.settings.trusted_proxies)
    try:
        token = await auth_service.password_grant(
            session, request.app.state.token_service, username, password, address=address, now=now
        )
    except SignInThrottled as exc:
        refused = _login_refused(request, username, exc.detail, exc.status)
        refused.headers.update(exc.headers)
        return refused
    except InvalidGrant as exc:
        return _login_refused(request, username, exc.detail, exc.status)
    response = RedirectResponse(BOARD_URL, status_code=303)
    response.set_cookie(
        COOKIE,
        token.access_token,
        max_age=token.expires_in,
        path=COOKIE_PATH,
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )
    return _no_store(response)


def _login_refused(request: Request, username: str, message: str, status: int) -> Response:
    return _page(request, "login.html", status, error=localize(message, CHINESE), username=username)


@router.post(LOGOUT_URL)
async def sign_out(request: Request) -> Response:
    """Forgets the cookie. The token in it is not revoked (that would end every session and
    API token of the person): it expires with its lifetime."""
    _refuse_cross_site(request)
    response = RedirectResponse(LOGIN_URL, status_code=303)
    response.delete_cookie(
        COOKIE,
        path=COOKIE_PATH,
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )
    return _no_store(response)


# --- errors as pages --------------------------------------------------------------------------

Handler = Callable[[Request, Any], Response | Awaitable[Response]]

ERROR_TITLES = {
    400: "请求有误",
    403: "无权操作",
    404: "找不到页面",
    405: "不支持此操作",
    409: "操作冲突",
    413: "请求过大",
    422: "请求参数有误",
    429: "尝试次数过多",
    503: "服务暂时不可用",
}


def _on_the_board(request: Request) -> bool:
    path = request.url.path
    return (path == COOKIE_PATH or path.startswith(COOKIE_PATH + "/")) and not path.startswith(
        STATIC_URL + "/"
    )


def _as_page(handler: Handler) -> Handler:
    """The app's handler, whose problem answer is rendered as a page on the board's paths (its
    status and Retry-After kept); elsewhere its answer as it is."""

    async def handle(request: Request, exc: Exception) -> Response:
        answered = handler(request, exc)
        response = await answered if inspect.isawaitable(answered) else answered
        if not _on_the_board(request) or response.status_code < 400:
            return response
        try:
            problem = json.loads(bytes(response.body))
        except (ValueError, AttributeError):
            problem = {}
        page = _page(
            request,
            "error.html",
            response.status_code,
            title=ERROR_TITLES.get(response.status_code, "出错了"),
            detail=str(problem.get("detail") or ""),
            status=response.status_code,
        )
        if "retry-after" in response.headers:
            page.headers["Retry-After"] = response.headers["retry-after"]
        return page

    return handle


def install_board(app: FastAPI) -> dict[str, str]:
    """Adds the board's pages and style sheet to ``app``, after its error handlers are
    installed, and makes those handlers answer pages on the board's paths. Returns the
    Content-Security-Policy of the board's paths, by path prefix."""
    app.include_router(router)
    app.mount(STATIC_URL, BoardStatic(directory=str(HERE / "static")), name="board-static")
    for exc_class, handler in list(app.exception_handlers.items()):
        app.exception_handlers[exc_class] = _as_page(handler)
    return {BOARD_URL: BOARD_CONTENT_SECURITY_POLICY}
