"""The service's messages are in Chinese (zh-CN) unless the caller asks for English
(app/i18n.py): problem titles and details, field errors (pydantic's and the domain's) and the
reasons of governance refusals. Rule ids, sources, types and field names stay as they are."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.api.test_calendar import arrangement_2027, put_year
from tests.api.test_meetings import convene
from tests.conftest import ENGLISH
from tests.factories import World

CHINESE = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}


@pytest.fixture
async def plain(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A client that names no language, as a county office's browser may not."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def problem(response: httpx.Response, status: int, language: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["content-language"] == language
    assert "Accept-Language" in response.headers["vary"]
    body: dict[str, Any] = response.json()
    return body


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


async def test_a_governance_refusal_is_in_chinese_by_default_and_in_english_when_asked(
    plain: httpx.AsyncClient, client: httpx.AsyncClient, books: World
) -> None:
    zh = await convene(
        plain, books, "city_a.office_staff", "special_meeting", "office_director", status=403
    )
    en = await convene(
        client, books, "city_a.office_staff", "special_meeting", "office_director", status=403
    )
    assert zh["type"] == en["type"] == "urn:gaiban:problem:governance-refusal"
    assert (zh["title"], en["title"]) == ("按规则不予办理", "Refused by the rules")
    assert has_chinese(zh["detail"]), zh
    assert not has_chinese(en["detail"]), en
    assert zh["detail"] != en["detail"]
    # The rule and its source are the rulebook's own words, in no translation.
    assert zh["rule"] == en["rule"] == "C-MTG-2"
    assert zh["source"] == en["source"]
    assert "第八条" in zh["source"]


async def test_the_language_headers_of_a_refusal(plain: httpx.AsyncClient, world: World) -> None:
    url = f"/v1/jurisdictions/{world.places['city_a'].id}/units"
    for sent, language in [
        ({}, "zh-CN"),
        (CHINESE, "zh-CN"),
        ({"Accept-Language": "zh-Hans"}, "zh-CN"),
        ({"Accept-Language": "en"}, "en"),
        ({"Accept-Language": "en-GB,en;q=0.9"}, "en"),
        ({"Accept-Language": "fr-FR, en;q=0.5"}, "en"),
        ({"Accept-Language": "fr"}, "zh-CN"),
        ({"Accept-Language": "en;q=0.2, zh;q=0.8"}, "zh-CN"),
    ]:
        response = await plain.post(url, json={}, headers=sent)
        problem(response, 401, language)


async def test_pydantic_validation_errors_are_translated_by_type(
    plain: httpx.AsyncClient, client: httpx.AsyncClient, world: World
) -> None:
    params = {"date": "2026-09-31", "days": "ten"}
    url = "/v1/calendar/working-days/add"
    headers = world.headers("city_a.office_staff")
    zh = problem(await plain.get(url, params=params, headers=headers), 422, "zh-CN")
    en = problem(await client.get(url, params=params, headers=headers), 422, "en")
    assert (zh["title"], en["title"]) == ("请求无效", "Invalid request")
    assert zh["detail"].startswith("请求无效：query.")
    assert en["detail"].startswith("The request is not valid: query.")
    zh_msgs = {tuple(e["loc"]): e["msg"] for e in zh["errors"]}
    en_msgs = {tuple(e["loc"]): e["msg"] for e in en["errors"]}
    assert zh_msgs.keys() == en_msgs.keys() == {("query", "date"), ("query", "days")}
    assert zh_msgs["query", "days"] == "输入值须为有效的整数，无法将字符串解析为整数"
    assert en_msgs["query", "days"] == (
        "Input should be a valid integer, unable to parse string as an integer"
    )
    assert zh_msgs["query", "date"].startswith("输入值须为")
    # The error types are the machine's: the same in both.
    assert [e["type"] for e in zh["errors"]] == [e["type"] for e in en["errors"]]


async def test_a_domain_invalid_input_is_translated_with_its_field_errors(
    plain: httpx.AsyncClient, client: httpx.AsyncClient, world: World
) -> None:
    body = arrangement_2027()
    body["holidays"][0] = {"date": "2026-12-31", "name": "元旦"}
    body["makeup_workdays"].append({"date": "2027-03-01", "name": "春节"})  # a Monday
    zh = problem(await put_year(plain, world, 2027, body), 422, "zh-CN")
    en = problem(await put_year(client, world, 2027, body), 422, "en")
    assert [e["loc"] for e in zh["errors"]] == [e["loc"] for e in en["errors"]]
    assert [e["msg"] for e in zh["errors"]] == ["不在 2027 年内", "调休上班日须为星期六或星期日"]
    assert [e["msg"] for e in en["errors"]] == [
        "not in 2027",
        "a make-up workday must fall on a Saturday or Sunday",
    ]
    assert has_chinese(zh["detail"])
    assert not has_chinese(en["detail"])


async def test_an_unknown_calendar_year_is_explained_in_either_language(
    plain: httpx.AsyncClient, client: httpx.AsyncClient, world: World
) -> None:
    url = "/v1/calendar/days/2003-12-31"
    zh = problem(await plain.get(url, headers=world.headers("admin")), 422, "zh-CN")
    en = problem(await client.get(url, headers=world.headers("admin")), 422, "en")
    assert zh["type"] == en["type"] == "urn:gaiban:problem:calendar-year-unknown"
    assert zh["missing_year"] == en["missing_year"] == 2003
    assert (zh["title"], en["title"]) == ("节假日安排未知", "Holiday arrangement unknown")
    assert zh["detail"].startswith("尚无 2003 年的国务院节假日安排（已有年份：")
    assert zh["detail"].endswith("平台管理员可通过 PUT /v1/calendar/years/2003 录入。")
    assert en["detail"].startswith("No official holiday arrangement is known for 2003")
    assert "PUT /v1/calendar/years/2003" in en["detail"]


async def test_an_english_client_is_answered_in_english_throughout(
    client: httpx.AsyncClient,
) -> None:
    """The test client's default (tests/conftest.py): the service's own English text."""
    assert client.headers["accept-language"] == ENGLISH["Accept-Language"]
    body = problem(await client.get("/no/such/thing"), 404, "en")
    assert (body["title"], body["detail"]) == ("Not found", "No such resource.")
