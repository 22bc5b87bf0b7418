"""Unit tests of app.security: keys, token issue and verification, password and secret checks.

No database: every TokenService here is built from a fresh key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jose import jwt

import app.security as security
from app.security import (
    IAT_LEEWAY_SECONDS,
    SigningKey,
    TokenError,
    TokenService,
    generate_private_pem,
    hash_client_secret,
    hash_password,
    hash_password_async,
    load_or_create_key_file,
    new_client_secret,
    password_hashing_turn,
    signing_key_from_pem,
    verify_client_secret,
    verify_password,
    verify_password_in_turn,
)

ISSUER = "gaiban-unit"
AUDIENCE = "gaiban-api"
TTL = 900
T0 = 1_700_000_000  # a fixed "now" for the tests that pass now=


def _service(key: SigningKey | None = None, **kwargs: Any) -> TokenService:
    return TokenService(
        key or signing_key_from_pem(generate_private_pem()),
        issuer=kwargs.pop("issuer", ISSUER),
        audience=kwargs.pop("audience", AUDIENCE),
        ttl_seconds=kwargs.pop("ttl_seconds", TTL),
        **kwargs,
    )


def _pem(private_key: Any) -> str:
    return str(
        private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
    )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _sign(service: TokenService, claims: dict[str, Any], **headers: Any) -> str:
    return jwt.encode(
        claims,
        service.signing_key.private_pem,
        algorithm="ES256",
        headers={"kid": service.signing_key.kid, **headers},
    )


def _claims(**overrides: Any) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "user:00000000-0000-0000-0000-000000000001",
        "iat": T0,
        "exp": T0 + TTL,
        "gen": 0,
    }
    claims.update(overrides)
    return claims


# --- issue / verify ----------------------------------------------------------------------


def test_issued_token_verifies_with_its_subject_and_lifetime() -> None:
    service = _service()
    token, expires_in = service.issue("user:abc")
    claims = service.verify(token)
    assert expires_in == TTL
    assert claims.sub == "user:abc"
    assert claims.exp - claims.iat == TTL
    assert abs(claims.iat - time.time()) < 5


def test_issued_token_header_is_es256_with_the_signing_kid() -> None:
    service = _service()
    token, _ = service.issue("user:abc")
    header = jwt.get_unverified_header(token)
    assert header == {"alg": "ES256", "typ": "JWT", "kid": service.signing_key.kid}
    claims = jwt.get_unverified_claims(token)
    assert {"iss", "aud", "sub", "iat", "exp"} <= set(claims)
    assert claims["iss"] == ISSUER
    assert claims["aud"] == AUDIENCE


def test_token_is_valid_until_one_second_before_exp_and_expired_at_exp() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0)
    assert service.verify(token, now=T0 + TTL - 1).sub == "user:abc"
    with pytest.raises(TokenError, match="expired"):
        _service(service.signing_key).verify(token, now=T0 + TTL)


def test_cache_does_not_return_an_expired_token() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0)
    service.verify(token, now=T0 + 10)  # verified once, now cached
    with pytest.raises(TokenError, match="expired"):
        service.verify(token, now=T0 + TTL + 1)
    with pytest.raises(TokenError, match="expired"):  # and not re-admitted afterwards
        service.verify(token, now=T0 + TTL + 2)


def test_iat_up_to_the_leeway_in_the_future_is_accepted() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0 + IAT_LEEWAY_SECONDS)
    assert IAT_LEEWAY_SECONDS == 30
    assert service.verify(token, now=T0).iat == T0 + 30


def test_iat_beyond_the_leeway_in_the_future_is_refused() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0 + IAT_LEEWAY_SECONDS + 1)
    with pytest.raises(TokenError, match="future"):
        service.verify(token, now=T0)


def test_cache_does_not_skip_the_future_iat_check() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0)
    service.verify(token, now=T0)  # cached
    with pytest.raises(TokenError, match="future"):
        service.verify(token, now=T0 - IAT_LEEWAY_SECONDS - 1)


def test_cache_stays_within_its_size() -> None:
    service = _service(cache_size=2)
    tokens = [service.issue(f"user:{i}", now=T0)[0] for i in range(5)]
    for token in tokens:
        service.verify(token, now=T0)
    assert len(service._cache) == 2
    # evicted tokens are simply verified again
    assert service.verify(tokens[0], now=T0).sub == "user:0"


def test_nbf_beyond_the_leeway_in_the_future_is_refused() -> None:
    service = _service()
    assert service.verify(_sign(service, _claims(nbf=T0 + 30)), now=T0).sub
    with pytest.raises(TokenError, match="not valid yet"):
        service.verify(_sign(service, _claims(nbf=T0 + 31)), now=T0)


def test_verify_judges_times_by_now_not_by_the_wall_clock() -> None:
    service = _service()
    token, _ = service.issue("user:abc", now=T0)  # long expired by the wall clock
    assert service.verify(token, now=T0 + 1).sub == "user:abc"
    later = time.time() + 10 * TTL
    token, _ = service.issue("user:abc", now=later)  # from the future by the wall clock
    assert service.verify(token, now=later).sub == "user:abc"
    with pytest.raises(TokenError, match="future"):
        _service(service.signing_key).verify(token)


def test_token_of_another_issuer_is_refused() -> None:
    key = signing_key_from_pem(generate_private_pem())
    token, _ = _service(key, issuer="someone-else").issue("user:abc")
    with pytest.raises(TokenError, match="not issued by this service"):
        _service(key).verify(token)


def test_token_for_another_audience_is_refused() -> None:
    key = signing_key_from_pem(generate_private_pem())
    token, _ = _service(key, audience="another-api").issue("user:abc")
    with pytest.raises(TokenError, match="not for this service"):
        _service(key).verify(token)


def test_audience_list_is_refused() -> None:
    service = _service()
    token = _sign(service, _claims(aud=[AUDIENCE, "other"]))
    with pytest.raises(TokenError, match="not for this service"):
        service.verify(token, now=T0)


@pytest.mark.parametrize("claim", ["iss", "aud", "sub", "iat", "exp"])
def test_token_missing_a_claim_is_refused(claim: str) -> None:
    service = _service()
    claims = _claims()
    del claims[claim]
    with pytest.raises(TokenError, match="lacks"):
        service.verify(_sign(service, claims), now=T0)


def test_crafted_token_with_all_claims_verifies() -> None:
    # The control for the parametrised refusals above and below: the same recipe, unaltered.
    service = _service()
    assert service.verify(_sign(service, _claims()), now=T0).sub.startswith("user:")


@pytest.mark.parametrize(
    ("claim", "value"),
    [
        ("iat", [T0]),
        ("iat", {"t": T0}),
        ("iat", "soon"),
        ("iat", float(T0)),
        ("exp", [T0 + TTL]),
        ("exp", None),
        ("exp", str(T0 + TTL)),
        ("sub", 42),
        ("iss", [ISSUER]),
    ],
    ids=lambda v: repr(v),
)
def test_claim_of_the_wrong_type_is_refused_not_crashed(claim: str, value: Any) -> None:
    service = _service()
    token = _sign(service, _claims(**{claim: value}))
    with pytest.raises(TokenError, match=r"wrong types|not issued by this service"):
        service.verify(token, now=T0)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"typ": "JWE"}, "type"),
        ({"crit": ["exp"]}, "critical"),
        ({"kid": ["a", "b"]}, "known key"),
    ],
    ids=["typ-JWE", "crit", "kid-list"],
)
def test_token_with_an_unacceptable_header_is_refused(headers: dict[str, Any], reason: str) -> None:
    service = _service()
    token = _sign(service, _claims(), **headers)
    with pytest.raises(TokenError, match=reason):
        service.verify(token, now=T0)


def test_token_signed_with_an_extra_verification_key_verifies() -> None:
    old = _service()
    new = _service(extra_verification_keys=(old.signing_key,))
    token, _ = old.issue("user:abc")
    assert new.verify(token).sub == "user:abc"
    assert {k["kid"] for k in new.jwks()["keys"]} == {old.signing_key.kid, new.signing_key.kid}


def test_token_of_an_unknown_key_is_refused_even_with_a_known_kid() -> None:
    service = _service()
    stranger = _service()
    token = jwt.encode(
        _claims(),
        stranger.signing_key.private_pem,
        algorithm="ES256",
        headers={"kid": service.signing_key.kid},
    )
    with pytest.raises(TokenError, match="signature"):
        service.verify(token, now=T0)


# --- keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make_key",
    [
        lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048),
        lambda: ec.generate_private_key(ec.SECP384R1()),
        lambda: ec.generate_private_key(ec.SECP256K1()),
        lambda: ed25519.Ed25519PrivateKey.generate(),
    ],
    ids=["RSA-2048", "P-384", "secp256k1", "Ed25519"],
)
def test_signing_key_must_be_ec_p256(make_key: Any) -> None:
    with pytest.raises(ValueError, match="P-256"):
        signing_key_from_pem(_pem(make_key()))


def _independent_thumbprint(private_key: ec.EllipticCurvePrivateKey) -> str:
    numbers = private_key.public_key().public_numbers()
    members = {
        "kty": "EC",
        "crv": "P-256",
        "x": _b64url(numbers.x.to_bytes(32, "big")),
        "y": _b64url(numbers.y.to_bytes(32, "big")),
    }
    # RFC 7638 §3: required members only, sorted, no whitespace, UTF-8, SHA-256, base64url.
    canonical = json.dumps(members, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _b64url(hashlib.sha256(canonical).digest())


def test_kid_is_the_rfc7638_thumbprint() -> None:
    private_key = ec.generate_private_key(ec.SECP256R1())
    key = signing_key_from_pem(_pem(private_key))
    assert key.kid == _independent_thumbprint(private_key)
    assert len(key.kid) == 43  # a base64url SHA-256 digest


def test_kid_and_jwk_pad_a_short_coordinate_to_32_bytes() -> None:
    while True:  # about one key in 256 has an x below 2**248
        private_key = ec.generate_private_key(ec.SECP256R1())
        if private_key.public_key().public_numbers().x < 2**248:
            break
    key = signing_key_from_pem(_pem(private_key))
    assert len(base64.urlsafe_b64decode(key.public_jwk["x"] + "=")) == 32
    assert key.kid == _independent_thumbprint(private_key)


def test_kid_is_stable_for_a_key_and_differs_between_keys() -> None:
    pem = generate_private_pem()
    assert signing_key_from_pem(pem).kid == signing_key_from_pem(pem).kid
    assert signing_key_from_pem(pem).kid != signing_key_from_pem(generate_private_pem()).kid


def test_public_jwk_has_no_private_part() -> None:
    key = signing_key_from_pem(generate_private_pem())
    assert set(key.public_jwk) == {"kty", "crv", "x", "y", "kid", "use", "alg"}
    assert key.public_jwk["alg"] == "ES256"
    assert "PRIVATE" not in key.public_pem


def test_key_file_is_created_owner_only_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "jwt.pem"
    first = load_or_create_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key_file(path) == first
    signing_key_from_pem(first)  # a usable P-256 key


def test_processes_starting_together_agree_on_one_key_file(tmp_path: Path) -> None:
    """uvicorn workers (gaiban serve --workers N) may all find no key and make one at once."""
    path = tmp_path / "jwt.pem"
    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = set(pool.map(lambda _: load_or_create_key_file(path), range(16)))
    assert keys == {path.read_text()}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [entry.name for entry in tmp_path.iterdir()] == ["jwt.pem"]  # no candidate left over


# --- passwords and client secrets --------------------------------------------------------


def test_verify_password_accepts_the_right_password_only() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2")
    assert verify_password(stored, "correct horse battery") is True
    assert verify_password(stored, "correct horse batterY") is False
    assert verify_password(stored, "") is False


@pytest.mark.parametrize("stored", [None, "", "not-a-hash", "$argon2id$v=19$garbage"])
def test_verify_password_without_a_usable_hash_is_false(stored: str | None) -> None:
    assert verify_password(stored, "anything") is False
    assert verify_password(stored, "") is False


async def test_passwords_are_hashed_and_verified_in_a_worker_thread_in_a_turn() -> None:
    stored = await hash_password_async("correct horse battery")
    threads: list[str] = []
    verify = security.verify_password

    def noting_thread(password_hash: str | None, password: str) -> bool:
        threads.append(threading.current_thread().name)
        return verify(password_hash, password)

    security.verify_password = noting_thread
    try:
        async with password_hashing_turn():
            assert await verify_password_in_turn(stored, "correct horse battery") is True
            assert await verify_password_in_turn(stored, "wrong horse battery") is False
    finally:
        security.verify_password = verify
    assert len(threads) == 2
    assert all(name.startswith("gaiban-argon2") for name in threads)


async def test_hashing_outside_a_turn_is_refused() -> None:
    """The turns bound how many hashes run at once: one taken without a turn would not count."""
    with pytest.raises(RuntimeError, match="password_hashing_turn"):
        await verify_password_in_turn(None, "anything")


def test_verify_client_secret_accepts_the_right_secret_only() -> None:
    secret = new_client_secret()
    stored = hash_client_secret(secret)
    assert secret not in stored
    assert verify_client_secret(stored, secret) is True
    assert verify_client_secret(stored, secret + "x") is False
    assert verify_client_secret(stored, "") is False


@pytest.mark.parametrize("stored", [None, ""])
def test_verify_client_secret_without_a_hash_is_false(stored: str | None) -> None:
    assert verify_client_secret(stored, "") is False
    assert verify_client_secret(stored, "gbs_anything") is False
