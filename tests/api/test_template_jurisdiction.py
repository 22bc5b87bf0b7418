"""A jurisdiction that exists only as data (issue 18): 示例市 runs on the sample rulebook shipped
as app/rulebooks/template.json, whose positions, meeting kinds, issuers and report kinds are its
own — an executive deputy leader (常务副组长) who chairs and signs in their own right, deputies who
chair the plenary only when the group leader entrusts them, a deputy secretary-general (副秘书长)
and a full-time deputy director (专职副主任) in the office, issuer codes 示改组 and 示改办, and
report kinds due N working days after the month, on a day of the quarter's last month rolled to
the next working day, and on the month's last working day.

Everything goes through HTTP: a platform administrator (made as `gaiban create-admin` makes one,
before the API exists) creates the jurisdiction, publishes the template, creates the member units
and the accounts and assigns the template's positions; then the people act, and every answer is
compared with what the template's rules say, worked out by hand from the mainland-China
working-day calendar of 2026 (the State Council's notice, which the service's calendar bundles):
  holidays   01-01…03, 02-15…23 (春节), 04-04…06, 05-01…05, 06-19…21, 09-25…27 (中秋),
             10-01…07 (国庆)
  make-up working days (on a weekend)   01-04, 02-14, 02-28, 05-09, 09-20, 10-10
No code path of the service names any of the template's keys (the last test greps app/ for them).
The service's clock stands at 2026-12-01, noon in Shanghai, unless a test moves it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from pydantic import SecretStr

from app.db import Database
from app.domain.positions import DEFAULT_POSITIONS
from app.domain.rulebook import parse_rulebook
from app.schemas.users import UserCreateWithPassword
from app.security import TokenService
from app.services import users as users_service
from app.settings import PROJECT_ROOT
from tests import sample_files
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import PASSWORD, with_if_match

TEMPLATE_PATH = PROJECT_ROOT / "app" / "rulebooks" / "template.json"
RULEBOOK_SCHEMA = PROJECT_ROOT / "openapi" / "rulebook.schema.json"
SINCE = "2026-01-01"  # the template takes effect, and every post starts, on this day
T_ART_7 = "第七条"  # T 第七条: the plenary session
T_ART_8 = "第八条"  # T 第八条: the coordination meeting
TO_ART_5 = "第五条"  # TO 第五条: the office's routine meeting
TO_ART_10 = "第十条"  # TO 第十条: who signs for each issuer


def template() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(TEMPLATE_PATH.read_text(encoding="utf-8"))
    return document


# Who is who in 示例市: (name in these tests, display name, the template's position, its unit).
PEOPLE: list[tuple[str, str, str | None, str | None]] = [
    ("leader", "王组长", "group_leader", None),
    ("executive", "李常务", "executive_deputy_leader", None),
    ("deputy", "赵副组长", "deputy_group_leader", None),
    ("member", "钱成员", "group_member", None),
    ("director", "孙主任", "office_head", None),
    ("ft-deputy", "周专职副主任", "full_time_deputy_director", None),
    ("dsg", "吴副秘书长", "deputy_secretary_general", None),
    ("clerk", "郑科员", "office_clerk", None),
    ("housing-chief", "冯局长", "unit_chief", "housing"),
    ("drc-chief", "陈主任", "unit_chief", "development_reform"),
    ("housing-liaison", "褚联络员", "unit_liaison", "housing"),
    ("nr-liaison", "卫联络员", "unit_liaison", "natural_resources"),
    ("spare", "蒋同志", None, None),
]
UNITS = [
    ("development_reform", "示例市发展和改革委员会"),
    ("housing", "示例市住房和城乡建设局"),
    ("natural_resources", "示例市自然资源和规划局"),
]
LEVELS = {
    "group_leader": "leading_group",
    "executive_deputy_leader": "leading_group",
    "deputy_group_leader": "leading_group",
    "group_member": "leading_group",
    "office_head": "office",
    "full_time_deputy_director": "office",
    "deputy_secretary_general": "office",
    "office_clerk": "office",
    "unit_chief": "member_unit",
    "unit_liaison": "member_unit",
}


@dataclass
class Sample:
    """示例市 as the tests see it: its id, units and people (by the names above)."""

    id: str
    units: dict[str, str]
    people: dict[str, str]
    admin: str
    tokens: TokenService

    def url(self, rest: str = "") -> str:
        return f"/v1/jurisdictions/{self.id}{rest}"

    def headers(self, who: str) -> dict[str, str]:
        person = self.admin if who == "admin" else self.people[who]
        return {"Authorization": f"Bearer {self.tokens.issue(f'user:{person}')[0]}"}


@pytest.fixture
async def admin_id(database: Database) -> str:
    """The platform administrator, created as `gaiban create-admin` does (the one account the
    API cannot create: nobody could call it yet)."""
    async with database.sessionmaker() as session, session.begin():
        admin = await users_service.create_with_password(
            session,
            UserCreateWithPassword(
                username="platform.admin",
                display_name="平台管理员",
                password=SecretStr(PASSWORD),
                is_platform_admin=True,
            ),
        )
    return str(admin.id)


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def assign(
    client: httpx.AsyncClient,
    sample: Sample,
    who: str,
    role: str,
    unit: str | None = None,
    *,
    by: str = "admin",
) -> httpx.Response:
    body: dict[str, Any] = {"user_id": sample.people[who], "role": role, "valid_from": SINCE}
    if unit is not None:
        body["unit_id"] = sample.units[unit]
    return await client.post(sample.url("/positions"), json=body, headers=sample.headers(by))


async def build(client: httpx.AsyncClient, admin: str, tokens: TokenService) -> Sample:
    """The administrator creates 示例市, publishes the template, creates the member units and
    the accounts, and assigns the template's positions, all from 2026-01-01."""
    sample = Sample("", {}, {}, admin, tokens)
    jurisdiction = created(
        await client.post(
            "/v1/jurisdictions",
            json={"code": "sample-city", "name": "示例市", "level": "city"},
            headers=sample.headers("admin"),
        )
    )
    sample.id = jurisdiction["id"]
    version = created(
        await with_if_match(
            client,
            "PUT",
            sample.url("/rulebook"),
            json=template(),
            headers=sample.headers("admin"),
        )
    )
    assert version["effective_from"] == SINCE
    for code, name in UNITS:
        unit = created(
            await client.post(
                sample.url("/units"),
                json={"code": code, "name": name, "kind": "department"},
                headers=sample.headers("admin"),
            )
        )
        sample.units[code] = unit["id"]
    for name, display_name, _, _ in PEOPLE:
        account = created(
            await client.post(
                "/v1/users",
                json={
                    "username": f"sample-city.{name}",
                    "display_name": display_name,
                    "jurisdiction_id": sample.id,
                },
                headers=sample.headers("admin"),
            )
        )
        sample.people[name] = account["id"]
    for name, _, role, unit_code in PEOPLE:
        if role is None:
            continue
        position = created(await assign(client, sample, name, role, unit_code))
        assert (position["role"], position["level"]) == (role, LEVELS[role])
        assert position["unit_id"] == (sample.units[unit_code] if unit_code else None)
    return sample


