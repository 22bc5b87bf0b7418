"""Event lag: from a write's commit to its webhook at the receiver, under a steady 50 writes/s
(issue 17).

In a throwaway migrated database (bench/support.py): a jurisdiction with two units and its office
director, then, each as its own process as production runs them, ``gaiban serve`` and ``gaiban
worker`` (development settings: an http receiver on loopback). A receiver in this process
(asyncio, HTTP/1.1 keep-alive) subscribes to ``task.created``; then POST a task every 20 ms
for ``BENCH_DURATION`` seconds (default 20: 1,000 writes) on 8 connections, each write's lag
measured twice on this process's clock:

- from its answer (2xx: committed) to its delivery's arrival: the lag the worker adds;
- from the moment its request was sent: an upper bound of commit-to-receipt.

Prints p50/p95/p99/max of both, the writes' own answer times, and how many deliveries were
missing or repeated (each write must arrive exactly once). ``BENCH_JSON=<path>`` writes the same
as JSON. Run with ``.venv/bin/python bench/event_lag.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ratios import BIN, ROOT, Server, free_port, gaiban_env
from support import run_in_throwaway_database

RATE = 50.0
DURATION = float(os.environ.get("BENCH_DURATION", "20"))
CONNECTIONS = 8
PASSWORD = "correct horse battery"  # noqa: S105 - a throwaway account in a throwaway database
DIRECTOR = "bench.director"
SOURCE = "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》"


async def seed(url: str) -> tuple[uuid.UUID, uuid.UUID]:
    """The jurisdiction and its lead unit."""
    from pydantic import SecretStr

    from app.db import Database
    from app.domain.organisation import JurisdictionLevel, PositionRole, UnitKind
    from app.schemas.jurisdictions import JurisdictionCreate
    from app.schemas.positions import PositionCreate
    from app.schemas.units import UnitCreate
    from app.schemas.users import UserCreateWithPassword
    from app.services import jurisdictions, positions, units, users

    database = Database(url, pool_size=1)
    async with database.sessionmaker() as session, session.begin():
        place = await jurisdictions.create(
            session,
            None,
            JurisdictionCreate(code="bench", name="bench", level=JurisdictionLevel.prefecture),
        )
        lead = await units.create(
            session,
            None,
            place.id,
            UnitCreate(code="housing", name="住房和城乡建设局", kind=UnitKind.department),
        )
        director = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username=DIRECTOR,
                display_name="bench director",
                password=SecretStr(PASSWORD),
                jurisdiction_id=place.id,
            ),
        )
        await positions.create(
            session,
            None,
            place.id,
            PositionCreate(
                user_id=director.id,
                role=PositionRole.office_director,
                valid_from=date(2020, 1, 1),
            ),
        )
    await database.dispose()
    return place.id, lead.id


class Receiver:
    """A minimal HTTP/1.1 server: records when each delivery's task arrived, answers 204."""

    def __init__(self) -> None:
        self.arrivals: dict[str, list[float]] = {}
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length)
                arrived = time.perf_counter()
                task_id = json.loads(body)["data"]["resource_id"]
                self.arrivals.setdefault(task_id, []).append(arrived)
                writer.write(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()


def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(cut[49] * 1000, 1),
        "p95_ms": round(cut[94] * 1000, 1),
        "p99_ms": round(cut[98] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


async def drive(port: int, jid: uuid.UUID, lead: uuid.UUID, receiver: Receiver) -> dict[str, Any]:
    import httpx

    base = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        answer = await client.post(
            "/v1/auth/token",
            data={"grant_type": "password", "username": DIRECTOR, "password": PASSWORD},
        )
        answer.raise_for_status()
        headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        answer = await client.post(
            f"/v1/jurisdictions/{jid}/webhook-subscriptions",
            json={"url": f"http://127.0.0.1:{receiver.port}/hook", "event_types": ["task.created"]},
            headers=headers,
        )
        answer.raise_for_status()

        sent: dict[str, float] = {}
        acknowledged: dict[str, float] = {}
        failures = 0

        async def write(n: int) -> None:
            nonlocal failures
            started = time.perf_counter()
            response = await client.post(
                f"/v1/jurisdictions/{jid}/tasks",
                json={
                    "title": f"事件延迟测量 {n}",
                    "category": "审批流程改革",
                    "source": {"kind": "national_document", "title": SOURCE},
                    "lead_unit_id": str(lead),
                    "deadline": "2027-06-30",
                },
                headers=headers,
            )
            done = time.perf_counter()
            if response.status_code != 201:
                failures += 1
                return
            task_id = response.json()["id"]
            sent[task_id], acknowledged[task_id] = started, done

        writes = int(RATE * DURATION)
        start = time.perf_counter()
        pending = []
        for n in range(writes):
            # A steady rate: each write at its own moment, whatever the others take.
            await asyncio.sleep(max(0.0, start + n / RATE - time.perf_counter()))
            pending.append(asyncio.create_task(write(n)))
        await asyncio.gather(*pending)
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline and not all(t in receiver.arrivals for t in sent):  # noqa: ASYNC110 - the receiver's arrivals, polled
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # any repeats come in

    arrived = {t: receiver.arrivals[t][0] for t in sent if t in receiver.arrivals}
    return {
        "writes": writes,
        "rate_per_second": RATE,
        "failed_writes": failures,
        "missing_deliveries": sum(1 for t in sent if t not in receiver.arrivals),
        "repeated_deliveries": sum(len(v) - 1 for v in receiver.arrivals.values()),
        "lag_after_answer": percentiles([arrived[t] - acknowledged[t] for t in arrived]),
        "lag_after_request": percentiles([arrived[t] - sent[t] for t in arrived]),
        "write_answer_time": percentiles([acknowledged[t] - sent[t] for t in sent]),
    }


async def run(url: str) -> dict[str, Any]:
    jid, lead = await seed(url)
    receiver = Receiver()
    await receiver.start()
    with tempfile.TemporaryDirectory(prefix="gaiban-lag-") as folder:
        data_dir, logs = Path(folder), Path(folder)
        port = free_port()
        env = gaiban_env(url, data_dir, port)
        env.update(GAIBAN_WEBHOOK_ALLOW_HTTP="true", GAIBAN_WEBHOOK_ALLOW_PRIVATE_ADDRESSES="true")
        env["GAIBAN_LOG_LEVEL"] = "WARNING"
        server = Server(
            "gaiban",
            [str(BIN / "gaiban"), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env,
            port,
            logs,
        )
        # The worker reads the same key file: the server makes it first.
        worker = Server("worker", [str(BIN / "gaiban"), "worker"], env, port, logs)
        server.start()
        try:
            server.wait_for("/healthz")
            worker.start()
            await asyncio.sleep(1.0)
            result = await drive(port, jid, lead, receiver)
        finally:
            worker.stop()
            server.stop()
            receiver.close()
    print(f"event lag under {RATE:g} writes/s for {DURATION:g} s ({result['writes']} writes)")
    for name in ("lag_after_answer", "lag_after_request", "write_answer_time"):
        figures = result[name]
        print(
            f"  {name:<20} p50 {figures['p50_ms']:>7} ms  p95 {figures['p95_ms']:>7} ms  "
            f"p99 {figures['p99_ms']:>7} ms  max {figures['max_ms']:>7} ms"
        )
    print(
        f"  failed writes {result['failed_writes']}, missing deliveries "
        f"{result['missing_deliveries']}, repeated {result['repeated_deliveries']}"
    )
    return result


def main() -> None:
    os.chdir(ROOT)
    results: list[dict[str, Any]] = []

    async def run_and_keep(url: str) -> None:
        results.append(await run(url))

    run_in_throwaway_database(run_and_keep)
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results[0], indent=2))


if __name__ == "__main__":
    main()
