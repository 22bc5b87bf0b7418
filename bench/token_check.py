"""What refusing revoked tokens costs a request (issue 16).

Every request's caller is checked against its account's token generation (app/deps.py). The
generation rides on the cached caller (app/invalidation.py), so a request whose caller is cached
pays only the comparison; a cached caller lasts at most ACTOR_TTL seconds (5), after which one
request reloads it: one round trip, the same statement as before revocation existed.

Times, on a throwaway database (embedded pgserver, or next to TEST_DATABASE_URL):
- the caller dependency on a cache hit, with the generation check, against the same without it
  (the check compared away);
- the same dependency on a cache miss (the caller loaded from the database);
and prints the cost per request at a given request rate per caller: hit + miss × (1 / (rate ×
TTL)). Run with ``.venv/bin/python bench/token_check.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import create_admin, run_in_throwaway_database, token_service

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
HITS = int(os.environ.get("BENCH_HITS", "20000"))
MISSES = int(os.environ.get("BENCH_MISSES", "500"))


async def _run(url: str) -> None:
    import asyncio

    from app import deps
    from app.db import Database
    from app.invalidation import ACTOR_TTL

    database = Database(url, pool_size=2)
    tokens = token_service()
    async with database.sessionmaker() as session, session.begin():
        admin = await create_admin(session)
    token, _ = tokens.issue(f"user:{admin.id}", generation=0)
    async with asyncio.timeout(10):
        await database.caches.listener.wait_live()

    async def per_call(n: int, *, cached: bool) -> float:
        request = SimpleNamespace(state=SimpleNamespace())
        async with database.read_sessionmaker() as session:
            started = time.perf_counter()
            for _ in range(n):
                if not cached:
                    database.caches.actors.clear()
                await deps._actor_for(request, session, tokens, token)  # type: ignore[arg-type]
            return (time.perf_counter() - started) / n * 1e6

    await per_call(100, cached=True)  # warm up: the token verified, the caller cached
    hit = statistics.median([await per_call(HITS, cached=True) for _ in range(ROUNDS)])
    miss = statistics.median([await per_call(MISSES, cached=False) for _ in range(ROUNDS)])
    # The check alone: the comparison deps._actor_for makes, on the cached caller.
    actor = database.caches.actors.get(("user", admin.id))
    assert actor is not None
    claims = tokens.verify(token)
    started = time.perf_counter()
    for _ in range(HITS):
        if claims.gen != actor.token_generation:
            raise AssertionError("the bench's token was revoked")
    compare = (time.perf_counter() - started) / HITS * 1e6

    print(f"caller dependency, cached caller:      {hit:8.2f} µs a request")
    print(f"  of which the generation comparison:  {compare:8.3f} µs")
    print(f"caller dependency, caller not cached:  {miss:8.2f} µs (one round trip)")
    for rate in (0.1, 1.0, 10.0, 100.0):
        reloads = min(1.0, 1.0 / (rate * ACTOR_TTL))
        cost = hit + (miss - hit) * reloads
        print(
            f"  a caller sending {rate:5.1f} req/s: {cost:8.2f} µs a request "
            f"({reloads:.1%} reload the caller)"
        )
    await database.dispose()


if __name__ == "__main__":
    run_in_throwaway_database(_run)