@pytest.fixture
async def sample(
    client: httpx.AsyncClient, admin_id: str, token_service: TokenService, pinned_clock: FixedClock
) -> Sample:
    return await build(client, admin_id, token_service)


def at_noon(day: str) -> datetime:
    """Noon of a day in Shanghai, as the service's clock reads it."""
    return datetime.fromisoformat(f"{day}T12:00:00").replace(tzinfo=UTC) - timedelta(hours=8)


def refusal(body: dict[str, Any], rule: str, article: str) -> None:
    """A 403 governance refusal naming the template's rule and citing its article."""
    assert body["type"] == "urn:gaiban:problem:governance-refusal", body
    assert body["rule"] == rule
    assert article in body["source"], body["source"]
    assert "示例市" in body["source"]


# --- the template itself ---------------------------------------------------------------------


def test_the_template_is_marked_as_a_sample_and_is_a_valid_rulebook() -> None:
    document = template()
    assert "示例" in document["title"]
    assert "样例" in document["title"]
    assert "模板" in document["documents"]["SAMPLE"]
    assert document["schema_version"] == 2
    errors = [
        list(e.absolute_path)
        for e in Draft202012Validator(json.loads(RULEBOOK_SCHEMA.read_text("utf-8"))).iter_errors(
            document
        )
    ]
    assert errors == []
    rulebook = parse_rulebook(document)
    # Its own positions, none of the default nine's keys.
    assert set(rulebook.positions) == set(LEVELS)
    assert not set(rulebook.positions) & set(DEFAULT_POSITIONS)
    # Every rule it states is a fictitious T-… rule of the fictitious 示例市.
    rules = re.findall(r'"rule": "([^"]+)"', TEMPLATE_PATH.read_text(encoding="utf-8"))
    assert rules
    assert all(rule.startswith("T-") for rule in rules)


def _own_keys(document: dict[str, Any]) -> set[str]:
    return {
        *document["positions"],
        *document["meeting_kinds"],
        *document["issuers"],
        *document["report_kinds"],
    }


