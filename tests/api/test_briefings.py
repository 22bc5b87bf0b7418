"""Information briefings through HTTP (CO-RPT-1): the office of city_a (Changji's rulebook)
compiles a draft from its information officers' November work information, edits it and sends
it to the leading group, copied to its member units and to county_a1's office; each recipient
reads it through /v1/me/briefings, and the office sees who has and has not read it.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from tests import sample_files
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World, with_if_match


def base(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/briefings"


async def information_officer(
    client: httpx.AsyncClient, world: World, unit: str, place: str = "city_a"
) -> str:
    """A new person made the information officer (信息员, CO-ORG-2) of ``unit``: their name for
    world.headers-like use is returned as a bearer header key."""
    jid = world.places[place].id
    created = await client.post(
        "/v1/users",
        json={
            "username": f"{world.places[place].code}.info_{unit}",
            "display_name": f"{place} 信息员 {unit}",
            "jurisdiction_id": str(jid),
        },
        headers=world.headers(f"{place}.office_director"),
    )
    assert created.status_code == 201, created.text
    user_id = uuid.UUID(created.json()["id"])
    position = await client.post(
        f"/v1/jurisdictions/{jid}/positions",
        json={
            "user_id": str(user_id),
            "role": "information_officer",
            "unit_id": str(world.places[place].unit_ids[unit]),
            "valid_from": "2020-01-01",
        },
        headers=world.headers(f"{place}.office_director"),
    )
    assert position.status_code == 201, position.text
    world.places[place].user_ids[f"info_{unit}"] = user_id
    return f"{place}.info_{unit}"


async def submit_information(
    client: httpx.AsyncClient, world: World, who: str, period: str = "2026-11", **content: Any
) -> str:
    body = {"report_kind": "monthly_information", "period": period, **content}
    response = await client.post(
        f"/v1/jurisdictions/{world.places['city_a'].id}/submissions",
        data={"submission": json.dumps(body, ensure_ascii=False)},
        files=[("information.electronic", ("11月工作信息.docx", sample_files.docx(), "x"))],
        headers=world.headers(who),
    )
    assert response.status_code == 201, response.text
    sid: str = response.json()["id"]
    return sid


@pytest.fixture
async def informed(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> tuple[World, dict[str, str]]:
    """city_a with an information officer per unit, each having sent November's information."""
    ids = {}
    who = await information_officer(client, books, "housing")
    ids["housing"] = await submit_information(
        client,
        books,
        who,
        experience="推行“拿地即开工”",
        problems="图审系统对接慢",
        progress=[{"task": "并联审批", "percent": 80, "summary": "已上线"}],
    )
    who = await information_officer(client, books, "natural_resources")
    ids["natural_resources"] = await submit_information(
        client, books, who, suggestions="统一测绘标准"
    )
    return books, ids


async def create(
    client: httpx.AsyncClient, world: World, body: dict[str, Any], who: str = "city_a.office_staff"
) -> dict[str, Any]:
    place = who.partition(".")[0]
    response = await client.post(base(world, place), json=body, headers=world.headers(who))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def send(
    client: httpx.AsyncClient, world: World, bid: str, who: str = "city_a.office_director"
) -> dict[str, Any]:
    response = await client.post(f"{base(world)}/{bid}/send", headers=world.headers(who))
    assert response.status_code == 200, response.text
    sent: dict[str, Any] = response.json()
    return sent


NOVEMBER = {"report_kind": "monthly_information", "period": "2026-11"}


# --- drafting -------------------------------------------------------------------------------


