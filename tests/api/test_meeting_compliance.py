"""Meeting compliance through HTTP: each period the rules expect a meeting in (C-MTG-1 a plenary
each quarter and CO-MTG-1 an office regular meeting each month in Changji, E-MTG-1 a joint
meeting at year end in Ezhou, counted from 1 October) is held, scheduled, not_yet_due, excused or
missed; extra meetings (E-MTG-2, C-MTG-1) are listed on top and never stand in for the regular
one; each period is judged by the rulebook version in force on its last day; the office records
why a period has none. The service's clock is pinned to 2026-12-01 (tests/conftest.py,
PINNED_NOW), so 2026-Q4 and December 2026 are not over and every earlier period is."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from app.rulebooks import shipped_document
from tests.api.meeting_helpers import (
    cancel,
    convene,
    hold,
    uid,
)
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World, with_if_match

YEAR = 2026
QUARTERS = [f"{YEAR}-Q{q}" for q in range(1, 5)]
MONTHS = [f"{YEAR}-{m:02d}" for m in range(1, 13)]
REASON = "本季度改革重点工作已在专题会议上研究部署，经组长同意不再召开全体会议"


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    """The clock stands at 2026-12-01 (PINNED_NOW) in every test here."""
    return pinned_clock


def url(world: World, place: str, rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/meetings/compliance{rest}"


async def compliance(
    client: httpx.AsyncClient, world: World, place: str, year: int = YEAR
) -> dict[str, Any]:
    response = await client.get(
        url(world, place), params={"year": year}, headers=world.headers(f"{place}.leader")
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def periods(body: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {i["period"]["label"]: i for i in body["items"] if i["meeting_kind"] == kind}


def statuses(body: dict[str, Any], kind: str) -> dict[str, str]:
    return {label: item["status"] for label, item in periods(body, kind).items()}


async def put_reason(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    kind: str,
    period: str,
    reason: str = REASON,
    who: str = "office_director",
) -> httpx.Response:
    return await client.put(
        url(world, place, f"/{kind}/{period}"),
        json={"reason": reason},
        headers=world.headers(f"{place}.{who}"),
    )


async def held_meeting(
    client: httpx.AsyncClient, world: World, place: str, kind: str, day: str
) -> dict[str, Any]:
    meeting = await convene(
        client, world, place, kind, f"{day}T09:30:00+08:00", f"{day}T11:30:00+08:00"
    )
    return await hold(client, world, place, meeting)


# --- what is expected ------------------------------------------------------------------------


async def test_changji_expects_a_plenary_each_quarter_and_a_regular_meeting_each_month(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await compliance(client, books, "city_a")
    assert body["year"] == YEAR
    assert body["on"] == "2026-12-01"
    assert body["jurisdiction_id"] == str(books.places["city_a"].id)
    # No period for the kinds held as needed (C-MTG-2 special, office special meetings).
    assert [(i["meeting_kind"], i["period"]["label"]) for i in body["items"]] == [
        *(("plenary_meeting", q) for q in QUARTERS),
        *(("regular_meeting", m) for m in MONTHS),
    ]
    plenary = periods(body, "plenary_meeting")
    assert {(i["rule"], i["cadence"]) for i in plenary.values()} == {("C-MTG-1", "quarterly")}
    assert all("第八条" in i["source"] for i in plenary.values())
    assert (plenary["2026-Q2"]["window_start"], plenary["2026-Q2"]["window_end"]) == (
        "2026-04-01",
        "2026-06-30",
    )
    regular = periods(body, "regular_meeting")
    assert {(i["rule"], i["cadence"]) for i in regular.values()} == {("CO-MTG-1", "monthly")}
    assert (regular["2026-02"]["window_start"], regular["2026-02"]["window_end"]) == (
        "2026-02-01",
        "2026-02-28",
    )


async def test_ezhou_expects_one_joint_meeting_in_the_year_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await compliance(client, books, "city_b")
    [item] = body["items"]
    assert (item["meeting_kind"], item["period"]["label"], item["rule"]) == (
        "joint_meeting",
        "2026",
        "E-MTG-1",
    )
    assert item["cadence"] == "year_end"
    # "原则上年末召开一次": a joint meeting counts in the year's last quarter only: the window,
    # beside the period itself (the one shape of a period in every answer).
    assert (item["window_start"], item["window_end"]) == ("2026-10-01", "2026-12-31")
    assert item["period"] == {
        "kind": "year",
        "year": 2026,
        "index": 1,
        "label": "2026",
        "start": "2026-01-01",
        "end": "2026-12-31",
    }
    assert (item["status"], item["meeting_ids"], item["reason"]) == ("not_yet_due", [], None)
    assert (item["scheduled_meeting_ids"], item["extra_meeting_ids"]) == ([], [])


async def test_without_any_meeting_past_periods_are_missed_and_current_ones_not_yet_due(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await compliance(client, books, "city_a")
    assert statuses(body, "plenary_meeting") == {
        "2026-Q1": "missed",
        "2026-Q2": "missed",
        "2026-Q3": "missed",
        "2026-Q4": "not_yet_due",
    }
    assert statuses(body, "regular_meeting") == {
        **{m: "missed" for m in MONTHS[:11]},
        "2026-12": "not_yet_due",
    }


async def test_a_past_year_has_every_period_over(client: httpx.AsyncClient, books: World) -> None:
    body = await compliance(client, books, "city_a", 2025)
    assert len(body["items"]) == 16
    assert {i["status"] for i in body["items"]} == {"missed"}
    assert periods(body, "plenary_meeting")["2025-Q4"]["window_end"] == "2025-12-31"


async def test_a_county_inherits_changjis_cadence_c_org_3(
    client: httpx.AsyncClient, books: World
) -> None:
    await held_meeting(client, books, "city_a", "plenary_meeting", "2026-03-20")
    body = await compliance(client, books, "county_a1")
    assert body["jurisdiction_id"] == str(books.places["county_a1"].id)
    assert [(i["meeting_kind"], i["period"]["label"], i["rule"]) for i in body["items"]] == [
        *(("plenary_meeting", q, "C-MTG-1") for q in QUARTERS),
        *(("regular_meeting", m, "CO-MTG-1") for m in MONTHS),
    ]
    # The prefecture's plenary is not the county's.
    assert statuses(body, "plenary_meeting")["2026-Q1"] == "missed"


async def test_a_year_without_a_rulebook_in_force_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get(
        url(books, "city_a"), params={"year": 2019}, headers=books.headers("city_a.leader")
    )
    problem(response, 409)
    problem(await put_reason(client, books, "city_a", "plenary_meeting", "2019-Q2"), 409)


@pytest.mark.parametrize("params", [{}, {"year": 1899}, {"year": 3000}, {"year": "2026-Q1"}])
async def test_year_missing_or_out_of_range_is_422(
    client: httpx.AsyncClient, books: World, params: dict[str, Any]
) -> None:
    response = await client.get(
        url(books, "city_a"), params=params, headers=books.headers("city_a.leader")
    )
    body = problem(response, 422)
    assert error_locations(body) == [["query", "year"]]


async def test_compliance_of_another_jurisdiction_is_404(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get(
        url(books, "city_a"), params={"year": YEAR}, headers=books.headers("city_b.leader")
    )
    problem(response, 404)


# --- held, scheduled, cancelled ---------------------------------------------------------------


async def test_a_plenary_held_in_a_quarter_makes_it_held_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await held_meeting(client, books, "city_a", "plenary_meeting", "2026-03-20")
    body = await compliance(client, books, "city_a")
    q1 = periods(body, "plenary_meeting")["2026-Q1"]
    assert (q1["status"], q1["meeting_ids"], q1["scheduled_meeting_ids"]) == (
        "held",
        [meeting["id"]],
        [],
    )
    assert statuses(body, "plenary_meeting")["2026-Q2"] == "missed"
    # A plenary is not an office regular meeting.
    assert statuses(body, "regular_meeting")["2026-03"] == "missed"


async def test_a_regular_meeting_held_in_a_month_makes_it_held_co_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await held_meeting(client, books, "city_a", "regular_meeting", "2026-02-10")
    body = await compliance(client, books, "city_a")
    february = periods(body, "regular_meeting")["2026-02"]
    assert (february["status"], february["meeting_ids"]) == ("held", [meeting["id"]])
    assert statuses(body, "regular_meeting")["2026-01"] == "missed"
    assert statuses(body, "regular_meeting")["2026-03"] == "missed"


async def test_a_joint_meeting_held_at_year_end_makes_the_year_held_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await held_meeting(client, books, "city_b", "joint_meeting", "2026-11-20")
    [item] = (await compliance(client, books, "city_b"))["items"]
    assert (item["status"], item["meeting_ids"]) == ("held", [meeting["id"]])


async def test_a_joint_meeting_before_the_year_end_is_no_year_end_meeting_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """One in March or on 30 September does not count for the year: it is still not due in
    2026 (the window is not over), and missed in 2025."""
    await held_meeting(client, books, "city_b", "joint_meeting", "2026-03-20")
    await held_meeting(client, books, "city_b", "joint_meeting", "2026-09-30")
    await held_meeting(client, books, "city_b", "joint_meeting", "2025-06-18")
    [year] = (await compliance(client, books, "city_b"))["items"]
    assert (year["status"], year["meeting_ids"], year["scheduled_meeting_ids"]) == (
        "not_yet_due",
        [],
        [],
    )
    [last_year] = (await compliance(client, books, "city_b", 2025))["items"]
    assert (last_year["window_start"], last_year["window_end"]) == ("2025-10-01", "2025-12-31")
    assert (last_year["status"], last_year["meeting_ids"]) == ("missed", [])


async def test_the_year_end_window_opens_on_1_october_in_shanghai_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """00:30 on 1 October in Shanghai is 30 September in UTC: the meeting counts."""
    meeting = await convene(
        client,
        books,
        "city_b",
        "joint_meeting",
        "2025-10-01T00:30:00+08:00",
        "2025-10-01T01:30:00+08:00",
    )
    await hold(client, books, "city_b", meeting)
    [year] = (await compliance(client, books, "city_b", 2025))["items"]
    assert (year["status"], year["meeting_ids"]) == ("held", [meeting["id"]])


async def test_a_meeting_counts_in_the_period_of_its_day_in_shanghai(
    client: httpx.AsyncClient, books: World
) -> None:
    """00:30 on 1 April in Shanghai is 31 March in UTC: the plenary counts for Q2, and one at
    00:30 on 1 January 2026 for 2026, not 2025."""
    april = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-04-01T00:30:00+08:00",
        "2026-04-01T01:30:00+08:00",
    )
    await hold(client, books, "city_a", april)
    january = await convene(
        client,
        books,
        "city_a",
        "regular_meeting",
        "2026-01-01T00:30:00+08:00",
        "2026-01-01T01:30:00+08:00",
    )
    await hold(client, books, "city_a", january)
    body = await compliance(client, books, "city_a")
    assert statuses(body, "plenary_meeting")["2026-Q1"] == "missed"
    assert periods(body, "plenary_meeting")["2026-Q2"]["meeting_ids"] == [april["id"]]
    assert periods(body, "regular_meeting")["2026-01"]["meeting_ids"] == [january["id"]]
    last_year = await compliance(client, books, "city_a", 2025)
    assert statuses(last_year, "regular_meeting")["2025-12"] == "missed"


async def test_a_meeting_planned_in_a_period_not_over_makes_it_scheduled(
    client: httpx.AsyncClient, books: World
) -> None:
    plenary = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-12-28T09:30:00+08:00",
        "2026-12-28T11:30:00+08:00",
    )
    joint = await convene(
        client,
        books,
        "city_b",
        "joint_meeting",
        "2026-12-29T09:30:00+08:00",
        "2026-12-29T11:30:00+08:00",
    )
    q4 = periods(await compliance(client, books, "city_a"), "plenary_meeting")["2026-Q4"]
    assert (q4["status"], q4["scheduled_meeting_ids"], q4["meeting_ids"]) == (
        "scheduled",
        [plenary["id"]],
        [],
    )
    [year] = (await compliance(client, books, "city_b"))["items"]
    assert (year["status"], year["scheduled_meeting_ids"]) == ("scheduled", [joint["id"]])


async def test_a_meeting_planned_in_a_period_now_over_but_never_held_is_missed(
    client: httpx.AsyncClient, books: World
) -> None:
    await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-05-20T09:30:00+08:00",
        "2026-05-20T11:30:00+08:00",
    )
    q2 = periods(await compliance(client, books, "city_a"), "plenary_meeting")["2026-Q2"]
    assert (q2["status"], q2["meeting_ids"]) == ("missed", [])


async def test_a_cancelled_meeting_does_not_count(client: httpx.AsyncClient, books: World) -> None:
    past = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-08-10T09:30:00+08:00",
        "2026-08-10T11:30:00+08:00",
    )
    coming = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-12-28T09:30:00+08:00",
        "2026-12-28T11:30:00+08:00",
    )
    await cancel(client, books, "city_a", past)
    await cancel(client, books, "city_a", coming)
    plenary = periods(await compliance(client, books, "city_a"), "plenary_meeting")
    assert (plenary["2026-Q3"]["status"], plenary["2026-Q3"]["scheduled_meeting_ids"]) == (
        "missed",
        [],
    )
    assert (plenary["2026-Q4"]["status"], plenary["2026-Q4"]["scheduled_meeting_ids"]) == (
        "not_yet_due",
        [],
    )


# --- reasons: excused periods ------------------------------------------------------------------


async def test_the_office_excuses_a_period_without_a_meeting_and_a_second_put_replaces_it(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await put_reason(client, books, "city_a", "plenary_meeting", "2026-Q2")
    assert first.status_code == 200, first.text
    assert (first.json()["meeting_kind"], first.json()["period"]) == (
        "plenary_meeting",
        {
            "kind": "quarter",
            "year": 2026,
            "index": 2,
            "label": "2026-Q2",
            "start": "2026-04-01",
            "end": "2026-06-30",
        },
    )
    assert first.json()["reason"] == REASON
    q2 = periods(await compliance(client, books, "city_a"), "plenary_meeting")["2026-Q2"]
    assert (q2["status"], q2["reason"]) == ("excused", REASON)

    second = await put_reason(
        client, books, "city_a", "plenary_meeting", "2026-Q2", "改为召开专题会议", "office_staff"
    )
    assert second.status_code == 200, second.text
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["reason"] == "改为召开专题会议"
    body = await compliance(client, books, "city_a")
    q2 = periods(body, "plenary_meeting")["2026-Q2"]
    assert (q2["status"], q2["reason"]) == ("excused", "改为召开专题会议")
    # The reason excuses that period of that kind only.
    assert statuses(body, "plenary_meeting")["2026-Q3"] == "missed"
    assert statuses(body, "regular_meeting")["2026-05"] == "missed"


async def test_the_office_excuses_a_month_and_ezhou_a_year(
    client: httpx.AsyncClient, books: World
) -> None:
    assert (
        await put_reason(client, books, "city_a", "regular_meeting", "2026-08")
    ).status_code == 200
    august = periods(await compliance(client, books, "city_a"), "regular_meeting")["2026-08"]
    assert (august["status"], august["reason"]) == ("excused", REASON)

    assert (await put_reason(client, books, "city_b", "joint_meeting", "2025")).status_code == 200
    [year] = (await compliance(client, books, "city_b", 2025))["items"]
    assert (year["status"], year["reason"]) == ("excused", REASON)


async def test_a_held_period_stays_held_whatever_reason_is_recorded(
    client: httpx.AsyncClient, books: World
) -> None:
    await held_meeting(client, books, "city_a", "plenary_meeting", "2026-03-20")
    assert (
        await put_reason(client, books, "city_a", "plenary_meeting", "2026-Q1")
    ).status_code == 200
    q1 = periods(await compliance(client, books, "city_a"), "plenary_meeting")["2026-Q1"]
    assert q1["status"] == "held"


async def test_only_the_office_records_a_reason_a_liaison_officer_gets_403(
    client: httpx.AsyncClient, books: World
) -> None:
    for who in ("liaison", "leader"):
        response = await put_reason(client, books, "city_a", "plenary_meeting", "2026-Q2", who=who)
        problem(response, 403)
    q2 = periods(await compliance(client, books, "city_a"), "plenary_meeting")["2026-Q2"]
    assert (q2["status"], q2["reason"]) == ("missed", None)


@pytest.mark.parametrize(
    ("kind", "period", "location"),
    [
        ("plenary_meeting", "2026-03", ["path", "period"]),  # a month for a quarterly kind
        ("plenary_meeting", "2026", ["path", "period"]),
        ("plenary_meeting", "2026-Q5", ["path", "period"]),
        ("regular_meeting", "2026-Q1", ["path", "period"]),
        ("regular_meeting", "2026-13", ["path", "period"]),
        ("special_meeting", "2026-Q1", ["path", "meeting_kind"]),  # held as needed (C-MTG-2)
        ("joint_meeting", "2026", ["path", "meeting_kind"]),  # not a Changji kind
    ],
)
async def test_a_period_reason_of_the_wrong_shape_or_kind_is_422(
    client: httpx.AsyncClient, books: World, kind: str, period: str, location: list[str]
) -> None:
    body = problem(await put_reason(client, books, "city_a", kind, period), 422)
    assert error_locations(body) == [location]


async def test_a_yearly_period_label_for_ezhou_must_be_a_year(
    client: httpx.AsyncClient, books: World
) -> None:
    body = problem(await put_reason(client, books, "city_b", "joint_meeting", "2026-Q4"), 422)
    assert error_locations(body) == [["path", "period"]]


# --- extra meetings: on top of the regular one, never instead (E-MTG-2, C-MTG-1) ---------------


async def propose_extra_joint_meeting(
    client: httpx.AsyncClient, world: World, by: str, day: str
) -> dict[str, Any]:
    """An extra (临时) joint meeting in Ezhou, chaired by the deputy leader."""
    return await convene(
        client,
        world,
        "city_b",
        "joint_meeting",
        f"{day}T09:30:00+08:00",
        f"{day}T11:30:00+08:00",
        by=by,
        chair="deputy_leader",
        is_extra=True,
    )


async def test_an_extra_joint_meeting_proposed_by_the_office_awaits_consent_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await propose_extra_joint_meeting(client, books, "office_director", "2026-12-10")
    assert (meeting["is_extra"], meeting["state"]) == (True, "awaiting_consent")
    assert (meeting["consented_by"], meeting["consented_at"], meeting["consent_rule"]) == (
        None,
        None,
        None,
    )
    [year] = (await compliance(client, books, "city_b"))["items"]
    # Listed as an extra one, never as the year-end meeting planned.
    assert (year["status"], year["scheduled_meeting_ids"], year["extra_meeting_ids"]) == (
        "not_yet_due",
        [],
        [meeting["id"]],
    )


async def test_an_extra_joint_meeting_proposed_by_a_deputy_leader_is_consented_at_once_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """The deputy leader may consent (E-MTG-2): proposing it is consenting to it."""
    meeting = await propose_extra_joint_meeting(client, books, "deputy_leader", "2026-12-10")
    assert (meeting["is_extra"], meeting["state"]) == (True, "scheduled")
    assert meeting["consented_by"] == uid(books, "city_b.deputy_leader")
    assert meeting["consent_rule"] == "E-MTG-2"
    assert meeting["consented_at"] is not None
    [year] = (await compliance(client, books, "city_b"))["items"]
    assert (year["status"], year["scheduled_meeting_ids"], year["extra_meeting_ids"]) == (
        "not_yet_due",
        [],
        [meeting["id"]],
    )


async def test_an_extra_joint_meeting_held_does_not_make_the_year_held_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """Held at year end, the extra meeting is listed; the year's own is still owed (2026, not
    over) or missed (2025); a cancelled extra one is not listed."""
    this_year = await propose_extra_joint_meeting(client, books, "deputy_leader", "2026-11-10")
    await hold(client, books, "city_b", this_year)
    last_year = await propose_extra_joint_meeting(client, books, "deputy_leader", "2025-12-10")
    await hold(client, books, "city_b", last_year)
    withdrawn = await propose_extra_joint_meeting(client, books, "office_director", "2025-11-10")
    await cancel(client, books, "city_b", withdrawn)

    [year] = (await compliance(client, books, "city_b"))["items"]
    assert (year["status"], year["meeting_ids"], year["extra_meeting_ids"]) == (
        "not_yet_due",
        [],
        [this_year["id"]],
    )
    [before] = (await compliance(client, books, "city_b", 2025))["items"]
    assert (before["status"], before["meeting_ids"], before["extra_meeting_ids"]) == (
        "missed",
        [],
        [last_year["id"]],
    )


async def test_a_regular_joint_meeting_beside_an_extra_one_makes_the_year_held_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    extra = await propose_extra_joint_meeting(client, books, "deputy_leader", "2025-10-15")
    await hold(client, books, "city_b", extra)
    regular = await held_meeting(client, books, "city_b", "joint_meeting", "2025-12-20")
    [year] = (await compliance(client, books, "city_b", 2025))["items"]
    assert (year["status"], year["meeting_ids"], year["extra_meeting_ids"]) == (
        "held",
        [regular["id"]],
        [extra["id"]],
    )


async def test_an_extra_plenary_does_not_stand_in_for_the_quarters_own_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """Changji's leader proposes an extra plenary (特殊情况): consented at once, listed for
    Q1, and Q1 (over) is missed all the same."""
    extra = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-02-10T09:30:00+08:00",
        "2026-02-10T11:30:00+08:00",
        is_extra=True,
    )
    assert (extra["state"], extra["consented_by"]) == ("scheduled", uid(books, "city_a.leader"))
    await hold(client, books, "city_a", extra)
    plenary = periods(await compliance(client, books, "city_a"), "plenary_meeting")
    q1 = plenary["2026-Q1"]
    assert (q1["status"], q1["meeting_ids"], q1["extra_meeting_ids"]) == (
        "missed",
        [],
        [extra["id"]],
    )
    assert plenary["2026-Q2"]["extra_meeting_ids"] == []


# --- which rulebook version judges each period -------------------------------------------------


def rulebook_url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/rulebook"


async def version_on(client: httpx.AsyncClient, world: World, place: str, day: str) -> str:
    response = await client.get(
        rulebook_url(world, place), params={"on": day}, headers=world.headers("admin")
    )
    assert response.status_code == 200, response.text
    version: str = response.json()["version_id"]
    return version


async def publish(
    client: httpx.AsyncClient, world: World, place: str, name: str, effective_from: str
) -> str:
    """The admin publishes a shipped rulebook (a Changji-style or Ezhou-style document) in
    ``place``, in force from ``effective_from``."""
    document = copy.deepcopy(shipped_document(name))
    document["effective_from"] = effective_from
    response = await with_if_match(
        client, "PUT", rulebook_url(world, place), json=document, headers=world.headers("admin")
    )
    assert response.status_code == 201, response.text
    version: str = response.json()["id"]
    return version


async def test_each_period_and_the_year_name_the_version_that_judges_them(
    client: httpx.AsyncClient, books: World
) -> None:
    changji = await version_on(client, books, "city_a", "2026-12-31")
    body = await compliance(client, books, "city_a")
    assert body["rulebook_version_id"] == changji
    assert {i["rulebook_version_id"] for i in body["items"]} == {changji}
    # A county judged by the rulebook it inherits (C-ORG-3) names its parent's version.
    county = await compliance(client, books, "county_a1")
    assert county["rulebook_version_id"] == changji
    assert {i["rulebook_version_id"] for i in county["items"]} == {changji}


async def test_a_version_published_mid_year_judges_only_the_periods_ending_after_it(
    client: httpx.AsyncClient, books: World
) -> None:
    """A Changji-style document in force in city_b from 1 July 2026: the plenary quarters and
    regular months ending from then on are expected; Ezhou's year-end joint meeting (its period
    ends on 31 December) is not, nor anything before July; 2025 stays Ezhou's."""
    ezhou = await version_on(client, books, "city_b", "2026-06-30")
    changji = await publish(client, books, "city_b", "changji", "2026-07-01")
    assert changji != ezhou
    body = await compliance(client, books, "city_b")
    assert body["rulebook_version_id"] == changji
    assert [(i["meeting_kind"], i["period"]["label"]) for i in body["items"]] == [
        ("plenary_meeting", "2026-Q3"),
        ("plenary_meeting", "2026-Q4"),
        *(("regular_meeting", m) for m in MONTHS[6:]),
    ]
    assert {i["rulebook_version_id"] for i in body["items"]} == {changji}
    assert {i["rule"] for i in body["items"]} == {"C-MTG-1", "CO-MTG-1"}
    assert statuses(body, "plenary_meeting") == {"2026-Q3": "missed", "2026-Q4": "not_yet_due"}

    last_year = await compliance(client, books, "city_b", 2025)
    assert last_year["rulebook_version_id"] == ezhou
    [joint] = last_year["items"]
    assert (joint["meeting_kind"], joint["rulebook_version_id"]) == ("joint_meeting", ezhou)