def test_no_code_path_names_the_templates_own_keys() -> None:
    """The service knows none of the template's positions, meeting kinds, issuers or report
    kinds by name: every file under app/ but the template itself is searched for each key as a
    whole identifier."""
    keys = _own_keys(template())
    assert "executive_deputy_leader" in keys
    pattern = re.compile(
        r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, keys)) + r")(?![A-Za-z0-9_])"
    )
    named: dict[str, set[str]] = {}
    for path in sorted((PROJECT_ROOT / "app").rglob("*")):
        if not path.is_file() or path == TEMPLATE_PATH or "__pycache__" in path.parts:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # not text
        found = set(pattern.findall(text))
        if found:
            named[str(path.relative_to(PROJECT_ROOT))] = found
    assert named == {}


# --- positions ---------------------------------------------------------------------------------


async def test_the_templates_positions_are_assigned_by_its_levels_and_limits(
    client: httpx.AsyncClient, sample: Sample
) -> None:
    # 常务副组长: one at a time (T-ORG-1).
    body = problem(await assign(client, sample, "spare", "executive_deputy_leader"), 409)
    assert body["rule"] == "T-ORG-1"
    assert "示例市" in body["source"]
    # 联络员: one per member unit (T-ORG-3): a second in housing is refused, one in a unit
    # that has none is not.
    body = problem(await assign(client, sample, "spare", "unit_liaison", "housing"), 409)
    assert body["rule"] == "T-ORG-3"
    created(await assign(client, sample, "spare", "unit_liaison", "development_reform"))
    # A member-unit post names its unit; a leading-group post names none.
    body = problem(await assign(client, sample, "spare", "unit_chief"), 422)
    assert error_locations(body) == [["body", "unit_id"]]
    body = problem(await assign(client, sample, "spare", "group_member", "housing"), 422)
    assert error_locations(body) == [["body", "unit_id"]]
    # The default nine are not positions of this rulebook.
    for default_key in ("leader", "office_director", "liaison_officer"):
        body = problem(await assign(client, sample, "spare", default_key), 422)
        assert error_locations(body) == [["body", "role"]], default_key

    # The office's powers come from the template's capabilities: its director manages accounts
    # (manages_accounts) and so hands out a post with powers (副秘书长: office_leadership); its
    # clerk holds an office post without them.
    problem(await assign(client, sample, "spare", "deputy_secretary_general", by="clerk"), 403)
    created(await assign(client, sample, "spare", "deputy_secretary_general", by="director"))
    account = {"display_name": "新同志", "jurisdiction_id": sample.id}
    created(
        await client.post(
            "/v1/users",
            json={"username": "sample-city.newcomer", **account},
            headers=sample.headers("director"),
        )
    )
    problem(
        await client.post(
            "/v1/users",
            json={"username": "sample-city.newcomer-2", **account},
            headers=sample.headers("clerk"),
        ),
        403,
    )


# --- the dry run -------------------------------------------------------------------------------


async def check(
    client: httpx.AsyncClient, sample: Sample, who: str, act: str, subject: str
) -> dict[str, Any]:
    response = await client.post(
        sample.url("/rulebook/check"),
        json={"act": act, "person_id": sample.people[who], "subject": subject, "on": "2026-06-01"},
        headers=sample.headers("clerk"),
    )
    assert response.status_code == 200, response.text
    decision: dict[str, Any] = response.json()
    return decision


