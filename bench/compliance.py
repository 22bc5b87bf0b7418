"""Benchmark GET /v1/jurisdictions/{jid}/compliance for 2,000 units × 12 monthly periods.

Seeds one city with 2,000 active member units (one bulk INSERT) in a throwaway database (the
embedded pgserver cluster under .gaiban/test-pg, or next to TEST_DATABASE_URL), publishes Ezhou's
rulebook (a monthly report due on the 22nd), and seeds the submission heads of January to
November 2026 directly (one bulk INSERT, ~19,800 rows from a seeded generator: about 75% on time,
15% late by 1–20 days, 10% missing). The app's clock is pinned to 2026-12-01 12:00 in Shanghai,
so December is not yet due and the earlier months are judged. Then times through httpx's ASGI
transport the matrix for 2026 as JSON and as CSV (the whole streamed body). Prints the median of
RUNS runs in milliseconds. Run with ``make bench``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import create_admin, run_in_throwaway_database, token_service

UNITS = 2000
PERIODS = 12
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
REPORT_KIND = "monthly_report"
QUERY = {"report_kind": REPORT_KIND, "period_from": "2026-01-01", "period_to": "2026-12-31"}
LOCAL = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)  # 2026-12-01 12:00 in Shanghai
DUE_DAY = 22


class FixedClock:
    """The app's clock (``app.deps.Clock``), pinned so that the figures do not depend on today."""

    def now(self) -> datetime:
        return NOW


def _submission_heads(
    jurisdiction_id: uuid.UUID, unit_ids: list[uuid.UUID], rng: random.Random
) -> list[dict[str, Any]]:
    """Heads of the months whose due date has passed by NOW (January to November): about 75% on
    time (the 10th to the 22nd), 15% late (1–20 days after the 22nd, never after NOW) and 10%
    missing; one in ten resubmitted once."""
    today = NOW.astimezone(LOCAL).date()
    rows: list[dict[str, Any]] = []
    for unit_id in unit_ids:
        for month in range(1, 12):
            start = date(2026, month, 1)
            due = date(2026, month, DUE_DAY)
            roll = rng.random()
            if roll < 0.10:
                continue
            if roll < 0.25:
                day = due + timedelta(days=rng.randint(1, min(20, (today - due).days)))
            else:
                day = date(2026, month, rng.randint(10, DUE_DAY))
            # Office hours, and before noon on the pinned day itself.
            hour = rng.randint(8, 11 if day == today else 18)
            local = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=LOCAL)
            first = local.astimezone(UTC)
            version, latest = 1, first
            if rng.random() < 0.10:
                version = 2
                latest = min(first + timedelta(days=rng.randint(0, 5), hours=2), NOW)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "jurisdiction_id": jurisdiction_id,
                    "report_kind": REPORT_KIND,
                    "period_kind": "month",
                    "period_start": start,
                    "period_label": f"{start:%Y-%m}",
                    "unit_id": unit_id,
                    "first_submitted_at": first,
                    "first_submitted_on": day,
                    "latest_version": version,
                    "latest_submitted_at": latest,
                }
            )
    return rows


async def _run(url: str) -> None:
    import httpx
    from sqlalchemy import insert

    from app.db import Database
    from app.domain.organisation import JurisdictionLevel
    from app.main import create_app
    from app.models import MemberUnit, ReportSubmission
    from app.rulebooks import shipped_document
    from app.schemas.jurisdictions import JurisdictionCreate
    from app.services import jurisdictions, rulebooks
    from app.settings import Settings

    database = Database(url, pool_size=5)
    tokens = token_service()
    rng = random.Random(2026)
    async with database.sessionmaker() as session, session.begin():
        admin = await create_admin(session)
        place = await jurisdictions.create(
            session,
            None,
            JurisdictionCreate(code="bench", name="bench", level=JurisdictionLevel.city),
        )
        unit_ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(UNITS)]
        await session.execute(
            insert(MemberUnit),
            [
                {
                    "id": unit_id,
                    "jurisdiction_id": place.id,
                    "code": f"unit_{n:05d}",
                    "name": f"成员单位{n}",
                    "kind": "department",
                }
                for n, unit_id in enumerate(unit_ids)
            ],
        )
        document = shipped_document("ezhou")
        document["effective_from"] = "2020-01-01"
        await rulebooks.publish(session, None, place.id, document)
        heads = _submission_heads(place.id, unit_ids, rng)
        await session.execute(insert(ReportSubmission), heads)
        seeded = len(heads)
        del heads  # a serving process would not hold the seed rows (the collector walks them)

    settings = Settings(database_url=url, jwt_issuer="b", jwt_audience="b")
    app = create_app(settings, database=database, token_service=tokens, clock=FixedClock())
    headers = {"Authorization": f"Bearer {tokens.issue(f'user:{admin.id}')[0]}"}
    path = f"/v1/jurisdictions/{place.id}/compliance"
    print(
        f"{UNITS} units, Ezhou's rulebook, {REPORT_KIND} "
        f"{QUERY['period_from']} – {QUERY['period_to']}, "
        f"{seeded:,} submission heads, as of {NOW.astimezone(LOCAL):%Y-%m-%d %H:%M} Shanghai"
    )
    transport = httpx.ASGITransport(app=app)
    # The app's start-up (lifespan) runs as when served: it settles the heap (app.main).
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):

        def check_json(response: httpx.Response) -> str:
            rows = response.json()["rows"]
            assert len(rows) == UNITS, len(rows)
            assert all(len(row["cells"]) == PERIODS for row in rows)
            return f"{len(rows)} units × {len(rows[0]['cells'])} periods"

        def check_csv(response: httpx.Response) -> str:
            assert response.headers["content-type"].startswith("text/csv")
            lines = response.content.splitlines()
            assert len(lines) == UNITS * PERIODS + 1, len(lines)
            return f"{UNITS} units × {PERIODS} periods ({len(lines)} lines)"

        cases = (
            ("compliance JSON", {}, check_json),
            ("compliance CSV", {"Accept": "text/csv"}, check_csv),
        )
        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            import pstats

            await client.get(path, params=QUERY, headers=headers)
            profiler = cProfile.Profile()
            profiler.enable()
            await client.get(path, params=QUERY, headers=headers)
            profiler.disable()
            pstats.Stats(profiler).sort_stats(
                os.environ.get("BENCH_PROFILE_SORT", "tottime")
            ).print_stats(25)
            return
        for label, extra, check in cases:
            # Timed: the request until the whole body is read; checked afterwards, untimed.
            timings = []
            for run in range(RUNS + 1):
                began = time.perf_counter()
                response = await client.get(path, params=QUERY, headers={**headers, **extra})
                elapsed = (time.perf_counter() - began) * 1000
                assert response.status_code == 200, response.text
                shape = check(response)
                if run == 0:  # warm-up
                    print(f"{label}: response {len(response.content):,} bytes")
                else:
                    timings.append(elapsed)
            print(
                f"{label}: {shape}, median {statistics.median(timings):.1f} ms "
                f"over {RUNS} runs (min {min(timings):.1f}, max {max(timings):.1f})"
            )
    await database.dispose()


def main() -> None:
    run_in_throwaway_database(_run)


if __name__ == "__main__":
    main()
