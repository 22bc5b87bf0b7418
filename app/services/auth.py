"""The OAuth2 token endpoint's use cases: password, client-credentials and token-exchange grants.

Both are throttled (app/domain/login_throttle.py): a sign-in is refused with 429, before its
password or secret is looked at, while its account's (or client's) key or its address's key is
locked; a failure counts under both keys; a success forgets its account's failures.

The route runs in a read's session (autocommit, app/db.py ``reads_only``): each statement here
is committed as it runs, so the failure a refusal counts stays counted although the request
answers an error (a request's transaction would be rolled back with it).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import login_throttle
from app.domain.access import ActorKind, ClientScope
from app.domain.login_throttle import FailureRun, KeyKind, Lock
from app.domain.messages import Text, _, reason
from app.errors import Forbidden, InvalidGrant, SignInThrottled
from app.repositories import clients as clients_repo
from app.repositories import login_failures as failures_repo
from app.repositories import users as users_repo
from app.schemas.auth import TokenOut
from app.security import (
    TokenError,
    TokenService,
    password_hashing_turn,
    verify_client_secret,
    verify_password_in_turn,
)

_LOCKED_WHAT = {
    KeyKind.account: _("for this account"),
    KeyKind.client: _("for this client"),
    KeyKind.address: _("from this network address"),
}


def _try_again_at(lock: Lock) -> str:
    """The lock's end, rounded up to the second, in UTC."""
    whole = lock.until.replace(microsecond=0)
    if whole < lock.until:
        whole += timedelta(seconds=1)
    return whole.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _refuse_while_locked(runs: list[FailureRun], now: datetime) -> None:
    lock = login_throttle.lock_in_force(runs, now)
    if lock is None:
        return
    seconds = lock.retry_after_seconds(now)
    raise SignInThrottled(
        _(
            "Too many failed sign-ins {what}: try again in {seconds} s, at "
            "{try_again_at}. Until then every sign-in there is refused, even with "
            "the right password.",
            what=_LOCKED_WHAT[lock.kind],
            seconds=seconds,
            try_again_at=_try_again_at(lock),
        ),
        retry_after_seconds=seconds,
    )


def _lock_notice(refusal: Text, counted: list[FailureRun], now: datetime) -> Text:
    """The refusal, with when to try again when its failure locked a key."""
    lock = login_throttle.lock_in_force(counted, now)
    if lock is None:
        return refusal
    return _(
        "{refusal} Too many failed sign-ins {what}: the next is refused until "
        "{try_again_at} ({seconds} s).",
        refusal=refusal,
        what=_LOCKED_WHAT[lock.kind],
        try_again_at=_try_again_at(lock),
        seconds=lock.retry_after_seconds(now),
    )


async def password_grant(
    session: AsyncSession,
    tokens: TokenService,
    username: str,
    password: str,
    *,
    address: str,
    now: datetime,
) -> TokenOut:
    account_key = login_throttle.account_key(username)
    keys = (account_key, login_throttle.address_key(address))
    # The throttle is read inside the hashing turn, right before the hash: sign-ins queued
    # behind a flood are checked against the failures the flood has counted meanwhile.
    async with password_hashing_turn():
        user, runs = await failures_repo.user_with_runs(session, username.strip().lower(), keys)
        _refuse_while_locked(runs, now)
        # Verify even for unknown users so the answer's timing does not reveal which exist.
        valid = await verify_password_in_turn(user.password_hash if user else None, password)
        if user is None or not valid or not user.is_active:
            counted = await failures_repo.count_failure(session, keys, now)
            raise InvalidGrant(
                _lock_notice(
                    _("The username or password is wrong, or the account is disabled."),
                    counted,
                    now,
                )
            )
    if any(run.key == account_key for run in runs):
        await failures_repo.forget(session, account_key)
    token, expires_in = tokens.issue(
        f"{ActorKind.user}:{user.id}", generation=user.token_generation
    )
    return TokenOut(access_token=token, expires_in=expires_in)


async def check_own_password(
    throttle_session: AsyncSession,
    username: str,
    password_hash: str,
    password: str,
    *,
    address: str,
    now: datetime,
) -> None:
    """A signed-in person's current password, checked (PUT /v1/me/password) under the sign-in
    throttle, counting under the same keys: else a stolen token, good for minutes, would be a
    way to guess the password that outlives it. ``throttle_session`` commits each statement (a
    read's session), so that a failure stays counted though its request is refused."""
    account_key = login_throttle.account_key(username)
    keys = (account_key, login_throttle.address_key(address))
    async with password_hashing_turn():
        _user, runs = await failures_repo.user_with_runs(throttle_session, username, keys)
        _refuse_while_locked(runs, now)
        if not await verify_password_in_turn(password_hash, password):
            counted = await failures_repo.count_failure(throttle_session, keys, now)
            raise Forbidden(_lock_notice(_("The current password is wrong."), counted, now))
    if any(run.key == account_key for run in runs):
        await failures_repo.forget(throttle_session, account_key)