async def test_a_draft_compiled_from_the_months_information_has_one_item_per_unit(
    client: httpx.AsyncClient, informed: tuple[World, dict[str, str]]
) -> None:
    world, ids = informed
    draft = await create(
        client, world, {"title": "11月工作信息", "body": "综述", "compile_from": NOVEMBER}
    )
    assert (draft["state"], draft["issue_label"], draft["recipients"]) == ("draft", None, [])
    # Given by its label, the period is answered in the one shape of every answer.
    assert draft["compiled_from"] == {
        "report_kind": "monthly_information",
        "period": {
            "kind": "month",
            "year": 2026,
            "index": 11,
            "label": "2026-11",
            "start": "2026-11-01",
            "end": "2026-11-30",
        },
    }
    assert (draft["rule"], draft["created_by_name"]) == ("CO-RPT-1", "city-a office_staff")
    housing, natural = draft["items"]
    assert (housing["unit_name"], housing["submission_id"], housing["submission_version"]) == (
        "住房和城乡建设局",
        ids["housing"],
        1,
    )
    assert housing["text"] == (
        "【工作进展】\n并联审批（80%）：已上线\n\n【经验做法】\n推行“拿地即开工”"
        "\n\n【存在问题】\n图审系统对接慢"
    )
    assert natural["unit_name"] == "自然资源局"
    assert natural["text"] == "【意见建议】\n统一测绘标准"
    # The answer is built without reading the new draft back: it is what a read answers, and
    # what the audit trail keeps.
    office = world.headers("city_a.office_staff")
    assert (await client.get(f"{base(world)}/{draft['id']}", headers=office)).json() == draft
    (created_event,) = await audit_events(client, world, entity_id=draft["id"])
    assert created_event["after"] == {**draft, "read_status_shown": False}
    # A resubmission is a new version: a new compilation takes the latest.
    again = await submit_information(client, world, "city_a.info_housing", problems="已解决")
    assert again == ids["housing"]
    redrafted = await create(client, world, {"title": "重编", "compile_from": NOVEMBER})
    assert redrafted["items"][0]["submission_version"] == 2
    assert redrafted["items"][0]["text"] == "【存在问题】\n已解决"


async def test_a_period_without_information_compiles_an_empty_draft(
    client: httpx.AsyncClient, informed: tuple[World, dict[str, str]]
) -> None:
    world, _ = informed
    october = {"report_kind": "monthly_information", "period": "2026-10"}
    draft = await create(client, world, {"title": "10月", "compile_from": october})
    assert draft["items"] == []


async def test_explicit_sources_must_be_submissions_of_the_jurisdiction(
    client: httpx.AsyncClient, informed: tuple[World, dict[str, str]]
) -> None:
    world, ids = informed
    draft = await create(
        client,
        world,
        {"title": "选编", "source_submission_ids": [ids["natural_resources"], ids["housing"]]},
    )
    assert [i["unit_name"] for i in draft["items"]] == ["自然资源局", "住房和城乡建设局"]
    stranger = str(uuid.uuid4())
    response = await client.post(
        base(world),
        json={"title": "x", "source_submission_ids": [ids["housing"], stranger]},
        headers=world.headers("city_a.office_staff"),
    )
    body = problem(response, 422)
    assert error_locations(body) == [["body", "source_submission_ids", 1]]
    assert stranger in body["detail"]
    # city_a's submission is no submission of county_a1.
    response = await client.post(
        base(world, "county_a1"),
        json={"title": "x", "source_submission_ids": [ids["housing"]]},
        headers=world.headers("county_a1.office_staff"),
    )
    assert error_locations(problem(response, 422)) == [["body", "source_submission_ids", 0]]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        (
            {"title": "x", "compile_from": {"report_kind": "monthly_report", "period": "2026-11"}},
            ["body", "compile_from", "report_kind"],
        ),
        (
            {"title": "x", "compile_from": {"report_kind": "monthly_information", "period": "Q4"}},
            ["body", "compile_from", "period"],
        ),
        ({"title": "x", "surprise": 1}, ["body", "surprise"]),
        ({"title": ""}, ["body", "title"]),
        ({"title": "x" * 201}, ["body", "title"]),
        ({"title": "x", "body": "x" * 50_001}, ["body", "body"]),
        ({"title": "x", "items": [{"text": ""}]}, ["body", "items", 0, "text"]),
        ({"title": "x", "items": [{"text": "x", "submission_version": 1}]}, ["body", "items", 0]),
        (
            {"title": "x", "items": [{"text": "x", "submission_id": str(uuid.UUID(int=1))}]},
            ["body", "items", 0, "submission_id"],
        ),
        ({"title": "x", "items": [], "source_submission_ids": []}, ["body"]),
    ],
)
async def test_bad_drafts_are_422_naming_the_field(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    body: dict[str, Any],
    location: list[str | int],
) -> None:
    response = await client.post(
        base(books), json=body, headers=books.headers("city_a.office_staff")
    )
    assert error_locations(problem(response, 422))[0] == location


