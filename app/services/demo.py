"""The demo loader: Ezhou and Changji with accounts named by role (``gaiban demo``, ``make run``).

Idempotent: everything is looked up by its natural key (jurisdiction code, unit code within its
jurisdiction, username, client id, a position's holder, role and unit, and a rulebook version's
effective date) and only what is missing is created, through the ordinary services with the system
as actor, so each creation is audited. Nothing that exists is changed: a renamed unit or a rotated
client secret stays as it is. Ezhou and Changji get their shipped rulebooks (app/rulebooks), before
any position is assigned; Changji's counties and parks use Changji's (C-ORG-3).
"""

from __future__ import annotations

import io
import shlex
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.demo_data import (
    CLIENTS,
    DEMO_ASSESSMENT_APPEAL,
    DEMO_ASSESSMENT_JURISDICTION,
    DEMO_ASSESSMENT_MANUAL_INDICATOR,
    DEMO_ASSESSMENT_SCORES,
    DEMO_DECISION_TASK,
    DEMO_MEETINGS,
    DEMO_REPORTS_JURISDICTION,
    EXAMPLE_USERNAMES,
    JURISDICTIONS,
    PLATFORM_ADMIN_DISPLAY_NAME,
    PLATFORM_ADMIN_USERNAME,
    UNIT_ROLE_SUFFIXES,
    DemoClient,
    DemoDecision,
    DemoJurisdiction,
    DemoUnit,
)
from app.domain.access import Actor, JurisdictionRef
from app.domain.meetings import AttendanceStatus
from app.domain.positions import DEFAULT_POSITIONS, DefaultPosition
from app.domain.recipients import RecipientKind
from app.domain.reports import Period, PeriodKind
from app.domain.tasks import SourceKind
from app.errors import Conflict
from app.pagination import PageRequest
from app.repositories import assessments as assessments_repo
from app.repositories import clients as clients_repo
from app.repositories import documents as documents_repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import meetings as meetings_repo
from app.repositories import positions as positions_repo
from app.repositories import publications as publications_repo
from app.repositories import rulebooks as rulebooks_repo
from app.repositories import submissions as submissions_repo
from app.repositories import tasks as tasks_repo
from app.repositories import units as units_repo
from app.repositories import users as users_repo
from app.rulebooks import shipped_document
from app.schemas.assessments import AppealIn, ScoreIn
from app.schemas.bulletins import BulletinCreate
from app.schemas.clients import ClientCreate
from app.schemas.documents import DocumentCreate, RecipientIn
from app.schemas.jurisdictions import JurisdictionCreate
from app.schemas.meetings import (
    AgendaItemIn,
    AttendanceRecordIn,
    AttendanceSheet,
    DecisionIn,
    MeetingCreate,
    MinutesAgendaItemIn,
    MinutesIn,
    SpeechIn,
)
from app.schemas.positions import PositionCreate
from app.schemas.publications import (
    MeasurePublish,
    ProgressPublish,
    ResultPublish,
    WithdrawalCreate,
)
from app.schemas.submissions import ProgressItem, SubmissionCreate
from app.schemas.tasks import MeasureIn, MilestoneIn, TaskCreate, TaskFromDecision, TaskSourceIn
from app.schemas.units import UnitCreate
from app.schemas.users import UserCreateWithPassword
from app.security import hash_password
from app.services import (
    assessments,
    bulletins,
    clients,
    documents,
    jurisdictions,
    meetings,
    minutes,
    positions,
    publications,
    rulebooks,
    submissions,
    task_progress,
    tasks,
    units,
    users,
)
from app.services.submissions import Upload
from app.settings import Settings

# Enough for every unit of one jurisdiction in one page.
_ALL_UNITS = PageRequest(limit=10_000, cursor=None)
_ANY = PageRequest(limit=1, cursor=None)


def _title(role: str) -> str:
    """A demo post's Chinese title: the shipped rulebooks state the default catalogue's."""
    return DEFAULT_POSITIONS[role].title_zh


