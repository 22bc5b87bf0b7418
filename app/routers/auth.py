from __future__ import annotations

import base64
import binascii
from typing import Annotated
from urllib.parse import unquote_plus

from fastapi import APIRouter, Depends, Form, Header, Request, Response, status

from app.client_address import client_address
from app.db import Session, reads_only
from app.deps import CurrentActor, Now, Tokens
from app.domain.messages import _
from app.errors import InvalidGrant, problem_responses
from app.schemas.auth import Jwks, MeOut, MyPosition, TokenOut
from app.schemas.users import PasswordChange, PasswordSetup
from app.services import auth as service
from app.services import users as users_service
from app.services.auth import ACCESS_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT, USERNAME_TOKEN_TYPE

router = APIRouter(tags=["auth"])


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidGrant(
            _("Malformed Basic credentials."), error="invalid_client", status=401
        ) from exc
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise InvalidGrant(_("Malformed Basic credentials."), error="invalid_client", status=401)
    # RFC 6749 §2.3.1: both parts are form-urlencoded inside Basic ("+" is a space).
    return unquote_plus(client_id), unquote_plus(secret)


def _address(request: Request) -> str:
    return client_address(request, request.app.state.settings.trusted_proxies)


ClientAddress = Annotated[str, Depends(_address)]

# Every 429 carries Retry-After, the seconds until the lock ends (app/main.py documents it).
_TOKEN_PROBLEMS = problem_responses(400, 401, 422, 429)
# PUT /v1/me/password: the current password is checked under the sign-in throttle.
_THROTTLED_PROBLEMS = problem_responses(401, 403, 422, 429)