async def test_a_report_kind_ezhou_does_not_define_is_refused_there(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    response = await client.post(
        base(books, "city_b"),
        json={"title": "x", "compile_from": NOVEMBER},
        headers=books.headers("city_b.office_staff"),
    )
    body = problem(response, 422)
    assert "monthly_information" in body["detail"]
    assert error_locations(body) == [["body", "compile_from", "report_kind"]]


# --- editing, sending, numbering -------------------------------------------------------------


async def test_a_draft_is_edited_then_sent_with_the_years_next_issue_and_then_never_changes(
    client: httpx.AsyncClient,
    informed: tuple[World, dict[str, str]],
    pinned_clock: FixedClock,
    database: Database,
) -> None:
    world, ids = informed
    draft = await create(client, world, {"title": "草稿", "compile_from": NOVEMBER})
    url = f"{base(world)}/{draft['id']}"
    office = world.headers("city_a.office_staff")
    edited = await with_if_match(
        client,
        "PATCH",
        url,
        json={
            "title": "工程建设项目审批制度改革信息简报",
            "items": [
                {"submission_id": ids["housing"], "text": "住建局：推行“拿地即开工”。"},
                {"text": "办公室按：请各单位按月报送。"},
            ],
        },
        headers=office,
    )
    assert edited.status_code == 200, edited.text
    body = edited.json()
    assert body["title"] == "工程建设项目审批制度改革信息简报"
    assert [(i["unit_name"], i["text"]) for i in body["items"]] == [
        ("住房和城乡建设局", "住建局：推行“拿地即开工”。"),
        (None, "办公室按：请各单位按月报送。"),
    ]
    too_new = await with_if_match(
        client,
        "PATCH",
        url,
        json={"items": [{"submission_id": ids["housing"], "submission_version": 2, "text": "x"}]},
        headers=office,
    )
    assert error_locations(problem(too_new, 422)) == [["body", "items", 0, "submission_version"]]

    sent = await send(client, world, draft["id"])
    assert (sent["state"], sent["issue_year"], sent["issue_number"]) == ("sent", 2026, 1)
    assert sent["issue_label"] == "2026年第1期"
    assert sent["sent_at"] == "2026-12-01T04:00:00Z"  # the server's clock
    assert sent["sent_by_name"] == "city-a office_director"
    recipients = [(r["kind"], r["name"], r["copy"]) for r in sent["recipients"]]
    assert recipients == [
        ("leading_group", "city_a 领导小组", False),
        ("member_unit", "住房和城乡建设局", True),
        ("member_unit", "自然资源局", True),
        ("county_office", "county_a1 领导小组办公室", True),
    ]
    assert sent["recipients"][3]["jurisdiction_id"] == str(world.places["county_a1"].id)

    # Sent is final: no edit, no deletion, no second sending.
    for method, path in (("PATCH", url), ("DELETE", url), ("POST", f"{url}/send")):
        body_ = {"title": "改"} if method == "PATCH" else None
        response = await client.request(method, path, json=body_, headers=office)
        assert "sent" in problem(response, 409)["detail"], method
    # The database refuses it too.
    async with database.sessionmaker() as session:
        with pytest.raises(DBAPIError, match="a sent briefing never changes"):
            await session.execute(
                text("UPDATE briefings SET title = 'x' WHERE id = :id"), {"id": draft["id"]}
            )

    second = await create(
        client, world, {"title": "第二期", "source_submission_ids": [ids["natural_resources"]]}
    )
    pinned_clock.at += timedelta(days=1)
    assert (await send(client, world, second["id"]))["issue_label"] == "2026年第2期"
    # A new year starts again at 1 (its day in Shanghai: 2027-01-01 00:30 local).
    third = await create(client, world, {"title": "新年", "body": "新年第一期"})
    pinned_clock.at = pinned_clock.at.replace(year=2026, month=12, day=31, hour=16, minute=30)
    assert (await send(client, world, third["id"]))["issue_label"] == "2027年第1期"


async def test_a_draft_is_discarded_and_an_empty_one_is_not_sent(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    draft = await create(client, books, {"title": "空"})
    url = f"{base(books)}/{draft['id']}"
    office = books.headers("city_a.office_director")
    response = await client.post(f"{url}/send", headers=office)
    assert error_locations(problem(response, 422)) == [["body", "body"]]
    assert (await with_if_match(client, "DELETE", url, headers=office)).status_code == 204
    assert (await client.get(url, headers=office)).status_code == 404
    assert (await with_if_match(client, "DELETE", url, headers=office)).status_code == 404
    actions = [e["action"] for e in await audit_events(client, books, entity_type="briefing")]
    assert sorted(actions) == ["briefing.create", "briefing.delete"]


async def test_every_change_is_audited_and_reads_are_not(
    client: httpx.AsyncClient, informed: tuple[World, dict[str, str]]
) -> None:
    world, _ = informed
    draft = await create(client, world, {"title": "审计", "compile_from": NOVEMBER})
    url = f"{base(world)}/{draft['id']}"
    office = world.headers("city_a.office_staff")
    assert (
        await with_if_match(client, "PATCH", url, json={"body": "改"}, headers=office)
    ).status_code == 200
    await send(client, world, draft["id"])
    assert (
        await client.get(f"/v1/me/briefings/{draft['id']}", headers=world.headers("city_a.leader"))
    ).status_code == 200
    events = await audit_events(client, world, entity_type="briefing")
    assert sorted(e["action"] for e in events) == [
        "briefing.create",
        "briefing.send",
        "briefing.update",
    ]
    sent_event = next(e for e in events if e["action"] == "briefing.send")
    assert sent_event["before"]["state"] == "draft"
    assert sent_event["after"]["issue_label"] == "2026年第1期"
    assert sent_event["actor_name"] == "city-a.office_director"  # the trail keeps the login


# --- recipients and reads -------------------------------------------------------------------


async def inbox(client: httpx.AsyncClient, world: World, who: str, **params: Any) -> list[Any]:
    response = await client.get("/v1/me/briefings", params=params, headers=world.headers(who))
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def test_recipients_read_it_in_their_inbox_once_and_the_office_sees_who_has_not(
    client: httpx.AsyncClient,
    informed: tuple[World, dict[str, str]],
    pinned_clock: FixedClock,
) -> None:
    world, _ = informed
    draft = await create(client, world, {"title": "11月简报", "compile_from": NOVEMBER})
    bid = draft["id"]
    # A draft is in nobody's inbox.
    assert await inbox(client, world, "city_a.leader") == []
    assert (
        await client.get(f"/v1/me/briefings/{bid}", headers=world.headers("city_a.leader"))
    ).status_code == 404
    await send(client, world, bid)

    readers = {
        "city_a.leader": ["leading_group"],
        "city_a.deputy_leader": ["leading_group"],
        "city_a.liaison": ["member_unit"],
        "city_a.info_housing": ["member_unit"],
        "city_a.info_natural_resources": ["member_unit"],
        "county_a1.office_director": ["county_office"],
        "county_a1.office_staff": ["county_office"],
    }
    for who, kinds in readers.items():
        (item,) = await inbox(client, world, who)
        assert (item["id"], item["issue_label"], item["read_at"]) == (bid, "2026年第1期", None), who
        assert [r["kind"] for r in item["received_as"]] == kinds, who
        assert item["jurisdiction_name"] == "city_a"
    # Nobody else: another city's people, a person without a post, the city's own office (it
    # sent it), a county's leader-less people; and a machine client has no inbox.
    for who in ("city_b.leader", "city_b.office_director", "city_a.nobody", "city_a.office_staff"):
        assert await inbox(client, world, who) == [], who
        response = await client.get(f"/v1/me/briefings/{bid}", headers=world.headers(who))
        assert problem(response, 404)["status"] == 404, who
    assert (
        await client.get("/v1/me/briefings", headers=world.headers("city_a.client_read"))
    ).status_code == 403

    first_read = pinned_clock.at + timedelta(hours=1)
    pinned_clock.at = first_read
    for who in ("city_a.leader", "city_a.liaison", "county_a1.office_director"):
        response = await client.get(f"/v1/me/briefings/{bid}", headers=world.headers(who))
        assert response.status_code == 200, response.text
        body = response.json()
        assert (body["title"], body["read_at"]) == ("11月简报", "2026-12-01T05:00:00Z")
        assert body["read_status_shown"] is False
        assert all(r["first_read_at"] is None for r in body["recipients"])
    # Reading again later keeps the first read.
    pinned_clock.at = first_read + timedelta(days=2)
    again = await client.get(f"/v1/me/briefings/{bid}", headers=world.headers("city_a.leader"))
    assert again.json()["read_at"] == "2026-12-01T05:00:00Z"
    assert (await inbox(client, world, "city_a.leader"))[0]["read_at"] == "2026-12-01T05:00:00Z"
    assert await inbox(client, world, "city_a.leader", unread="true") == []
    assert len(await inbox(client, world, "city_a.deputy_leader", unread="true")) == 1

    response = await client.get(
        f"{base(world)}/{bid}/reads", headers=world.headers("city_a.office_staff")
    )
    assert response.status_code == 200, response.text
    reads = response.json()
    by_name = {r["name"]: r for r in reads["recipients"]}
    group = by_name["city_a 领导小组"]
    assert [(p["display_name"], p["read_at"]) for p in group["readers"]] == [
        ("city-a leader", "2026-12-01T05:00:00Z")
    ]
    assert [p["display_name"] for p in group["not_read_by"]] == ["city-a deputy_leader"]
    housing = by_name["住房和城乡建设局"]
    assert [p["display_name"] for p in housing["readers"]] == ["city-a liaison"]
    assert [p["display_name"] for p in housing["not_read_by"]] == ["city_a 信息员 housing"]
    natural = by_name["自然资源局"]
    assert (natural["read"], natural["readers"]) == (False, [])
    county = by_name["county_a1 领导小组办公室"]
    assert [p["display_name"] for p in county["readers"]] == ["county-a1 office_director"]
    assert sorted(p["display_name"] for p in county["not_read_by"]) == [
        "county-a1 office_deputy_director",
        "county-a1 office_staff",
    ]
    assert reads["unread_recipients"] == [natural["recipient_id"]]
    assert (reads["read_count"], reads["unread_count"]) == (3, 1)

    # The office's view of the briefing shows each recipient's first read; others see none.
    office_view = (
        await client.get(f"{base(world)}/{bid}", headers=world.headers("city_a.office_staff"))
    ).json()
    assert office_view["read_status_shown"] is True
    assert office_view["recipients"][0]["first_read_by_name"] == "city-a leader"
    leader_view = await client.get(f"{base(world)}/{bid}", headers=world.headers("city_a.leader"))
    assert leader_view.status_code == 200
    assert leader_view.json()["read_status_shown"] is False
    assert leader_view.json()["recipients"][0]["first_read_at"] is None


# --- who may do what ------------------------------------------------------------------------


async def test_refusals(client: httpx.AsyncClient, informed: tuple[World, dict[str, str]]) -> None:
    world, _ = informed
    # A unit's liaison does not compile briefings (visible jurisdiction: 403).
    response = await client.post(
        base(world), json={"title": "x"}, headers=world.headers("city_a.liaison")
    )
    problem(response, 403)
    draft = await create(client, world, {"title": "草稿", "compile_from": NOVEMBER})
    url = f"{base(world)}/{draft['id']}"
    # A draft is the office's: the leader does not see it, nor in the list.
    assert (await client.get(url, headers=world.headers("city_a.leader"))).status_code == 404
    listed = await client.get(base(world), headers=world.headers("city_a.leader"))
    assert listed.json()["items"] == []
    # The city's office above a county sees the county's drafts; it does not change them.
    county = await create(client, world, {"title": "县草稿"}, who="county_a1.office_staff")
    county_url = f"{base(world, 'county_a1')}/{county['id']}"
    assert (
        await client.get(county_url, headers=world.headers("city_a.office_staff"))
    ).status_code == 200
    problem(
        await with_if_match(
            client, "DELETE", county_url, headers=world.headers("city_a.office_director")
        ),
        403,
    )
    await send(client, world, draft["id"])
    # The leader sees the sent one; its read receipts are the office's (403).
    assert (await client.get(url, headers=world.headers("city_a.leader"))).status_code == 200
    problem(await client.get(f"{url}/reads", headers=world.headers("city_a.leader")), 403)
    # A county office reads the city's briefing only through its inbox: the city's routes
    # answer 404 to it, as everything of the city does.
    problem(await client.get(url, headers=world.headers("county_a1.office_director")), 404)
    ok = await client.get(
        f"/v1/me/briefings/{draft['id']}", headers=world.headers("county_a1.office_director")
    )
    assert ok.status_code == 200
    # Another city learns nothing.
    problem(await client.get(url, headers=world.headers("city_b.office_director")), 404)


async def test_lists_filter_by_state_and_year_and_page_stably(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    ids = []
    for n in range(5):
        ids.append((await create(client, books, {"title": f"第{n}", "body": "x"}))["id"])
    for bid in ids[:3]:
        await send(client, books, bid)
    office = books.headers("city_a.office_staff")
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(base(books), params=params, headers=office)).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))
    drafts = await client.get(base(books), params={"state": "draft"}, headers=office)
    assert [i["id"] for i in drafts.json()["items"]] == list(reversed(ids[3:]))
    this_year = await client.get(base(books), params={"year": 2026}, headers=office)
    assert [i["issue_label"] for i in this_year.json()["items"]] == [
        "2026年第3期",
        "2026年第2期",
        "2026年第1期",
    ]
    other_year = await client.get(base(books), params={"year": 2025}, headers=office)
    assert other_year.json()["items"] == []
    leader = await client.get(base(books), headers=books.headers("city_a.leader"))
    assert [i["state"] for i in leader.json()["items"]] == ["sent"] * 3