@dataclass
class _Tally:
    created: int = 0
    present: int = 0

    def count(self, created: bool) -> None:
        if created:
            self.created += 1
        else:
            self.present += 1


def _office_file(main_entry: str) -> bytes:
    """A minimal Office Open XML file (docx or xlsx) holding ``main_entry``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_entry, "<demo/>")
    return buffer.getvalue()


_PDF = b"%PDF-1.4\n% demo\ntrailer\n<<>>\n%%EOF\n"


def _demo_files() -> list[tuple[str, str, bytes]]:
    """(field, file name, content) of a complete Ezhou monthly report (E-RPT-1)."""
    pdf = _PDF
    return [
        ("report.electronic", "月报（演示）.docx", _office_file("word/document.xml")),
        ("report.scanned", "月报扫描件（演示）.pdf", pdf),
        ("progress_table.electronic", "工作推进表（演示）.xlsx", _office_file("xl/workbook.xml")),
        ("progress_table.scanned", "工作推进表扫描件（演示）.pdf", pdf),
    ]


def _upload(name: str, content: bytes) -> UploadFile:
    return UploadFile(io.BytesIO(content), size=len(content), filename=name)


class _Loader:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.tallies = {
            name: _Tally()
            for name in (
                "jurisdictions",
                "rulebooks",
                "member units",
                "accounts",
                "positions",
                "clients",
                "meetings",
                "submissions",
                "bulletins",
                "documents",
                "tasks",
                "publications",
                "assessments",
            )
        }
        self.jurisdiction_ids: dict[str, uuid.UUID] = {}
        self._password_hash: str | None = None
        self.client_present: dict[str, bool] = {}

    @property
    def password(self) -> SecretStr:
        return self.settings.demo_password

    def password_hash(self) -> str:
        """Hashed once, on first need (argon2 is deliberately slow); a rerun hashes nothing."""
        if self._password_hash is None:
            self._password_hash = hash_password(self.password.get_secret_value())
        return self._password_hash

    async def load(self) -> None:
        for spec in JURISDICTIONS:
            await self.jurisdiction(spec)
        await self.account(
            PLATFORM_ADMIN_USERNAME, PLATFORM_ADMIN_DISPLAY_NAME, None, is_platform_admin=True
        )
        for client in CLIENTS:
            await self.client(client)
        await self.meetings()
        await self.reports()
        await self.tasks()
        await self.decision_task()
        await self.publications()
        await self.assessment()

    async def reports(self) -> None:
        """Ezhou's monthly reports (E-RPT-1) of the last three months and this one, from every
        unit's liaison officer — most on time, one unit in five late, one in seven silent —
        submitted on their days (the demo back-dates the service's clock), and the last
        quarter's internal bulletin as a draft (E-RPT-2): something for the submission list,
        the compliance matrix and the bulletin to show. Loaded once: skipped when Ezhou has any
        submission."""
        jid = self.jurisdiction_ids[DEMO_REPORTS_JURISDICTION]
        ref = JurisdictionRef(jid)
        if await submissions_repo.any_in(self.session, jid):
            self.tallies["submissions"].count(False)
            return
        zone = ZoneInfo("Asia/Shanghai")
        today = datetime.now(zone).date()
        spec = next(j for j in JURISDICTIONS if j.code == DEMO_REPORTS_JURISDICTION)
        files = _demo_files()
        month = Period.containing(PeriodKind.month, today)
        months = [month]
        for _ in range(3):
            previous = months[-1]
            months.append(
                Period(PeriodKind.month, previous.year, previous.index - 1)
                if previous.index > 1
                else Period(PeriodKind.month, previous.year - 1, 12)
            )
        for index, unit in enumerate(sorted(spec.units, key=lambda u: u.code)):
            liaison = await self.actor(f"{spec.account_prefix}.unit.{unit.code}.liaison")
            for period in reversed(months):
                due = period.start.replace(day=22)
                if index % 7 == 5 and period is not month:
                    continue  # a unit that does not report
                day = due + timedelta(days=3) if index % 5 == 2 else due - timedelta(days=4)
                if day > today:
                    continue
                at = datetime.combine(day, time(10, 30), tzinfo=zone)
                await submissions.submit(
                    self.session,
                    liaison,
                    ref,
                    at.astimezone(UTC),
                    SubmissionCreate(
                        report_kind="monthly_report",
                        period=str(period),
                        progress=[
                            ProgressItem(
                                task="工程建设项目审批事项清单化管理",
                                percent=min(100, 40 + 10 * months.index(period)),
                                summary=f"{unit.name}按任务分解表推进（演示）",
                            )
                        ],
                        experience="推行并联审批、容缺受理（演示）" if index % 3 == 0 else "",
                        problems="部门间数据共享不畅（演示）" if index % 4 == 1 else "",
                        suggestions="统一审批管理系统接口（演示）" if index % 4 == 1 else "",
                    ),
                    [Upload(field, _upload(name, content)) for field, name, content in files],
                    max_file_bytes=self.settings.upload_max_file_bytes,
                )
                self.tallies["submissions"].count(True)
        quarter = Period.containing(PeriodKind.quarter, today)
        last_quarter = (
            Period(PeriodKind.quarter, quarter.year, quarter.index - 1)
            if quarter.index > 1
            else Period(PeriodKind.quarter, quarter.year - 1, 4)
        )
        office = await self.actor(f"{spec.account_prefix}.office_staff")
        await bulletins.create(
            self.session, office, ref, datetime.now(UTC), BulletinCreate(period=str(last_quarter))
        )
        self.tallies["bulletins"].count(True)
        await self.documents(ref, spec)

    async def tasks(self) -> None:
        """A few rows of the task breakdown (E-TSK-1) from the three reform documents Ezhou's
        mechanism cites, deadlines set around today so that some are overdue: something for
        the task list, its filters and the summary to show. Loaded once: skipped when Ezhou has
        any task (so a demo database from before tasks existed gets them too)."""
        jid = self.jurisdiction_ids[DEMO_REPORTS_JURISDICTION]
        ref = JurisdictionRef(jid)
        spec = next(j for j in JURISDICTIONS if j.code == DEMO_REPORTS_JURISDICTION)
        if await tasks_repo.any_in(self.session, jid):
            self.tallies["tasks"].count(False)
            return
        office = await self.actor(f"{spec.account_prefix}.office_staff")
        units = {
            code: unit_id
            for unit_id, code, _ in await units_repo.active_summaries(self.session, ref.id)
        }
        today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
        national = (
            "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》",
            "国办发〔2019〕11号",
        )
        provincial = ("《湖北省工程建设项目审批制度改革实施方案》", "鄂政办发〔2019〕44号")
        city = ("《鄂州市工程建设项目审批制度改革实施方案》", "鄂州政办函〔2019〕30号")
        rows = [
            # (title, category, source kind, source, lead, cooperating, days from today)
            (
                "推行“一张表单”，整合各审批阶段申报材料",
                "审批流程改革",
                SourceKind.national_document,
                national,
                "administrative_approval",
                ("housing", "natural_resources"),
                -20,
            ),
            (
                "推行联合验收，出台联合验收实施细则",
                "审批流程改革",
                SourceKind.provincial_document,
                provincial,
                "housing",
                ("urban_management", "civil_air_defence", "meteorology"),
                60,
            ),
            (
                "开展区域评估，统一编制评估报告",
                "审批制度改革",
                SourceKind.city_document,
                city,
                "natural_resources",
                ("ecology_environment", "water_lakes"),
                90,
            ),
            (
                "审批管理系统与省级平台对接",
                "信息系统建设",
                SourceKind.national_document,
                national,
                "economy_it",
                ("administrative_approval",),
                -5,
            ),
        ]
        now = datetime.now(UTC)
        created = []
        for title, category, kind, (source_title, reference), lead, cooperating, days in rows:
            deadline = today + timedelta(days=days)
            created.append(
                await tasks.create(
                    self.session,
                    office,
                    ref,
                    now,
                    TaskCreate(
                        title=f"{title}（演示）",
                        category=category,
                        source=TaskSourceIn(kind=kind, title=source_title, reference=reference),
                        lead_unit_id=units[lead],
                        cooperating_unit_ids=[units[code] for code in cooperating],
                        deadline=deadline,
                        milestones=[
                            MilestoneIn(due_on=deadline - timedelta(days=30), title="形成初稿")
                        ],
                        measures=[MeasureIn(title=f"《{title}实施细则》")],
                    ),
                )
            )
        await tasks.create(
            self.session,
            office,
            ref,
            now,
            TaskCreate(
                parent_id=created[0].id,
                title="制定并联审批实施细则（演示）",
                category="审批流程改革",
                source=TaskSourceIn(
                    kind=SourceKind.national_document, title=national[0], reference=national[1]
                ),
                lead_unit_id=units["administrative_approval"],
                deadline=today + timedelta(days=30),
            ),
        )
        for _ in range(len(rows) + 1):
            self.tallies["tasks"].count(True)

    async def documents(self, ref: JurisdictionRef, spec: DemoJurisdiction) -> None:
        """An office notice to every member unit, copied to the leading group, signed by the
        office director (numbered 1 of the year), and a second notice left as a draft."""
        office = await self.actor(f"{spec.account_prefix}.office_staff")
        director = await self.actor(f"{spec.account_prefix}.office_director")
        units = await units_repo.active_summaries(self.session, ref.id)
        notice = DocumentCreate(
            issuer="office",
            title="关于报送工程建设项目审批制度改革月度工作进展的通知（演示）",
            body="各成员单位：请于每月22日前报送本单位改革工作进展情况。（演示）",
            main_recipients=[
                RecipientIn(kind=RecipientKind.member_unit, unit_id=unit_id)
                for unit_id, _, _ in units
            ],
            copy_recipients=[RecipientIn(kind=RecipientKind.leading_group)],
        )
        now = datetime.now(UTC)
        signed = await documents.create(self.session, office, ref, now, notice)
        await documents.sign(self.session, director, ref, signed.id, now)
        await documents.create(
            self.session,
            office,
            ref,
            now,
            notice.model_copy(update={"title": "关于开展改革任务督办的通知（演示草稿）"}),
        )
        self.tallies["documents"].count(True)
        self.tallies["documents"].count(True)

    async def publications(self) -> None:
        """Ezhou's public disclosure (E-PUB-1): the signed office notice as a reform measure,
        a progress snapshot as of today, a result, and a result withdrawn with its reason —
        something for the public list, the feeds and the office's list to show. Loaded once:
        skipped when Ezhou has published anything."""
        jid = self.jurisdiction_ids[DEMO_REPORTS_JURISDICTION]
        ref = JurisdictionRef(jid)
        if await publications_repo.any_in(self.session, jid):
            self.tallies["publications"].count(False)
            return
        spec = next(j for j in JURISDICTIONS if j.code == DEMO_REPORTS_JURISDICTION)
        director = await self.actor(f"{spec.account_prefix}.office_director")
        now = datetime.now(UTC)
        published = []
        notice = await documents_repo.latest_signed(self.session, jid)
        if notice is not None:
            published.append(
                await publications.publish(
                    self.session,
                    director,
                    ref,
                    now - timedelta(minutes=3),
                    MeasurePublish(kind="measure", document_id=notice.id),
                )
            )
        published.append(
            await publications.publish(
                self.session,
                director,
                ref,
                now - timedelta(minutes=2),
                ProgressPublish(kind="progress"),
            )
        )
        published.append(
            await publications.publish(
                self.session,
                director,
                ref,
                now - timedelta(minutes=1),
                ResultPublish(
                    kind="result",
                    title="工程建设项目审批时间压减至90个工作日以内（演示）",
                    text="全市工程建设项目从立项到竣工验收全流程审批时间压减至90个工作日以内，"
                    "并联审批、容缺受理全面推行。（演示）",
                ),
            )
        )
        mistaken = await publications.publish(
            self.session,
            director,
            ref,
            now,
            ResultPublish(
                kind="result",
                title="审批事项精简情况（演示，已撤回）",
                text="审批事项精简至…（演示）",
            ),
        )
        await publications.withdraw(
            self.session,
            director,
            ref,
            now,
            mistaken.id,
            WithdrawalCreate(reason="数据口径待核实，核实后重新发布（演示）"),
        )
        for _ in range(len(published) + 1):
            self.tallies["publications"].count(True)

    async def meetings(self) -> None:
        """This year's Changji first-quarter plenary (held, minutes archived, once its day has
        passed), Ezhou's year-end joint meeting (scheduled) and an Ezhou special meeting three
        weeks ago (held, minutes archived, its decisions naming units and deadlines): something
        for the meeting list, the compliance view, the calendar feed and the decision-made task
        to show."""
        zone = ZoneInfo("Asia/Shanghai")
        today = datetime.now(zone).date()
        for spec in DEMO_MEETINGS:
            jid = self.jurisdiction_ids[spec.jurisdiction]
            if spec.days_ago is None:
                starts_at = datetime.fromisoformat(f"{today.year}-{spec.starts}")
            else:
                day = today - timedelta(days=spec.days_ago)
                starts_at = datetime.fromisoformat(f"{day.isoformat()}T{spec.starts}")
            starts_at = starts_at.replace(tzinfo=zone)
            title = spec.title.format(year=starts_at.year)
            present = await meetings_repo.get_by_title(self.session, jid, title) is not None
            self.tallies["meetings"].count(not present)
            if present:
                continue
            place = next(j for j in JURISDICTIONS if j.code == spec.jurisdiction)
            convener = await self.actor(f"{place.account_prefix}.{spec.convener}")
            office = await self.actor(f"{place.account_prefix}.office_director")
            ref = JurisdictionRef(jid)
            convened = await meetings.convene(
                self.session,
                convener,
                ref,
                MeetingCreate(
                    kind=spec.kind,
                    title=title,
                    starts_at=starts_at,
                    ends_at=starts_at + timedelta(hours=2),
                    place=spec.place,
                    chair_id=convener.id,
                    agenda_items=[AgendaItemIn(title=item) for item in spec.agenda],
                ),
                now=datetime.now(UTC),
            )
            if not spec.archive or starts_at > datetime.now(UTC):
                continue
            held = await meetings.hold(
                self.session, office, ref, convened.id, now=datetime.now(UTC)
            )
            await meetings.record_attendances(
                self.session,
                office,
                ref,
                held.id,
                AttendanceSheet(
                    records=[
                        AttendanceRecordIn(
                            invitee_id=invitee.id, attendance=AttendanceStatus.present
                        )
                        if invitee.user_id
                        else AttendanceRecordIn(
                            invitee_id=invitee.id,
                            attendance=AttendanceStatus.represented,
                            represented_by_name="单位派员（演示）",
                        )
                        for invitee in held.invitees
                    ]
                ),
                now=datetime.now(UTC),
            )
            unit_ids = {
                code: unit_id
                for unit_id, code, _ in await units_repo.active_summaries(self.session, jid)
            }
            decisions: tuple[tuple[DemoDecision | None, ...], ...] = spec.decisions or tuple(
                (None,) for _ in spec.agenda
            )
            await minutes.put_minutes(
                self.session,
                office,
                ref,
                held.id,
                MinutesIn(
                    started_at=starts_at,
                    ended_at=starts_at + timedelta(hours=2),
                    place=spec.place,
                    chair=f"{place.short_name} {_title(spec.convener)}（演示）",
                    agenda_items=[
                        MinutesAgendaItemIn(
                            title=item,
                            speeches=[
                                SpeechIn(speaker="领导小组办公室", main_points="汇报进展情况")
                            ],
                            decisions=[
                                DecisionIn(text="原则同意，按任务分解表推进")
                                if decision is None
                                else DecisionIn(
                                    text=decision.text,
                                    responsible_unit_id=unit_ids[decision.unit],
                                    deadline=starts_at.date() + timedelta(days=decision.days),
                                )
                                for decision in item_decisions
                            ],
                        )
                        for item, item_decisions in zip(spec.agenda, decisions, strict=True)
                    ],
                ),
            )
            await minutes.archive_minutes(self.session, office, ref, held.id, now=datetime.now(UTC))

    async def decision_task(self) -> None:
        """A decision of the Ezhou special meeting's archived minutes made a task, with its
        lead unit's first progress report: what a caller reads from "tasks of this meeting".
        Made once: skipped when the decision is a task already (or the meeting is missing)."""
        spec = DEMO_DECISION_TASK
        meeting = DEMO_MEETINGS[spec.meeting]
        place = next(j for j in JURISDICTIONS if j.code == meeting.jurisdiction)
        jid = self.jurisdiction_ids[meeting.jurisdiction]
        today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
        day = today - timedelta(days=meeting.days_ago or 0)
        row = await meetings_repo.get_by_title(
            self.session, jid, meeting.title.format(year=day.year)
        )
        if row is None or row.state != "minutes_archived":
            return
        if await tasks_repo.decision_task(
            self.session, row.id, spec.agenda_index, spec.decision_index
        ):
            self.tallies["tasks"].count(False)
            return
        ref = JurisdictionRef(jid)
        office = await self.actor(f"{place.account_prefix}.office_staff")
        made = await tasks.create_from_decision(
            self.session,
            office,
            ref,
            datetime.now(UTC),
            TaskFromDecision(
                meeting_id=row.id,
                agenda_index=spec.agenda_index,
                decision_index=spec.decision_index,
                category=spec.category,
            ),
        )
        assert meeting.decisions is not None
        lead = meeting.decisions[spec.agenda_index][spec.decision_index].unit
        liaison = await self.actor(f"{place.account_prefix}.unit.{lead}.liaison")
        await task_progress.report(
            self.session,
            liaison,
            ref,
            made.id,
            datetime.now(UTC),
            task_progress.ProgressIn(
                text=spec.progress, percent=spec.percent, proposes_completion=False
            ),
            [_upload("联合验收实施细则（征求意见稿，演示）.pdf", _PDF)],
            max_file_bytes=self.settings.upload_max_file_bytes,
        )
        self.tallies["tasks"].count(True)

    async def assessment(self) -> None:
        """Changji's assessment of this year in progress (C-ASM-1): prepared by the office, two
        units' manual scores entered with their reasons, and one unit's appeal against its task
        figure awaiting the office's decision. Skipped when the year's assessment exists, or
        when Changji's rulebook defines none for the year."""
        jid = self.jurisdiction_ids[DEMO_ASSESSMENT_JURISDICTION]
        zone = ZoneInfo("Asia/Shanghai")
        now = datetime.now(UTC)
        year = now.astimezone(zone).year
        if await assessments_repo.get(self.session, jid, year) is not None:
            self.tallies["assessments"].count(False)
            return
        row = await jurisdictions_repo.get(self.session, jid)
        assert row is not None
        ref = jurisdictions_repo.to_ref(row)
        spec = next(j for j in JURISDICTIONS if j.code == DEMO_ASSESSMENT_JURISDICTION)
        office = await self.actor(f"{spec.account_prefix}.office_staff")
        try:
            await assessments.prepare(self.session, office, ref, year, now)
        except Conflict:
            return  # the rulebook defines no assessment for this year
        units = {
            code: uid for uid, code, __ in await units_repo.active_summaries(self.session, jid)
        }
        for code, score, reason in DEMO_ASSESSMENT_SCORES:
            await assessments.put_score(
                self.session,
                office,
                ref,
                year,
                units[code],
                DEMO_ASSESSMENT_MANUAL_INDICATOR,
                ScoreIn(score=Decimal(score), reason=reason),
                now,
            )
        code, indicator, reason = DEMO_ASSESSMENT_APPEAL
        liaison = await self.actor(f"{spec.account_prefix}.unit.{code}.liaison")
        await assessments.appeal(
            self.session,
            assessments.Reader(liaison, ref),
            year,
            units[code],
            indicator,
            AppealIn(reason=reason),
            now,
        )
        self.tallies["assessments"].count(True)

    async def actor(self, username: str) -> Actor:
        user = await users_repo.get_by_username(self.session, username)
        actor = await users_repo.load_actor(self.session, user.id) if user else None
        assert actor is not None, f"the demo account {username} is missing"
        return actor

    async def jurisdiction(self, spec: DemoJurisdiction) -> None:
        row = await jurisdictions_repo.get_by_code(self.session, spec.code)
        if row is not None:
            jid = row.id
        else:
            created = await jurisdictions.create(
                self.session,
                None,
                JurisdictionCreate(
                    code=spec.code,
                    name=spec.name,
                    level=spec.level,
                    parent_id=self.jurisdiction_ids[spec.parent] if spec.parent else None,
                    division_code=spec.division_code,
                ),
            )
            jid = created.id
        self.tallies["jurisdictions"].count(row is None)
        self.jurisdiction_ids[spec.code] = jid
        if spec.rulebook:
            # Before the positions: the rulebook limits how many may hold each (C-ORG-1 …).
            await self.rulebook(jid, spec.rulebook)

        unit_ids = await self.units(jid, spec.units)
        for role in spec.roles:
            user_id = await self.account(
                f"{spec.account_prefix}.{role}", f"{spec.short_name} {_title(role)}（演示）", jid
            )
            await self.position(spec, jid, user_id, role, None, f"领导小组{_title(role)}")
            if role == DefaultPosition.office_director and spec.office_director_heads:
                head = DefaultPosition.unit_head
                unit = next(u for u in spec.units if u.code == spec.office_director_heads)
                await self.position(
                    spec, jid, user_id, head, unit_ids[unit.code], unit.name + _title(head)
                )
        for unit in spec.units:
            # "鄂州 市住房和城乡建设局", but "昌吉州住房和城乡建设局" without repeating the place.
            where = (
                unit.name
                if unit.name.startswith(spec.short_name)
                else (f"{spec.short_name} {unit.name}")
            )
            for role in unit.roles:
                user_id = await self.account(
                    f"{spec.account_prefix}.unit.{unit.code}.{UNIT_ROLE_SUFFIXES[role]}",
                    f"{where} {_title(role)}（演示）",
                    jid,
                )
                await self.position(
                    spec, jid, user_id, role, unit_ids[unit.code], unit.name + _title(role)
                )

    async def rulebook(self, jid: uuid.UUID, name: str) -> None:
        document = shipped_document(name)
        effective_from = date.fromisoformat(document["effective_from"])
        present = await rulebooks_repo.get_by_date(self.session, jid, effective_from) is not None
        self.tallies["rulebooks"].count(not present)
        if not present:
            await rulebooks.publish(self.session, None, jid, document)

    async def units(self, jid: uuid.UUID, specs: tuple[DemoUnit, ...]) -> dict[str, uuid.UUID]:
        rows = await units_repo.list_units(self.session, jid, _ALL_UNITS, kind=None, active=None)
        ids = {row.code: row.id for row in rows}
        for unit in specs:
            present = unit.code in ids
            if not present:
                created = await units.create(
                    self.session,
                    None,
                    jid,
                    UnitCreate(code=unit.code, name=unit.name, kind=unit.kind),
                )
                ids[unit.code] = created.id
            self.tallies["member units"].count(not present)
        return ids

    async def account(
        self,
        username: str,
        display_name: str,
        jid: uuid.UUID | None,
        *,
        is_platform_admin: bool = False,
    ) -> uuid.UUID:
        row = await users_repo.get_by_username(self.session, username)
        self.tallies["accounts"].count(row is None)
        if row is not None:
            return row.id
        created = await users.create_with_password(
            self.session,
            UserCreateWithPassword(
                username=username,
                display_name=display_name,
                password=self.password,
                jurisdiction_id=jid,
                is_platform_admin=is_platform_admin,
            ),
            password_hash=self.password_hash(),
        )
        return created.id

    async def position(
        self,
        spec: DemoJurisdiction,
        jid: uuid.UUID,
        user_id: uuid.UUID,
        role: str,
        unit_id: uuid.UUID | None,
        title: str,
    ) -> None:
        existing = await positions_repo.list_positions(
            self.session,
            jid,
            _ANY,
            role=role,
            unit_id=unit_id,
            user_id=user_id,
            in_force_on=None,
        )
        self.tallies["positions"].count(not existing)
        if existing:
            return
        await positions.create(
            self.session,
            None,
            jid,
            PositionCreate(
                user_id=user_id, role=role, unit_id=unit_id, title=title, valid_from=spec.since
            ),
        )

    async def client(self, spec: DemoClient) -> None:
        row = await clients_repo.get_by_client_id(self.session, spec.client_id)
        self.tallies["clients"].count(row is None)
        self.client_present[spec.client_id] = row is not None
        if row is not None:
            return
        await clients.create(
            self.session,
            None,
            ClientCreate(
                name=spec.name,
                jurisdiction_id=self.jurisdiction_ids[spec.jurisdiction],
                scopes=list(spec.scopes),
            ),
            client_id=spec.client_id,
            secret=self.settings.demo_client_secret.get_secret_value(),
        )

    def summary(self) -> str:
        base = self.settings.public_base_url.rstrip("/")
        password = self.password.get_secret_value()
        secret = self.settings.demo_client_secret.get_secret_value()
        lines = [f"Demo data ({' and '.join(j.name for j in JURISDICTIONS if not j.parent)}):"]
        lines.append(f"  {'':<14}{'created':>9}{'already present':>17}")
        for name, tally in self.tallies.items():
            lines.append(f"  {name:<14}{tally.created:>9}{tally.present:>17}")
        lines += [
            f"Demo accounts, all with the password {password}, are named by role:",
            "  <place>.leader|deputy_leader|office_director|office_deputy_director|office_staff, "
            "<place>.unit.<unit code>.liaison|head|info",
            "  e.g. " + ", ".join(EXAMPLE_USERNAMES),
            "Get a token, then send it as 'Authorization: Bearer <access_token>' (try /v1/me):",
            f"  curl -s -X POST {base}/v1/auth/token -d grant_type=password "
            f"-d username={EXAMPLE_USERNAMES[0]} -d password={shlex.quote(password)}",
        ]
        for client in CLIENTS:
            kept = " (already present: its secret is left as it was)"
            lines += [
                f"Machine client {client.client_id}, {client.name}, scopes "
                + ", ".join(s.value for s in client.scopes)
                + (kept if self.client_present.get(client.client_id) else "")
                + ":",
                f"  curl -s -X POST {base}/v1/auth/token "
                f"-u {shlex.quote(f'{client.client_id}:{secret}')} "
                "-d grant_type=client_credentials",
            ]
        lines.append(f"API docs: {base}/docs")
        lines.append(f"The README's examples, run in order: gaiban tour --base-url {base}")
        return "\n".join(lines)


async def load_demo(session: AsyncSession, settings: Settings) -> str:
    """Create whatever of the demo world is missing; return a summary for the console."""
    loader = _Loader(session, settings)
    await loader.load()
    return loader.summary()
