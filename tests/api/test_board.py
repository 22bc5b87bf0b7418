"""The progress board over plain HTTP (app/board): signing in and out through its forms, the
cookie's flags, the checks against forged forms, who sees which jurisdiction, and errors as
pages. tests/browser/test_board.py drives the same pages in Chromium."""

from __future__ import annotations

import re

import httpx
import pytest

from app.board.router import BOARD_CONTENT_SECURITY_POLICY, COOKIE
from tests.api.task_helpers import add_task
from tests.conftest import FixedClock
from tests.factories import PASSWORD, World

pytestmark = pytest.mark.usefixtures("pinned_clock")

SAME_SITE = {"Sec-Fetch-Site": "same-origin"}
HTML = "text/html; charset=utf-8"


async def sign_in(
    client: httpx.AsyncClient,
    username: str,
    password: str = PASSWORD,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    return await client.post(
        "/board/login",
        data={"username": username, "password": password},
        headers=SAME_SITE if headers is None else headers,
    )


def set_cookie(response: httpx.Response) -> str:
    cookies = [v for k, v in response.headers.multi_items() if k == "set-cookie"]
    assert len(cookies) == 1, cookies
    return cookies[0]


def ids(page: str, attribute: str) -> list[str]:
    return re.findall(rf'{attribute}="([^"]*)"', page)


async def test_the_board_sends_a_visitor_without_a_cookie_to_the_sign_in_form(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get("/board/")
    assert response.status_code == 303
    assert response.headers["location"] == "/board/login"
    form = await client.get("/board/login")
    assert form.status_code == 200
    assert form.headers["content-type"] == HTML
    assert form.headers["content-security-policy"] == BOARD_CONTENT_SECURITY_POLICY
    assert '<html lang="zh-CN">' in form.text
    assert 'action="/board/login"' in form.text
    # /board (no slash) leads to the board.
    bare = await client.get("/board")
    assert bare.status_code == 307
    assert bare.headers["location"] == "/board/"


async def test_signing_in_sets_a_strict_http_only_cookie_the_board_takes(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await sign_in(client, "city-a.office_staff")
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/board/"
    cookie = set_cookie(response)
    assert cookie.startswith(f"{COOKIE}=")
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "path=/board", "samesite=strict", "max-age=900"} <= flags
    assert "secure" not in flags  # plain http here; see the https test
    assert response.headers["cache-control"] == "no-store"

    board = await client.get("/board/")
    assert board.status_code == 200
    assert board.headers["cache-control"] == "no-store"
    assert board.headers["content-security-policy"] == BOARD_CONTENT_SECURITY_POLICY
    assert "city_a" in board.text
    assert "city-a office_staff" in board.text  # who is signed in
    # Signed in, the form leads to the board.
    again = await client.get("/board/login")
    assert again.status_code == 303
    assert again.headers["location"] == "/board/"
    # The cookie is the board's: the API does not take it.
    me = await client.get("/v1/me")
    assert me.status_code == 401


async def test_over_https_the_cookie_is_secure(app, books: World) -> None:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://board.test") as client:
        response = await sign_in(client, "city-a.office_staff")
    assert response.status_code == 303
    assert "secure" in {p.strip().lower() for p in set_cookie(response).split(";")}


async def test_a_wrong_password_shows_the_form_again_with_the_refusal(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await sign_in(client, "city-a.office_staff", "wrong password")
    assert response.status_code == 400
    assert response.headers["content-type"] == HTML
    assert "set-cookie" not in response.headers
    assert 'id="login-error"' in response.text
    assert "用户名或密码错误" in response.text
    assert 'value="city-a.office_staff"' in response.text  # kept, the password not
    empty = await sign_in(client, "", "")
    assert empty.status_code == 400
    assert 'id="login-error"' in empty.text
    assert (await client.get("/board/")).status_code == 303


async def test_repeated_failures_lock_the_account_as_the_token_endpoint_does(
    client: httpx.AsyncClient, books: World
) -> None:
    statuses = []
    for __ in range(8):
        response = await sign_in(client, "city-a.office_director", "wrong password")
        statuses.append(response.status_code)
        if response.status_code == 429:
            break
    assert statuses[-1] == 429, statuses
    assert int(response.headers["retry-after"]) >= 1
    assert 'id="login-error"' in response.text
    # Locked: even the right password is refused now, here and at the token endpoint.
    right = await sign_in(client, "city-a.office_director")
    assert right.status_code == 429
    assert "set-cookie" not in right.headers
    token = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "city-a.office_director",
            "password": PASSWORD,
        },
    )
    assert token.status_code == 429


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {},
    ],
)
async def test_a_form_posted_from_another_site_is_refused(
    client: httpx.AsyncClient, books: World, headers: dict[str, str]
) -> None:
    response = await sign_in(client, "city-a.office_staff", headers=headers)
    assert response.status_code == 403
    assert response.headers["content-type"] == HTML
    assert "set-cookie" not in response.headers
    assert (await client.post("/board/logout", headers=headers)).status_code == 403


