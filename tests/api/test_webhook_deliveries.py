"""Webhook deliveries (issue 17), by the real worker (app/worker.py) against the test database,
to a receiver on loopback: signed by the Standard Webhooks scheme (verified here with its own
library), retried after a failure, never sent to a switched-off subscription, never following a
redirect, refused at delivery when the address is inside, switched off after failing for the
whole schedule, redelivered on request, and delivered once with two workers at once.

Subscriptions to the loopback receiver are made through an app that allows http and private
addresses (as a development deployment would); the events come from ordinary requests."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from app.worker import Worker, utc_now
from tests.api.task_helpers import add_task
from tests.conftest import ENGLISH, PINNED_NOW
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

DIRECTOR = "city_a.office_director"
FAST_RETRIES = (0.2, 0.2)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """An HTTP server on loopback that records each POST and answers from ``answers`` (then
    204), in a thread of its own."""

    port: int = 0
    received: list[Received] = field(default_factory=list)
    answers: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer_next(self, status: int, times: int = 1, **headers: str) -> None:
        with self.lock:
            self.answers += [(status, headers)] * times

    def bodies(self) -> list[dict[str, Any]]:
        with self.lock:
            return [json.loads(r.body) for r in self.received]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            if self.path.startswith("/slow"):
                time.sleep(1.0)  # a receiver that takes its time (its own thread)
            with state.lock:
                state.received.append(
                    Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                status, headers = state.answers.pop(0) if state.answers else (204, {})
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def development(settings: Settings, **changes: Any) -> Settings:
    return settings.model_copy(
        update={
            "webhook_allow_http": True,
            "webhook_allow_private_addresses": True,
            "webhook_retry_schedule": FAST_RETRIES,
            "scheduler_interval_seconds": 3600.0,
            **changes,
        }
    )


@pytest.fixture
async def hooks(
    settings: Settings, database: Database, token_service: TokenService
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app that accepts loopback http receivers (development settings)."""
    app = create_app(development(settings), database=database, token_service=token_service)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as client:
        yield client


StartWorker = Callable[..., Awaitable[None]]


@pytest.fixture
async def start_worker(settings: Settings, database: Database) -> AsyncIterator[StartWorker]:
    """Start workers on the test database; all are stopped (and their attempts finished)
    before the test's rows are emptied."""
    stop = asyncio.Event()
    running: list[asyncio.Task[None]] = []

    async def start(clock: Callable[[], datetime] | None = None, **changes: Any) -> None:
        worker = Worker(development(settings, **changes), database, clock=clock or utc_now)
        running.append(asyncio.create_task(worker.run(stop)))

    yield start
    stop.set()
    await asyncio.wait_for(asyncio.gather(*running), timeout=20)


