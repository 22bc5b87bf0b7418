"""Separation of duties survives positions becoming rulebook data (issue 18, after review).

Whoever publishes the rulebook (the office director) must not be able to use it to take over an
account or to hand out powers past the rule of issue 16: a post any version of the lineage — past,
present or future — makes sensitive, or that the default catalogue does, stays sensitive. Each
test below is an attack that succeeded when sensitivity was judged by a single version (the
tenure's first day's, or today's and later ones): a backdated version stripping a post of its
powers, a reset or an appointment under it, then the powers restored.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx

from tests.api.test_rulebooks import publish
from tests.factories import World
from tests.position_books import v2_book

DIRECTOR = "city_a.office_director"


def _deputy_without_powers(effective_from: str) -> dict[str, Any]:
    """Changji's rulebook in which the office's deputy director has no capabilities and signs
    nothing (it convenes and chairs nothing in Changji's book either)."""
    document = v2_book("changji", effective_from)
    document["positions"]["office_deputy_director"]["capabilities"] = []
    office = document["issuers"]["office"]["sign"]
    office["allowed"] = [a for a in office["allowed"] if "office_deputy_director" not in a.values()]
    for kind in document["meeting_kinds"].values():
        for act in ("convene", "chair"):
            kind[act]["allowed"] = [
                a for a in kind[act]["allowed"] if "office_deputy_director" not in a.values()
            ]
    return document


async def test_a_backdated_version_does_not_let_the_director_reset_the_deputy(
    client: httpx.AsyncClient, books: World
) -> None:
    director = books.headers(DIRECTOR)
    deputy = books.places["city_a"].user_ids["office_deputy_director"]
    url = f"/v1/users/{deputy}/password-reset"
    assert (await client.post(url, headers=director)).status_code == 403
    await publish(client, books, "city_a", _deputy_without_powers("2021-01-01"), who=DIRECTOR)
    reset = await client.post(url, headers=director)
    await publish(client, books, "city_a", v2_book("changji", "2021-01-02"), who=DIRECTOR)
    assert reset.status_code == 403, reset.text
    assert "setup_token" not in reset.text
    # An administrator still resets it.
    assert (await client.post(url, headers=books.headers("admin"))).status_code == 200


async def test_a_backdated_version_does_not_let_the_director_appoint_an_account_it_set_up(
    client: httpx.AsyncClient, books: World
) -> None:
    city = books.places["city_a"].id
    director = books.headers(DIRECTOR)
    created = await client.post(
        "/v1/users",
        json={"username": "city-a.puppet", "display_name": "傀儡", "jurisdiction_id": str(city)},
        headers=director,
    )
    assert created.status_code == 201, created.text
    body = {
        "user_id": created.json()["id"],
        "role": "office_deputy_director",
        "valid_from": "2021-06-01",
    }
    url = f"/v1/jurisdictions/{city}/positions"
    assert (await client.post(url, json=body, headers=director)).status_code == 403  # issue 16
    await publish(client, books, "city_a", _deputy_without_powers("2021-01-01"), who=DIRECTOR)
    appointed = await client.post(url, json=body, headers=director)
    await publish(client, books, "city_a", v2_book("changji", "2021-06-02"), who=DIRECTOR)
    assert appointed.status_code == 403, appointed.text
    assert "administrator" in appointed.json()["detail"]


async def test_staff_cannot_take_a_post_sensitive_today_by_dating_it_under_an_older_version(
    client: httpx.AsyncClient, books: World
) -> None:
    city = books.places["city_a"].id
    older = v2_book("changji", "2021-01-01")
    older["positions"]["secretary"] = {"title_zh": "副秘书长", "level": "office"}
    newer = copy.deepcopy(older)
    newer["effective_from"] = "2022-01-01"
    newer["positions"]["secretary"]["capabilities"] = ["manages_accounts"]
    await publish(client, books, "city_a", older, who=DIRECTOR)
    await publish(client, books, "city_a", newer, who=DIRECTOR)
    staff = books.headers("city_a.office_staff")
    staff_id = str(books.places["city_a"].user_ids["office_staff"])
    url = f"/v1/jurisdictions/{city}/positions"
    for valid_from in ("2026-01-01", "2021-06-01"):
        taken = await client.post(
            url,
            json={"user_id": staff_id, "role": "secretary", "valid_from": valid_from},
            headers=staff,
        )
        assert taken.status_code == 403, (valid_from, taken.text)
    sockpuppet = await client.post(
        "/v1/users",
        json={"username": "city-a.sockpuppet", "display_name": "x", "jurisdiction_id": str(city)},
        headers=staff,
    )
    assert sockpuppet.status_code == 403
    # The director, who manages accounts, assigns it.
    assigned = await client.post(
        url,
        json={"user_id": staff_id, "role": "secretary", "valid_from": "2021-06-01"},
        headers=books.headers(DIRECTOR),
    )
    assert assigned.status_code == 201, assigned.text


async def test_staff_cannot_take_a_default_post_the_rulebook_empowers_by_dating_it_before_it(
    client: httpx.AsyncClient, books: World
) -> None:
    city = books.places["city_a"].id
    document = v2_book("changji", "2021-01-01")
    document["positions"]["member"]["capabilities"] = ["reads_all"]
    await publish(client, books, "city_a", document, who=DIRECTOR)
    staff = books.headers("city_a.office_staff")
    staff_id = str(books.places["city_a"].user_ids["office_staff"])
    for valid_from in ("2026-01-01", "2019-06-01"):  # before any version: the default catalogue
        taken = await client.post(
            f"/v1/jurisdictions/{city}/positions",
            json={"user_id": staff_id, "role": "member", "valid_from": valid_from},
            headers=staff,
        )
        assert taken.status_code == 403, (valid_from, taken.text)


async def test_a_post_that_only_convenes_meetings_is_sensitive(
    client: httpx.AsyncClient, books: World
) -> None:
    city = books.places["city_a"].id
    document = v2_book("changji", "2021-01-01")
    document["meeting_kinds"]["special_meeting"]["convene"]["allowed"].append({"role": "member"})
    await publish(client, books, "city_a", document, who=DIRECTOR)
    taken = await client.post(
        f"/v1/jurisdictions/{city}/positions",
        json={
            "user_id": str(books.places["city_a"].user_ids["office_staff"]),
            "role": "member",
            "valid_from": "2026-01-01",
        },
        headers=books.headers("city_a.office_staff"),
    )
    assert taken.status_code == 403, taken.text


async def test_a_caller_is_judged_by_the_version_in_force_in_its_lineage(
    client: httpx.AsyncClient, books: World
) -> None:
    """load_actor's one statement picks the version app.domain.rulebook.version_in_force
    does: the jurisdiction's own latest in force, else its nearest ancestor's."""

    def titled(title: str, effective_from: str) -> dict[str, Any]:
        document = v2_book("changji", effective_from)
        document["positions"]["deputy_leader"]["title_zh"] = title
        return document

    deputy = books.headers("county_a1.deputy_leader")

    async def title() -> str:
        (post,) = (await client.get("/v1/me", headers=deputy)).json()["positions"]
        return str(post["title_zh"])

    await publish(client, books, "city_a", titled("city-2021", "2021-01-01"))
    assert await title() == "city-2021"
    await publish(client, books, "county_a1", titled("county-2099", "2099-01-01"))
    assert await title() == "city-2021"  # its own version is not in force yet
    await publish(client, books, "county_a1", titled("county-2022", "2022-01-01"))
    await publish(client, books, "city_a", titled("city-2023", "2023-01-01"))
    assert await title() == "county-2022"  # its own beats a later one of its parent
