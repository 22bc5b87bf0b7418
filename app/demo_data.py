"""The demo world as plain data: Ezhou city and Changji prefecture, from the two seed documents.

Ezhou: 鄂州工改办〔2019〕23号 (2019-08-20), §一 lists the 21 member units, in this order.
Changji: 昌建审改办〔2020〕3号 (2020-12-31); its office is staffed from the four bureaus it names
(附件1 第三条, 附件2 第二条); its counties, county-level cities and parks are child jurisdictions.

Accounts are named by role, never after the officials the documents name. ``app.services.demo``
loops over these tables; nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.access import ClientScope
from app.domain.organisation import JurisdictionLevel, UnitKind
from app.domain.positions import DefaultPosition

EZHOU_SINCE = date(2019, 8, 20)
CHANGJI_SINCE = date(2020, 12, 31)

# The leading group and its office, as one demo account each.
GROUP_AND_OFFICE = (
    DefaultPosition.leader,
    DefaultPosition.deputy_leader,
    DefaultPosition.office_director,
    DefaultPosition.office_deputy_director,
    DefaultPosition.office_staff,
)

LIAISON = (DefaultPosition.liaison_officer,)
FULL_UNIT = (
    DefaultPosition.unit_head,
    DefaultPosition.liaison_officer,
    DefaultPosition.information_officer,
)
LIAISON_AND_INFO = (DefaultPosition.liaison_officer, DefaultPosition.information_officer)

# The last part of a unit account's username: ``<prefix>.unit.<unit code>.<suffix>``.
UNIT_ROLE_SUFFIXES: dict[str, str] = {
    DefaultPosition.unit_head: "head",
    DefaultPosition.liaison_officer: "liaison",
    DefaultPosition.information_officer: "info",
}


@dataclass(frozen=True)
class DemoUnit:
    code: str
    name: str
    kind: UnitKind = UnitKind.department
    roles: tuple[str, ...] = LIAISON  # one demo account per unit position (its key)


@dataclass(frozen=True)
class DemoJurisdiction:
    code: str
    name: str
    short_name: str  # in display names: "鄂州 组长（演示）"
    level: JurisdictionLevel
    division_code: str | None
    parent: str | None  # the parent's code
    since: date  # every demo position is held from this day, open-ended
    account_prefix: str  # usernames start "<account_prefix>."
    roles: tuple[str, ...] = ()  # leading-group and office accounts (position keys)
    units: tuple[DemoUnit, ...] = ()
    # A shipped rulebook (app/rulebooks) published for it; places without one use their
    # parent's (C-ORG-3).
    rulebook: str | None = None
    # The unit whose principal leader (主要负责人) the office director is, as the rulebook's
    # composition asks (Changji: the housing bureau's, C-ORG-2); that unit has no head of its own.
    office_director_heads: str | None = None


@dataclass(frozen=True)
class DemoClient:
    client_id: str
    name: str
    jurisdiction: str  # code
    scopes: tuple[ClientScope, ...] = (ClientScope.read,)


EZHOU_UNITS = (
    DemoUnit("staffing", "市委机构编制委员会"),
    DemoUnit("drc", "市发展和改革委员会"),
    DemoUnit("economy_it", "市经济和信息化局"),
    DemoUnit("justice", "市司法局"),
    DemoUnit("finance", "市财政局"),
    DemoUnit("natural_resources", "市自然资源和规划局", roles=FULL_UNIT),
    DemoUnit("ecology_environment", "市生态环境局"),
    DemoUnit("housing", "市住房和城乡建设局", roles=FULL_UNIT),
    DemoUnit("transport", "市交通运输局"),
    DemoUnit("water_lakes", "市水利和湖泊局"),
    DemoUnit("culture_tourism", "市文化和旅游局"),
    DemoUnit("emergency_management", "市应急管理局"),
    DemoUnit("market_regulation", "市市场监督管理局"),
    DemoUnit("civil_air_defence", "市人民防空办公室"),
    DemoUnit("urban_management", "市城市管理综合执法委员会"),
    DemoUnit("administrative_approval", "市行政审批局"),
    DemoUnit("meteorology", "市气象局"),
    DemoUnit("echeng", "鄂城区人民政府", UnitKind.district_government),
    DemoUnit("huarong", "华容区人民政府", UnitKind.district_government),
    DemoUnit("liangzihu", "梁子湖区人民政府", UnitKind.district_government),
    DemoUnit("gedian", "葛店经济开发区管委会", UnitKind.park_committee),
)

# CO-ORG-2: every Changji member unit names an information officer as well as a liaison.
CHANGJI_UNITS = (
    DemoUnit("drc", "昌吉州发展和改革委员会", roles=LIAISON_AND_INFO),
    DemoUnit("natural_resources", "昌吉州自然资源局", roles=FULL_UNIT),
    # Its principal leader is the office director's demo account (C-ORG-2).
    DemoUnit("housing", "昌吉州住房和城乡建设局", roles=LIAISON_AND_INFO),
    DemoUnit("government_services", "昌吉州政务服务和公共资源交易管理局", roles=LIAISON_AND_INFO),
)

# Fukang runs by Changji's rulebook (C-ORG-3), whose monthly information (CO-RPT-1) an
# information officer submits: each unit has one beside its liaison.
FUKANG_UNITS = (
    DemoUnit("housing", "阜康市住房和城乡建设局", roles=LIAISON_AND_INFO),
    DemoUnit("natural_resources", "阜康市自然资源局", roles=LIAISON_AND_INFO),
)


def _changji_child(
    code: str,
    name: str,
    level: JurisdictionLevel,
    division_code: str | None,
) -> DemoJurisdiction:
    return DemoJurisdiction(
        code=code,
        name=name,
        short_name=name,
        level=level,
        division_code=division_code,
        parent="changji",
        since=CHANGJI_SINCE,
        account_prefix=f"changji.{code}",
    )


# Parents before children.
JURISDICTIONS: tuple[DemoJurisdiction, ...] = (
    DemoJurisdiction(
        code="ezhou",
        name="鄂州市",
        short_name="鄂州",
        level=JurisdictionLevel.city,
        division_code="420700",
        parent=None,
        since=EZHOU_SINCE,
        account_prefix="ezhou",
        roles=GROUP_AND_OFFICE,
        units=EZHOU_UNITS,
        rulebook="ezhou",
    ),
    DemoJurisdiction(
        code="changji",
        name="昌吉回族自治州",
        short_name="昌吉州",
        level=JurisdictionLevel.prefecture,
        division_code="652300",
        parent=None,
        since=CHANGJI_SINCE,
        account_prefix="changji",
        roles=GROUP_AND_OFFICE,
        units=CHANGJI_UNITS,
        rulebook="changji",
        office_director_heads="housing",
    ),
    _changji_child("changji-city", "昌吉市", JurisdictionLevel.county_level_city, "652301"),
    DemoJurisdiction(
        code="fukang",
        name="阜康市",
        short_name="阜康市",
        level=JurisdictionLevel.county_level_city,
        division_code="652302",
        parent="changji",
        since=CHANGJI_SINCE,
        account_prefix="changji.fukang",
        roles=(DefaultPosition.office_director,),
        units=FUKANG_UNITS,
    ),
    _changji_child("hutubi", "呼图壁县", JurisdictionLevel.county, "652323"),
    _changji_child("manas", "玛纳斯县", JurisdictionLevel.county, "652324"),
    _changji_child("qitai", "奇台县", JurisdictionLevel.county, "652325"),
    _changji_child("jimsar", "吉木萨尔县", JurisdictionLevel.county, "652327"),
    _changji_child("mori", "木垒哈萨克自治县", JurisdictionLevel.county, "652328"),
    _changji_child("changji-hitech", "昌吉高新技术产业开发区", JurisdictionLevel.park, None),
    _changji_child("zhundong", "准东经济技术开发区", JurisdictionLevel.park, None),
)

PLATFORM_ADMIN_USERNAME = "platform.admin"
PLATFORM_ADMIN_DISPLAY_NAME = "平台管理员（演示）"

CLIENTS = (
    DemoClient(
        client_id="ezhou-approval-system",
        name="鄂州市工程建设项目审批管理系统",
        jurisdiction="ezhou",
    ),
)

# Shown in the summary: one account of each kind.
EXAMPLE_USERNAMES = (
    "ezhou.office_director",
    "ezhou.leader",
    "ezhou.unit.housing.liaison",
    "changji.office_director",
    "changji.fukang.office_director",
    PLATFORM_ADMIN_USERNAME,
)


@dataclass(frozen=True)
class DemoDecision:
    """A decision (明确意见) of demo minutes, with what makes it a task: a responsible unit and
    a deadline."""

    text: str
    unit: str  # the responsible unit's code
    days: int  # the deadline, in days after the meeting's day


@dataclass(frozen=True)
class DemoMeeting:
    jurisdiction: str
    kind: str
    title: str  # {year}: the meeting's year
    starts: str  # MM-DDTHH:MM, Asia/Shanghai; HH:MM with days_ago
    place: str
    agenda: tuple[str, ...]
    archive: bool  # held and its minutes archived, once its day has passed
    convener: str = DefaultPosition.leader  # whose demo account convenes and chairs it
    days_ago: int | None = None  # its day: this many days before the loading day
    # Per agenda item; None: one decision with no unit or deadline for each.
    decisions: tuple[tuple[DemoDecision, ...], ...] | None = None


@dataclass(frozen=True)
class DemoDecisionTask:
    """A decision of a demo meeting's archived minutes made a task, with the lead unit's first
    progress report (and one evidence file)."""

    meeting: int  # its place in DEMO_MEETINGS
    agenda_index: int
    decision_index: int
    category: str
    percent: int
    progress: str


# Whose units' monthly reports and quarterly bulletin the demo shows (E-RPT-1, E-RPT-2).
DEMO_REPORTS_JURISDICTION = "ezhou"

DEMO_MEETINGS = (
    DemoMeeting(
        "changji",
        "plenary_meeting",
        "{year}年第一季度工程建设项目审批制度改革领导小组全体会议",
        "03-20T10:00",
        "昌吉州人民政府第一会议室",
        ("通报第一季度改革推进情况", "研究部署下一阶段重点任务"),
        archive=True,
    ),
    DemoMeeting(
        "ezhou",
        "joint_meeting",
        "{year}年度工程建设项目审批制度改革联席工作会议",
        "12-28T09:30",
        "鄂州市人民政府会议室",
        ("总结全年改革工作", "研究明年改革任务分解"),
        archive=False,
    ),
    # Three weeks before the loading day, whatever the day: always held and archived, its
    # decisions naming units and deadlines, so that one is a task (DEMO_DECISION_TASK) and the
    # others are left for a caller to make tasks of (the README's tour does).
    DemoMeeting(
        "ezhou",
        "special_meeting",
        "{year}年联合验收和区域评估推进专题会议",
        "15:00",
        "鄂州市住房和城乡建设局会议室",
        ("研究推行联合验收", "研究开展区域评估"),
        archive=True,
        convener=DefaultPosition.office_director,
        days_ago=21,
        decisions=(
            (
                DemoDecision("由市住房和城乡建设局牵头，出台联合验收实施细则", "housing", 60),
                DemoDecision(
                    "由市行政审批局牵头，联合验收事项纳入审批管理系统",
                    "administrative_approval",
                    75,
                ),
            ),
            (
                DemoDecision(
                    "由市自然资源和规划局牵头，编制区域评估工作方案", "natural_resources", 90
                ),
            ),
        ),
    ),
)

DEMO_DECISION_TASK = DemoDecisionTask(
    meeting=2,
    agenda_index=0,
    decision_index=0,
    category="审批流程改革",
    percent=30,
    progress="已形成联合验收实施细则初稿，正在征求成员单位意见（演示）",
)


# Changji's assessment of this year in progress (C-ASM-1): the office's scores of the manual
# indicator for two units, and one unit's appeal against its task figure, not decided yet.
DEMO_ASSESSMENT_JURISDICTION = "changji"
DEMO_ASSESSMENT_MANUAL_INDICATOR = "innovation"
DEMO_ASSESSMENT_SCORES = (
    ("housing", "13.5", "牵头推进联合验收，形成可复制经验（演示）。"),
    ("natural_resources", "12", "多规合一平台按期上线，成效明显（演示）。"),
)
DEMO_ASSESSMENT_APPEAL = (
    "drc",
    "tasks_on_time",
    "逾期任务系上级政策调整所致，已书面说明，请予复核（演示）。",
)
