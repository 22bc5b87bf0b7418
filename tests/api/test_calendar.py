"""The working-day calendar through HTTP: the check figures, named days, refusals for years no
arrangement covers, administrators entering a year (which overrides the bundled library), its
validation, audit trail and authorization."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from tests.factories import World

NOTICE_2027 = "国办发明电〔2026〕×号 国务院办公厅关于2027年部分节假日安排的通知"


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


def error_locations(body: dict[str, Any]) -> list[list[str | int]]:
    return [e["loc"] for e in body.get("errors") or []]


def span(first: date, last: date, name: str) -> list[dict[str, str]]:
    days = (last - first).days + 1
    return [{"date": (first + timedelta(d)).isoformat(), "name": name} for d in range(days)]


def arrangement_2027() -> dict[str, Any]:
    """A plausible 2027 notice: 元旦 Fri–Sun, 春节 Sat 02-06 – Fri 02-12, two weekend make-ups."""
    makeup = [date(2027, 2, 14), date(2027, 2, 20)]
    assert [d.strftime("%a") for d in makeup] == ["Sun", "Sat"]  # make-up days are weekend days
    return {
        "holidays": [
            *span(date(2027, 1, 1), date(2027, 1, 3), "元旦"),
            *span(date(2027, 2, 6), date(2027, 2, 12), "春节"),
        ],
        "makeup_workdays": [{"date": d.isoformat(), "name": "春节"} for d in makeup],
        "source": NOTICE_2027,
    }


async def day(client: httpx.AsyncClient, world: World, when: str) -> dict[str, Any]:
    response = await client.get(f"/v1/calendar/days/{when}", headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["date"] == when
    return body


async def add(client: httpx.AsyncClient, world: World, start: str, days: int) -> httpx.Response:
    return await client.get(
        "/v1/calendar/working-days/add",
        params={"date": start, "days": days},
        headers=world.headers("city_a.office_staff"),
    )


async def added(client: httpx.AsyncClient, world: World, start: str, days: int) -> str:
    response = await add(client, world, start, days)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["date"], body["days"]) == (start, days)
    result: str = body["result"]
    return result


async def put_year(
    client: httpx.AsyncClient, world: World, year: int, body: dict[str, Any], who: str = "admin"
) -> httpx.Response:
    return await client.put(f"/v1/calendar/years/{year}", json=body, headers=world.headers(who))


def assert_year_unknown(response: httpx.Response, year: int) -> None:
    body = problem(response, 422)
    assert body["type"] == "urn:gaiban:problem:calendar-year-unknown"
    assert body["missing_year"] == year
    assert f"PUT /v1/calendar/years/{year}" in body["detail"]


# --- the check figures and named days -----------------------------------------------------


async def test_ten_working_days_after_q3_and_q2_2026_quarter_ends_match_the_check_figures(
    client: httpx.AsyncClient, world: World
) -> None:
    assert await added(client, world, "2026-09-30", 10) == "2026-10-20"
    assert await added(client, world, "2026-06-30", 10) == "2026-07-14"


async def test_negative_days_count_back(client: httpx.AsyncClient, world: World) -> None:
    assert await added(client, world, "2026-10-20", -10) == "2026-09-30"
    assert await added(client, world, "2026-10-01", 0) == "2026-10-01"


async def test_days_are_described_from_the_library_with_holiday_and_make_up_names(
    client: httpx.AsyncClient, world: World
) -> None:
    national_day = await day(client, world, "2026-10-01")
    assert national_day["is_working_day"] is False
    assert (national_day["kind"], national_day["holiday_name"]) == ("holiday", "国庆节")
    assert "chinese-calendar" in national_day["source"]

    makeup = await day(client, world, "2026-10-10")  # a Saturday
    assert makeup["is_working_day"] is True
    assert (makeup["kind"], makeup["holiday_name"]) == ("makeup_workday", "国庆节")

    sunday = await day(client, world, "2026-10-11")
    assert (sunday["is_working_day"], sunday["kind"], sunday["holiday_name"]) == (
        False,
        "weekend",
        None,
    )

    monday = await day(client, world, "2026-10-12")
    assert (monday["is_working_day"], monday["kind"], monday["holiday_name"]) == (
        True,
        "workday",
        None,
    )

    new_year_makeup = await day(client, world, "2026-01-04")  # a Sunday
    assert (new_year_makeup["is_working_day"], new_year_makeup["kind"]) == (True, "makeup_workday")
    assert new_year_makeup["holiday_name"] == "元旦"


# --- years nobody has entered -------------------------------------------------------------


async def test_a_day_in_a_year_without_an_arrangement_is_answered_provisionally_and_says_so(
    client: httpx.AsyncClient, world: World
) -> None:
    """Issue 14: a year no notice covers yet is answered from the provisional calendar (weekends,
    statutory holidays on their computed dates), flagged in the body and the header."""
    response = await client.get("/v1/calendar/days/2027-02-08", headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    spring = response.json()
    assert (spring["kind"], spring["holiday_name"], spring["is_working_day"]) == (
        "holiday",
        "春节",
        False,
    )
    assert spring["provisional"] is True
    assert spring["calendar"] == {"provisional_years": [2027]}
    assert "provisional" in spring["source"]
    assert response.headers["gaiban-calendar-provisional"] == "2027"

    # an in-lieu day (补假) for a festival day on a weekend is off too; no make-up workdays
    in_lieu = await day(client, world, "2027-02-10")
    assert (in_lieu["kind"], in_lieu["holiday_name"]) == ("holiday", "春节（补假）")
    saturday = await day(client, world, "2027-02-20")
    assert (saturday["kind"], saturday["is_working_day"]) == ("weekend", False)

    published = await client.get("/v1/calendar/days/2026-10-01", headers=world.headers("admin"))
    assert published.json()["provisional"] is False
    assert published.json()["calendar"] == {"provisional_years": []}
    assert "gaiban-calendar-provisional" not in published.headers


async def test_a_day_before_the_first_known_year_or_after_the_last_is_still_a_clear_problem(
    client: httpx.AsyncClient, world: World
) -> None:
    """The holiday rules before 2004 differed: no guess there (nor past 2100)."""
    assert_year_unknown(
        await client.get("/v1/calendar/days/2003-12-31", headers=world.headers("admin")), 2003
    )
    assert_year_unknown(
        await client.get("/v1/calendar/days/2101-01-03", headers=world.headers("admin")), 2101
    )


async def test_adding_working_days_into_a_provisional_year_is_answered_and_flagged(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await add(client, world, "2026-12-31", 1)
    assert response.status_code == 200, response.text
    # 2027-01-01 is New Year's Day (provisional), the 2nd and 3rd a weekend
    assert response.json()["result"] == "2027-01-04"
    assert response.json()["calendar"] == {"provisional_years": [2027]}
    assert response.headers["gaiban-calendar-provisional"] == "2027"
    # the same walk that ends inside 2026 is exact
    inside = await add(client, world, "2026-12-20", 9)
    assert inside.json() == {
        "date": "2026-12-20",
        "days": 9,
        "result": "2026-12-31",
        "calendar": {"provisional_years": []},
    }
    assert "gaiban-calendar-provisional" not in inside.headers


async def test_working_days_between_counts_the_half_open_range_and_flags_provisional_years(
    client: httpx.AsyncClient, world: World
) -> None:
    async def between(start: str, end: str) -> httpx.Response:
        return await client.get(
            "/v1/calendar/working-days/between",
            params={"from": start, "to": end},
            headers=world.headers("admin"),
        )

    # (2026-09-30, 2026-10-20]: the National Day run, make-up Saturday 10-10 counted
    exact = await between("2026-09-30", "2026-10-20")
    assert exact.status_code == 200, exact.text
    assert exact.json() == {
        "from": "2026-09-30",
        "to": "2026-10-20",
        "working_days": 10,
        "calendar": {"provisional_years": []},
    }
    assert (await between("2026-10-20", "2026-09-30")).json()["working_days"] == -10
    assert (await between("2026-10-20", "2026-10-20")).json()["working_days"] == 0

    into_2027 = await between("2026-12-31", "2027-01-08")
    assert into_2027.json()["working_days"] == 5  # 01-01 holiday, 02/03 weekend, 04–08 worked
    assert into_2027.json()["calendar"] == {"provisional_years": [2027]}
    assert into_2027.headers["gaiban-calendar-provisional"] == "2027"

    too_far = problem(await between("2020-01-01", "2031-01-01"), 422)
    assert ["query", "to"] in error_locations(too_far)
    assert_year_unknown(await between("2003-12-01", "2004-01-10"), 2003)
    # An empty range still names its year: one that has no arrangement, not even a guess, is
    # refused as any other answer touching it is.
    assert_year_unknown(await between("0001-01-01", "0001-01-01"), 1)
    assert_year_unknown(await between("9999-12-31", "9999-12-31"), 9999)


async def test_an_error_answer_names_no_provisional_year(
    client: httpx.AsyncClient, world: World
) -> None:
    """Counting 1000 working days from December 2100 walks through provisional 2100 and is
    refused at 2101: the 422 has no figures, so no header flags them."""
    refused = await client.get(
        "/v1/calendar/working-days/add",
        params={"date": "2100-12-01", "days": 1000},
        headers=world.headers("admin"),
    )
    assert_year_unknown(refused, 2101)
    assert "gaiban-calendar-provisional" not in refused.headers


async def test_entering_a_year_ends_its_provisional_answers(
    client: httpx.AsyncClient, world: World
) -> None:
    before = await day(client, world, "2027-02-14")  # a Sunday: provisional weekend
    assert (before["kind"], before["provisional"]) == ("weekend", True)
    assert (await put_year(client, world, 2027, arrangement_2027())).status_code == 200
    response = await client.get("/v1/calendar/days/2027-02-14", headers=world.headers("admin"))
    after = response.json()
    assert (after["kind"], after["provisional"]) == ("makeup_workday", False)
    assert after["calendar"] == {"provisional_years": []}
    assert "gaiban-calendar-provisional" not in response.headers


async def test_a_walk_off_the_end_of_the_calendar_is_a_problem_not_a_server_error(
    client: httpx.AsyncClient, world: World
) -> None:
    for start, days in (("9999-12-31", 1), ("0001-01-01", -1)):
        body = problem(await add(client, world, start, days), 422)
        assert body["type"].startswith("urn:gaiban:problem:")


# --- entering a year ----------------------------------------------------------------------


async def test_an_entered_year_answers_days_and_walks_that_were_refused_before(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await put_year(client, world, 2027, arrangement_2027())
    assert response.status_code == 200, response.text
    stored = response.json()
    assert (stored["year"], stored["entered"], stored["source"]) == (2027, True, NOTICE_2027)
    assert stored["updated_at"] is not None
    assert len(stored["holidays"]) == 10
    assert [m["date"] for m in stored["makeup_workdays"]] == ["2027-02-14", "2027-02-20"]

    new_year = await day(client, world, "2027-01-01")
    assert (new_year["kind"], new_year["holiday_name"], new_year["source"]) == (
        "holiday",
        "元旦",
        NOTICE_2027,
    )
    assert new_year["is_working_day"] is False
    spring = await day(client, world, "2027-02-10")
    assert (spring["kind"], spring["holiday_name"], spring["is_working_day"]) == (
        "holiday",
        "春节",
        False,
    )
    makeup = await day(client, world, "2027-02-14")  # a Sunday
    assert (makeup["kind"], makeup["holiday_name"], makeup["is_working_day"]) == (
        "makeup_workday",
        "春节",
        True,
    )
    monday = await day(client, world, "2027-03-01")
    assert (monday["kind"], monday["is_working_day"], monday["source"]) == (
        "workday",
        True,
        NOTICE_2027,
    )

    # 12-21..25, 12-28..31 (9); 2027-01-01..03 off; January's 20 weekdays (29); Feb 1 (30).
    assert await added(client, world, "2026-12-20", 30) == "2027-02-01"
    # …Feb 1–5 (34), Spring Festival off, the make-up Sunday 02-14 (35), Feb 15–19 (40).
    assert await added(client, world, "2026-12-20", 40) == "2027-02-19"
    assert await added(client, world, "2027-02-19", -40) == "2026-12-18"


async def test_a_year_reads_back_as_entered_or_from_the_library_or_not_at_all(
    client: httpx.AsyncClient, world: World
) -> None:
    reader = world.headers("city_a.office_staff")
    assert (await put_year(client, world, 2027, arrangement_2027())).status_code == 200

    response = await client.get("/v1/calendar/years/2027", headers=reader)
    assert response.status_code == 200, response.text
    entered = response.json()
    assert (entered["entered"], entered["source"]) == (True, NOTICE_2027)
    assert entered["holidays"][0] == {"date": "2027-01-01", "name": "元旦"}
    assert entered["makeup_workdays"] == arrangement_2027()["makeup_workdays"]

    response = await client.get("/v1/calendar/years/2026", headers=reader)
    assert response.status_code == 200, response.text
    library = response.json()
    assert (library["entered"], library["updated_at"]) == (False, None)
    assert "chinese-calendar" in library["source"]
    assert [m["date"] for m in library["makeup_workdays"]] == [
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10",
    ]
    assert {"date": "2026-10-01", "name": "国庆节"} in library["holidays"]

    problem(await client.get("/v1/calendar/years/2030", headers=reader), 404)


async def test_an_entered_year_overrides_the_library_for_that_year(
    client: httpx.AsyncClient, world: World
) -> None:
    notice = "国办发明电〔2025〕×号（更正）"
    without_national_day = {
        "holidays": span(date(2026, 1, 1), date(2026, 1, 3), "元旦"),
        "makeup_workdays": [{"date": "2026-01-04", "name": "元旦"}],
        "source": notice,
    }
    assert (await put_year(client, world, 2026, without_national_day)).status_code == 200

    october_first = await day(client, world, "2026-10-01")  # a Thursday
    assert (october_first["kind"], october_first["is_working_day"], october_first["source"]) == (
        "workday",
        True,
        notice,
    )
    assert (await day(client, world, "2026-10-10"))["kind"] == "weekend"
    assert (await day(client, world, "2026-01-04"))["kind"] == "makeup_workday"
    assert (await day(client, world, "2025-10-01"))["kind"] == "holiday"  # 2025: still library
    assert await added(client, world, "2026-09-30", 10) == "2026-10-14"

    response = await client.get("/v1/calendar/years/2026", headers=world.headers("admin"))
    assert (response.json()["entered"], response.json()["source"]) == (True, notice)


async def test_putting_a_year_is_audited_with_what_it_replaced(
    client: httpx.AsyncClient, world: World
) -> None:
    first = arrangement_2027()
    second = {**first, "makeup_workdays": first["makeup_workdays"][:1], "source": "更正通知"}
    first_put = await put_year(client, world, 2027, first)
    assert first_put.status_code == 200, first_put.text
    second_put = await put_year(client, world, 2027, second)
    assert second_put.status_code == 200, second_put.text
    assert second_put.json()["makeup_workdays"] == second["makeup_workdays"]
    assert second_put.json()["updated_at"] >= first_put.json()["updated_at"]

    response = await client.get(
        "/v1/audit-events",
        params={"action": "calendar_year.put", "limit": 50},
        headers=world.headers("admin"),
    )
    assert response.status_code == 200, response.text
    events = response.json()["items"]  # newest first
    assert [(e["entity_type"], e["entity_id"]) for e in events] == [
        ("calendar_year", "2027"),
        ("calendar_year", "2027"),
    ]
    latest, earliest = events
    assert earliest["before"] is None
    assert earliest["after"]["source"] == NOTICE_2027
    assert earliest["actor_id"] == str(world.admin_id)
    assert latest["before"]["source"] == NOTICE_2027
    assert len(latest["before"]["makeup_workdays"]) == 2
    assert latest["after"]["source"] == "更正通知"
    assert len(latest["after"]["makeup_workdays"]) == 1
    assert (await day(client, world, "2027-02-20"))["kind"] == "weekend"


# --- validation ---------------------------------------------------------------------------


async def test_a_holiday_outside_the_year_is_refused_at_its_place(
    client: httpx.AsyncClient, world: World
) -> None:
    body = arrangement_2027()
    body["holidays"][0] = {"date": "2026-12-31", "name": "元旦"}
    refused = problem(await put_year(client, world, 2027, body), 422)
    assert error_locations(refused) == [["body", "holidays", 0, "date"]]
    # nothing was stored
    problem(await client.get("/v1/calendar/years/2027", headers=world.headers("admin")), 404)


async def test_a_make_up_workday_on_a_weekday_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    body = arrangement_2027()
    body["makeup_workdays"].append({"date": "2027-03-01", "name": "春节"})  # a Monday
    refused = problem(await put_year(client, world, 2027, body), 422)
    assert error_locations(refused) == [["body", "makeup_workdays", 2, "date"]]
    assert "must fall on a Saturday or Sunday" in refused["errors"][0]["msg"]


async def test_a_date_both_holiday_and_make_up_workday_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    body = arrangement_2027()
    body["makeup_workdays"].append({"date": "2027-01-02", "name": "元旦"})  # a listed holiday
    refused = problem(await put_year(client, world, 2027, body), 422)
    assert error_locations(refused) == [["body", "makeup_workdays", 2, "date"]]


async def test_a_date_listed_twice_is_refused(client: httpx.AsyncClient, world: World) -> None:
    body = arrangement_2027()
    body["holidays"].append({"date": "2027-01-01", "name": "元旦"})
    refused = problem(await put_year(client, world, 2027, body), 422)
    assert error_locations(refused) == [["body", "holidays", 10, "date"]]


async def test_malformed_arrangements_are_refused_by_the_schema(
    client: httpx.AsyncClient, world: World
) -> None:
    unknown_field = {**arrangement_2027(), "note": "draft"}
    refused = problem(await put_year(client, world, 2027, unknown_field), 422)
    assert ["body", "note"] in error_locations(refused)

    refused = problem(await put_year(client, world, 1999, arrangement_2027()), 422)
    assert ["path", "year"] in error_locations(refused)

    no_source = {k: v for k, v in arrangement_2027().items() if k != "source"}
    refused = problem(await put_year(client, world, 2027, no_source), 422)
    assert ["body", "source"] in error_locations(refused)

    blank_source = {**arrangement_2027(), "source": "   "}
    refused = problem(await put_year(client, world, 2027, blank_source), 422)
    assert ["body", "source"] in error_locations(refused)

    problem(await client.get("/v1/calendar/years/2027", headers=world.headers("admin")), 404)


async def test_the_days_parameter_is_bounded_to_a_thousand_either_way(
    client: httpx.AsyncClient, world: World
) -> None:
    for days in (1001, -1001):
        refused = problem(await add(client, world, "2010-06-30", days), 422)
        assert ["query", "days"] in error_locations(refused)
    assert await added(client, world, "2010-06-30", 1000) > "2010-06-30"
    assert await added(client, world, "2010-06-30", -1000) < "2010-06-30"


# --- authorization ------------------------------------------------------------------------


async def test_only_a_platform_administrator_may_enter_a_year(
    client: httpx.AsyncClient, world: World
) -> None:
    problem(await put_year(client, world, 2027, arrangement_2027(), "city_a.office_director"), 403)
    problem(await client.put("/v1/calendar/years/2027", json=arrangement_2027()), 401)
    problem(await client.get("/v1/calendar/years/2027", headers=world.headers("admin")), 404)


async def test_any_authenticated_caller_may_read_the_calendar(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("city_a.liaison", "city_a.client_read", "county_a1.nobody"):
        headers = world.headers(who)
        response = await client.get("/v1/calendar/days/2026-10-10", headers=headers)
        assert response.status_code == 200, (who, response.text)
        response = await client.get("/v1/calendar/years/2026", headers=headers)
        assert response.status_code == 200, (who, response.text)
        response = await client.get(
            "/v1/calendar/working-days/add",
            params={"date": "2026-09-30", "days": 10},
            headers=headers,
        )
        assert response.status_code == 200, (who, response.text)
    problem(await client.get("/v1/calendar/days/2026-10-10"), 401)
    problem(
        await client.get(
            "/v1/calendar/working-days/add", params={"date": "2026-09-30", "days": 10}
        ),
        401,
    )
