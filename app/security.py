"""Tokens, keys and secrets. All JWT code lives here.

Tokens are ES256 JWTs made with python-jose. python-jose 3.5 alone is too trusting (it would accept
an HS256 token keyed with our public key in DER form if HS256 were allowed, ignores ``kid``, accepts
a missing ``aud`` and a future ``iat``), so the header is checked against the local key map before
decoding, exactly one algorithm is allowed, every claim is required, and ``iat``, ``nbf`` and
``exp`` are checked here (python-jose would judge ``exp`` by the wall clock, not by ``now``).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jose import jwt
from jose.exceptions import JOSEError

from app.domain.messages import _

if TYPE_CHECKING:
    from argon2 import PasswordHasher

T = TypeVar("T")

ALGORITHM = "ES256"
IAT_LEEWAY_SECONDS = 30
_REQUIRED_CLAIMS = ("iss", "aud", "sub", "iat", "exp", "gen")


class TokenError(Exception):
    """The token must not be trusted; the message is safe to show the caller."""


# --- keys ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_pem: str
    public_pem: str
    public_jwk: dict[str, str]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def signing_key_from_pem(private_pem: str) -> SigningKey:
    private_key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    if not isinstance(private_key, ec.EllipticCurvePrivateKey) or not isinstance(
        private_key.curve, ec.SECP256R1
    ):
        raise ValueError("the JWT signing key must be an EC P-256 private key (ES256)")
    numbers = private_key.public_key().public_numbers()
    x = _b64url(numbers.x.to_bytes(32, "big"))
    y = _b64url(numbers.y.to_bytes(32, "big"))
    # RFC 7638 thumbprint: a kid that is stable for the key and reveals nothing else.
    canonical = json.dumps({"crv": "P-256", "kty": "EC", "x": x, "y": y}, separators=(",", ":"))
    kid = _b64url(hashlib.sha256(canonical.encode()).digest())
    public_pem = (
        private_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    jwk = {"kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": kid, "use": "sig", "alg": ALGORITHM}
    return SigningKey(kid=kid, private_pem=private_pem, public_pem=public_pem, public_jwk=jwk)


def generate_private_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def load_or_create_key_file(path: Path) -> str:
    """The development key: made once under the data folder, readable by the owner only.

    Processes that start together (uvicorn workers, test workers) agree on one key: each writes
    its candidate to a file of its own and links it into place; the first link wins, and every
    process then reads the winner's complete file."""
    if path.exists():
        return path.read_text()
    path.parent.mkdir(parents=True, exist_ok=True)
    candidate = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(generate_private_pem())
        with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
            os.link(candidate, path)
    finally:
        candidate.unlink()
    return path.read_text()


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenClaims:
    sub: str
    iat: int
    exp: int
    nbf: int | None = None
    # The subject's token generation when the token was issued: a token of an older one was
    # revoked (password change or reset, secret rotation, account disabled or re-enabled).
    gen: int = 0
    # A token from a token exchange (RFC 8693): ``act`` is the acting client's subject
    # (``client:<id>``, the ``act`` claim's ``sub``) and ``act_gen`` that client's token
    # generation when it was issued: rotating its secret or disabling it revokes the token too.
    act: str | None = None
    act_gen: int | None = None


