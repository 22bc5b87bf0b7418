"""Crash test (issue 17, Proof): writes retried with Idempotency-Key survive SIGKILL.

`gaiban serve` (one uvicorn process) on the embedded PostgreSQL takes 500 task creations by the
demo office director, each with a key of its own, from 8 concurrent clients. Each client
retries a POST with the same key after any error (a refused or dropped connection, a 5xx, a 409
while the key's first request runs or after a lost race) until it is acknowledged (201).
Twice, partway through, the serving process and the PostgreSQL postmaster are killed with
SIGKILL (in one order, then in the other), and `gaiban serve` is started again, which starts
PostgreSQL again (crash recovery from its WAL) past the lock files and the unreaped process
the dead postmaster left (app/embedded_pg.py).

Afterwards every acknowledged task is there exactly once (the key is in its title), no key made
two tasks, each key's retry is a replay of its first answer, and the events feed holds each
acknowledged task's `task.created` exactly once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app.settings import Settings
from tests.conftest import ENGLISH
from tests.integration.test_serve_embedded_postgres import (
    data_dir,  # noqa: F401 - the fixture
    postmaster_pid,
    start_serving,
)

WRITES = 500
CLIENTS = 8
# A crash once this many writes are acknowledged; the first kills the server first, the second
# the database first (the requests in flight then fail on the database: 503s).
CRASHES = ((150, "server first"), (350, "database first"))
# One worker: two took ~8 s to start after each crash on this 2-core machine (each imports the
# app), and the test ~55 s instead of ~35 s.
WORKERS = 1
ACCOUNT = "ezhou.office_director"
CATEGORY = "崩溃测试"
TITLE_PREFIX = "崩溃测试 "
# Retry-After says 5 s on a 503 and 1 s on a 409; the clients here wait at most this long, to
# hit the restarting service hard.
MAX_PAUSE = 0.5
RUN_SECONDS = 180.0


@dataclass
class Run:
    headers: dict[str, str]
    path: str
    lead_unit_id: str
    acknowledged: dict[str, dict[str, Any]] = field(default_factory=dict)  # key: the 201's body
    statuses: Counter[int] = field(default_factory=Counter)
    transport_errors: Counter[str] = field(default_factory=Counter)
    replays: int = 0

    def body(self, key: str) -> dict[str, Any]:
        return {
            "title": TITLE_PREFIX + key,
            "category": CATEGORY,
            "source": {"kind": "other"},
            "lead_unit_id": self.lead_unit_id,
            "deadline": "2027-06-30",
        }


def _retryable(response: httpx.Response) -> bool:
    if response.status_code >= 500:
        return True
    if response.status_code != 409:
        return False
    kind = response.json().get("type", "")
    return str(kind).endswith((":idempotency-key-in-use", ":conflict"))


async def _post_until_acknowledged(
    client: httpx.AsyncClient, run: Run, key: str, deadline: float
) -> httpx.Response:
    headers = {**run.headers, "Idempotency-Key": key}
    while True:
        assert time.monotonic() < deadline, f"{key} not acknowledged in time"
        try:
            response = await client.post(run.path, json=run.body(key), headers=headers)
        except httpx.TransportError as exc:  # refused, reset, closed mid-answer
            run.transport_errors[type(exc).__name__] += 1
            await asyncio.sleep(0.05)
            continue
        run.statuses[response.status_code] += 1
        if response.status_code == 201:
            return response
        assert _retryable(response), f"{key}: {response.status_code} {response.text}"
        await asyncio.sleep(min(float(response.headers.get("retry-after", 0)), MAX_PAUSE))


async def _writer(
    client: httpx.AsyncClient, run: Run, keys: asyncio.Queue[str], deadline: float
) -> None:
    while not keys.empty():
        key = keys.get_nowait()
        response = await _post_until_acknowledged(client, run, key, deadline)
        run.replays += response.headers.get("idempotent-replayed") == "true"
        run.acknowledged[key] = response.json()


async def _sign_in(client: httpx.AsyncClient) -> dict[str, str]:
    password = Settings.model_fields["demo_password"].default.get_secret_value()
    token = await client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": ACCOUNT, "password": password},
    )
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


async def _pages(
    client: httpx.AsyncClient, path: str, params: dict[str, Any], cursor: str
) -> AsyncIterator[dict[str, Any]]:
    """Every item of a list (``cursor`` names the query parameter taking next_cursor)."""
    after: str | None = None
    while True:
        answer = await client.get(path, params={**params, **({cursor: after} if after else {})})
        assert answer.status_code == 200, answer.text
        page = answer.json()
        for item in page["items"]:
            yield item
        if not page["items"] or page["next_cursor"] in (None, after):
            return
        after = page["next_cursor"]


@dataclass
class Service:
    """`gaiban serve` on the embedded PostgreSQL in ``data``, on the same port at each start."""

    data: Path
    logs: Path
    port: int | None = None
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self, *options: str) -> None:
        log = self.logs / f"serve-{self.starts}.log"
        self.starts += 1
        self.process, self.port = start_serving(
            self.data, log, workers=WORKERS, port=self.port, options=options
        )

    def crash(self, order: str) -> None:
        """SIGKILL the serving processes (their process group) and the postmaster."""
        assert self.process is not None
        postmaster = postmaster_pid(self.data)
        if order == "database first":
            os.kill(postmaster, signal.SIGKILL)
            time.sleep(0.2)  # the requests in flight meet the dead database
            os.killpg(self.process.pid, signal.SIGKILL)
        else:
            os.killpg(self.process.pid, signal.SIGKILL)
            os.kill(postmaster, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


async def _write_through_crashes(
    service: Service, client: httpx.AsyncClient, run: Run
) -> list[int]:
    """All the writes, by concurrent clients, through the crashes and restarts: how many were
    acknowledged at each crash."""
    keys: asyncio.Queue[str] = asyncio.Queue()
    for number in range(WRITES):
        keys.put_nowait(f"crash-{number:03d}-{uuid.uuid4().hex[:12]}")
    deadline = time.monotonic() + RUN_SECONDS
    writers = [asyncio.create_task(_writer(client, run, keys, deadline)) for _ in range(CLIENTS)]
    acknowledged_at_crash = []
    try:
        for after, order in CRASHES:
            while len(run.acknowledged) < after:
                for writer in writers:
                    if writer.done():
                        writer.result()  # a writer's failure, raised here
                await asyncio.sleep(0.005)
            acknowledged_at_crash.append(len(run.acknowledged))
            await asyncio.to_thread(service.crash, order)
            await asyncio.to_thread(service.start, "--migrate")
        await asyncio.gather(*writers)
    finally:
        for writer in writers:
            writer.cancel()
    return acknowledged_at_crash


async def test_acknowledged_writes_survive_sigkill_of_server_and_database_exactly_once(
    data_dir: Path,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    service = Service(data_dir, tmp_path)
    service.start("--migrate", "--demo")
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH,
            base_url=f"http://127.0.0.1:{service.port}",
            timeout=10,
            limits=httpx.Limits(max_connections=CLIENTS),
        ) as client:
            headers = await _sign_in(client)
            client.headers.update(headers)
            jurisdictions = _pages(client, "/v1/jurisdictions", {}, "cursor")
            (jid,) = [item["id"] async for item in jurisdictions if item["code"] == "ezhou"]
            units = _pages(client, f"/v1/jurisdictions/{jid}/units", {"active": "true"}, "cursor")
            unit = await anext(units)
            run = Run(
                headers=headers,
                path=f"/v1/jurisdictions/{jid}/tasks",
                lead_unit_id=unit["id"],
            )
            acknowledged_at_crash = await _write_through_crashes(service, client, run)

            # The crashes came while writes were under way, and the clients had to retry.
            assert all(count < WRITES for count in acknowledged_at_crash), acknowledged_at_crash
            assert sum(run.transport_errors.values()) > 0, run.statuses
            # A 5xx while the database was down is a 503, never an unhandled 500.
            assert run.statuses[500] == 0, run.statuses
            assert len(run.acknowledged) == WRITES

            # Every acknowledged write is there, exactly once; no key made a second task.
            tasks = [
                task
                async for task in _pages(
                    client, run.path, {"category": CATEGORY, "limit": 200}, "cursor"
                )
            ]
            by_key = Counter(task["title"].removeprefix(TITLE_PREFIX) for task in tasks)
            assert by_key == Counter(run.acknowledged.keys())
            assert {task["id"] for task in tasks} == {
                answer["id"] for answer in run.acknowledged.values()
            }

            # Each key's retry answers its first answer again, across the crashes.
            async def replay(key: str) -> None:
                again = await client.post(
                    run.path, json=run.body(key), headers={"Idempotency-Key": key}
                )
                assert again.status_code == 201, again.text
                assert again.headers["idempotent-replayed"] == "true"
                assert again.json() == run.acknowledged[key]

            acknowledged = list(run.acknowledged)
            for start in range(0, WRITES, CLIENTS):
                await asyncio.gather(*map(replay, acknowledged[start : start + CLIENTS]))

            # Every acknowledged write's event is in the feed, exactly once, and no other event
            # names its task.
            events = [
                event
                async for event in _pages(
                    client, f"/v1/jurisdictions/{jid}/events", {"limit": 200}, "after"
                )
            ]
            assert len({event["id"] for event in events}) == len(events)
            ids = {answer["id"] for answer in run.acknowledged.values()}
            of_the_tasks = Counter(
                (event["resource_id"], event["type"])
                for event in events
                if event["resource_id"] in ids
            )
            assert of_the_tasks == Counter((task_id, "task.created") for task_id in ids)
            print(  # shown with -s: what the clients went through
                f"acknowledged at the crashes {acknowledged_at_crash}, "
                f"answers {dict(run.statuses)}, transport errors {dict(run.transport_errors)}, "
                f"replays {run.replays}"
            )
    finally:
        service.stop()
