"""ORM tables. Import every model module here so Alembic's autogenerate sees them all."""

from app.models.assessments import (
    Assessment,
    AssessmentAppeal,
    AssessmentScore,
    AssessmentScoreFile,
)
from app.models.audit import AuditChainHead, AuditEvent
from app.models.base import Base
from app.models.briefings import Briefing, BriefingIssueCounter, BriefingRead, BriefingRecipient
from app.models.bulletins import Bulletin
from app.models.calendar import CalendarYear
from app.models.clients import Client
from app.models.delegations import Delegation
from app.models.documents import (
    Document,
    DocumentAttachment,
    DocumentNumberCounter,
    DocumentRead,
    DocumentRecipient,
    IncomingDocument,
    IncomingDocumentEvent,
)
from app.models.events import Event
from app.models.feed_tokens import FeedToken
from app.models.idempotency import IdempotencyKey
from app.models.inspections import (
    FindingAnswer,
    FindingEvidenceFile,
    FindingLink,
    Inspection,
    InspectionFinding,
)
from app.models.jurisdictions import Jurisdiction
from app.models.login_failures import LoginFailure
from app.models.major_matters import MajorMatter, MajorMatterEvent
from app.models.meetings import (
    Meeting,
    MeetingInvitee,
    MeetingMinutes,
    MeetingPeriodReason,
    MinutesAddendum,
)
from app.models.positions import Position
from app.models.publications import Publication, PublicationFile
from app.models.rulebooks import RulebookVersion
from app.models.submissions import ReportSubmission, SubmissionFile, SubmissionVersion
from app.models.tasks import (
    AccountabilityRecord,
    AccountabilityRecordTask,
    PublicNotice,
    PublicNoticeTask,
    PublicNoticeUnit,
    SupervisionNotice,
    Task,
    TaskCodeCounter,
    TaskComment,
    TaskCooperatingUnit,
    TaskEvidenceFile,
    TaskLedgerRevision,
    TaskProgressReport,
)
from app.models.units import MemberUnit
from app.models.users import User
from app.models.webhooks import WebhookDelivery, WebhookSubscription

__all__ = [
    "AccountabilityRecord",
    "AccountabilityRecordTask",
    "Assessment",
    "AssessmentAppeal",
    "AssessmentScore",
    "AssessmentScoreFile",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "Briefing",
    "BriefingIssueCounter",
    "BriefingRead",
    "BriefingRecipient",
    "Bulletin",
    "CalendarYear",
    "Client",
    "Delegation",
    "Document",
    "DocumentAttachment",
    "DocumentNumberCounter",
    "DocumentRead",
    "DocumentRecipient",
    "Event",
    "FeedToken",
    "FindingAnswer",
    "FindingEvidenceFile",
    "FindingLink",
    "IdempotencyKey",
    "IncomingDocument",
    "IncomingDocumentEvent",
    "Inspection",
    "InspectionFinding",
    "Jurisdiction",
    "LoginFailure",
    "MajorMatter",
    "MajorMatterEvent",
    "Meeting",
    "MeetingInvitee",
    "MeetingMinutes",
    "MeetingPeriodReason",
    "MemberUnit",
    "MinutesAddendum",
    "Position",
    "PublicNotice",
    "PublicNoticeTask",
    "PublicNoticeUnit",
    "Publication",
    "PublicationFile",
    "ReportSubmission",
    "RulebookVersion",
    "SubmissionFile",
    "SubmissionVersion",
    "SupervisionNotice",
    "Task",
    "TaskCodeCounter",
    "TaskComment",
    "TaskCooperatingUnit",
    "TaskEvidenceFile",
    "TaskLedgerRevision",
    "TaskProgressReport",
    "User",
    "WebhookDelivery",
    "WebhookSubscription",
]