@router.post(
    "/v1/auth/token",
    summary="Get an access token (password, client-credentials or token-exchange grant)",
    description=(
        "Failed sign-ins are throttled per account (or client) and per client address: past "
        "a few failures each one locks the account for longer (1 s, 2 s, 4 s … at most "
        "15 min), and while it is locked every sign-in to it is refused with `429` and "
        "`Retry-After`, even with the right password.\n\n"
        "**Token exchange** (RFC 8693, `grant_type="
        "urn:ietf:params:oauth:grant-type:token-exchange`): a machine client with the "
        "`act_as` scope sends its own access token as `actor_token` (`actor_token_type="
        "urn:ietf:params:oauth:token-type:access_token`) and the username of a person of its "
        "own jurisdiction as `subject_token` (`subject_token_type="
        "urn:gaiban:params:oauth:token-type:username`), and gets a short-lived token of that "
        'person carrying `act: {"sub": "client:<id>"}`. The token has the person\'s powers; '
        "every act done with it is audited with the person and the client "
        "(`acting_client_id`). Refused (`400`): `unauthorized_client` without `act_as`; "
        "`invalid_grant` for a person unknown, disabled, of another jurisdiction or a "
        "platform administrator, and for an `actor_token` that is not a valid client token "
        "or is itself exchanged."
    ),
    response_model=TokenOut,
    response_model_exclude_none=True,
    responses=_TOKEN_PROBLEMS,
)
# A read's session (autocommit): its only writes, counting a failure and forgetting the
# failures after a success, are single statements committed as they run — so a refused
# sign-in's failure stays counted although the request answers an error.
@reads_only
async def create_token(
    request: Request,
    session: Session,
    tokens: Tokens,
    response: Response,
    address: ClientAddress,
    now: Now,
    grant_type: Annotated[
        str,
        Form(
            description="`password`, `client_credentials` or "
            "`urn:ietf:params:oauth:grant-type:token-exchange`"
        ),
    ],
    username: Annotated[str | None, Form(max_length=100)] = None,
    password: Annotated[str | None, Form(max_length=128)] = None,
    client_id: Annotated[str | None, Form(max_length=100)] = None,
    client_secret: Annotated[str | None, Form(max_length=200)] = None,
    scope: Annotated[str | None, Form(description="Ignored: rights come from positions.")] = None,
    subject_token: Annotated[
        str | None, Form(max_length=100, description="Token exchange: the person's username.")
    ] = None,
    subject_token_type: Annotated[
        str | None, Form(max_length=100, description=f"Token exchange: `{USERNAME_TOKEN_TYPE}`.")
    ] = None,
    actor_token: Annotated[
        str | None,
        Form(max_length=4096, description="Token exchange: the client's own access token."),
    ] = None,
    actor_token_type: Annotated[
        str | None, Form(max_length=100, description=f"Token exchange: `{ACCESS_TOKEN_TYPE}`.")
    ] = None,
    requested_token_type: Annotated[
        str | None,
        Form(max_length=100, description=f"Token exchange: `{ACCESS_TOKEN_TYPE}` if given."),
    ] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> TokenOut:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    if grant_type == "password":
        if not username or not password:
            raise InvalidGrant(
                _("The password grant needs username and password."), error="invalid_request"
            )
        return await service.password_grant(
            session, tokens, username, password, address=address, now=now
        )
    if grant_type == "client_credentials":
        basic = _basic_credentials(authorization)
        if basic is not None:
            if client_secret is not None:  # RFC 6749 §2.3: one authentication method only
                raise InvalidGrant(
                    _("Send the client secret either in HTTP Basic or in the form, not both."),
                    error="invalid_request",
                )
            client_id, client_secret = basic
        if not client_id or not client_secret:
            raise InvalidGrant(
                _("The client-credentials grant needs client_id and client_secret."),
                error="invalid_request",
            )
        return await service.client_credentials_grant(
            session, tokens, client_id, client_secret, address=address, now=now
        )
    if grant_type == TOKEN_EXCHANGE_GRANT:
        if not subject_token or not actor_token:
            raise InvalidGrant(
                _(
                    "The token exchange needs subject_token (a username) and actor_token "
                    "(the client's access token)."
                ),
                error="invalid_request",
            )
        if subject_token_type != USERNAME_TOKEN_TYPE or actor_token_type != ACCESS_TOKEN_TYPE:
            raise InvalidGrant(
                _(
                    "subject_token_type must be {username_token_type} and actor_token_type "
                    "{access_token_type}.",
                    username_token_type=USERNAME_TOKEN_TYPE,
                    access_token_type=ACCESS_TOKEN_TYPE,
                ),
                error="invalid_request",
            )
        if requested_token_type not in (None, ACCESS_TOKEN_TYPE):
            raise InvalidGrant(
                _("Only {access_token_type} is issued.", access_token_type=ACCESS_TOKEN_TYPE),
                error="invalid_target",
            )
        return await service.token_exchange_grant(
            session,
            tokens,
            username=subject_token,
            actor_token=actor_token,
            ttl_seconds=request.app.state.settings.token_exchange_ttl_seconds,
        )
    raise InvalidGrant(
        _(
            "Unsupported grant_type {grant_type!r}: use password, "
            "client_credentials or {token_exchange_grant}.",
            grant_type=grant_type[:40],
            token_exchange_grant=TOKEN_EXCHANGE_GRANT,
        ),
        error="unsupported_grant_type",
    )


@router.post(
    "/v1/auth/password-setup",
    summary="Choose your password with a setup token (public)",
    description="With the one-time token a reset (POST /v1/users/{user_id}/password-reset) or a "
    "new account gave. The token is then used up; 400 when it is unknown, used or expired.",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(400, 422),
)
async def set_up_password(session: Session, now: Now, body: PasswordSetup) -> None:
    await users_service.set_up_password(session, body, now)


@router.get(
    "/.well-known/jwks.json",
    summary="Public keys that verify this service's tokens",
    description="The ES256 public keys (JWK Set, RFC 7517) whose `kid` an access token's header "
    "names: another system verifies this service's tokens with them. Public; cacheable for five "
    "minutes.",
    response_model=Jwks,
)
async def get_jwks(tokens: Tokens, response: Response) -> Jwks:
    response.headers["Cache-Control"] = "public, max-age=300"
    return Jwks.model_validate(tokens.jwks())


me_router = APIRouter(tags=["auth"])


@me_router.put(
    "/me/password",
    summary="Change your own password, given the current one",
    description="Every access token and feed token you hold stops working, this request's "
    "included: get a new token with the new password.",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_THROTTLED_PROBLEMS,
)
async def change_my_password(
    request: Request,
    actor: CurrentActor,
    session: Session,
    now: Now,
    address: ClientAddress,
    body: PasswordChange,
) -> None:
    # The throttle's failures are committed as they are counted: in a read's session
    # (autocommit), apart from this request's transaction, which a refusal rolls back.
    async with request.app.state.database.read_sessionmaker() as throttle_session:
        await users_service.change_own_password(
            session, actor, body, throttle_session=throttle_session, address=address, now=now
        )


@me_router.get(
    "/me",
    summary="Who the caller is: account or client, positions in force today, scopes",
    description="The account or machine client the bearer token belongs to: its display name "
    "(used in signatures and every 'by' field), its home jurisdiction, the positions it holds "
    "today in each jurisdiction, a client's scopes and, for a token from a token exchange, the "
    "client acting for the person.",
    response_model=MeOut,
    responses=problem_responses(401),
)
async def get_me(actor: CurrentActor) -> MeOut:
    return MeOut(
        kind=actor.kind.value,
        id=actor.id,
        name=actor.name,
        display_name=actor.display_name,
        is_platform_admin=actor.is_platform_admin,
        home_jurisdiction_id=actor.home_jurisdiction_id,
        positions=sorted(
            (
                MyPosition(
                    jurisdiction_id=g.jurisdiction_id,
                    role=g.role,
                    unit_id=g.unit_id,
                    level=g.level,
                    title_zh=g.title_zh,
                    defined=g.defined,
                )
                for g in actor.grants
            ),
            key=lambda p: (str(p.jurisdiction_id), p.role, str(p.unit_id)),
        ),
        scopes=sorted(actor.client_scopes),
        acting_client_id=actor.acting_client_id,
    )
