"""The OAuth2 token endpoint's use cases: password grant and client-credentials grant."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import ActorKind
from app.errors import InvalidGrant
from app.repositories import clients as clients_repo
from app.repositories import users as users_repo
from app.schemas.auth import TokenOut
from app.security import TokenService, verify_client_secret, verify_password


async def password_grant(
    session: AsyncSession, tokens: TokenService, username: str, password: str
) -> TokenOut:
    user = await users_repo.get_by_username(session, username.strip().lower())
    # Verify even for unknown users so the answer's timing does not reveal which exist.
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.is_active:
        raise InvalidGrant("The username or password is wrong, or the account is disabled.")
    token, expires_in = tokens.issue(
        f"{ActorKind.user}:{user.id}", generation=user.token_generation
    )
    return TokenOut(access_token=token, expires_in=expires_in)


async def client_credentials_grant(
    session: AsyncSession, tokens: TokenService, client_id: str, client_secret: str
) -> TokenOut:
    client = await clients_repo.get_by_client_id(session, client_id)
    valid = verify_client_secret(client.secret_hash if client else None, client_secret)
    if client is None or not valid or not client.is_active:
        raise InvalidGrant(
            "The client is unknown or disabled, or its secret is wrong.",
            error="invalid_client",
            status=401,
        )
    token, expires_in = tokens.issue(
        f"{ActorKind.client}:{client.id}", generation=client.token_generation
    )
    return TokenOut(access_token=token, expires_in=expires_in)