async def entrust(
    client: httpx.AsyncClient,
    sample: Sample,
    by: str,
    to: str,
    scopes: list[str],
    *,
    status: int = 201,
) -> dict[str, Any]:
    response = await client.post(
        sample.url("/delegations"),
        json={
            "to_user_id": sample.people[to],
            "scopes": scopes,
            "valid_from": SINCE,
            "reason": "出差期间委托",
        },
        headers=sample.headers(by),
    )
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_the_dry_run_answers_by_the_templates_rules(
    client: httpx.AsyncClient, sample: Sample
) -> None:
    # The executive deputy chairs the coordination meeting and signs for the leading group in
    # their own right (T-MTG-2, T-DOC-1) ...
    for act, subject, rule in (
        ("chair", "coordination_meeting", "T-MTG-2"),
        ("convene", "coordination_meeting", "T-MTG-2"),
        ("sign", "reform_group", "T-DOC-1"),
        ("approve_extra", "plenary_session", "T-MTG-1"),
    ):
        decision = await check(client, sample, "executive", act, subject)
        assert (decision["allowed"], decision["rule"]) == (True, rule), (act, subject)
        assert decision["delegation_id"] is None
    # ... but never chairs the plenary, which only the group leader or a deputy the group
    # leader entrusts chairs (T-MTG-1).
    decision = await check(client, sample, "executive", "chair", "plenary_session")
    assert (decision["allowed"], decision["rule"]) == (False, "T-MTG-1")
    assert T_ART_7 in decision["source"]
    assert "deputy_group_leader entrusted by the group_leader" in decision["reason"]

    # A deputy chairs the plenary only when entrusted by the group leader.
    before = await check(client, sample, "deputy", "chair", "plenary_session")
    assert (before["allowed"], before["rule"]) == (False, "T-MTG-1")
    assert "entrusted" in before["reason"]
    # Nobody but the group leader entrusts it, and only to a deputy.
    refused = await entrust(
        client, sample, "executive", "deputy", ["chair:plenary_session"], status=403
    )
    assert refused["rule"] == "T-MTG-1"
    refused = await entrust(
        client, sample, "leader", "executive", ["chair:plenary_session"], status=403
    )
    assert refused["rule"] == "T-MTG-1"
    delegation = await entrust(client, sample, "leader", "deputy", ["chair:plenary_session"])
    after = await check(client, sample, "deputy", "chair", "plenary_session")
    assert (after["allowed"], after["rule"]) == (True, "T-MTG-1")
    assert after["delegation_id"] == delegation["id"]
    # The entrustment is to chair: convening stays the group leader's.
    convening = await check(client, sample, "deputy", "convene", "plenary_session")
    assert convening["allowed"] is False

    # The office's own rules: the full-time deputy director chairs the routine meeting in
    # their own right (T-MTG-3) and signs for the office only as entrusted (T-DOC-2).
    routine = await check(client, sample, "ft-deputy", "chair", "office_routine_meeting")
    assert (routine["allowed"], routine["rule"]) == (True, "T-MTG-3")
    signing = await check(client, sample, "ft-deputy", "sign", "reform_office")
    assert (signing["allowed"], signing["rule"]) == (False, "T-DOC-2")
    assert TO_ART_10 in signing["source"]
    for who in ("clerk", "member", "housing-chief"):
        decision = await check(client, sample, who, "sign", "reform_office")
        assert (decision["allowed"], decision["rule"]) == (False, "T-DOC-2"), who


# --- meetings ----------------------------------------------------------------------------------


async def convene(
    client: httpx.AsyncClient,
    sample: Sample,
    by: str,
    kind: str,
    day: str,
    chair: str,
    *,
    status: int = 201,
    concerned: tuple[str, ...] = (),
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "kind": kind,
        "title": f"{kind} {day}",
        "starts_at": f"{day}T09:30:00+08:00",
        "ends_at": f"{day}T11:30:00+08:00",
        "place": "示例市政府3楼会议室",
        "chair_id": sample.people[chair],
        "agenda_items": [
            {
                "title": "研究审批制度改革重点任务",
                "concerned_unit_ids": [sample.units[u] for u in concerned],
            }
        ],
        **extra,
    }
    response = await client.post(sample.url("/meetings"), json=body, headers=sample.headers(by))
    assert response.status_code == status, response.text
    result: dict[str, Any] = response.json()
    return result


