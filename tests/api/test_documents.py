"""Official documents through HTTP: drafting, signing under the rulebooks and delegations
(CO-DOC-1, CO-DOC-2, Ezhou's local practice), numbering (DOC-NUM), voiding, recipients and their
read receipts, and who sees what.

World (tests/factories.py): city_a (Changji's rulebook) ── county_a1, and city_b (Ezhou's);
each place's `liaison` is the liaison officer of its housing unit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.models import RulebookVersion
from app.rulebooks import shipped_document
from tests import sample_files
from tests.api.test_delegations import entrust
from tests.api.test_delegations import url as delegations_url
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import FixedClock
from tests.factories import SINCE, World, with_if_match

pytestmark = pytest.mark.usefixtures("pinned_clock")

CHANGJI_ARTICLE = "附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》 第十二条"


def url(world: World, place: str = "city_a", rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/documents{rest}"


def uid(world: World, who: str) -> str:
    place, _, name = who.partition(".")
    return str(world.places[place].user_ids[name])


def housing(world: World, place: str = "city_a") -> dict[str, Any]:
    return {"kind": "member_unit", "unit_id": str(world.places[place].unit_ids["housing"])}


async def draft(
    client: httpx.AsyncClient,
    world: World,
    place: str = "city_a",
    who: str | None = None,
    **body: Any,
) -> dict[str, Any]:
    payload = {
        "issuer": "office",
        "title": "关于加快推进工程建设项目审批制度改革的通知",
        "body": "各成员单位：……",
        "main_recipients": [housing(world, place)],
        **body,
    }
    response = await client.post(
        url(world, place), json=payload, headers=world.headers(who or f"{place}.office_staff")
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def sign(
    client: httpx.AsyncClient, world: World, document: dict[str, Any], who: str
) -> httpx.Response:
    place = who.partition(".")[0]
    return await client.post(
        url(world, place, f"/{document['id']}/sign"), headers=world.headers(who)
    )


async def signed(client: httpx.AsyncClient, world: World, who: str, **body: Any) -> dict[str, Any]:
    document = await draft(client, world, who.partition(".")[0], **body)
    response = await sign(client, world, document, who)
    assert response.status_code == 200, response.text
    out: dict[str, Any] = response.json()
    return out


def assert_refused(response: httpx.Response, rule: str) -> dict[str, Any]:
    body = problem(response, 403)
    assert body["rule"] == rule, body
    return body


# --- drafting ---------------------------------------------------------------------------------


async def test_office_drafts_edits_and_discards_a_draft(
    client: httpx.AsyncClient, books: World
) -> None:
    created = await draft(
        client,
        books,
        copy_recipients=[
            {"kind": "county_office", "jurisdiction_id": str(books.places["county_a1"].id)},
            {"kind": "leading_group"},
        ],
    )
    assert created["state"] == "draft"
    assert created["number"] is None
    assert (created["issuer_name"], created["issuer_code"]) == (
        "昌吉州工程建设项目审批制度改革领导小组办公室",
        "昌建审改办",
    )
    assert [r["name"] for r in created["main_recipients"]] == ["住房和城乡建设局"]
    assert [(r["kind"], r["copy"]) for r in created["copy_recipients"]] == [
        ("county_office", True),
        ("leading_group", True),
    ]
    assert created["copy_recipients"][0]["name"] == "county_a1 领导小组办公室"
    assert created["copy_recipients"][1]["name"] == "city_a 领导小组"
    # The answer is built without reading the new draft back: it is what a read answers, and
    # what the audit trail keeps.
    read_back = await client.get(
        url(books, rest=f"/{created['id']}"), headers=books.headers("city_a.office_director")
    )
    assert read_back.json() == created
    (created_event,) = await audit_events(client, books, entity_id=created["id"])
    kept = created_event["after"]  # by field names: a recipient's `copy` is kept as `is_copy`
    recipients = ("main_recipients", "copy_recipients")
    assert {k: v for k, v in kept.items() if k not in recipients} == {
        k: v for k, v in created.items() if k not in recipients
    }
    for field in recipients:
        assert [(r["id"], r["name"], r["is_copy"]) for r in kept[field]] == [
            (r["id"], r["name"], r["copy"]) for r in created[field]
        ]

    edited = await with_if_match(
        client,
        "PATCH",
        url(books, rest=f"/{created['id']}"),
        json={"title": "关于印发改革任务分解表的通知", "copy_recipients": []},
        headers=books.headers("city_a.office_director"),
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["title"] == "关于印发改革任务分解表的通知"
    assert edited.json()["copy_recipients"] == []
    assert [r["name"] for r in edited.json()["main_recipients"]] == ["住房和城乡建设局"]

    # An explicit null is no way to leave a field as it is: 422, and nothing changes.
    nulled = await with_if_match(
        client,
        "PATCH",
        url(books, rest=f"/{created['id']}"),
        json={"title": None, "body": "改"},
        headers=books.headers("city_a.office_director"),
    )
    assert error_locations(problem(nulled, 422)) == [["body", "title"]]
    unchanged = await client.get(
        url(books, rest=f"/{created['id']}"), headers=books.headers("city_a.office_director")
    )
    assert unchanged.json()["body"] == created["body"]

    gone = await with_if_match(
        client,
        "DELETE",
        url(books, rest=f"/{created['id']}"),
        headers=books.headers("city_a.office_staff"),
    )
    assert gone.status_code == 204
    missing = await client.get(
        url(books, rest=f"/{created['id']}"), headers=books.headers("city_a.office_director")
    )
    problem(missing, 404)
    actions = [e["action"] for e in await audit_events(client, books, entity_type="document")]
    assert sorted(actions) == ["document.create", "document.delete", "document.update"]


async def test_bad_drafts_are_422_naming_each_bad_field(
    client: httpx.AsyncClient, books: World
) -> None:
    unknown_issuer = await client.post(
        url(books),
        json={"issuer": "mayor", "title": "通知"},
        headers=books.headers("city_a.office_staff"),
    )
    assert error_locations(problem(unknown_issuer, 422)) == [["body", "issuer"]]

    other_citys_unit = housing(books, "city_b")
    not_a_child = {"kind": "county_office", "jurisdiction_id": str(books.places["city_b"].id)}
    bad = await client.post(
        url(books),
        json={
            "issuer": "office",
            "title": "通知",
            "main_recipients": [other_citys_unit, housing(books), {"kind": "leading_group"}],
            "copy_recipients": [housing(books), not_a_child],
        },
        headers=books.headers("city_a.office_staff"),
    )
    assert error_locations(problem(bad, 422)) == [
        ["body", "main_recipients", 0, "unit_id"],
        ["body", "copy_recipients", 1, "jurisdiction_id"],
        ["body", "copy_recipients", 0],
    ]
    mismatched = await client.post(
        url(books),
        json={"issuer": "office", "title": "通知", "main_recipients": [{"kind": "member_unit"}]},
        headers=books.headers("city_a.office_staff"),
    )
    problem(mismatched, 422)


async def test_only_the_office_drafts(client: httpx.AsyncClient, books: World) -> None:
    for who in ("city_a.liaison", "city_a.leader", "city_a.client_read"):
        response = await client.post(
            url(books),
            json={"issuer": "office", "title": "通知"},
            headers=books.headers(who),
        )
        problem(response, 403)
    await draft(client, books, who="city_a.client_write")


# --- signing under the rules ------------------------------------------------------------------


async def test_changji_office_document_director_signs_and_the_number_follows_gb_t_9704(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await signed(client, books, "city_a.office_director")
    assert first["state"] == "signed"
    assert first["number"] == "昌建审改办〔2026〕1号"
    assert (first["number_year"], first["number_sequence"]) == (2026, 1)
    signature = first["signature"]
    assert signature["signed_by"] == uid(books, "city_a.office_director")
    assert signature["signed_for"] is None
    assert signature["delegation_id"] is None
    assert signature["rule"] == "CO-DOC-2"
    assert CHANGJI_ARTICLE in signature["source"]
    assert signature["signed_on"] == "2026-12-01"
    assert signature["text"] == "city-a office_director签发"
    assert first["created_by_name"] == "city-a office_staff"

    second = await signed(client, books, "city_a.office_director")
    assert second["number"] == "昌建审改办〔2026〕2号"
    # The leading group's numbers are its own series.
    group = await signed(client, books, "city_a.leader", issuer="leading_group")
    assert group["number"] == "昌建审改组〔2026〕1号"
    assert group["signature"]["rule"] == "CO-DOC-1"


async def test_changji_deputy_director_signs_only_when_the_director_entrusts(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books)
    refused = assert_refused(
        await sign(client, books, document, "city_a.office_deputy_director"), "CO-DOC-2"
    )
    assert CHANGJI_ARTICLE in refused["source"]
    assert "entrusted" in refused["detail"]

    delegation = await entrust(
        client, books, "city_a.office_director", "city_a.office_deputy_director", ["sign:office"]
    )
    response = await sign(client, books, document, "city_a.office_deputy_director")
    assert response.status_code == 200, response.text
    signature = response.json()["signature"]
    assert signature["signed_by"] == uid(books, "city_a.office_deputy_director")
    assert signature["signed_for"] == uid(books, "city_a.office_director")
    assert signature["delegation_id"] == delegation["id"]
    # People are named by display name, never by login (issue 19), as 李副主任（受张主任委托）签发.
    assert signature["signed_by_name"] == "city-a office_deputy_director"
    assert signature["signed_for_name"] == "city-a office_director"
    assert signature["text"] == "city-a office_deputy_director（受city-a office_director委托）签发"
    (event,) = await audit_events(client, books, action="document.sign")
    assert event["delegation_id"] == delegation["id"]


async def test_changji_leading_group_document_leader_or_entrusted_deputy_leader(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books, issuer="leading_group")
    for who in ("city_a.deputy_leader", "city_a.office_director"):
        assert_refused(await sign(client, books, document, who), "CO-DOC-1")
    # A unit's liaison does not see a draft: no such document, before any rule (issue 16).
    problem(await sign(client, books, document, "city_a.liaison"), 404)
    # An entrustment to sign the office's documents is not one for the leading group's.
    await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["sign:office"], status=403
    )
    await entrust(client, books, "city_a.leader", "city_a.deputy_leader", ["sign:leading_group"])
    response = await sign(client, books, document, "city_a.deputy_leader")
    assert response.status_code == 200, response.text
    assert response.json()["signature"]["signed_for"] == uid(books, "city_a.leader")
    assert response.json()["number"] == "昌建审改组〔2026〕1号"


async def test_an_expired_entrustment_is_refused(client: httpx.AsyncClient, books: World) -> None:
    await entrust(
        client,
        books,
        "city_a.office_director",
        "city_a.office_deputy_director",
        ["sign:office"],
        valid_to="2026-11-30",
    )
    document = await draft(client, books)
    assert_refused(await sign(client, books, document, "city_a.office_deputy_director"), "CO-DOC-2")
    after = await client.get(
        url(books, rest=f"/{document['id']}"), headers=books.headers("city_a.office_director")
    )
    assert after.json()["state"] == "draft"
    assert after.json()["number"] is None


async def test_a_revoked_entrustment_is_refused(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # Revocations take effect on the real day (they cannot be backdated): sign on it too.
    pinned_clock.at = datetime.now(UTC)
    delegation = await entrust(
        client, books, "city_a.office_director", "city_a.office_deputy_director", ["sign:office"]
    )
    revoked = await client.post(
        delegations_url(books, "city_a", f"/{delegation['id']}/revoke"),
        json={"reason": "主任返岗"},
        headers=books.headers("city_a.office_director"),
    )
    assert revoked.status_code == 200, revoked.text
    document = await draft(client, books)
    assert_refused(await sign(client, books, document, "city_a.office_deputy_director"), "CO-DOC-2")


async def test_ezhou_office_director_signs_and_others_are_refused(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books, "city_b")
    for who in ("city_b.office_deputy_director", "city_b.leader", "city_b.office_staff"):
        refused = assert_refused(await sign(client, books, document, who), "E-DOC-LOCAL")
        assert "鄂州工改办〔2019〕23号" in refused["source"]
    response = await sign(client, books, document, "city_b.office_director")
    assert response.status_code == 200, response.text
    assert response.json()["number"] == "鄂州工改办〔2026〕1号"


async def test_machines_and_admins_never_sign(client: httpx.AsyncClient, books: World) -> None:
    document = await draft(client, books)
    problem(await sign(client, books, document, "city_a.client_write"), 403)
    admin = await client.post(
        url(books, rest=f"/{document['id']}/sign"), headers=books.headers("admin")
    )
    problem(admin, 403)


async def test_a_draft_without_text_or_main_recipient_is_not_signed(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books, body="  ", main_recipients=[])
    body = problem(await sign(client, books, document, "city_a.office_director"), 422)
    assert error_locations(body) == [["body", "body"], ["body", "main_recipients"]]


async def test_the_first_document_of_a_new_year_is_number_1(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    await signed(client, books, "city_a.office_director")
    await signed(client, books, "city_a.office_director")
    # 2027-01-01 00:30 in Shanghai is still 2026 in UTC: the jurisdiction's day counts.
    pinned_clock.at = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)
    new_year = await signed(client, books, "city_a.office_director")
    assert new_year["number"] == "昌建审改办〔2027〕1号"
    assert new_year["signature"]["signed_on"] == "2027-01-01"


# --- after signing ----------------------------------------------------------------------------


async def test_a_signed_document_is_never_edited_or_deleted_and_is_voided_keeping_its_number(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    document = await signed(client, books, "city_a.office_director")
    rest = f"/{document['id']}"
    staff = books.headers("city_a.office_staff")
    problem(
        await with_if_match(
            client, "PATCH", url(books, rest=rest), json={"title": "改"}, headers=staff
        ),
        409,
    )
    problem(await with_if_match(client, "DELETE", url(books, rest=rest), headers=staff), 409)
    problem(await sign(client, books, document, "city_a.office_director"), 409)

    void_url = url(books, rest=f"{rest}/void")
    refused = await client.post(
        void_url,
        json={"reason": "文号错误"},
        headers=books.headers("city_a.office_deputy_director"),
    )
    assert_refused(refused, "CO-DOC-2")
    problem(
        await client.post(
            void_url, json={"reason": " "}, headers=books.headers("city_a.office_director")
        ),
        422,
    )
    voided = await client.post(
        void_url,
        json={"reason": "内容有误，另行发文"},
        headers=books.headers("city_a.office_director"),
    )
    assert voided.status_code == 200, voided.text
    out = voided.json()
    assert out["state"] == "void"
    assert out["number"] == "昌建审改办〔2026〕1号"
    assert out["void"]["reason"] == "内容有误，另行发文"
    assert out["void"]["voided_by_name"] == "city-a office_director"
    assert out["signature"]["signed_by"] == uid(books, "city_a.office_director")
    again = await client.post(
        void_url, json={"reason": "再次"}, headers=books.headers("city_a.office_director")
    )
    problem(again, 409)

    # The number stays used: the next document takes 2, and the void one is found by number.
    following = await signed(client, books, "city_a.office_director")
    assert following["number"] == "昌建审改办〔2026〕2号"
    found = await client.get(
        url(books),
        params={"number": "昌建审改办[2026]1号"},
        headers=books.headers("city_a.office_staff"),
    )
    assert [(d["id"], d["state"]) for d in found.json()["items"]] == [(document["id"], "void")]

    # The database keeps the record whatever the application does.
    async with database.sessionmaker() as session:
        with pytest.raises(Exception, match=r"only becomes void|never"):
            async with session.begin():
                await session.execute(
                    text("UPDATE documents SET title = 'x' WHERE id = :id"), {"id": document["id"]}
                )
        with pytest.raises(Exception, match="never deleted"):
            async with session.begin():
                await session.execute(
                    text("DELETE FROM documents WHERE id = :id"), {"id": document["id"]}
                )


async def test_lists_filter_by_issuer_year_state_recipient_number_and_title(
    client: httpx.AsyncClient, books: World
) -> None:
    office = await signed(client, books, "city_a.office_director")
    group = await signed(
        client,
        books,
        "city_a.leader",
        issuer="leading_group",
        title="领导小组会议纪要",
        main_recipients=[{"kind": "leading_group"}],
    )
    waiting = await draft(client, books)
    staff = books.headers("city_a.office_staff")

    async def ids(**params: Any) -> list[str]:
        response = await client.get(url(books), params=params, headers=staff)
        assert response.status_code == 200, response.text
        return [d["id"] for d in response.json()["items"]]

    assert await ids() == [waiting["id"], group["id"], office["id"]]
    assert await ids(issuer="leading_group") == [group["id"]]
    assert await ids(year=2026) == [group["id"], office["id"]]
    assert await ids(year=2025) == []
    assert await ids(state="draft") == [waiting["id"]]
    assert await ids(recipient="leading_group") == [group["id"]]
    housing_id = books.places["city_a"].unit_ids["housing"]
    assert await ids(recipient=f"member_unit:{housing_id}") == [waiting["id"], office["id"]]
    assert await ids(number="昌建审改组〔2026〕1号") == [group["id"]]
    assert await ids(number="昌建审改组（2026）01号") == [group["id"]]
    assert await ids(q="纪要") == [group["id"]]
    for bad in ({"number": "23号"}, {"recipient": "member_unit"}, {"recipient": "mayor"}):
        problem(await client.get(url(books), params=bad, headers=staff), 422)


async def publish_county_rulebook(world: World, database: Database) -> None:
    """county_a1's own copy of Changji's rules (C-ORG-3), with its own issuer codes."""
    document = shipped_document("changji")
    document["issuers"]["office"]["code"] = "县建审改办"
    document["issuers"]["leading_group"]["code"] = "县建审改组"
    async with database.sessionmaker() as session, session.begin():
        session.add(
            RulebookVersion(
                jurisdiction_id=world.places["county_a1"].id,
                effective_from=SINCE,
                document=document,
                published_by="test",
            )
        )


async def test_a_county_on_its_prefectures_rulebook_issues_once_it_has_its_own_codes(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    inherited = await client.post(
        url(books, "county_a1"),
        json={"issuer": "office", "title": "通知"},
        headers=books.headers("county_a1.office_staff"),
    )
    assert "own rulebook" in problem(inherited, 409)["detail"]
    await publish_county_rulebook(books, database)
    county = await signed(client, books, "county_a1.office_director")
    assert county["number"] == "县建审改办〔2026〕1号"
    city = await signed(client, books, "city_a.office_director")
    assert city["number"] == "昌建审改办〔2026〕1号"


# --- recipients and visibility ----------------------------------------------------------------


async def test_recipients_read_issued_documents_and_each_read_is_recorded(
    client: httpx.AsyncClient, books: World
) -> None:
    county = books.places["county_a1"].id
    document = await signed(
        client,
        books,
        "city_a.office_director",
        copy_recipients=[{"kind": "county_office", "jurisdiction_id": str(county)}],
    )
    # The housing liaison (主送) and the county's office (抄送) each find it in their inbox.
    mine = await client.get("/v1/me/documents", headers=books.headers("city_a.liaison"))
    (item,) = mine.json()["items"]
    assert (item["id"], item["action_expected"], item["read_at"]) == (document["id"], True, None)
    county_inbox = await client.get(
        "/v1/me/documents", headers=books.headers("county_a1.office_staff")
    )
    (county_item,) = county_inbox.json()["items"]
    assert county_item["action_expected"] is False
    assert county_item["number"] == "昌建审改办〔2026〕1号"

    read = await client.get(
        f"/v1/me/documents/{document['id']}", headers=books.headers("city_a.liaison")
    )
    assert read.status_code == 200, read.text
    assert read.json()["received_as"][0]["kind"] == "member_unit"
    first_read = read.json()["read_at"]
    again = await client.get(
        f"/v1/me/documents/{document['id']}", headers=books.headers("city_a.liaison")
    )
    assert again.json()["read_at"] == first_read
    unread = await client.get(
        "/v1/me/documents", params={"unread": "true"}, headers=books.headers("city_a.liaison")
    )
    assert unread.json()["items"] == []

    receipts = await client.get(
        url(books, rest=f"/{document['id']}/reads"), headers=books.headers("city_a.office_staff")
    )
    assert receipts.status_code == 200, receipts.text
    by_kind = {r["kind"]: r for r in receipts.json()["recipients"]}
    assert by_kind["member_unit"]["read"] is True
    assert [r["user_id"] for r in by_kind["member_unit"]["readers"]] == [
        uid(books, "city_a.liaison")
    ]
    assert by_kind["county_office"]["read"] is False
    assert uid(books, "county_a1.office_director") in {
        r["user_id"] for r in by_kind["county_office"]["not_read_by"]
    }
    assert receipts.json()["unread_count"] == 1
    # Only those who oversee see receipts.
    problem(
        await client.get(
            url(books, rest=f"/{document['id']}/reads"), headers=books.headers("city_a.liaison")
        ),
        403,
    )


async def test_who_sees_which_document(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    await publish_county_rulebook(books, database)
    to_housing = await signed(client, books, "city_a.office_director")
    to_group = await signed(
        client, books, "city_a.office_director", main_recipients=[{"kind": "leading_group"}]
    )
    waiting = await draft(client, books)

    async def visible(who: str) -> list[str]:
        response = await client.get(url(books), headers=books.headers(who))
        assert response.status_code == 200, response.text
        return [d["id"] for d in response.json()["items"]]

    everything = [waiting["id"], to_group["id"], to_housing["id"]]
    overseers = ("city_a.office_staff", "city_a.leader", "city_a.client_write", "admin")
    for overseer in overseers:
        assert await visible(overseer) == everything
    assert await visible("city_a.liaison") == [to_housing["id"]]
    problem(await client.get(url(books), headers=books.headers("city_a.nobody")), 404)

    liaison = books.headers("city_a.liaison")
    assert (
        await client.get(url(books, rest=f"/{to_housing['id']}"), headers=liaison)
    ).status_code == 200
    for hidden in (to_group, waiting):
        problem(await client.get(url(books, rest=f"/{hidden['id']}"), headers=liaison), 404)
        problem(await client.get(f"/v1/me/documents/{hidden['id']}", headers=liaison), 404)
    # Another city, and the county below, see nothing of city_a's documents here.
    for outsider in ("city_b.office_director", "county_a1.office_director"):
        problem(await client.get(url(books), headers=books.headers(outsider)), 404)
    # A machine client has no inbox.
    problem(await client.get("/v1/me/documents", headers=books.headers("city_a.client_read")), 403)
    # The city's office oversees its county's documents.
    county_document = await draft(client, books, "county_a1")
    response = await client.get(
        url(books, "county_a1", f"/{county_document['id']}"),
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 200, response.text


# --- attachments --------------------------------------------------------------------------------


def one_file(name: str, content: bytes) -> dict[str, tuple[str, bytes, str]]:
    return {"file": (name, content, "application/pdf")}


async def test_attachments_go_with_the_draft_and_are_fixed_once_signed(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books)
    attachments_url = url(books, rest=f"/{document['id']}/attachments")
    staff = books.headers("city_a.office_staff")
    added = await client.post(
        attachments_url,
        files={"file": ("附件1 任务分解表.docx", sample_files.docx(), "application/octet-stream")},
        headers=staff,
    )
    assert added.status_code == 201, added.text
    attachment = added.json()
    assert (attachment["file_type"], attachment["position"]) == ("docx", 1)
    pdf = await client.post(
        attachments_url,
        files={"file": ("说明.pdf", sample_files.pdf(), "text/plain")},
        headers=staff,
    )
    assert pdf.json()["position"] == 2
    # The type is the content's, whatever the name says.
    refused = await client.post(
        attachments_url,
        files={"file": ("伪装.pdf", b"#!/bin/sh\n", "application/pdf")},
        headers=staff,
    )
    problem(refused, 415)
    empty = await client.post(
        attachments_url, files={"file": ("空.pdf", b"", "application/pdf")}, headers=staff
    )
    problem(empty, 422)
    removed = await with_if_match(
        client,
        "DELETE",
        f"{attachments_url}/{pdf.json()['id']}",
        read_url=url(books, rest=f"/{document['id']}"),
        headers=staff,
    )
    assert removed.status_code == 204

    signed_document = await sign(client, books, document, "city_a.office_director")
    assert [a["filename"] for a in signed_document.json()["attachments"]] == [
        "附件1 任务分解表.docx"
    ]
    late = await client.post(
        attachments_url,
        files={"file": ("补充.pdf", sample_files.pdf(), "application/pdf")},
        headers=staff,
    )
    problem(late, 409)
    problem(await client.delete(f"{attachments_url}/{attachment['id']}", headers=staff), 409)

    # The housing liaison, a main recipient, downloads it; the ETag spares a second download.
    download = await client.get(
        f"{attachments_url}/{attachment['id']}", headers=books.headers("city_a.liaison")
    )
    assert download.status_code == 200
    assert download.content == sample_files.docx()
    assert "filename*=UTF-8''" in download.headers["content-disposition"]
    again = await client.get(
        f"{attachments_url}/{attachment['id']}",
        headers={**books.headers("city_a.liaison"), "If-None-Match": download.headers["etag"]},
    )
    assert again.status_code == 304
    # Someone a document did not go to is told there is no such file.
    other = await draft(client, books, main_recipients=[{"kind": "leading_group"}])
    other_url = url(books, rest=f"/{other['id']}/attachments")
    hidden = await client.post(
        other_url, files={"file": ("a.pdf", sample_files.pdf(), "application/pdf")}, headers=staff
    )
    assert hidden.status_code == 201, hidden.text
    await sign(client, books, other, "city_a.office_director")
    problem(
        await client.get(
            f"{other_url}/{hidden.json()['id']}", headers=books.headers("city_a.liaison")
        ),
        404,
    )


async def test_a_recipient_in_another_jurisdiction_downloads_an_attachment_recording_the_read(
    client: httpx.AsyncClient, books: World
) -> None:
    """county_a1's office, copied on a city_a document, reads nothing of city_a through the
    jurisdiction's path; it downloads the attachments its inbox lists through /v1/me, and the
    download is its read (签收), as opening the document is."""
    county = books.places["county_a1"].id
    document = await draft(
        client, books, copy_recipients=[{"kind": "county_office", "jurisdiction_id": str(county)}]
    )
    added = await client.post(
        url(books, rest=f"/{document['id']}/attachments"),
        files={"file": ("附件1 任务分解表.docx", sample_files.docx(), "application/octet-stream")},
        headers=books.headers("city_a.office_staff"),
    )
    assert added.status_code == 201, added.text
    attachment = added.json()
    assert (await sign(client, books, document, "city_a.office_director")).status_code == 200
    county_staff = books.headers("county_a1.office_staff")
    jurisdiction_path = url(books, rest=f"/{document['id']}/attachments/{attachment['id']}")
    problem(await client.get(jurisdiction_path, headers=county_staff), 404)

    mine = f"/v1/me/documents/{document['id']}/attachments/{attachment['id']}"
    download = await client.get(mine, headers=county_staff)
    assert download.status_code == 200, download.text
    assert download.content == sample_files.docx()
    assert download.headers["content-type"] == attachment["media_type"]
    assert download.headers["etag"] == f'"{attachment["sha256"]}"'
    assert "filename*=UTF-8''" in download.headers["content-disposition"]
    (item,) = (await client.get("/v1/me/documents", headers=county_staff)).json()["items"]
    first_read = item["read_at"]
    assert first_read is not None
    receipts = await client.get(
        url(books, rest=f"/{document['id']}/reads"), headers=books.headers("city_a.office_staff")
    )
    by_kind = {r["kind"]: r for r in receipts.json()["recipients"]}
    assert [r["user_id"] for r in by_kind["county_office"]["readers"]] == [
        uid(books, "county_a1.office_staff")
    ]
    assert by_kind["member_unit"]["read"] is False  # the liaison has downloaded nothing
    # A second download keeps the first read; the ETag spares the bytes.
    again = await client.get(
        mine, headers={**county_staff, "If-None-Match": download.headers["etag"]}
    )
    assert again.status_code == 304
    opened = await client.get(f"/v1/me/documents/{document['id']}", headers=county_staff)
    assert opened.json()["read_at"] == first_read
    # The recipient's view lists each attachment with where to download it.
    (listed,) = opened.json()["attachments"]
    assert (listed["id"], listed["href"]) == (attachment["id"], mine)
    office_view = await client.get(
        url(books, rest=f"/{document['id']}"), headers=books.headers("city_a.office_staff")
    )
    assert "href" not in office_view.json()["attachments"][0]

    # Not a recipient — another city, a post of city_a that is none of its recipients, even the
    # office that oversees it (it reads through the jurisdiction's path) — is told there is no
    # such file; a machine client has no inbox.
    for outsider in ("city_b.office_director", "city_a.nobody", "city_a.office_staff"):
        problem(await client.get(mine, headers=books.headers(outsider)), 404)
    problem(await client.get(mine, headers=books.headers("city_a.client_read")), 403)
    # An attachment the document does not have: 404, and no read is recorded for it.
    liaison = books.headers("city_a.liaison")
    missing = f"/v1/me/documents/{document['id']}/attachments/{document['id']}"
    problem(await client.get(missing, headers=liaison), 404)
    (unread,) = (await client.get("/v1/me/documents", headers=liaison)).json()["items"]
    assert unread["read_at"] is None
    # A draft is nobody's yet.
    waiting = await draft(client, books)
    problem(
        await client.get(
            f"/v1/me/documents/{waiting['id']}/attachments/{attachment['id']}", headers=liaison
        ),
        404,
    )