async def client_credentials_grant(
    session: AsyncSession,
    tokens: TokenService,
    client_id: str,
    client_secret: str,
    *,
    address: str,
    now: datetime,
) -> TokenOut:
    client_key = login_throttle.client_key(client_id)
    keys = (client_key, login_throttle.address_key(address))
    client, runs = await failures_repo.client_with_runs(session, client_id, keys)
    _refuse_while_locked(runs, now)
    # A client secret is a SHA-256 (long random secrets need no slow hash): no hashing turn.
    valid = verify_client_secret(client.secret_hash if client else None, client_secret)
    if client is None or not valid or not client.is_active:
        counted = await failures_repo.count_failure(session, keys, now)
        raise InvalidGrant(
            _lock_notice(
                _("The client is unknown or disabled, or its secret is wrong."), counted, now
            ),
            error="invalid_client",
            status=401,
        )
    if any(run.key == client_key for run in runs):
        await failures_repo.forget(session, client_key)
    token, expires_in = tokens.issue(
        f"{ActorKind.client}:{client.id}", generation=client.token_generation
    )
    return TokenOut(access_token=token, expires_in=expires_in)


# RFC 8693 token exchange: a client with the act_as scope gets a short-lived token of a person
# of its own jurisdiction, carrying ``act`` (the client). The client proves itself with its own
# access token (``actor_token``); the person is named by username (``subject_token``, of a
# Gaiban token type: the person holds no token of their own to show).
TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"  # noqa: S105 - a URI
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"  # noqa: S105 - a URI
USERNAME_TOKEN_TYPE = "urn:gaiban:params:oauth:token-type:username"  # noqa: S105 - a URI

_NO_SUCH_PERSON = _(
    "No active person of the client's jurisdiction has this username, or the person is a "
    "platform administrator (whom no client acts for)."
)


async def token_exchange_grant(
    session: AsyncSession,
    tokens: TokenService,
    *,
    username: str,
    actor_token: str,
    ttl_seconds: int,
) -> TokenOut:
    """The person named ``username``'s token, for the client whose access token is
    ``actor_token``. Refused: a token that is not a valid client token (invalid_grant), a
    token itself from an exchange (no chains), a client without act_as (unauthorized_client),
    a person unknown, disabled, of another jurisdiction (its descendants included: their own
    portals act there) or a platform administrator (invalid_grant, one answer for all, so a
    client learns nothing of other jurisdictions' accounts)."""
    try:
        claims = tokens.verify(actor_token)
    except TokenError as exc:
        raise InvalidGrant(_("The actor_token was refused: {exc}.", exc=reason(exc))) from exc
    if claims.act is not None:
        raise InvalidGrant(
            _(
                "The actor_token was itself obtained by a token exchange: a client "
                "acts for a person with its own token only, never through another's."
            )
        )
    kind, _sep, raw_id = claims.sub.partition(":")
    try:
        client_pk = uuid.UUID(raw_id)
    except ValueError as exc:
        raise InvalidGrant(_("The actor_token was refused: unknown subject.")) from exc
    client = await clients_repo.load_actor(session, client_pk) if kind == ActorKind.client else None
    if client is None or claims.gen != client.token_generation:
        raise InvalidGrant(
            _(
                "The actor_token must be the access token of an active machine client "
                "(client_credentials grant), not revoked."
            )
        )
    if ClientScope.act_as not in client.client_scopes:
        raise InvalidGrant(
            _("This client lacks the act_as scope: it may not act for people."),
            error="unauthorized_client",
        )
    user = await users_repo.get_by_username(session, username.strip().lower())
    if (
        user is None
        or not user.is_active
        or user.is_platform_admin
        or user.jurisdiction_id != client.home_jurisdiction_id
    ):
        raise InvalidGrant(_NO_SUCH_PERSON)
    token, expires_in = tokens.issue(
        f"{ActorKind.user}:{user.id}",
        generation=user.token_generation,
        actor=f"{ActorKind.client}:{client.id}",
        actor_generation=client.token_generation,
        ttl_seconds=ttl_seconds,
    )
    return TokenOut(access_token=token, expires_in=expires_in, issued_token_type=ACCESS_TOKEN_TYPE)