async def eventually(check: Callable[[], Awaitable[bool] | bool], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return
        assert time.monotonic() < deadline, "not within the time allowed"
        await asyncio.sleep(0.05)


def subscriptions_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/webhook-subscriptions"


async def subscribe(
    hooks: httpx.AsyncClient, world: World, url: str, place: str = "city_a", **fields: Any
) -> dict[str, Any]:
    answer = await hooks.post(
        subscriptions_url(world, place),
        json={"url": url, "event_types": ["task.created"], **fields},
        headers=world.headers(DIRECTOR if place == "city_a" else f"{place}.office_director"),
    )
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


async def deliveries(
    client: httpx.AsyncClient, world: World, subscription: dict[str, Any], **params: Any
) -> list[dict[str, Any]]:
    answer = await client.get(
        f"{subscriptions_url(world)}/{subscription['id']}/deliveries",
        params=params,
        headers=world.headers(DIRECTOR),
    )
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def test_a_delivery_is_signed_by_the_standard_webhooks_scheme(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url())
    await start_worker()
    task = await add_task(client, books)
    await eventually(lambda: len(receiver.received) == 1)

    got = receiver.received[0]
    payload = Webhook(subscription["secret"]).verify(got.body, got.headers)
    assert payload["type"] == "task.created"
    assert payload["data"]["resource_id"] == task["id"]
    assert (
        payload["data"]["resource_url"]
        == f"/v1/jurisdictions/{books.places['city_a'].id}/tasks/{task['id']}"
    )
    assert got.headers["content-type"] == "application/json"
    assert got.headers["user-agent"].startswith("Gaiban-Webhooks/")
    # The feed's event, the same one.
    feed = await client.get(
        f"/v1/jurisdictions/{books.places['city_a'].id}/events",
        params={"types": "task.created"},
        headers=books.headers("city_a.office_staff"),
    )
    assert [e["id"] for e in feed.json()["items"]] == [payload["data"]["id"]]
    # Another secret does not verify it, nor does a changed body.
    with pytest.raises(Exception, match="signature"):
        Webhook("whsec_" + "A" * 43 + "=").verify(got.body, got.headers)
    with pytest.raises(Exception, match="signature"):
        Webhook(subscription["secret"]).verify(got.body.replace(b"task", b"tusk"), got.headers)
    await eventually(
        lambda: _statuses(client, books, subscription, ["delivered"]),
    )


async def _statuses(
    client: httpx.AsyncClient, world: World, subscription: dict[str, Any], expected: list[str]
) -> bool:
    return [d["status"] for d in await deliveries(client, world, subscription)] == expected


async def test_only_the_types_and_jurisdictions_subscribed_are_delivered(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    city_only = await subscribe(hooks, books, receiver.url("/city"))
    with_counties = await subscribe(hooks, books, receiver.url("/all"), include_descendants=True)
    other_type = await subscribe(
        hooks, books, receiver.url("/done"), event_types=["task.completed"]
    )
    await start_worker()
    await add_task(client, books, "county_a1")
    await add_task(client, books, "city_b")
    await add_task(client, books, "city_a")
    await eventually(lambda: len(receiver.received) == 3)
    await asyncio.sleep(0.3)  # nothing more comes
    paths = sorted(r.path for r in receiver.received)
    assert paths == ["/all", "/all", "/city"]
    assert await deliveries(client, books, other_type) == []
    assert len(await deliveries(client, books, city_only)) == 1
    assert len(await deliveries(client, books, with_counties)) == 2


async def test_a_receiver_that_failed_gets_the_same_delivery_again(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url())
    receiver.answer_next(500)
    await start_worker()
    await add_task(client, books)
    await eventually(lambda: len(receiver.received) == 2)
    first, second = receiver.received
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.body == second.body
    Webhook(subscription["secret"]).verify(second.body, second.headers)
    await eventually(lambda: _statuses(client, books, subscription, ["delivered"]))
    (delivery,) = await deliveries(client, books, subscription)
    assert delivery["attempts"] == 2
    assert delivery["id"] == first.headers["webhook-id"]
    read = await client.get(
        f"{subscriptions_url(books)}/{subscription['id']}", headers=books.headers(DIRECTOR)
    )
    assert read.json()["failing_since"] is None  # a success ends the run of failures


async def test_a_switched_off_subscription_receives_nothing(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url())
    await start_worker()
    off = await client.patch(
        f"{subscriptions_url(books)}/{subscription['id']}",
        json={"is_active": False},
        headers=books.headers(DIRECTOR),
    )
    assert off.status_code == 200
    await add_task(client, books)
    # A witness subscribed afterwards receives its event: the worker did look.
    await subscribe(hooks, books, receiver.url("/witness"))
    await add_task(client, books)
    await eventually(lambda: len(receiver.received) == 1)
    await asyncio.sleep(0.5)
    assert [r.path for r in receiver.received] == ["/witness"]
    assert await deliveries(client, books, subscription) == []


async def test_a_subscription_failing_for_its_whole_schedule_is_switched_off_and_redelivered(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url())
    one = f"{subscriptions_url(books)}/{subscription['id']}"
    attempts = len(FAST_RETRIES) + 1
    receiver.answer_next(503, times=attempts)
    await start_worker()
    await add_task(client, books)

    async def switched_off() -> bool:
        read = await client.get(one, headers=books.headers(DIRECTOR))
        return read.json()["is_active"] is False

    await eventually(switched_off)
    read = (await client.get(one, headers=books.headers(DIRECTOR))).json()
    assert "failed every attempt" in read["disabled_reason"]
    (dead,) = await deliveries(client, books, subscription, status="dead")
    assert dead["attempts"] == attempts
    assert dead["last_status_code"] == 503
    assert dead["next_attempt_at"] is None
    assert len(receiver.received) == attempts

    # Switched off: a new event is not delivered, and redelivery waits for it to be on again.
    await add_task(client, books)
    refused = await client.post(one + "/deliveries/redelivery", headers=books.headers(DIRECTOR))
    assert refused.status_code == 409
    on = await client.patch(one, json={"is_active": True}, headers=books.headers(DIRECTOR))
    assert on.status_code == 200
    again = await client.post(
        f"{one}/deliveries/{dead['id']}/redelivery", headers=books.headers(DIRECTOR)
    )
    assert again.status_code == 202, again.text
    assert again.json() == {"redelivered": 1}
    await eventually(lambda: _statuses(client, books, subscription, ["delivered"]))
    assert len(receiver.received) == attempts + 1
    assert receiver.received[-1].headers["webhook-id"] == dead["id"]
    not_dead = await client.post(
        f"{one}/deliveries/{dead['id']}/redelivery", headers=books.headers(DIRECTOR)
    )
    assert not_dead.status_code == 409


async def test_redirects_are_not_followed(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url("/hook"))
    receiver.answer_next(307, times=3, location=receiver.url("/elsewhere"))
    await start_worker()
    await add_task(client, books)
    await eventually(lambda: _statuses(client, books, subscription, ["dead"]))
    assert {r.path for r in receiver.received} == {"/hook"}
    (dead,) = await deliveries(client, books, subscription)
    assert "redirect, not followed" in dead["last_error"]


async def test_the_worker_refuses_an_address_inside_when_it_delivers(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    """A name may resolve elsewhere at delivery than when subscribed: every attempt checks
    again. Here the worker's deployment allows no private address."""
    subscription = await subscribe(hooks, books, receiver.url())
    await start_worker(webhook_allow_private_addresses=False)
    await add_task(client, books)
    await eventually(lambda: _statuses(client, books, subscription, ["dead"]))
    (dead,) = await deliveries(client, books, subscription)
    assert "loopback" in dead["last_error"]
    assert dead["last_status_code"] is None
    assert receiver.received == []


async def test_two_workers_deliver_each_event_once(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    subscription = await subscribe(hooks, books, receiver.url())
    await start_worker(worker_concurrency=3)
    await start_worker(worker_concurrency=3)
    tasks = await asyncio.gather(*(add_task(client, books, title=f"任务 {n}") for n in range(20)))
    await eventually(lambda: len(receiver.received) >= 20)
    await asyncio.sleep(0.5)
    ids = [r.headers["webhook-id"] for r in receiver.received]
    assert len(ids) == len(set(ids)) == 20
    assert sorted(b["data"]["resource_id"] for b in receiver.bodies()) == sorted(
        t["id"] for t in tasks
    )
    assert len(await deliveries(client, books, subscription, limit=50)) == 20


async def test_the_worker_makes_the_events_from_time_and_delivers_them(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    """The scheduler runs in the worker: a task whose deadline passed becomes task.overdue,
    once, however many rounds and workers look, and its webhook follows."""
    task = await add_task(client, books, deadline="2026-12-04")  # a Friday
    subscription = await subscribe(hooks, books, receiver.url(), event_types=["task.overdue"])
    monday = PINNED_NOW + timedelta(days=6)  # Monday 2026-12-07, noon in Shanghai
    for _ in range(2):
        await start_worker(clock=lambda: monday, scheduler_interval_seconds=0.1)
    await eventually(lambda: len(receiver.received) == 1)
    await asyncio.sleep(0.5)  # several rounds of both workers later: still one
    (got,) = receiver.received
    payload = Webhook(subscription["secret"]).verify(got.body, got.headers)
    assert payload["type"] == "task.overdue"
    assert payload["data"]["resource_id"] == task["id"]
    feed = await client.get(
        f"/v1/jurisdictions/{books.places['city_a'].id}/events",
        params={"types": "task.overdue"},
        headers=books.headers("city_a.office_staff"),
    )
    assert [e["id"] for e in feed.json()["items"]] == [payload["data"]["id"]]


async def test_a_lease_that_ends_without_an_outcome_is_claimed_again_then_dies(
    client: httpx.AsyncClient, hooks: httpx.AsyncClient, books: World, database: Database
) -> None:
    """At least once through a worker's death: a claim whose outcome never comes is claimed
    again when its lease ends, and the late outcome of the first claim changes nothing; past
    the schedule's number of attempts it is dead, not claimed for ever."""
    from app.repositories import webhooks as repo

    subscription = await subscribe(hooks, books, "http://127.0.0.1:9/hook")
    await add_task(client, books)
    async with database.engine.begin() as connection:
        assert await repo.fan_out(connection) == 1

    async def claim() -> list[repo.ClaimedDelivery]:
        async with database.engine.begin() as connection:
            return await repo.claim(connection, limit=5, lease_seconds=0, max_attempts=2)

    (first,) = await claim()
    (second,) = await claim()  # the first's lease (0 s) has ended: its worker is presumed dead
    assert (first.id, first.attempts, second.attempts) == (second.id, 1, 2)
    async with database.engine.begin() as connection:
        await repo.mark_delivered(connection, first, 200)  # the late outcome of a lost claim
    (pending,) = await deliveries(client, books, subscription)
    assert (pending["status"], pending["attempts"]) == ("pending", 2)
    assert await claim() == []  # the schedule's attempts are spent: no third claim
    (dead,) = await deliveries(client, books, subscription)
    assert dead["status"] == "dead"
    assert "no outcome was recorded" in dead["last_error"]
    async with database.engine.begin() as connection:
        await repo.mark_delivered(connection, second, 204)  # it did arrive after all
    (delivered,) = await deliveries(client, books, subscription)
    assert delivered["status"] == "delivered"


async def test_a_slow_receiver_holds_a_few_slots_and_the_others_go_on(
    client: httpx.AsyncClient,
    hooks: httpx.AsyncClient,
    books: World,
    receiver: Receiver,
    start_worker: StartWorker,
) -> None:
    """At most GAIBAN_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION of a subscription's deliveries are
    under way at once: a receiver taking a second an answer, with a backlog older than another
    receiver's deliveries, does not hold every slot until its backlog is through."""

    def arrived(path: str) -> int:
        with receiver.lock:
            return sum(1 for r in receiver.received if r.path == path)

    await subscribe(hooks, books, receiver.url("/slow"))
    await start_worker(worker_concurrency=3, webhook_max_in_flight_per_subscription=1)
    await asyncio.gather(*(add_task(client, books, title=f"任务 {n}") for n in range(6)))
    await eventually(lambda: arrived("/slow") >= 1)  # its backlog is under way
    await subscribe(hooks, books, receiver.url("/quick"))
    await asyncio.gather(*(add_task(client, books, title=f"后来的任务 {n}") for n in range(3)))
    await eventually(lambda: arrived("/quick") == 3, within=10.0)
    # Without the limit, the slow backlog's 9 deliveries (older) would have gone first, three
    # at a time: the quick receiver's would have waited for most of them.
    assert arrived("/slow") <= 4