class TokenService:
    """Issues and verifies access tokens with one signing key (more verification keys may be added
    for rotation)."""

    def __init__(
        self,
        signing_key: SigningKey,
        *,
        issuer: str,
        audience: str,
        ttl_seconds: int,
        max_lifetime_seconds: int | None = None,
        extra_verification_keys: tuple[SigningKey, ...] = (),
        cache_size: int = 4096,
    ) -> None:
        self.signing_key = signing_key
        self.issuer = issuer
        self.audience = audience
        self.ttl_seconds = ttl_seconds
        # A token valid for longer than this is refused even when its signature holds (a key
        # that leaked could otherwise mint tokens for years).
        self.max_lifetime_seconds = max(ttl_seconds, max_lifetime_seconds or ttl_seconds)
        self._keys = {k.kid: k for k in (signing_key, *extra_verification_keys)}
        self._cache: OrderedDict[bytes, TokenClaims] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        return {"keys": [k.public_jwk for k in self._keys.values()]}

    def issue(
        self,
        subject: str,
        *,
        generation: int = 0,
        now: float | None = None,
        actor: str | None = None,
        actor_generation: int = 0,
        ttl_seconds: int | None = None,
    ) -> tuple[str, int]:
        """A token for ``subject``; with ``actor``, one a client holds on the subject's behalf
        (RFC 8693 §4.1 ``act`` claim), usually shorter-lived (``ttl_seconds``)."""
        issued_at = int(now if now is not None else time.time())
        lifetime = min(ttl_seconds or self.ttl_seconds, self.max_lifetime_seconds)
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": subject,
            "iat": issued_at,
            "exp": issued_at + lifetime,
            "gen": generation,
            "jti": secrets.token_urlsafe(12),
        }
        if actor is not None:
            claims["act"] = {"sub": actor}
            claims["act_gen"] = actor_generation
        token = jwt.encode(
            claims,
            self.signing_key.private_pem,
            algorithm=ALGORITHM,
            headers={"kid": self.signing_key.kid, "typ": "JWT"},
        )
        return token, lifetime

    def verify(self, token: str, *, now: float | None = None) -> TokenClaims:
        current = now if now is not None else time.time()
        cache_key = hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()
        with self._lock:
            cached = self._cache.get(cache_key)
            if cached is not None:
                self._cache.move_to_end(cache_key)  # least recently used goes first
        if cached is not None:
            # A cached token gets the same time checks as a fresh one, only the crypto is skipped.
            _check_times(cached.iat, cached.exp, cached.nbf, current)
            return cached

        claims = self._verify_uncached(token, current)
        with self._lock:
            self._cache[cache_key] = claims
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return claims

    def _verify_uncached(self, token: str, current: float) -> TokenClaims:
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise TokenError(_("the token is malformed")) from exc
        if header.get("alg") != ALGORITHM:
            raise TokenError(_("only {algorithm} tokens are accepted", algorithm=ALGORITHM))
        if header.get("typ", "JWT") not in ("JWT", "at+jwt"):
            raise TokenError(_("the token type is not accepted"))
        if "crit" in header:  # RFC 7515 §4.1.11: no extension is understood here
            raise TokenError(_("the token has critical header parameters"))
        kid = header.get("kid")
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise TokenError(_("the token was not signed by a known key"))
        try:
            payload: dict[str, Any] = jwt.decode(
                token,
                key.public_pem,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                # Times are checked below against ``current``: python-jose would use the wall
                # clock (ignoring ``now``) and crashes with TypeError on a non-numeric iat or exp.
                # A ``require_`` option would switch its check back on, so those are checked here.
                options={
                    "require_iss": True,
                    "require_aud": True,
                    "require_sub": True,
                    "verify_iat": False,
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_at_hash": False,
                    "leeway": 0,
                },
            )
        except JOSEError as exc:
            raise TokenError(_describe(exc)) from exc

        for claim in _REQUIRED_CLAIMS:
            if claim not in payload:
                raise TokenError(_("the token lacks the {claim} claim", claim=claim))
        if payload["aud"] != self.audience:  # a list of audiences is not issued here
            raise TokenError(_("the token is not for this service"))
        iat, exp, sub, nbf = payload["iat"], payload["exp"], payload["sub"], payload.get("nbf")
        generation = payload["gen"]
        if not (_is_int(iat) and _is_int(exp) and (nbf is None or _is_int(nbf))):
            raise TokenError(_("the token's claims have the wrong types"))
        if not _is_int(generation) or generation < 0:
            raise TokenError(_("the token's claims have the wrong types"))
        if not isinstance(sub, str) or not isinstance(payload["iss"], str):
            raise TokenError(_("the token's claims have the wrong types"))
        if exp - iat > self.max_lifetime_seconds:
            raise TokenError(_("the token's lifetime is longer than this service allows"))
        _check_times(iat, exp, nbf, current)
        act, act_gen = _actor_claims(payload)
        return TokenClaims(
            sub=sub, iat=iat, exp=exp, nbf=nbf, gen=generation, act=act, act_gen=act_gen
        )