async def test_an_origin_of_this_host_is_enough_without_fetch_metadata(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await sign_in(client, "city-a.office_staff", headers={"Origin": "http://testserver"})
    assert response.status_code == 303


async def test_signing_out_clears_the_cookie(client: httpx.AsyncClient, books: World) -> None:
    await sign_in(client, "city-a.office_staff")
    assert (await client.get("/board/")).status_code == 200
    response = await client.post("/board/logout", headers=SAME_SITE)
    assert response.status_code == 303
    assert response.headers["location"] == "/board/login"
    cookie = set_cookie(response)
    assert cookie.startswith(f'{COOKIE}=""')
    assert "max-age=0" in cookie.lower()
    assert "path=/board" in cookie.lower()
    assert (await client.get("/board/")).status_code == 303


async def test_a_machine_clients_token_or_a_bad_one_in_the_cookie_is_not_taken(
    client: httpx.AsyncClient, books: World
) -> None:
    for token in (books.token("city_a.client_read"), "not-a-token"):
        client.cookies.set(COOKIE, token, path="/board")
        response = await client.get("/board/")
        assert response.status_code == 303, token
        client.cookies.clear()


async def test_a_county_sees_its_own_board_only(client: httpx.AsyncClient, books: World) -> None:
    await sign_in(client, "county-a1.office_staff")
    board = await client.get("/board/")
    assert board.status_code == 200
    assert 'id="jurisdiction-switcher"' not in board.text  # nothing to switch to
    assert ">county_a1<" in board.text
    city = str(books.places["city_a"].id)
    assert city not in board.text
    other = await client.get("/board/", params={"j": city})
    assert other.status_code == 404
    assert other.headers["content-type"] == HTML
    assert "找不到页面" in other.text


async def test_a_city_switches_to_its_counties_but_not_to_another_city(
    client: httpx.AsyncClient, books: World
) -> None:
    await sign_in(client, "city-a.office_staff")
    board = await client.get("/board/")
    county = str(books.places["county_a1"].id)
    switcher = board.text.split('id="jurisdiction-switcher"')[1].split("</select>")[0]
    assert set(ids(switcher, "value")) == {str(books.places["city_a"].id), county}
    shown = await client.get("/board/", params={"j": county})
    assert shown.status_code == 200
    assert '<h1 id="jurisdiction-name">county_a1</h1>' in shown.text
    elsewhere = await client.get("/board/", params={"j": str(books.places["city_b"].id)})
    assert elsewhere.status_code == 404


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"year": "abc"}, 422),
        ({"year": "99999"}, 422),
        ({"j": "not-a-uuid"}, 422),
        ({"report_kind": "x" * 65}, 422),
        ({"j": "00000000-0000-0000-0000-000000000000"}, 404),
    ],
)
async def test_bad_query_input_is_an_error_page_not_a_server_error(
    client: httpx.AsyncClient, books: World, params: dict[str, str], status: int
) -> None:
    await sign_in(client, "city-a.office_staff")
    response = await client.get("/board/", params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == HTML
    assert response.headers["content-security-policy"] == BOARD_CONTENT_SECURITY_POLICY
    assert 'href="/board/"' in response.text


async def test_unknown_board_paths_are_a_not_found_page(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get("/board/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == HTML
    wrong_method = await client.get("/board/logout")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"] == HTML
    # The API's own errors stay problems.
    assert (await client.get("/v1/nothing")).headers["content-type"] == "application/problem+json"


async def test_overdue_tasks_are_listed_worst_first_with_their_unit_visibility(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # Today is Tuesday 2026-12-01.
    mild = await add_task(client, books, deadline="2026-11-27", title="轻微逾期")
    worst = await add_task(client, books, deadline="2026-11-02", title="严重逾期")
    middle = await add_task(client, books, deadline="2026-11-20", title="中等逾期")
    led_elsewhere = await add_task(
        client,
        books,
        deadline="2026-11-10",
        title="自然资源局牵头",
        lead_unit_id=str(books.places["city_a"].unit_ids["natural_resources"]),
        cooperating_unit_ids=[],
    )
    await add_task(client, books, deadline="2026-12-31", title="未到期")

    await sign_in(client, "city-a.office_staff")
    board = (await client.get("/board/")).text
    section = board.split('id="overdue-tasks"')[1].split("</section>")[0]
    assert ids(section, "data-task-id") == [
        worst["id"],
        led_elsewhere["id"],
        middle["id"],
        mild["id"],
    ]
    days = [int(d) for d in ids(section, "data-overdue-days")]
    assert days == sorted(days, reverse=True)
    assert days[-1] == 2  # Friday's deadline: Monday and Tuesday have begun

    # The housing unit's liaison sees only the tasks its unit leads or cooperates on.
    client.cookies.clear()
    await sign_in(client, "city-a.liaison")
    liaison = (await client.get("/board/")).text
    section = liaison.split('id="overdue-tasks"')[1].split("</section>")[0]
    assert ids(section, "data-task-id") == [worst["id"], middle["id"], mild["id"]]
    # …and no unit's compliance, which only the office and the leadership read.
    assert 'id="heatmap"' not in liaison


async def test_a_report_kind_the_rulebook_does_not_define_shows_its_default_and_says_so(
    client: httpx.AsyncClient, books: World
) -> None:
    """The switcher's form carries the kind chosen in the jurisdiction before, whose rulebook
    may not be this one's."""
    await sign_in(client, "city-a.office_staff")
    board = await client.get("/board/", params={"report_kind": "monthly_report"})
    assert board.status_code == 200
    assert 'id="compliance-note"' in board.text
    assert "monthly_report" in board.text.split('id="compliance-note"')[1].split("</p>")[0]
    assert '<option value="monthly_information" selected>' in board.text
    plain = await client.get("/board/", params={"report_kind": "quarterly_report"})
    assert 'id="compliance-note"' not in plain.text
    assert '<option value="quarterly_report" selected>' in plain.text


async def test_the_board_shows_the_assessment_standings_the_caller_may_see(
    client: httpx.AsyncClient, books: World
) -> None:
    """C-ASM-1: the office sees every subject's total, grade and rank; a unit's liaison its own."""
    await sign_in(client, "city-a.office_staff")
    before = await client.get("/board/")
    assert "暂无考核结果" in before.text
    prepared = await client.put(
        f"/v1/jurisdictions/{books.places['city_a'].id}/assessments/2026",
        json={},
        headers=books.headers("city_a.office_staff"),
    )
    assert prepared.status_code == 201, prepared.text
    board = await client.get("/board/")
    standings = board.text.split('id="standings"')[1]
    assert "住房和城乡建设局" in standings
    assert "自然资源局" in standings
    assert "county_a1" in standings
    client.cookies.clear()
    await sign_in(client, "city-a.liaison")
    own = (await client.get("/board/")).text.split('id="standings"')[1]
    assert "住房和城乡建设局" in own
    assert "自然资源局" not in own
