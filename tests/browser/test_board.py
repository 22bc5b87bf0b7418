"""The progress board (app/board) in a real browser: headless Chromium (Debian's `chromium`,
which `make test` installs) driven by Playwright through the system's executable — nothing is
downloaded. The service runs on a port of 127.0.0.1 in a thread, with its clock pinned
(tests/conftest.py: noon of 2026-12-01 in Shanghai); the data is seeded through the API.

The test signs in through the form, reads the heat-map's cells from the page and compares them
with the compliance API's answer to the same person's token, checks the overdue tasks' order,
that a county's person sees the county alone, and that a phone's width (390×844) leaves the page
without horizontal overflow (the heat-map scrolls in its box). Screenshots go to the test's
temporary folder (printed with -s), never the repo (the README's are taken by
scripts/board_screenshots.py, of the demo data).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from playwright.async_api import Browser, Page, async_playwright

from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from tests.api.meeting_helpers import convene
from tests.api.task_helpers import add_task, task_url
from tests.api.test_submissions import _ezhou_autumn
from tests.conftest import PINNED_NOW, FixedClock
from tests.factories import PASSWORD, World

CHROMIUM = "/usr/bin/chromium"
YEAR_2026 = {
    "report_kind": "monthly_report",
    "period_from": "2026-01-01",
    "period_to": "2026-12-31",
}
MORE_UNITS = (
    ("development_reform", "发展和改革委员会"),
    ("ecology", "生态环境局"),
    ("transport", "交通运输局"),
    ("water", "水利和湖泊局"),
    ("market", "市场监督管理局"),
)

pytestmark = pytest.mark.usefixtures("pinned_clock")


@pytest.fixture(scope="module")
def served(settings: Settings, token_service: TokenService) -> Iterator[str]:
    """The service on a free port of 127.0.0.1, in a thread, on the test database (its own
    pool, on the server's event loop), its clock where the pinned clock stands."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    app = create_app(settings, token_service=token_service, clock=FixedClock(PINNED_NOW))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    """One headless Chromium for the module: the system's, never a downloaded one."""
    if shutil.which(CHROMIUM) is None:
        pytest.fail("chromium is not installed: `make test` installs it (Debian's package)")
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=CHROMIUM,
            # Tests run as root on CI, where Chromium's sandbox refuses to start.
            args=["--no-sandbox", "--disable-gpu", "--no-first-run"],
        )
        try:
            yield launched
        finally:
            await launched.close()


async def _seed_city_b(client: httpx.AsyncClient, world: World, clock: FixedClock) -> None:
    """Ezhou's monthly reports through the autumn (tests/api/test_submissions.py), more member
    units, overdue tasks, an unanswered supervision notice and a meeting to come."""
    office = world.headers("city_b.office_staff")
    jid = world.places["city_b"].id
    for code, name in MORE_UNITS:
        created = await client.post(
            f"/v1/jurisdictions/{jid}/units",
            json={"code": code, "name": name, "kind": "department"},
            headers=world.headers("city_b.office_director"),
        )
        assert created.status_code == 201, created.text
    await _ezhou_autumn(client, world, clock)
    for title, deadline in (
        ("出台联合验收实施细则", "2026-11-27"),
        ("推行“多测合一”改革", "2026-10-30"),
        ("建成工程建设项目审批管理系统", "2026-11-16"),
    ):
        await add_task(client, world, "city_b", title=title, deadline=deadline)
    await add_task(client, world, "city_b", title="区域评估成果应用", deadline="2027-03-31")
    listed = await client.get(
        f"/v1/jurisdictions/{jid}/tasks", params={"overdue": "true"}, headers=office
    )
    tasks = listed.json()["items"]
    notice = await client.post(
        task_url(world, tasks[0], "/supervision-notices", place="city_b"),
        json={"text": "请于期限内书面报告进展。"},
        headers=office,
    )
    assert notice.status_code == 201, notice.text
    await convene(
        client,
        world,
        "city_b",
        "joint_meeting",
        "2026-12-10T09:30:00+08:00",
        "2026-12-10T11:30:00+08:00",
        title="第四季度联席工作会议",
    )


async def _sign_in(page: Page, served: str, username: str) -> None:
    await page.goto(f"{served}/board/")
    assert page.url == f"{served}/board/login"  # sent to the form
    await page.fill("#username", username)
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{served}/board/")


async def _heat_map(page: Page) -> list[dict[str, Any]]:
    return await page.eval_on_selector_all(  # type: ignore[no-any-return]
        "#heatmap tbody tr",
        """rows => rows.map(row => ({
            unit_id: row.dataset.unitId,
            cells: [...row.querySelectorAll('td')].map(td => ({
                status: td.dataset.status,
                late: td.dataset.late === undefined ? null : Number(td.dataset.late),
                overdue: td.dataset.overdue === undefined ? null : Number(td.dataset.overdue),
            })),
        }))""",
    )


async def test_the_board_shows_what_the_api_answers_on_a_desktop_and_a_phone(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    served: str,
    browser: Browser,
    tmp_path: Path,
) -> None:
    await _seed_city_b(client, books, pinned_clock)
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = await context.new_page()
    requests: list[str] = []
    console: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: console.append(message.text))
    await _sign_in(page, served, "city-b.office_staff")

    # The board's cookie is HttpOnly: no script of the page reads it.
    assert await page.evaluate("document.cookie") == ""
    cookies = await context.cookies()
    assert [(c["name"], c["httpOnly"], c["sameSite"], c["path"]) for c in cookies] == [
        ("gaiban_board", True, "Strict", "/board")
    ]

    # The heat-map's cells are the compliance API's, asked with the same person's token.
    async with httpx.AsyncClient(base_url=served, timeout=30) as api:
        token = await api.post(
            "/v1/auth/token",
            data={
                "grant_type": "password",
                "username": "city-b.office_staff",
                "password": PASSWORD,
            },
        )
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        jid = books.places["city_b"].id
        compliance = (
            await api.get(f"/v1/jurisdictions/{jid}/compliance", params=YEAR_2026, headers=headers)
        ).json()
        overdue = (
            await api.get(
                f"/v1/jurisdictions/{jid}/tasks", params={"overdue": "true"}, headers=headers
            )
        ).json()["items"]
    expected = [
        {
            "unit_id": row["unit_id"] or "",
            "cells": [
                {
                    "status": cell["status"],
                    "late": cell.get("working_days_late"),
                    "overdue": cell.get("working_days_overdue"),
                }
                for cell in row["cells"]
            ],
        }
        for row in compliance["rows"]
    ]
    shown = await _heat_map(page)
    assert shown == expected
    assert len(shown) == 7
    assert all(len(row["cells"]) == 12 for row in shown)
    statuses = {cell["status"] for row in shown for cell in row["cells"]}
    assert statuses == {"on_time", "late", "missing", "not_yet_due"}
    headings = await page.eval_on_selector_all(
        "#heatmap thead th", "ths => ths.map(t => t.textContent)"
    )
    assert headings[1:] == [period["label"] for period in compliance["periods"]]

    # The overdue tasks, worst first: the API's overdue tasks by their overdue working days.
    listed = await page.eval_on_selector_all(
        "#overdue-tasks li",
        "items => items.map(li => [li.dataset.taskId, Number(li.dataset.overdueDays)])",
    )
    worst_first = sorted(overdue, key=lambda t: -t["overdue_working_days"])
    assert listed == [[t["id"], t["overdue_working_days"]] for t in worst_first]
    assert len(listed) == 3
    assert await page.locator("#supervision li").count() == 1
    assert await page.locator("#upcoming-meetings li").count() == 1

    # Everything came from the service, and the Content-Security-Policy blocked nothing.
    assert [url for url in requests if not url.startswith(f"{served}/")] == []
    assert f"{served}/board/static/board.css" in requests
    assert console == []
    desktop = tmp_path / "board.png"
    await page.screenshot(path=str(desktop), full_page=True)

    # A phone's width: the sections stack, the page does not overflow sideways, the heat-map
    # scrolls inside its own box.
    await page.set_viewport_size({"width": 390, "height": 844})
    overflow = await page.evaluate(
        "[document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"
    )
    assert overflow[0] <= overflow[2], overflow
    assert overflow[1] <= overflow[2], overflow
    box = await page.eval_on_selector(".scroll", "box => [box.scrollWidth, box.clientWidth]")
    assert box[0] > box[1], box
    lefts = await page.eval_on_selector_all(
        ".sections > section", "sections => sections.map(s => s.getBoundingClientRect().left)"
    )
    assert len(set(lefts)) == 1  # one column
    phone = tmp_path / "board-phone.png"
    await page.screenshot(path=str(phone))
    print(f"\nscreenshots of the board: {desktop}, {phone}")

    # Signing out: the cookie is gone and the board asks to sign in again.
    await page.click(".account button")
    await page.wait_for_url(f"{served}/board/login")
    assert await context.cookies() == []
    await context.close()


async def test_a_countys_person_sees_the_county_alone(
    books: World, served: str, browser: Browser, tmp_path: Path
) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    await _sign_in(page, served, "county-a1.office_staff")
    assert await page.inner_text("#jurisdiction-name") == "county_a1"
    assert await page.locator("#jurisdiction-switcher").count() == 0
    # Changji's rulebook, inherited: its monthly kind is the default.
    assert await page.locator("#heatmap tbody tr").count() == 2
    city = books.places["city_a"].id
    response = await page.goto(f"{served}/board/?j={city}")
    assert response is not None
    assert response.status == 404
    assert "找不到页面" in await page.inner_text("h1")
    await page.screenshot(path=str(tmp_path / "county.png"))

    # The city's office switches to the county with the form's switcher.
    city_context = await browser.new_context(viewport={"width": 1280, "height": 900})
    city_page = await city_context.new_page()
    await _sign_in(city_page, served, "city-a.office_staff")
    assert await city_page.inner_text("#jurisdiction-name") == "city_a"
    await city_page.select_option("#jurisdiction-switcher", str(books.places["county_a1"].id))
    await city_page.click(".filters button")
    await city_page.wait_for_load_state()
    assert await city_page.inner_text("#jurisdiction-name") == "county_a1"
    await city_context.close()
    await context.close()