def _actor_claims(payload: dict[str, Any]) -> tuple[str | None, int | None]:
    """The acting party of an exchanged token. Only one level is issued here: an ``act``
    nesting another (a chain of delegation, RFC 8693 §4.1) is refused, as is an ``act``
    without its generation."""
    act = payload.get("act")
    if act is None:
        if "act_gen" in payload:
            raise TokenError(_("the token's claims have the wrong types"))
        return None, None
    if not isinstance(act, dict) or not isinstance(act.get("sub"), str):
        raise TokenError(_("the token's act claim is not valid"))
    if "act" in act:
        raise TokenError(_("the token's act claim nests another; chains are not accepted"))
    act_gen = payload.get("act_gen")
    if not isinstance(act_gen, int) or isinstance(act_gen, bool) or act_gen < 0:
        raise TokenError(_("the token's claims have the wrong types"))
    return act["sub"], act_gen


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_times(iat: int, exp: int, nbf: int | None, current: float) -> None:
    if iat > current + IAT_LEEWAY_SECONDS:
        raise TokenError(_("the token was issued in the future"))
    if nbf is not None and nbf > current + IAT_LEEWAY_SECONDS:
        raise TokenError(_("the token is not valid yet"))
    if exp <= current:
        raise TokenError(_("the token has expired"))


def _describe(exc: JOSEError) -> str:
    text = str(exc).lower()
    if "missing required key" in text:
        return _("the token lacks a required claim")
    if "must be a string" in text or "invalid claim format" in text:
        return _("the token's claims have the wrong types")
    if "expired" in text:
        return _("the token has expired")
    if "audience" in text:
        return _("the token is not for this service")
    if "issuer" in text:
        return _("the token was not issued by this service")
    if "signature" in text:
        return _("the token's signature is not valid")
    return _("the token is not valid")


# --- passwords and client secrets ---------------------------------------------------------

# Made on first use: only the token endpoint and account changes hash passwords, and argon2's
# dummy hash below took ~0.12 s of every start-up when it was made at import.
_password_hasher: PasswordHasher | None = None
# Compared against when the username is unknown, so timing does not reveal which accounts exist.
_dummy_hash: str | None = None


def _hasher() -> PasswordHasher:
    global _password_hasher
    if _password_hasher is None:
        from argon2 import PasswordHasher  # lazily: see _password_hasher

        _password_hasher = PasswordHasher()
    return _password_hasher