async def test_concurrent_sends_get_distinct_numbers_without_gaps(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    drafts = [
        (await create(client, books, {"title": f"并发{n}", "body": "x"}))["id"] for n in range(4)
    ]
    office = books.headers("city_a.office_director")
    sends = [client.post(f"{base(books)}/{bid}/send", headers=office) for bid in drafts]
    # The same draft twice at once: one is sent, the other finds it sent (409), no number lost.
    sends.append(client.post(f"{base(books)}/{drafts[0]}/send", headers=office))
    answers = await asyncio.gather(*sends)
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 200, 409]
    numbers = sorted(a.json()["issue_number"] for a in answers if a.status_code == 200)
    assert numbers == [1, 2, 3, 4]


async def test_a_null_in_an_edit_is_a_422_not_a_silent_no_op(
    client: httpx.AsyncClient, informed: tuple[World, dict[str, str]], pinned_clock: FixedClock
) -> None:
    world, _ = informed
    draft = await create(client, world, {"title": "草稿", "compile_from": NOVEMBER})
    url = f"{base(world)}/{draft['id']}"
    for field in ("title", "body", "items"):
        response = await with_if_match(
            client, "PATCH", url, json={field: None}, headers=world.headers("city_a.office_staff")
        )
        assert error_locations(problem(response, 422)) == [["body", field]]
    kept = await client.get(url, headers=world.headers("city_a.office_staff"))
    assert kept.json()["title"] == "草稿"