async def test_periods_ending_before_a_new_version_stay_judged_by_the_old_one(
    client: httpx.AsyncClient, books: World
) -> None:
    """An Ezhou-style document in force in city_a from 1 July 2026: Changji's plenary Q1–Q2
    and regular months January–June keep Changji's version; the year's joint meeting is
    Ezhou's; the kinds are listed in the later version's order first."""
    changji = await version_on(client, books, "city_a", "2026-06-30")
    ezhou = await publish(client, books, "city_a", "ezhou", "2026-07-01")
    body = await compliance(client, books, "city_a")
    assert body["rulebook_version_id"] == ezhou
    assert [
        (i["meeting_kind"], i["period"]["label"], i["rulebook_version_id"]) for i in body["items"]
    ] == [
        ("joint_meeting", "2026", ezhou),
        *(("plenary_meeting", q, changji) for q in QUARTERS[:2]),
        *(("regular_meeting", m, changji) for m in MONTHS[:6]),
    ]
    joint = periods(body, "joint_meeting")["2026"]
    assert (joint["rule"], joint["window_start"], joint["window_end"]) == (
        "E-MTG-1",
        "2026-10-01",
        "2026-12-31",
    )


async def test_a_countys_own_version_from_mid_year_leaves_earlier_periods_to_its_parents_c_org_3(
    client: httpx.AsyncClient, books: World
) -> None:
    """county_a1 publishes its own rulebook from 1 October 2026 (here Ezhou-style): Q1–Q3 and
    January–September stay judged by the prefecture's inherited version."""
    prefecture = await version_on(client, books, "county_a1", "2026-09-30")
    assert prefecture == await version_on(client, books, "city_a", "2026-09-30")
    own = await publish(client, books, "county_a1", "ezhou", "2026-10-01")
    body = await compliance(client, books, "county_a1")
    assert body["rulebook_version_id"] == own
    assert [
        (i["meeting_kind"], i["period"]["label"], i["rulebook_version_id"]) for i in body["items"]
    ] == [
        ("joint_meeting", "2026", own),
        *(("plenary_meeting", q, prefecture) for q in QUARTERS[:3]),
        *(("regular_meeting", m, prefecture) for m in MONTHS[:9]),
    ]
    # The prefecture itself is untouched.
    city = await compliance(client, books, "city_a")
    assert {i["rulebook_version_id"] for i in city["items"]} == {prefecture}
    assert len(city["items"]) == 16