async def hold(client: httpx.AsyncClient, sample: Sample, meeting: dict[str, Any]) -> None:
    response = await client.post(
        sample.url(f"/meetings/{meeting['id']}/hold"), headers=sample.headers("clerk")
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "held"


def invited(sample: Sample, meeting: dict[str, Any]) -> list[tuple[str | None, str | None, str]]:
    """Each invitee as (person's name here, unit code, basis)."""
    names = {person: name for name, person in sample.people.items()}
    codes = {unit: code for code, unit in sample.units.items()}
    return [
        (
            names[i["user_id"]] if i["user_id"] else None,
            codes[i["unit_id"]] if i["unit_id"] else None,
            i["basis"],
        )
        for i in meeting["invitees"]
    ]


async def test_meetings_are_convened_chaired_and_expected_by_the_templates_rules(
    client: httpx.AsyncClient, sample: Sample, pinned_clock: FixedClock
) -> None:
    # Q1: the group leader convenes and chairs the plenary. Invited: the chair, then whoever
    # holds a post the template counts as a member (组长, 常务副组长, 副组长, 成员, in its
    # order), then the chief of each unit concerned; natural resources has no chief yet.
    # Office posts and liaisons are not invited.
    q1 = await convene(
        client,
        sample,
        "leader",
        "plenary_session",
        "2026-03-20",
        "leader",
        concerned=("housing", "natural_resources"),
    )
    assert (q1["convene_rule"], q1["chair_rule"], q1["state"]) == (
        "T-MTG-1",
        "T-MTG-1",
        "scheduled",
    )
    assert q1["kind_name"] == "领导小组全体会议"
    assert q1["minutes_required"] is True
    assert invited(sample, q1) == [
        ("leader", None, "chair"),
        ("executive", None, "all_members"),
        ("deputy", None, "all_members"),
        ("member", None, "all_members"),
        ("housing-chief", "housing", "units_concerned"),
        (None, "natural_resources", "units_concerned"),
    ]
    await hold(client, sample, q1)

    # The executive deputy convenes no plenary (T-MTG-1) ...
    body = await convene(
        client, sample, "executive", "plenary_session", "2026-06-18", "leader", status=403
    )
    refusal(body, "T-MTG-1", T_ART_7)
    # ... and a deputy chairs it only as the group leader's delegate.
    body = await convene(
        client, sample, "leader", "plenary_session", "2026-06-18", "deputy", status=403
    )
    refusal(body, "T-MTG-1", T_ART_7)
    assert "entrusted" in body["detail"]
    delegation = await entrust(client, sample, "leader", "deputy", ["chair:plenary_session"])
    q2 = await convene(client, sample, "leader", "plenary_session", "2026-06-18", "deputy")
    assert (q2["chair_rule"], q2["chair_delegation_id"]) == ("T-MTG-1", delegation["id"])
    assert invited(sample, q2)[:2] == [("deputy", None, "chair"), ("leader", None, "all_members")]
    await hold(client, sample, q2)

    # The coordination meeting: the executive deputy convenes and chairs it in their own right
    # (T-MTG-2); it invites the chief of every active unit, in the order of their codes.
    coordination = await convene(
        client, sample, "executive", "coordination_meeting", "2026-11-10", "executive"
    )
    assert (coordination["chair_rule"], coordination["chair_delegation_id"]) == ("T-MTG-2", None)
    assert invited(sample, coordination) == [
        ("executive", None, "chair"),
        ("drc-chief", "development_reform", "unit_principal_heads"),
        ("housing-chief", "housing", "unit_principal_heads"),
        (None, "natural_resources", "unit_principal_heads"),
    ]
    # A deputy may not chair it, entrusted for the plenary or not.
    body = await convene(
        client, sample, "executive", "coordination_meeting", "2026-11-12", "deputy", status=403
    )
    refusal(body, "T-MTG-2", T_ART_8)

    # The office's routine meeting: the deputy secretary-general convenes and chairs it only
    # as entrusted by the office director (T-MTG-3); the full-time deputy director in their
    # own right.
    body = await convene(
        client, sample, "dsg", "office_routine_meeting", "2026-11-05", "dsg", status=403
    )
    refusal(body, "T-MTG-3", TO_ART_5)
    office_delegation = await entrust(
        client,
        sample,
        "director",
        "dsg",
        ["convene:office_routine_meeting", "chair:office_routine_meeting"],
    )
    november = await convene(client, sample, "dsg", "office_routine_meeting", "2026-11-05", "dsg")
    assert november["convene_delegation_id"] == office_delegation["id"]
    assert november["chair_delegation_id"] == office_delegation["id"]
    await hold(client, sample, november)
    december = await convene(
        client, sample, "ft-deputy", "office_routine_meeting", "2026-12-15", "ft-deputy"
    )
    assert (december["chair_rule"], december["chair_delegation_id"]) == ("T-MTG-3", None)

    # Q4: the regular plenary is planned for 22 December; a deputy proposes an extra one
    # (T-MTG-1 lets deputies propose), which waits for the consent of the group leader or the
    # executive deputy, and the executive deputy gives it.
    q4 = await convene(client, sample, "leader", "plenary_session", "2026-12-22", "leader")
    extra = await convene(
        client, sample, "deputy", "plenary_session", "2026-12-10", "leader", is_extra=True
    )
    assert extra["state"] == "awaiting_consent"
    approved = await client.post(
        sample.url(f"/meetings/{extra['id']}/approve"),
        json={},
        headers=sample.headers("executive"),
    )
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "scheduled"
    assert (approved.json()["consented_by"], approved.json()["consent_rule"]) == (
        sample.people["executive"],
        "T-MTG-1",
    )

    # The office records why February had no routine meeting (春节).
    reason = await client.put(
        sample.url("/meetings/compliance/office_routine_meeting/2026-02"),
        json={"reason": "春节假期，例会顺延至3月"},
        headers=sample.headers("director"),
    )
    assert reason.status_code == 200, reason.text

    # Compliance on 2026-12-01, by hand from the template's cadences: a plenary each quarter
    # (Q1 and Q2 held; Q3 over with none: missed; Q4 not over, the regular one planned, the
    # extra one listed on top), a routine meeting each month (none before November but the
    # excused February; November held; December planned); the coordination meeting is held as
    # needed, so no period expects one.
    response = await client.get(
        sample.url("/meetings/compliance"),
        params={"year": 2026},
        headers=sample.headers("executive"),
    )
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [(i["meeting_kind"], i["period"]["label"], i["status"]) for i in items] == [
        ("plenary_session", "2026-Q1", "held"),
        ("plenary_session", "2026-Q2", "held"),
        ("plenary_session", "2026-Q3", "missed"),
        ("plenary_session", "2026-Q4", "scheduled"),
        ("office_routine_meeting", "2026-01", "missed"),
        ("office_routine_meeting", "2026-02", "excused"),
        *(("office_routine_meeting", f"2026-{m:02d}", "missed") for m in range(3, 11)),
        ("office_routine_meeting", "2026-11", "held"),
        ("office_routine_meeting", "2026-12", "scheduled"),
    ]
    by_period = {(i["meeting_kind"], i["period"]["label"]): i for i in items}
    assert by_period[("plenary_session", "2026-Q1")]["meeting_ids"] == [q1["id"]]
    assert by_period[("plenary_session", "2026-Q4")]["scheduled_meeting_ids"] == [q4["id"]]
    assert by_period[("plenary_session", "2026-Q4")]["extra_meeting_ids"] == [extra["id"]]
    assert {(i["rule"], i["cadence"]) for i in items[:4]} == {("T-MTG-1", "quarterly")}
    assert {(i["rule"], i["cadence"]) for i in items[4:]} == {("T-MTG-3", "monthly")}


# --- documents ---------------------------------------------------------------------------------


async def draft(client: httpx.AsyncClient, sample: Sample, issuer: str, title: str) -> str:
    document = created(
        await client.post(
            sample.url("/documents"),
            json={
                "issuer": issuer,
                "title": title,
                "body": "各成员单位：现将有关事项通知如下。",
                "main_recipients": [{"kind": "member_unit", "unit_id": sample.units["housing"]}],
            },
            headers=sample.headers("clerk"),
        )
    )
    document_id: str = document["id"]
    return document_id


async def sign(
    client: httpx.AsyncClient, sample: Sample, document_id: str, who: str
) -> httpx.Response:
    return await client.post(
        sample.url(f"/documents/{document_id}/sign"), headers=sample.headers(who)
    )


async def test_documents_are_signed_and_numbered_under_the_templates_issuers(
    client: httpx.AsyncClient, sample: Sample
) -> None:
    # The office's documents: its director signs (T-DOC-2); numbered with the office's code,
    # the year of signing (the clock stands in 2026) and the issuer's own sequence.
    first = await draft(client, sample, "reform_office", "关于报送审批改革月度进展的通知")
    refusal(problem(await sign(client, sample, first, "ft-deputy"), 403), "T-DOC-2", TO_ART_10)
    signed = await sign(client, sample, first, "director")
    assert signed.status_code == 200, signed.text
    assert signed.json()["number"] == "示改办〔2026〕1号"
    assert signed.json()["issuer_code"] == "示改办"
    assert signed.json()["signature"]["rule"] == "T-DOC-2"

    # Entrusted by the director, the full-time deputy director signs the next one for them.
    delegation = await entrust(client, sample, "director", "ft-deputy", ["sign:reform_office"])
    second = await draft(client, sample, "reform_office", "关于召开办公室例会的通知")
    signed = await sign(client, sample, second, "ft-deputy")
    assert signed.status_code == 200, signed.text
    assert signed.json()["number"] == "示改办〔2026〕2号"
    signature = signed.json()["signature"]
    assert (signature["signed_for"], signature["delegation_id"]) == (
        sample.people["director"],
        delegation["id"],
    )

    # The leading group's documents: the executive deputy signs in their own right (T-DOC-1),
    # a deputy not without the group leader's entrustment; the leading group's code counts
    # from 1 on its own.
    group = await draft(client, sample, "reform_group", "关于印发审批制度改革工作要点的通知")
    refusal(problem(await sign(client, sample, group, "deputy"), 403), "T-DOC-1", TO_ART_10)
    signed = await sign(client, sample, group, "executive")
    assert signed.status_code == 200, signed.text
    assert signed.json()["number"] == "示改组〔2026〕1号"
    assert signed.json()["signature"]["delegation_id"] is None

    listed = await client.get(
        sample.url("/documents"),
        params={"number": "示改办〔2026〕2号"},
        headers=sample.headers("clerk"),
    )
    assert listed.status_code == 200, listed.text
    assert [d["id"] for d in listed.json()["items"]] == [second]


# --- reports -----------------------------------------------------------------------------------


def files(part: str, *formats: str) -> list[tuple[str, tuple[str, bytes, str]]]:
    content = {
        "electronic": ("报告.docx", sample_files.docx()),
        "scanned": ("报告.pdf", sample_files.pdf()),
    }
    return [
        (f"{part}.{f}", (content[f][0], content[f][1], "application/octet-stream")) for f in formats
    ]


async def submit(
    client: httpx.AsyncClient,
    sample: Sample,
    clock: FixedClock,
    who: str,
    report_kind: str,
    period: str,
    day: str,
    upload: list[tuple[str, tuple[str, bytes, str]]],
) -> dict[str, Any]:
    clock.at = at_noon(day)
    response = await client.post(
        sample.url("/submissions"),
        data={"submission": json.dumps({"report_kind": report_kind, "period": period})},
        files=upload,
        headers=sample.headers(who),
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_reports_fall_due_by_the_templates_own_rules(
    client: httpx.AsyncClient, sample: Sample
) -> None:
    """Obligations from 1 September to 31 October 2026, by hand:

    * monthly_progress (T-RPT-1: the 3rd working day after the month): August ends Mon 08-31
      → 09-01, 09-02, 09-03 (Thu); September ends Wed 09-30, 10-01…07 are holidays → 10-08,
      10-09, then Sat 10-10, a make-up working day; October's falls on 11-04, outside;
    * quarterly_summary (T-RPT-2: the 25th of the quarter's last month, on a holiday the next
      working day): 2026-Q3 → Fri 09-25 is 中秋 (09-25…27) → Mon 09-28;
    * office_monthly_brief (T-RPT-3, the office's: the month's last day, else the working day
      before it): September → Wed 09-30; October → Sat 10-31 → Fri 10-30.
    Each unit's rows in the order of the units' codes; the office's without a unit."""
    response = await client.get(
        sample.url("/obligations"),
        params={"due_from": "2026-09-01", "due_to": "2026-10-31", "limit": 200},
        headers=sample.headers("clerk"),
    )
    assert response.status_code == 200, response.text
    codes = {unit: code for code, unit in sample.units.items()}
    got = [
        (
            i["due_date"],
            i["report_kind"],
            f"{i['period']['year']}-{i['period']['kind']}-{i['period']['index']}",
            codes[i["unit_id"]] if i["unit_id"] else None,
        )
        for i in response.json()["items"]
    ]
    units = ("development_reform", "housing", "natural_resources")
    assert got == [
        *(("2026-09-03", "monthly_progress", "2026-month-8", u) for u in units),
        *(("2026-09-28", "quarterly_summary", "2026-quarter-3", u) for u in units),
        ("2026-09-30", "office_monthly_brief", "2026-month-9", None),
        *(("2026-10-10", "monthly_progress", "2026-month-9", u) for u in units),
        ("2026-10-30", "office_monthly_brief", "2026-month-10", None),
    ]
    items = response.json()["items"]
    assert {(i["report_kind"], i["submitted_by"], i["rule"]) for i in items} == {
        ("monthly_progress", "unit_liaison", "T-RPT-1"),
        ("quarterly_summary", "unit_liaison", "T-RPT-2"),
        ("office_monthly_brief", "office_clerk", "T-RPT-3"),
    }
    # February's brief: Sat 02-28 is a make-up working day, so the last day itself.
    february = await client.get(
        sample.url("/obligations"),
        params={
            "due_from": "2026-02-01",
            "due_to": "2026-03-31",
            "report_kind": "office_monthly_brief",
        },
        headers=sample.headers("clerk"),
    )
    assert february.status_code == 200, february.text
    # March: Tue 03-31.
    assert [i["due_date"] for i in february.json()["items"]] == ["2026-02-28", "2026-03-31"]


async def compliance(
    client: httpx.AsyncClient, sample: Sample, report_kind: str, start: str, end: str, who: str
) -> httpx.Response:
    return await client.get(
        sample.url("/compliance"),
        params={"report_kind": report_kind, "period_from": start, "period_to": end},
        headers=sample.headers(who),
    )


async def test_report_compliance_matches_the_hand_computed_figures(
    client: httpx.AsyncClient, sample: Sample, pinned_clock: FixedClock
) -> None:
    monthly = files("report", "electronic")
    # Housing's liaison submits April on Sat 05-09 (a make-up working day; due Fri 05-08:
    # 04-30 Thu, then 05-01…05 holidays → 05-06, 05-07, 05-08): 1 working day late; August on
    # Tue 09-08 (due Thu 09-03: 09-04, 09-07, 09-08): 3 late; September on its due day, Sat
    # 10-10. Natural resources' liaison submits no monthly report.
    for period, day in (
        ("2026-04", "2026-05-09"),
        ("2026-08", "2026-09-08"),
        ("2026-09", "2026-10-10"),
    ):
        await submit(
            client,
            sample,
            pinned_clock,
            "housing-liaison",
            "monthly_progress",
            period,
            day,
            monthly,
        )
    # 2026-Q3's summary, due Mon 09-28 (Fri 09-25 rolled past 中秋): housing on the day,
    # natural resources on Tue 09-29, 1 working day late. The office's October brief on Fri
    # 10-30, its due day.
    summary = files("summary", "electronic", "scanned")
    housing = await submit(
        client,
        sample,
        pinned_clock,
        "housing-liaison",
        "quarterly_summary",
        "2026-Q3",
        "2026-09-28",
        summary,
    )
    assert (housing["due_date"], housing["timeliness"]) == ("2026-09-28", "on_time")
    assert housing["unit_id"] == sample.units["housing"]
    assert housing["versions"][0]["submitted_as"] == "unit_liaison"
    await submit(
        client,
        sample,
        pinned_clock,
        "nr-liaison",
        "quarterly_summary",
        "2026-Q3",
        "2026-09-29",
        summary,
    )
    brief = await submit(
        client,
        sample,
        pinned_clock,
        "clerk",
        "office_monthly_brief",
        "2026-10",
        "2026-10-30",
        files("brief", "electronic"),
    )
    assert (brief["unit_id"], brief["due_date"], brief["timeliness"]) == (
        None,
        "2026-10-30",
        "on_time",
    )
    pinned_clock.at = at_noon("2026-12-01")

    # April to September, each due the 3rd working day after its month (T-RPT-1): April → Fri
    # 05-08; May ends Sun 05-31 → 06-01, 06-02, 06-03; June ends Tue 06-30 → 07-01, 07-02,
    # 07-03; July ends Fri 07-31 → 08-03, 08-04, 08-05; August → 09-03; September → 10-10.
    response = await compliance(
        client, sample, "monthly_progress", "2026-04-01", "2026-09-30", "executive"
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["rule"], body["as_of"]) == ("T-RPT-1", "2026-12-01")
    assert [(p["label"], p["due_date"]) for p in body["periods"]] == [
        ("2026-04", "2026-05-08"),
        ("2026-05", "2026-06-03"),
        ("2026-06", "2026-07-03"),
        ("2026-07", "2026-08-05"),
        ("2026-08", "2026-09-03"),
        ("2026-09", "2026-10-10"),
    ]
    rows = {row["unit_code"]: row["cells"] for row in body["rows"]}
    assert [(c["status"], c.get("working_days_late")) for c in rows["housing"]] == [
        ("late", 1),
        ("missing", None),
        ("missing", None),
        ("missing", None),
        ("late", 3),
        ("on_time", None),
    ]
    for unit in ("development_reform", "natural_resources"):
        assert [c["status"] for c in rows[unit]] == ["missing"] * 6, unit
    assert body["totals"][0] == {"on_time": 0, "late": 1, "missing": 2, "not_yet_due": 0}
    assert body["totals"][5] == {"on_time": 1, "late": 0, "missing": 2, "not_yet_due": 0}

    quarter = await compliance(
        client, sample, "quarterly_summary", "2026-07-01", "2026-07-01", "director"
    )
    assert quarter.status_code == 200, quarter.text
    assert [(p["label"], p["due_date"]) for p in quarter.json()["periods"]] == [
        ("2026-Q3", "2026-09-28")
    ]
    cells = {row["unit_code"]: row["cells"][0] for row in quarter.json()["rows"]}
    assert (cells["housing"]["status"], cells["housing"].get("working_days_late")) == (
        "on_time",
        None,
    )
    assert (
        cells["natural_resources"]["status"],
        cells["natural_resources"]["working_days_late"],
    ) == ("late", 1)
    assert cells["development_reform"]["status"] == "missing"

    office = await compliance(
        client, sample, "office_monthly_brief", "2026-10-01", "2026-11-30", "clerk"
    )
    assert office.status_code == 200, office.text
    # October's brief is due Fri 10-30 (Sat 10-31 rolled back), November's on Mon 11-30, the
    # month's last day: passed by 12-01, with none submitted.
    assert [(p["label"], p["due_date"]) for p in office.json()["periods"]] == [
        ("2026-10", "2026-10-30"),
        ("2026-11", "2026-11-30"),
    ]
    (row,) = office.json()["rows"]
    assert row["unit_id"] is None
    assert [c["status"] for c in row["cells"]] == ["on_time", "missing"]

    # Who reads every unit's reports follows the template's capabilities: the executive deputy
    # (reads_all) and the office do; a member of the group, holding none, does not.
    problem(
        await compliance(client, sample, "monthly_progress", "2026-04-01", "2026-09-30", "member"),
        403,
    )