async def test_the_database_keeps_a_sent_briefing_its_recipients_and_reads(
    client: httpx.AsyncClient,
    informed: tuple[World, dict[str, str]],
    pinned_clock: FixedClock,
    database: Database,
) -> None:
    world, _ = informed
    draft = await create(client, world, {"title": "11月简报", "compile_from": NOVEMBER})
    await send(client, world, draft["id"])
    read = await client.get(
        f"/v1/me/briefings/{draft['id']}", headers=world.headers("city_a.leader")
    )
    assert read.status_code == 200, read.text
    for statement, refusal in (
        ("DELETE FROM briefings", "a sent briefing never changes"),
        ("UPDATE briefing_recipients SET name = 'x'", "briefing_recipients is append-only"),
        ("DELETE FROM briefing_recipients", "briefing_recipients is append-only"),
        (
            "UPDATE briefing_reads SET first_read_at = first_read_at - interval '1 day'",
            "briefing_reads is append-only",
        ),
        ("DELETE FROM briefing_reads", "briefing_reads is append-only"),
    ):
        with pytest.raises(DBAPIError, match=refusal):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))


# --- the files of the items, as recipients download them -------------------------------------


async def _version_files(
    client: httpx.AsyncClient, world: World, sid: str, version: int
) -> list[str]:
    response = await client.get(
        f"/v1/jurisdictions/{world.places['city_a'].id}/submissions/{sid}",
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    (found,) = [v for v in response.json()["versions"] if v["version"] == version]
    return [f["id"] for f in found["files"]]


async def _read_at(client: httpx.AsyncClient, world: World, who: str, bid: str) -> str | None:
    (item,) = [i for i in await inbox(client, world, who) if i["id"] == bid]
    read_at: str | None = item["read_at"]
    return read_at


async def test_recipients_see_and_download_the_files_of_the_items_which_records_the_read(
    client: httpx.AsyncClient,
    informed: tuple[World, dict[str, str]],
    pinned_clock: FixedClock,
) -> None:
    world, ids = informed
    draft = await create(
        client,
        world,
        {
            "title": "11月简报",
            "items": [
                {"submission_id": ids["housing"], "text": "住建局"},
                {"text": "办公室按"},
            ],
        },
    )
    bid = draft["id"]
    await send(client, world, bid)
    (housing_file,) = await _version_files(client, world, ids["housing"], 1)

    # The county office (copied) reads it: the item drawn from the submission lists its file.
    response = await client.get(
        f"/v1/me/briefings/{bid}", headers=world.headers("county_a1.office_director")
    )
    assert response.status_code == 200, response.text
    unit_item, own_item = response.json()["items"]
    assert own_item["files"] == []
    (listed,) = unit_item["files"]
    assert listed["id"] == housing_file
    assert listed["filename"] == "11月工作信息.docx"
    assert listed["file_type"] == "docx"
    assert listed["size_bytes"] == len(sample_files.docx())
    assert listed["href"] == f"/v1/me/briefings/{bid}/files/{housing_file}"
    # The office's own view of the briefing is unchanged (no files there).
    office = await client.get(f"{base(world)}/{bid}", headers=world.headers("city_a.office_staff"))
    assert "files" not in office.json()["items"][0]

    # Another recipient downloads it without opening the briefing first: the read is recorded.
    who = "county_a1.office_staff"
    assert await _read_at(client, world, who, bid) is None
    pinned_clock.at += timedelta(hours=2)
    download = await client.get(listed["href"], headers=world.headers(who))
    assert download.status_code == 200, download.text
    assert download.content == sample_files.docx()
    assert download.headers["content-type"].startswith(listed["media_type"])
    assert download.headers["etag"] == f'"{listed["sha256"]}"'
    assert "attachment" in download.headers["content-disposition"]
    first = await _read_at(client, world, who, bid)
    assert first is not None
    # Downloading again (304 with the ETag) keeps the first read.
    pinned_clock.at += timedelta(hours=2)
    again = await client.get(
        listed["href"],
        headers={**world.headers(who), "If-None-Match": download.headers["etag"]},
    )
    assert again.status_code == 304
    assert await _read_at(client, world, who, bid) == first
    # The office sees the county office as having read it.
    reads = await client.get(
        f"{base(world)}/{bid}/reads", headers=world.headers("city_a.office_staff")
    )
    county = [r for r in reads.json()["recipients"] if r["kind"] == "county_office"]
    assert county[0]["read"] is True


async def test_a_file_is_refused_to_anyone_not_a_recipient_and_when_not_the_briefings(
    client: httpx.AsyncClient,
    informed: tuple[World, dict[str, str]],
) -> None:
    world, ids = informed
    bid = (await create(client, world, {"title": "11月简报", "compile_from": NOVEMBER}))["id"]
    (housing_file,) = await _version_files(client, world, ids["housing"], 1)
    url = f"/v1/me/briefings/{bid}/files/{housing_file}"
    # A draft has no recipients: nobody downloads through it.
    assert problem(await client.get(url, headers=world.headers("city_a.leader")), 404)
    await send(client, world, bid)

    # Not a recipient: another city's people, the sending office, a person without a post.
    for who in ("city_b.leader", "city_b.office_director", "city_a.office_staff", "city_a.nobody"):
        assert problem(await client.get(url, headers=world.headers(who)), 404), who
    # A machine client has no inbox; no token is a 401.
    assert (await client.get(url, headers=world.headers("city_a.client_read"))).status_code == 403
    assert (await client.get(url)).status_code == 401

    # A recipient asking for a file that is not the briefing's: a later version's (the unit
    # resubmitted after the briefing was sent), another period's submission's, no file at all.
    await submit_information(client, world, "city_a.info_housing", experience="更正")
    (later,) = await _version_files(client, world, ids["housing"], 2)
    october = await submit_information(client, world, "city_a.info_housing", period="2026-10")
    (other,) = await _version_files(client, world, october, 1)
    who = "county_a1.office_director"
    for file_id in (later, other, str(uuid.uuid4())):
        response = await client.get(
            f"/v1/me/briefings/{bid}/files/{file_id}", headers=world.headers(who)
        )
        assert problem(response, 404)["detail"] == "No such file of a briefing among the caller's."
    # Through another briefing's id: city_b's briefing does not draw from city_a's submission.
    response = await client.get(
        f"/v1/me/briefings/{uuid.uuid4()}/files/{housing_file}", headers=world.headers(who)
    )
    assert problem(response, 404)
    # A malformed id is a 422, never a 500.
    response = await client.get(f"/v1/me/briefings/{bid}/files/nope", headers=world.headers(who))
    assert response.status_code == 422
    # None of the refusals recorded a read.
    assert await _read_at(client, world, who, bid) is None
    # The file the briefing lists is still the version it was drawn from.
    body = (await client.get(f"/v1/me/briefings/{bid}", headers=world.headers(who))).json()
    assert [f["id"] for f in body["items"][0]["files"]] == [housing_file]
    assert await _read_at(client, world, who, bid) is not None