def _dummy() -> str:
    """The dummy hash, made by the hasher in use (so it costs what a real one costs to verify)."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher().hash(secrets.token_urlsafe(16))
    return _dummy_hash


# Stored instead of a hash while an account has no password (reset by someone else, or new
# and not set up yet): no password verifies against it, and checking costs a real hash's time.
NO_PASSWORD = "!no-password"  # noqa: S105 - a marker that no password matches


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    # Made before the lookup's outcome matters: a first unknown username costs no more than a
    # first known one.
    dummy = _dummy()
    usable = password_hash is not None and password_hash not in ("", NO_PASSWORD)
    try:
        return (
            _hasher().verify(password_hash if password_hash and usable else dummy, password)
            and usable
        )
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


PASSWORD_SETUP_PREFIX = "gbp_"  # noqa: S105 - a prefix, not a secret


def new_password_setup_token() -> str:
    """A one-time token with which a person chooses their password: 256 random bits."""
    return PASSWORD_SETUP_PREFIX + secrets.token_urlsafe(32)


def hash_password_setup_token(token: str) -> str:
    """Long and random like client secrets: hashed the same way."""
    return hash_client_secret(token)


# --- hashing off the event loop ----------------------------------------------------------
#
# argon2 is slow on purpose (~0.1-0.4 s of CPU and 64 MiB a hash with the default parameters):
# on the event loop, 16 concurrent wrong sign-ins held every other request up to 1.8 s
# (issue 16). Requests hash in worker threads instead (argon2-cffi releases the GIL while it
# hashes), and take turns: at most GAIBAN_PASSWORD_HASHING_THREADS at once per process, so a
# flood of sign-ins queues for the turns instead of taking every core and gigabytes of memory.


class _PasswordHashing:
    def __init__(self, turns: int) -> None:
        self.turns = turns
        self._executor = ThreadPoolExecutor(max_workers=turns, thread_name_prefix="gaiban-argon2")
        # asyncio's semaphores belong to the event loop that first waits on them.
        self._semaphores: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._semaphores = weakref.WeakKeyDictionary()

    def semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.turns)
        return semaphore

    async def run(self, work: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, work, *args)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False)


_hashing = _PasswordHashing(2)
_holding_turn: ContextVar[bool] = ContextVar("gaiban_holding_hashing_turn", default=False)


def limit_password_hashing(turns: int) -> None:
    """How many passwords the process hashes or verifies at once
    (GAIBAN_PASSWORD_HASHING_THREADS)."""
    global _hashing
    if turns != _hashing.turns:
        previous, _hashing = _hashing, _PasswordHashing(turns)
        previous.shutdown()


@contextlib.asynccontextmanager
async def password_hashing_turn() -> AsyncIterator[None]:
    """Wait for one of the process's hashing turns, and hold it for the block. The token
    endpoint checks its throttle inside its turn, right before hashing, so that sign-ins queued
    behind a flood are checked against the failures counted meanwhile."""
    async with _hashing.semaphore():
        token = _holding_turn.set(True)
        try:
            yield
        finally:
            _holding_turn.reset(token)


async def _in_turn(work: Callable[..., T], *args: Any) -> T:
    if not _holding_turn.get():
        raise RuntimeError("hash passwords inside password_hashing_turn()")
    return await _hashing.run(work, *args)


async def hash_password_in_turn(password: str) -> str:
    """hash_password in a worker thread; the caller holds a turn (password_hashing_turn)."""
    return await _in_turn(hash_password, password)


async def verify_password_in_turn(password_hash: str | None, password: str) -> bool:
    """verify_password in a worker thread; the caller holds a turn (password_hashing_turn)."""
    return await _in_turn(verify_password, password_hash, password)


async def hash_password_async(password: str) -> str:
    """hash_password in a worker thread, in its own turn."""
    async with password_hashing_turn():
        return await hash_password_in_turn(password)


def new_client_secret() -> str:
    return "gbs_" + secrets.token_urlsafe(32)


FEED_TOKEN_PREFIX = "gbf_"  # noqa: S105 - a prefix, not a secret


def new_feed_token() -> str:
    """A calendar-feed token: 256 random bits, recognisable by its prefix (it is no JWT)."""
    return FEED_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_webhook_secret() -> str:
    """A Standard Webhooks signing secret: ``whsec_`` and 256 random bits in base64 (the form
    the scheme's libraries take as is)."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def hash_feed_token(token: str) -> str:
    """Feed tokens are long and random like client secrets: hashed the same way."""
    return hash_client_secret(token)


def hash_client_secret(secret: str) -> str:
    """Client secrets are long and random, so plain SHA-256 suffices (unlike passwords)."""
    return "sha256$" + hashlib.sha256(secret.encode()).hexdigest()


def verify_client_secret(secret_hash: str | None, secret: str) -> bool:
    candidate = hash_client_secret(secret)
    return hmac.compare_digest(secret_hash or hash_client_secret(""), candidate) and bool(
        secret_hash
    )