async def test_a_year_with_a_rulebook_in_force_on_some_month_end_is_judged_for_those_periods(
    client: httpx.AsyncClient, world: World
) -> None:
    """The first rulebook ever, in force from 1 July 2026: 2026 is judged from July (no 409);
    2025 has none in force on any month end (409)."""
    version = await publish(client, world, "city_a", "changji", "2026-07-01")
    body = await compliance(client, world, "city_a")
    assert body["rulebook_version_id"] == version
    assert [(i["meeting_kind"], i["period"]["label"]) for i in body["items"]] == [
        ("plenary_meeting", "2026-Q3"),
        ("plenary_meeting", "2026-Q4"),
        *(("regular_meeting", m) for m in MONTHS[6:]),
    ]
    response = await client.get(
        url(world, "city_a"), params={"year": 2025}, headers=world.headers("city_a.leader")
    )
    problem(response, 409)


async def test_a_rulebook_in_force_only_on_the_last_day_judges_the_last_periods(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", "changji", "2026-12-31")
    body = await compliance(client, world, "city_a")
    assert [(i["meeting_kind"], i["period"]["label"]) for i in body["items"]] == [
        ("plenary_meeting", "2026-Q4"),
        ("regular_meeting", "2026-12"),
    ]


# --- a reason is checked against the rulebook in force on the period's last day ----------------


async def test_a_reason_is_for_a_period_the_version_on_its_last_day_expects(
    client: httpx.AsyncClient, books: World
) -> None:
    """A Changji-style version in city_b from 1 July 2026: Q3's plenary may be excused; Q2
    (ended under Ezhou's rules, no plenary) and the 2026 joint meeting (judged on 31 December
    by the Changji-style version) are no kind expected; 2025's joint meeting still is."""
    await publish(client, books, "city_b", "changji", "2026-07-01")
    q3 = await put_reason(client, books, "city_b", "plenary_meeting", "2026-Q3")
    assert q3.status_code == 200, q3.text
    assert statuses(await compliance(client, books, "city_b"), "plenary_meeting") == {
        "2026-Q3": "excused",
        "2026-Q4": "not_yet_due",
    }
    for kind, period in (("plenary_meeting", "2026-Q2"), ("joint_meeting", "2026")):
        body = problem(await put_reason(client, books, "city_b", kind, period), 422)
        assert error_locations(body) == [["path", "meeting_kind"]]
    assert (await put_reason(client, books, "city_b", "joint_meeting", "2025")).status_code == 200


async def test_a_reason_for_a_period_with_no_rulebook_in_force_on_its_last_day_is_409(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", "changji", "2026-07-01")
    problem(await put_reason(client, world, "city_a", "plenary_meeting", "2026-Q2"), 409)
    problem(await put_reason(client, world, "city_a", "regular_meeting", "2026-06"), 409)
    assert (
        await put_reason(client, world, "city_a", "regular_meeting", "2026-07")
    ).status_code == 200


@pytest.mark.parametrize(
    ("kind", "period", "location"),
    [
        ("special_meeting", "2026", ["path", "meeting_kind"]),  # held as needed (E-MTG-4)
        ("joint_meeting", "2026-12", ["path", "period"]),
        ("joint_meeting", "Q4", ["path", "period"]),  # no period at all
        ("joint_meeting", "2026-Q5", ["path", "period"]),
        ("plenary_meeting", "2026-Q1", ["path", "meeting_kind"]),  # not an Ezhou kind
    ],
)
async def test_an_ezhou_reason_of_the_wrong_shape_or_kind_is_422(
    client: httpx.AsyncClient, books: World, kind: str, period: str, location: list[str]
) -> None:
    body = problem(await put_reason(client, books, "city_b", kind, period), 422)
    assert error_locations(body) == [location]
