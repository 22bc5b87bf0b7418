"""The demo loader: the seeds' organisation, accounts that work, idempotence, no real names."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy import text as sql

from app.db import Database
from app.models import (
    Assessment,
    AssessmentAppeal,
    AssessmentScore,
    AuditEvent,
    Bulletin,
    Client,
    Document,
    Jurisdiction,
    Meeting,
    MemberUnit,
    Position,
    Publication,
    ReportSubmission,
    RulebookVersion,
    Task,
    TaskEvidenceFile,
    TaskProgressReport,
    User,
)
from app.services.demo import load_demo
from app.settings import Settings

pytestmark = pytest.mark.heavy(seconds=60)

# 鄂州工改办〔2019〕23号 §一, verbatim: the authority for Ezhou's member units.
EZHOU_UNITS = {
    "市委机构编制委员会",
    "市发展和改革委员会",
    "市经济和信息化局",
    "市司法局",
    "市财政局",
    "市自然资源和规划局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市交通运输局",
    "市水利和湖泊局",
    "市文化和旅游局",
    "市应急管理局",
    "市市场监督管理局",
    "市人民防空办公室",
    "市城市管理综合执法委员会",
    "市行政审批局",
    "市气象局",
    "鄂城区人民政府",
    "华容区人民政府",
    "梁子湖区人民政府",
    "葛店经济开发区管委会",
}

CHANGJI_CHILDREN = {
    "changji-city": ("昌吉市", "county_level_city", "652301"),
    "fukang": ("阜康市", "county_level_city", "652302"),
    "hutubi": ("呼图壁县", "county", "652323"),
    "manas": ("玛纳斯县", "county", "652324"),
    "qitai": ("奇台县", "county", "652325"),
    "jimsar": ("吉木萨尔县", "county", "652327"),
    "mori": ("木垒哈萨克自治县", "county", "652328"),
    "changji-hitech": ("昌吉高新技术产业开发区", "park", None),
    "zhundong": ("准东经济技术开发区", "park", None),
}

# The officials the Ezhou document names; demo accounts are named by role instead.
REAL_NAMES = ("刘海军", "李忠禄", "邱建明")


async def _load(database: Database, settings: Settings) -> str:
    async with database.sessionmaker() as session, session.begin():
        return await load_demo(session, settings)


async def _counts(database: Database) -> dict[str, int]:
    async with database.sessionmaker() as session:
        counts = {}
        for model in (
            Jurisdiction,
            RulebookVersion,
            MemberUnit,
            User,
            Position,
            Client,
            Meeting,
            ReportSubmission,
            Bulletin,
            Document,
            Task,
            Publication,
            Assessment,
            AssessmentScore,
            AssessmentAppeal,
            AuditEvent,
        ):
            statement = select(func.count()).select_from(model)
            counts[model.__tablename__] = (await session.execute(statement)).scalar_one()
        return counts


async def _meeting_event_actions(database: Database) -> list[str]:
    async with database.sessionmaker() as session:
        statement = select(AuditEvent.action).where(AuditEvent.entity_type == "meeting")
        return list((await session.execute(statement)).scalars())


async def _token(client: httpx.AsyncClient, settings: Settings, username: str) -> str:
    response = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "password",
            "username": username,
            "password": settings.demo_password.get_secret_value(),
        },
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _tally(summary: str) -> dict[str, tuple[int, int]]:
    """The summary's table: ``name  created  already present`` per kind of record."""
    rows = {}
    for line in summary.splitlines():
        match = re.fullmatch(r"\s+([a-z ]+?)\s+(\d+)\s+(\d+)", line)
        if match:
            rows[match[1]] = (int(match[2]), int(match[3]))
    return rows


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_ezhou_has_the_21_member_units_of_the_seed(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    headers = _bearer(await _token(client, settings, "ezhou.office_director"))

    me = (await client.get("/v1/me", headers=headers)).json()
    ezhou = me["home_jurisdiction_id"]
    jurisdiction = (await client.get(f"/v1/jurisdictions/{ezhou}", headers=headers)).json()
    assert (jurisdiction["code"], jurisdiction["name"]) == ("ezhou", "鄂州市")
    assert (jurisdiction["level"], jurisdiction["division_code"]) == ("city", "420700")
    assert jurisdiction["parent_id"] is None

    response = await client.get(f"/v1/jurisdictions/{ezhou}/units?limit=200", headers=headers)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == 21
    assert {u["name"] for u in items} == EZHOU_UNITS
    kinds = {u["code"]: u["kind"] for u in items}
    assert kinds["natural_resources"] == kinds["housing"] == kinds["drc"] == "department"
    assert kinds["echeng"] == "district_government"
    assert [u["kind"] for u in items].count("district_government") == 3
    assert kinds["gedian"] == "park_committee"


async def test_changji_has_its_counties_and_parks_as_children(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    headers = _bearer(await _token(client, settings, "changji.office_director"))
    changji_id = (await client.get("/v1/me", headers=headers)).json()["home_jurisdiction_id"]

    changji = (await client.get(f"/v1/jurisdictions/{changji_id}", headers=headers)).json()
    assert (changji["code"], changji["name"], changji["level"], changji["division_code"]) == (
        "changji",
        "昌吉回族自治州",
        "prefecture",
        "652300",
    )
    admin = _bearer(await _token(client, settings, "platform.admin"))
    response = await client.get(
        "/v1/jurisdictions", params={"parent_id": changji_id, "limit": 200}, headers=admin
    )
    assert response.status_code == 200, response.text
    children = {
        j["code"]: (j["name"], j["level"], j["division_code"]) for j in response.json()["items"]
    }
    assert children == CHANGJI_CHILDREN

    units = (await client.get(f"/v1/jurisdictions/{changji_id}/units", headers=headers)).json()
    assert {u["name"] for u in units["items"]} >= {
        "昌吉州发展和改革委员会",
        "昌吉州自然资源局",
        "昌吉州住房和城乡建设局",
        "昌吉州政务服务和公共资源交易管理局",
    }


async def test_loading_twice_creates_nothing_new(database: Database, settings: Settings) -> None:
    first_summary = await _load(database, settings)
    first = await _counts(database)
    assert first["jurisdictions"] == 11  # Ezhou; Changji and its 7 counties and 2 parks
    assert first["member_units"] == 21 + 4 + 2  # Ezhou, Changji, Fukang
    # Ezhou: 5 group and office, 21 liaisons, head and information officer of 2 units;
    # Changji: 5, 4 liaisons, 4 information officers, the natural resources bureau's head (the
    # housing bureau's is the office director, C-ORG-2); Fukang: director, 2 liaisons and 2
    # information officers (Changji's CO-RPT-1); the platform administrator.
    assert first["users"] == (5 + 21 + 4) + (5 + 4 + 4 + 1) + (1 + 2 + 2) + 1
    # Each account one post, but the Changji office director two (the housing bureau's head).
    assert first["positions"] == first["users"] - 1 + 1
    assert first["clients"] == 1
    assert first["rulebook_versions"] == 2  # Ezhou's and Changji's; the counties inherit
    # Changji's first-quarter plenary (held, minutes archived), Ezhou's year-end meeting and
    # Ezhou's special meeting three weeks ago (held, minutes archived).
    assert first["meetings"] == 3
    # Every creation is audited, once; the archived plenary also its hold, the attendance of
    # each person invited, its minutes and their archiving.
    created = sum(v for k, v in first.items() if k not in ("audit_events", "meetings"))
    meeting_events = await _meeting_event_actions(database)
    assert meeting_events.count("meeting.convene") == 3
    assert {"meeting.hold", "meeting.minutes.update", "meeting.minutes.archive"} <= set(
        meeting_events
    )
    assert first["documents"] == 2  # Ezhou's notice, signed, and a draft
    # Four rows of Ezhou's task breakdown, a sub-task, and the task made from the special
    # meeting's first decision.
    assert first["tasks"] == 6
    # Ezhou's public disclosure: a measure, a progress snapshot, two results (one withdrawn).
    assert first["publications"] == 4
    # ... and the notice's signing, the progress report on the decision's task and the
    # withdrawal.
    assert first["audit_events"] == created + len(meeting_events) + 1 + 1 + 1

    second_summary = await _load(database, settings)
    assert await _counts(database) == first
    for summary, created in ((first_summary, True), (second_summary, False)):
        tally = _tally(summary)
        assert tally["accounts"] == ((first["users"], 0) if created else (0, first["users"]))
        assert tally["clients"] == ((1, 0) if created else (0, 1))
        assert tally["rulebooks"] == ((2, 0) if created else (0, 2))
        assert tally["meetings"] == ((3, 0) if created else (0, 3))
        assert tally["tasks"] == ((6, 0) if created else (0, 2))


async def test_a_demo_database_from_before_tasks_gets_them(
    database: Database, settings: Settings
) -> None:
    await _load(database, settings)
    async with database.sessionmaker() as session, session.begin():
        # Progress reports and their files are never deleted (triggers): with triggers off, as
        # the tests' own emptying does, a database from before tasks is made.
        await session.execute(sql("SET LOCAL session_replication_role = replica"))
        await session.execute(delete(TaskEvidenceFile))
        await session.execute(delete(TaskProgressReport))
        await session.execute(delete(Task).where(Task.parent_id.is_not(None)))
        await session.execute(delete(Task))
    assert (await _counts(database))["tasks"] == 0
    summary = await _load(database, settings)
    assert (await _counts(database))["tasks"] == 6
    assert _tally(summary)["tasks"] == (6, 0)


async def test_loading_completes_what_is_missing(database: Database, settings: Settings) -> None:
    await _load(database, settings)
    complete = await _counts(database)
    async with database.sessionmaker() as session, session.begin():
        user = (
            await session.execute(select(User).where(User.username == "platform.admin"))
        ).scalar_one()
        await session.delete(user)  # an account with no positions, so nothing else refers to it
    await _load(database, settings)
    after = await _counts(database)
    assert after["users"] == complete["users"]
    assert after["audit_events"] == complete["audit_events"] + 1


async def test_summary_tells_how_to_get_a_token(database: Database, settings: Settings) -> None:
    summary = await _load(database, settings)
    password = settings.demo_password.get_secret_value()
    assert password in summary
    assert (
        "curl -s -X POST http://127.0.0.1:8000/v1/auth/token -d grant_type=password "
        f"-d username=ezhou.office_director -d password={password}"
    ) in summary
    assert "ezhou-approval-system" in summary
    assert "/docs" in summary
    assert "gaiban tour --base-url http://127.0.0.1:8000" in summary


async def test_a_demo_account_signs_in_and_sees_its_positions(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    headers = _bearer(await _token(client, settings, "ezhou.office_director"))
    response = await client.get("/v1/me", headers=headers)
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["kind"] == "user"
    assert me["name"] == "ezhou.office_director"
    assert [(p["role"], p["unit_id"]) for p in me["positions"]] == [("office_director", None)]
    assert me["positions"][0]["jurisdiction_id"] == me["home_jurisdiction_id"]

    liaison = _bearer(await _token(client, settings, "ezhou.unit.housing.liaison"))
    me = (await client.get("/v1/me", headers=liaison)).json()
    units = (
        await client.get(f"/v1/jurisdictions/{me['home_jurisdiction_id']}/units", headers=headers)
    ).json()["items"]
    housing = next(u["id"] for u in units if u["code"] == "housing")
    assert [(p["role"], p["unit_id"]) for p in me["positions"]] == [("liaison_officer", housing)]


async def test_every_demo_account_shares_the_demo_password(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    for username in (
        "platform.admin",
        "changji.fukang.office_director",
        "changji.unit.natural_resources.info",
        "ezhou.unit.gedian.liaison",
    ):
        await _token(client, settings, username)
    admin = _bearer(await _token(client, settings, "platform.admin"))
    assert (await client.get("/v1/me", headers=admin)).json()["is_platform_admin"] is True


async def test_every_member_unit_has_a_liaison_officer(
    database: Database, settings: Settings
) -> None:
    await _load(database, settings)
    async with database.sessionmaker() as session:
        units = (await session.execute(select(MemberUnit))).scalars().all()
        liaisons = (
            (
                await session.execute(
                    select(Position.unit_id).where(Position.role == "liaison_officer")
                )
            )
            .scalars()
            .all()
        )
    assert sorted(str(u) for u in liaisons) == sorted(str(u.id) for u in units)


async def test_the_demo_client_gets_a_token(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    response = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "ezhou-approval-system",
            "client_secret": settings.demo_client_secret.get_secret_value(),
        },
    )
    assert response.status_code == 200, response.text
    headers = _bearer(response.json()["access_token"])
    me = (await client.get("/v1/me", headers=headers)).json()
    assert (me["kind"], me["name"], me["scopes"]) == ("client", "ezhou-approval-system", ["read"])
    ezhou = await client.get(f"/v1/jurisdictions/{me['home_jurisdiction_id']}", headers=headers)
    assert ezhou.json()["code"] == "ezhou"


async def test_no_account_bears_a_real_officials_name(
    database: Database, settings: Settings
) -> None:
    await _load(database, settings)
    async with database.sessionmaker() as session:
        names = (await session.execute(select(User.display_name))).scalars().all()
        titles = (await session.execute(select(Position.title))).scalars().all()
    assert names
    for text in [*names, *(t for t in titles if t)]:
        assert not any(real in text for real in REAL_NAMES), text
    assert all("演示" in name for name in names)


async def test_ezhou_and_changji_run_by_their_shipped_rulebooks_and_fukang_inherits(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    """C-ORG-3: a county without a rulebook of its own uses its parent's."""
    await _load(database, settings)
    seen = {}
    for username in ("ezhou.office_director", "changji.office_director"):
        headers = _bearer(await _token(client, settings, username))
        home = (await client.get("/v1/me", headers=headers)).json()["home_jurisdiction_id"]
        response = await client.get(f"/v1/jurisdictions/{home}/rulebook", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["inherited"] is False
        assert body["owner_jurisdiction_id"] == home
        seen[username.partition(".")[0]] = (home, body["effective_from"], body["version_id"])
    assert seen["ezhou"][1] == "2019-08-20"
    assert seen["changji"][1] == "2020-12-31"

    fukang = _bearer(await _token(client, settings, "changji.fukang.office_director"))
    home = (await client.get("/v1/me", headers=fukang)).json()["home_jurisdiction_id"]
    response = await client.get(f"/v1/jurisdictions/{home}/rulebook", headers=fukang)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["inherited"] is True
    assert (body["owner_jurisdiction_id"], body["version_id"]) == (
        seen["changji"][0],
        seen["changji"][2],
    )
    assert body["document"]["positions"]["liaison_officer"]["rule"] == "CO-ORG-1"
    own = await client.get(f"/v1/jurisdictions/{home}/rulebook/versions", headers=fukang)
    assert own.json()["items"] == []


async def test_the_demo_has_an_archived_changji_plenary_and_an_ezhou_year_end_meeting(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    year = datetime.now(ZoneInfo("Asia/Shanghai")).year
    changji = _bearer(await _token(client, settings, "changji.office_director"))
    me = (await client.get("/v1/me", headers=changji)).json()
    base = f"/v1/jurisdictions/{me['home_jurisdiction_id']}/meetings"
    (plenary,) = (await client.get(base, headers=changji)).json()["items"]
    assert (plenary["kind"], plenary["chair_rule"]) == ("plenary_meeting", "C-MTG-1")
    compliance = (
        await client.get(f"{base}/compliance", params={"year": year}, headers=changji)
    ).json()
    q1 = next(i for i in compliance["items"] if i["period"]["label"] == f"{year}-Q1")
    if plenary["state"] == "minutes_archived":  # its day has passed
        assert q1["status"] == "held"
        verified = await client.get(f"{base}/{plenary['id']}/minutes/verify", headers=changji)
        assert verified.json()["intact"] is True
    else:
        assert (plenary["state"], q1["status"]) == ("scheduled", "scheduled")

    ezhou = _bearer(await _token(client, settings, "ezhou.leader"))
    me = (await client.get("/v1/me", headers=ezhou)).json()
    feed = await client.get(
        f"/v1/jurisdictions/{me['home_jurisdiction_id']}/meetings.ics", headers=ezhou
    )
    assert feed.status_code == 200
    assert f"SUMMARY:{year}年度工程建设项目审批制度改革联席工作会议" in feed.text


async def test_the_demo_has_ezhou_monthly_reports_and_a_quarterly_bulletin(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    await _load(database, settings)
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    office = _bearer(await _token(client, settings, "ezhou.office_director"))
    me = (await client.get("/v1/me", headers=office)).json()
    base = f"/v1/jurisdictions/{me['home_jurisdiction_id']}"
    # The demo's months: the three before this one, and this one.
    start = today.replace(day=1)
    for _ in range(3):
        start = (start - timedelta(days=1)).replace(day=1)
    matrix = await client.get(
        f"{base}/compliance",
        params={
            "report_kind": "monthly_report",
            "period_from": start.isoformat(),
            "period_to": today.isoformat(),
        },
        headers=office,
    )
    assert matrix.status_code == 200, matrix.text
    body = matrix.json()
    assert len(body["rows"]) == 21  # E-ORG-1: Ezhou's 21 member units
    past = body["totals"][:-1]  # every complete month before this one
    assert all(t["on_time"] > 0 and t["late"] > 0 and t["missing"] > 0 for t in past), past
    (bulletin,) = (await client.get(f"{base}/bulletins", headers=office)).json()["items"]
    assert (bulletin["state"], bulletin["rule"]) == ("draft", "E-RPT-2")
    liaison = _bearer(await _token(client, settings, "ezhou.unit.housing.liaison"))
    own = (await client.get(f"{base}/submissions", params={"limit": 200}, headers=liaison)).json()
    assert own["items"]
    assert {i["unit_name"] for i in own["items"]} == {"市住房和城乡建设局"}
    # An office notice to every unit, signed and numbered, and a draft (DOC-NUM).
    notices = (await client.get(f"{base}/documents", headers=office)).json()["items"]
    assert sorted((d["state"], d["number"] or "") for d in notices) == [
        ("draft", ""),
        ("signed", f"鄂州工改办〔{today.year}〕1号"),
    ]
    inbox = (await client.get("/v1/me/documents", headers=liaison)).json()["items"]
    assert [(d["number"], d["action_expected"]) for d in inbox] == [
        (f"鄂州工改办〔{today.year}〕1号", True)
    ]


async def test_the_demo_publishes_a_measure_progress_and_a_result_and_withdrew_one(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    """E-PUB-1: what the public sees of Ezhou, and the office's list with the withdrawn item."""
    await _load(database, settings)
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    office = _bearer(await _token(client, settings, "ezhou.office_director"))
    jid = (await client.get("/v1/me", headers=office)).json()["home_jurisdiction_id"]
    public = (await client.get(f"/v1/public/jurisdictions/{jid}/publications")).json()["items"]
    assert [i["kind"] for i in public] == ["result", "progress", "measure"]
    assert public[2]["document"]["number"] == f"鄂州工改办〔{today.year}〕1号"
    assert public[1]["progress"]["tasks"]["total"] > 0
    internal = (await client.get(f"/v1/jurisdictions/{jid}/publications", headers=office)).json()[
        "items"
    ]
    assert [i["state"] for i in internal] == ["withdrawn", "published", "published", "published"]
    assert internal[0]["withdrawal"]["reason"]
    # Loaded once.
    await _load(database, settings)
    again = await client.get(f"/v1/jurisdictions/{jid}/publications", headers=office)
    assert len(again.json()["items"]) == 4


@pytest.mark.parametrize("place", ["ezhou", "changji"])
async def test_the_demo_jurisdictions_are_composed_as_their_rulebooks_say(
    database: Database, settings: Settings, client: httpx.AsyncClient, place: str
) -> None:
    """E-ORG-1/2/3, C-ORG-1/2, CO-ORG-1/2: the demo is what an office would see on a good day
    (Changji's office director heads the housing bureau)."""
    await _load(database, settings)
    headers = _bearer(await _token(client, settings, f"{place}.office_director"))
    jid = (await client.get("/v1/me", headers=headers)).json()["home_jurisdiction_id"]
    answer = await client.get(
        f"/v1/jurisdictions/{jid}/composition", params={"on": "2026-12-01"}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["deviations"] == []
    assert answer.json()["rules"]


async def test_every_report_kind_has_its_submitter_in_every_unit(
    database: Database, settings: Settings, client: httpx.AsyncClient
) -> None:
    """Each member unit of each demo jurisdiction has someone in the post that submits each
    report kind of the rulebook it runs by (its own or its parent's): Fukang's units, under
    Changji's rulebook, an information officer for the monthly information (CO-RPT-1)."""
    await _load(database, settings)
    admin = _bearer(await _token(client, settings, "platform.admin"))
    places = (await client.get("/v1/jurisdictions?limit=200", headers=admin)).json()["items"]
    checked = set()
    for place in places:
        base = f"/v1/jurisdictions/{place['id']}"
        rulebook = (await client.get(f"{base}/rulebook", headers=admin)).json()["document"]
        units = (await client.get(f"{base}/units?limit=200", headers=admin)).json()["items"]
        code = {u["id"]: u["code"] for u in units}
        for key, kind in rulebook["report_kinds"].items():
            if kind["submitter"] != "member_units" or not units:
                continue
            role = kind["submitted_by"]
            held = (
                await client.get(f"{base}/positions?role={role}&limit=200", headers=admin)
            ).json()["items"]
            missing = set(code.values()) - {code[p["unit_id"]] for p in held}
            assert not missing, (place["code"], key, role, missing)
            checked.add((place["code"], key))
    assert {("fukang", "monthly_information"), ("ezhou", "monthly_report")} <= checked


async def test_the_demo_has_changjis_assessment_in_progress_with_an_appeal_pending(
    database: Database, settings: Settings
) -> None:
    """C-ASM-1: the year's assessment prepared, two manual scores entered, one appeal waiting."""
    await _load(database, settings)
    async with database.sessionmaker() as session:
        (assessment,) = (await session.execute(select(Assessment))).scalars().all()
        scores = (await session.execute(select(AssessmentScore))).scalars().all()
        appeals = (await session.execute(select(AssessmentAppeal))).scalars().all()
        changji = (
            await session.execute(select(Jurisdiction).where(Jurisdiction.code == "changji"))
        ).scalar_one()
    assert (assessment.jurisdiction_id, assessment.state) == (changji.id, "preparing")
    assert sorted(float(s.score) for s in scores) == [12.0, 13.5]
    assert [(a.indicator_key, a.outcome) for a in appeals] == [("tasks_on_time", None)]
