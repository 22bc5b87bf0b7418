"""Benchmark GET /v1/jurisdictions/{jid}/obligations for 2,000 units over a year.

Seeds one jurisdiction with 2,000 active member units (one bulk INSERT) in a throwaway database
(the embedded pgserver cluster under .gaiban/test-pg, or next to TEST_DATABASE_URL), publishes
Changji's rulebook (quarterly report + monthly information: 15 due periods in 2026, ~30,000
rows), then times through httpx's ASGI transport: the first page (limit 200) and walking every
page. Prints the median of RUNS runs in milliseconds. Run with ``make bench``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import create_admin, run_in_throwaway_database, token_service

UNITS = 2000
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
RANGE = {"due_from": "2026-01-01", "due_to": "2026-12-31"}


async def _run(url: str) -> None:
    import httpx
    from sqlalchemy import insert

    from app.db import Database
    from app.domain.organisation import JurisdictionLevel
    from app.main import create_app
    from app.models import MemberUnit
    from app.rulebooks import shipped_document
    from app.schemas.jurisdictions import JurisdictionCreate
    from app.services import jurisdictions, rulebooks
    from app.settings import Settings

    database = Database(url, pool_size=5)
    tokens = token_service()
    async with database.sessionmaker() as session, session.begin():
        admin = await create_admin(session)
        place = await jurisdictions.create(
            session,
            None,
            JurisdictionCreate(code="bench", name="bench", level=JurisdictionLevel.prefecture),
        )
        await session.execute(
            insert(MemberUnit),
            [
                {
                    "jurisdiction_id": place.id,
                    "code": f"unit_{n:05d}",
                    "name": f"成员单位{n}",
                    "kind": "department",
                }
                for n in range(UNITS)
            ],
        )
        document = shipped_document("changji")
        document["effective_from"] = "2020-01-01"
        await rulebooks.publish(session, None, place.id, document)

    settings = Settings(database_url=url, jwt_issuer="b", jwt_audience="b")
    app = create_app(settings, database=database, token_service=tokens)
    headers = {"Authorization": f"Bearer {tokens.issue(f'user:{admin.id}')[0]}"}
    path = f"/v1/jurisdictions/{place.id}/obligations"
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

        async def first_page() -> int:
            response = await client.get(path, params={**RANGE, "limit": 200}, headers=headers)
            response.raise_for_status()
            return len(response.json()["items"])

        async def every_page() -> int:
            count, cursor = 0, None
            while True:
                params: dict[str, str | int] = {**RANGE, "limit": 200}
                if cursor:
                    params["cursor"] = cursor
                response = await client.get(path, params=params, headers=headers)
                response.raise_for_status()
                body = response.json()
                count += len(body["items"])
                cursor = body["next_cursor"]
                if cursor is None:
                    return count

        for label, action, runs in (
            ("first page (limit 200)", first_page, RUNS),
            ("all pages (limit 200)", every_page, max(3, RUNS // 4)),
        ):
            await action()  # warm up
            timings = []
            for _ in range(runs):
                began = time.perf_counter()
                rows = await action()
                timings.append((time.perf_counter() - began) * 1000)
            print(
                f"{label}: {rows} rows, median {statistics.median(timings):.1f} ms "
                f"over {runs} runs (min {min(timings):.1f}, max {max(timings):.1f})"
            )
    await database.dispose()


def main() -> None:
    run_in_throwaway_database(_run)


if __name__ == "__main__":
    main()
