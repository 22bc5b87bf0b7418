"""Contains all the data models used in inputs/outputs"""

from .accountability_record_create import AccountabilityRecordCreate
from .accountability_record_out import AccountabilityRecordOut
from .act import Act
from .act_check import ActCheck
from .addendum_in import AddendumIn
from .addendum_out import AddendumOut
from .agenda_item_in import AgendaItemIn
from .agenda_item_out import AgendaItemOut
from .appeal_decision_in import AppealDecisionIn
from .appeal_in import AppealIn
from .appeal_out import AppealOut
from .appeal_outcome import AppealOutcome
from .appeals_out import AppealsOut
from .assessment_out import AssessmentOut
from .assessment_put import AssessmentPut
from .assessment_state import AssessmentState
from .attachment_out import AttachmentOut
from .attendance_record_in import AttendanceRecordIn
from .attendance_sheet import AttendanceSheet
from .attendance_status import AttendanceStatus
from .attendance_update import AttendanceUpdate
from .attendee_out import AttendeeOut
from .audit_event_out import AuditEventOut
from .audit_event_out_after_type_0 import AuditEventOutAfterType0
from .audit_event_out_before_type_0 import AuditEventOutBeforeType0
from .body_add_assessment_score_evidence import BodyAddAssessmentScoreEvidence
from .body_add_document_attachment import BodyAddDocumentAttachment
from .body_add_inspection_finding_answer import BodyAddInspectionFindingAnswer
from .body_add_publication_file import BodyAddPublicationFile
from .body_add_task_progress_report import BodyAddTaskProgressReport
from .body_create_token import BodyCreateToken
from .body_import_task_workbook import BodyImportTaskWorkbook
from .briefing_create import BriefingCreate
from .briefing_file_out import BriefingFileOut
from .briefing_item_in import BriefingItemIn
from .briefing_item_out import BriefingItemOut
from .briefing_out import BriefingOut
from .briefing_reads_out import BriefingReadsOut
from .briefing_state import BriefingState
from .briefing_summary_out import BriefingSummaryOut
from .briefing_update import BriefingUpdate
from .bulletin_content import BulletinContent
from .bulletin_create import BulletinCreate
from .bulletin_detail_out import BulletinDetailOut
from .bulletin_out import BulletinOut
from .bulletin_state import BulletinState
from .bulletin_update import BulletinUpdate
from .cadence import Cadence
from .calendar_page_finding_out import CalendarPageFindingOut
from .calendar_page_obligation_out import CalendarPageObligationOut
from .calendar_page_submission_out import CalendarPageSubmissionOut
from .calendar_page_supervision_notice_out import CalendarPageSupervisionNoticeOut
from .calendar_page_task_out import CalendarPageTaskOut
from .calendar_status_out import CalendarStatusOut
from .calendar_use import CalendarUse
from .calendar_year_in import CalendarYearIn
from .calendar_year_out import CalendarYearOut
from .cell_status import CellStatus
from .chain_break_out import ChainBreakOut
from .chain_break_out_reason import ChainBreakOutReason
from .chain_head_out import ChainHeadOut
from .chain_out import ChainOut
from .client_create import ClientCreate
from .client_out import ClientOut
from .client_scope import ClientScope
from .client_update import ClientUpdate
from .client_with_secret import ClientWithSecret
from .comment_create import CommentCreate
from .comment_out import CommentOut
from .compile_from import CompileFrom
from .compiled_from_out import CompiledFromOut
from .completion_confirm import CompletionConfirm
from .completion_send_back import CompletionSendBack
from .compliance_cell import ComplianceCell
from .compliance_entry import ComplianceEntry
from .compliance_out import ComplianceOut
from .compliance_period import CompliancePeriod
from .compliance_row import ComplianceRow
from .compliance_section import ComplianceSection
from .compliance_totals import ComplianceTotals
from .composition_out import CompositionOut
from .composition_rule_out import CompositionRuleOut
from .county_ref import CountyRef
from .create_rulebook_version_rulebook_document import CreateRulebookVersionRulebookDocument
from .day_kind import DayKind
from .day_out import DayOut
from .decision_in import DecisionIn
from .decision_out import DecisionOut
from .delegation_create import DelegationCreate
from .delegation_out import DelegationOut
from .delegation_revoke import DelegationRevoke
from .delivery_status import DeliveryStatus
from .descendant_compliance_out import DescendantComplianceOut
from .deviation_kind import DeviationKind
from .deviation_out import DeviationOut
from .document_create import DocumentCreate
from .document_inbox_item_out import DocumentInboxItemOut
from .document_out import DocumentOut
from .document_reads_out import DocumentReadsOut
from .document_recipient_out import DocumentRecipientOut
from .document_state import DocumentState
from .document_summary_out import DocumentSummaryOut
from .document_update import DocumentUpdate
from .document_void import DocumentVoid
from .evaluation_inspection import EvaluationInspection
from .evaluation_out import EvaluationOut
from .evaluation_totals import EvaluationTotals
from .event_out import EventOut
from .event_out_payload import EventOutPayload
from .event_page import EventPage
from .event_type import EventType
from .evidence_file_out import EvidenceFileOut
from .evidence_out import EvidenceOut
from .expected_head_out import ExpectedHeadOut
from .feed_token_create import FeedTokenCreate
from .feed_token_created import FeedTokenCreated
from .feed_token_list import FeedTokenList
from .feed_token_out import FeedTokenOut
from .file_type import FileType
from .finding_answer_out import FindingAnswerOut
from .finding_create import FindingCreate
from .finding_link_create import FindingLinkCreate
from .finding_link_kind import FindingLinkKind
from .finding_link_out import FindingLinkOut
from .finding_out import FindingOut
from .finding_review import FindingReview
from .finding_review_out import FindingReviewOut
from .finding_review_outcome import FindingReviewOutcome
from .finding_send_back import FindingSendBack
from .finding_state import FindingState
from .get_public_json_feed_response_200 import GetPublicJsonFeedResponse200
from .get_rulebook_schema_response_200 import GetRulebookSchemaResponse200
from .get_task_summary_by import GetTaskSummaryBy
from .grade_out import GradeOut
from .health import Health
from .holding_problem_kind import HoldingProblemKind
from .holding_problem_out import HoldingProblemOut
from .holdings_check_out import HoldingsCheckOut
from .inbox_item_out import InboxItemOut
from .incoming_act import IncomingAct
from .incoming_addressee import IncomingAddressee
from .incoming_approve import IncomingApprove
from .incoming_document_create import IncomingDocumentCreate
from .incoming_document_detail_out import IncomingDocumentDetailOut
from .incoming_document_event_out import IncomingDocumentEventOut
from .incoming_document_out import IncomingDocumentOut
from .incoming_file import IncomingFile
from .incoming_forward import IncomingForward
from .incoming_purpose import IncomingPurpose
from .incoming_return import IncomingReturn
from .incoming_state import IncomingState
from .indicator_definition_out import IndicatorDefinitionOut
from .indicator_out import IndicatorOut
from .inspection_create import InspectionCreate
from .inspection_held import InspectionHeld
from .inspection_out import InspectionOut
from .inspection_patch import InspectionPatch
from .inspection_state import InspectionState
from .invitee_create import InviteeCreate
from .invitee_out import InviteeOut
from .judged_version_out import JudgedVersionOut
from .jurisdiction_create import JurisdictionCreate
from .jurisdiction_level import JurisdictionLevel
from .jurisdiction_out import JurisdictionOut
from .jurisdiction_update import JurisdictionUpdate
from .jwk import Jwk
from .jwks import Jwks
from .known_year import KnownYear
from .known_year_source import KnownYearSource
from .list_findings_by import ListFindingsBy
from .list_incoming_documents_direction import ListIncomingDocumentsDirection
from .list_inspections_by import ListInspectionsBy
from .list_major_matters_direction import ListMajorMattersDirection
from .major_matter_create import MajorMatterCreate
from .major_matter_detail_out import MajorMatterDetailOut
from .major_matter_event_out import MajorMatterEventOut
from .major_matter_forward import MajorMatterForward
from .major_matter_out import MajorMatterOut
from .major_matter_resubmit import MajorMatterResubmit
from .major_matter_return import MajorMatterReturn
from .major_matter_review import MajorMatterReview
from .matter_act import MatterAct
from .matter_state import MatterState
from .me_out import MeOut
from .me_out_kind import MeOutKind
from .measure import Measure
from .measure_in import MeasureIn
from .measure_out import MeasureOut
from .measure_publish import MeasurePublish
from .meeting_approve import MeetingApprove
from .meeting_cancel import MeetingCancel
from .meeting_compliance_out import MeetingComplianceOut
from .meeting_create import MeetingCreate
from .meeting_detail_out import MeetingDetailOut
from .meeting_out import MeetingOut
from .meeting_period_out import MeetingPeriodOut
from .meeting_state import MeetingState
from .meeting_update import MeetingUpdate
from .milestone_in import MilestoneIn
from .milestone_out import MilestoneOut
from .minutes_agenda_item_in import MinutesAgendaItemIn
from .minutes_content import MinutesContent
from .minutes_content_agenda_items_item import MinutesContentAgendaItemsItem
from .minutes_in import MinutesIn
from .minutes_out import MinutesOut
from .minutes_out_archived_record_type_0 import MinutesOutArchivedRecordType0
from .minutes_verification import MinutesVerification
from .missing_field import MissingField
from .my_attachment_out import MyAttachmentOut
from .my_briefing_item_out import MyBriefingItemOut
from .my_briefing_out import MyBriefingOut
from .my_document_out import MyDocumentOut
from .my_invitation_out import MyInvitationOut
from .my_meeting_out import MyMeetingOut
from .my_meetings_out import MyMeetingsOut
from .my_position import MyPosition
from .my_recipient_out import MyRecipientOut
from .named_day import NamedDay
from .notice_tone import NoticeTone
from .obligation_out import ObligationOut
from .outcome import Outcome
from .page_accountability_record_out import PageAccountabilityRecordOut
from .page_audit_event_out import PageAuditEventOut
from .page_briefing_summary_out import PageBriefingSummaryOut
from .page_bulletin_out import PageBulletinOut
from .page_client_out import PageClientOut
from .page_comment_out import PageCommentOut
from .page_delegation_out import PageDelegationOut
from .page_document_inbox_item_out import PageDocumentInboxItemOut
from .page_document_summary_out import PageDocumentSummaryOut
from .page_inbox_item_out import PageInboxItemOut
from .page_incoming_document_out import PageIncomingDocumentOut
from .page_inspection_out import PageInspectionOut
from .page_jurisdiction_out import PageJurisdictionOut
from .page_major_matter_out import PageMajorMatterOut
from .page_meeting_out import PageMeetingOut
from .page_position_out import PagePositionOut
from .page_progress_report_out import PageProgressReportOut
from .page_public_item import PagePublicItem
from .page_public_notice_out import PagePublicNoticeOut
from .page_publication_out import PagePublicationOut
from .page_rulebook_version_summary import PageRulebookVersionSummary
from .page_unit_out import PageUnitOut
from .page_user_out import PageUserOut
from .page_webhook_delivery_out import PageWebhookDeliveryOut
from .page_webhook_subscription_out import PageWebhookSubscriptionOut
from .parent_facts_out import ParentFactsOut
from .part_format import PartFormat
from .password_change import PasswordChange
from .password_setup import PasswordSetup
from .password_setup_token import PasswordSetupToken
from .period_kind import PeriodKind
from .period_out import PeriodOut
from .period_reason_in import PeriodReasonIn
from .period_reason_out import PeriodReasonOut
from .period_status import PeriodStatus
from .position_create import PositionCreate
from .position_level import PositionLevel
from .position_out import PositionOut
from .position_update import PositionUpdate
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .problems_section import ProblemsSection
from .progress_entry import ProgressEntry
from .progress_figures import ProgressFigures
from .progress_item import ProgressItem
from .progress_publish import ProgressPublish
from .progress_report_out import ProgressReportOut
from .public_body_out import PublicBodyOut
from .public_contact_out import PublicContactOut
from .public_file import PublicFile
from .public_item import PublicItem
from .public_jurisdiction import PublicJurisdiction
from .public_jurisdiction_feeds import PublicJurisdictionFeeds
from .public_notice_create import PublicNoticeCreate
from .public_notice_out import PublicNoticeOut
from .public_rulebook_out import PublicRulebookOut
from .publication_kind import PublicationKind
from .publication_out import PublicationOut
from .publication_state import PublicationState
from .published_document import PublishedDocument
from .reader_out import ReaderOut
from .readiness import Readiness
from .recipient_in import RecipientIn
from .recipient_kind import RecipientKind
from .recipient_out import RecipientOut
from .recipient_reads_out import RecipientReadsOut
from .redelivery_count import RedeliveryCount
from .report_timeliness import ReportTimeliness
from .result_publish import ResultPublish
from .review_out import ReviewOut
from .review_outcome import ReviewOutcome
from .rulebook_in_force_out import RulebookInForceOut
from .rulebook_in_force_out_document import RulebookInForceOutDocument
from .rulebook_version_out import RulebookVersionOut
from .rulebook_version_out_document import RulebookVersionOutDocument
from .rulebook_version_summary import RulebookVersionSummary
from .score_in import ScoreIn
from .score_out import ScoreOut
from .scorecard_out import ScorecardOut
from .scorecards_out import ScorecardsOut
from .signature_out import SignatureOut
from .skipped_compliance_out import SkippedComplianceOut
from .source_kind import SourceKind
from .speech_in import SpeechIn
from .standing_out import StandingOut
from .subject_kind import SubjectKind
from .submission_content import SubmissionContent
from .submission_create import SubmissionCreate
from .submission_detail_out import SubmissionDetailOut
from .submission_file_out import SubmissionFileOut
from .submission_form import SubmissionForm
from .submission_out import SubmissionOut
from .submission_version_out import SubmissionVersionOut
from .supervision_notice_create import SupervisionNoticeCreate
from .supervision_notice_out import SupervisionNoticeOut
from .supervision_reply import SupervisionReply
from .task_cancel import TaskCancel
from .task_complete import TaskComplete
from .task_create import TaskCreate
from .task_create_source_kind import TaskCreateSourceKind
from .task_from_decision import TaskFromDecision
from .task_import_error import TaskImportError
from .task_import_report import TaskImportReport
from .task_out import TaskOut
from .task_ref import TaskRef
from .task_section import TaskSection
from .task_source_change import TaskSourceChange
from .task_source_in import TaskSourceIn
from .task_source_out import TaskSourceOut
from .task_state import TaskState
from .task_summary_group import TaskSummaryGroup
from .task_summary_out import TaskSummaryOut
from .task_tally import TaskTally
from .task_update import TaskUpdate
from .task_update_source_kind import TaskUpdateSourceKind
from .text_section import TextSection
from .timeliness import Timeliness
from .token_out import TokenOut
from .unit_compliance_section import UnitComplianceSection
from .unit_create import UnitCreate
from .unit_kind import UnitKind
from .unit_out import UnitOut
from .unit_ref import UnitRef
from .unit_task_figures import UnitTaskFigures
from .unit_update import UnitUpdate
from .urgency import Urgency
from .user_create import UserCreate
from .user_created import UserCreated
from .user_out import UserOut
from .user_update import UserUpdate
from .verification_out import VerificationOut
from .void_out import VoidOut
from .webhook_delivery_out import WebhookDeliveryOut
from .webhook_payload import WebhookPayload
from .webhook_subscription_create import WebhookSubscriptionCreate
from .webhook_subscription_created import WebhookSubscriptionCreated
from .webhook_subscription_out import WebhookSubscriptionOut
from .webhook_subscription_update import WebhookSubscriptionUpdate
from .withdrawal_create import WithdrawalCreate
from .withdrawal_out import WithdrawalOut
from .working_days_add_out import WorkingDaysAddOut
from .working_days_between_out import WorkingDaysBetweenOut

__all__ = (
    "AccountabilityRecordCreate",
    "AccountabilityRecordOut",
    "Act",
    "ActCheck",
    "AddendumIn",
    "AddendumOut",
    "AgendaItemIn",
    "AgendaItemOut",
    "AppealDecisionIn",
    "AppealIn",
    "AppealOut",
    "AppealOutcome",
    "AppealsOut",
    "AssessmentOut",
    "AssessmentPut",
    "AssessmentState",
    "AttachmentOut",
    "AttendanceRecordIn",
    "AttendanceSheet",
    "AttendanceStatus",
    "AttendanceUpdate",
    "AttendeeOut",
    "AuditEventOut",
    "AuditEventOutAfterType0",
    "AuditEventOutBeforeType0",
    "BodyAddAssessmentScoreEvidence",
    "BodyAddDocumentAttachment",
    "BodyAddInspectionFindingAnswer",
    "BodyAddPublicationFile",
    "BodyAddTaskProgressReport",
    "BodyCreateToken",
    "BodyImportTaskWorkbook",
    "BriefingCreate",
    "BriefingFileOut",
    "BriefingItemIn",
    "BriefingItemOut",
    "BriefingOut",
    "BriefingReadsOut",
    "BriefingState",
    "BriefingSummaryOut",
    "BriefingUpdate",
    "BulletinContent",
    "BulletinCreate",
    "BulletinDetailOut",
    "BulletinOut",
    "BulletinState",
    "BulletinUpdate",
    "Cadence",
    "CalendarPageFindingOut",
    "CalendarPageObligationOut",
    "CalendarPageSubmissionOut",
    "CalendarPageSupervisionNoticeOut",
    "CalendarPageTaskOut",
    "CalendarStatusOut",
    "CalendarUse",
    "CalendarYearIn",
    "CalendarYearOut",
    "CellStatus",
    "ChainBreakOut",
    "ChainBreakOutReason",
    "ChainHeadOut",
    "ChainOut",
    "ClientCreate",
    "ClientOut",
    "ClientScope",
    "ClientUpdate",
    "ClientWithSecret",
    "CommentCreate",
    "CommentOut",
    "CompiledFromOut",
    "CompileFrom",
    "CompletionConfirm",
    "CompletionSendBack",
    "ComplianceCell",
    "ComplianceEntry",
    "ComplianceOut",
    "CompliancePeriod",
    "ComplianceRow",
    "ComplianceSection",
    "ComplianceTotals",
    "CompositionOut",
    "CompositionRuleOut",
    "CountyRef",
    "CreateRulebookVersionRulebookDocument",
    "DayKind",
    "DayOut",
    "DecisionIn",
    "DecisionOut",
    "DelegationCreate",
    "DelegationOut",
    "DelegationRevoke",
    "DeliveryStatus",
    "DescendantComplianceOut",
    "DeviationKind",
    "DeviationOut",
    "DocumentCreate",
    "DocumentInboxItemOut",
    "DocumentOut",
    "DocumentReadsOut",
    "DocumentRecipientOut",
    "DocumentState",
    "DocumentSummaryOut",
    "DocumentUpdate",
    "DocumentVoid",
    "EvaluationInspection",
    "EvaluationOut",
    "EvaluationTotals",
    "EventOut",
    "EventOutPayload",
    "EventPage",
    "EventType",
    "EvidenceFileOut",
    "EvidenceOut",
    "ExpectedHeadOut",
    "FeedTokenCreate",
    "FeedTokenCreated",
    "FeedTokenList",
    "FeedTokenOut",
    "FileType",
    "FindingAnswerOut",
    "FindingCreate",
    "FindingLinkCreate",
    "FindingLinkKind",
    "FindingLinkOut",
    "FindingOut",
    "FindingReview",
    "FindingReviewOut",
    "FindingReviewOutcome",
    "FindingSendBack",
    "FindingState",
    "GetPublicJsonFeedResponse200",
    "GetRulebookSchemaResponse200",
    "GetTaskSummaryBy",
    "GradeOut",
    "Health",
    "HoldingProblemKind",
    "HoldingProblemOut",
    "HoldingsCheckOut",
    "InboxItemOut",
    "IncomingAct",
    "IncomingAddressee",
    "IncomingApprove",
    "IncomingDocumentCreate",
    "IncomingDocumentDetailOut",
    "IncomingDocumentEventOut",
    "IncomingDocumentOut",
    "IncomingFile",
    "IncomingForward",
    "IncomingPurpose",
    "IncomingReturn",
    "IncomingState",
    "IndicatorDefinitionOut",
    "IndicatorOut",
    "InspectionCreate",
    "InspectionHeld",
    "InspectionOut",
    "InspectionPatch",
    "InspectionState",
    "InviteeCreate",
    "InviteeOut",
    "JudgedVersionOut",
    "JurisdictionCreate",
    "JurisdictionLevel",
    "JurisdictionOut",
    "JurisdictionUpdate",
    "Jwk",
    "Jwks",
    "KnownYear",
    "KnownYearSource",
    "ListFindingsBy",
    "ListIncomingDocumentsDirection",
    "ListInspectionsBy",
    "ListMajorMattersDirection",
    "MajorMatterCreate",
    "MajorMatterDetailOut",
    "MajorMatterEventOut",
    "MajorMatterForward",
    "MajorMatterOut",
    "MajorMatterResubmit",
    "MajorMatterReturn",
    "MajorMatterReview",
    "MatterAct",
    "MatterState",
    "Measure",
    "MeasureIn",
    "MeasureOut",
    "MeasurePublish",
    "MeetingApprove",
    "MeetingCancel",
    "MeetingComplianceOut",
    "MeetingCreate",
    "MeetingDetailOut",
    "MeetingOut",
    "MeetingPeriodOut",
    "MeetingState",
    "MeetingUpdate",
    "MeOut",
    "MeOutKind",
    "MilestoneIn",
    "MilestoneOut",
    "MinutesAgendaItemIn",
    "MinutesContent",
    "MinutesContentAgendaItemsItem",
    "MinutesIn",
    "MinutesOut",
    "MinutesOutArchivedRecordType0",
    "MinutesVerification",
    "MissingField",
    "MyAttachmentOut",
    "MyBriefingItemOut",
    "MyBriefingOut",
    "MyDocumentOut",
    "MyInvitationOut",
    "MyMeetingOut",
    "MyMeetingsOut",
    "MyPosition",
    "MyRecipientOut",
    "NamedDay",
    "NoticeTone",
    "ObligationOut",
    "Outcome",
    "PageAccountabilityRecordOut",
    "PageAuditEventOut",
    "PageBriefingSummaryOut",
    "PageBulletinOut",
    "PageClientOut",
    "PageCommentOut",
    "PageDelegationOut",
    "PageDocumentInboxItemOut",
    "PageDocumentSummaryOut",
    "PageInboxItemOut",
    "PageIncomingDocumentOut",
    "PageInspectionOut",
    "PageJurisdictionOut",
    "PageMajorMatterOut",
    "PageMeetingOut",
    "PagePositionOut",
    "PageProgressReportOut",
    "PagePublicationOut",
    "PagePublicItem",
    "PagePublicNoticeOut",
    "PageRulebookVersionSummary",
    "PageUnitOut",
    "PageUserOut",
    "PageWebhookDeliveryOut",
    "PageWebhookSubscriptionOut",
    "ParentFactsOut",
    "PartFormat",
    "PasswordChange",
    "PasswordSetup",
    "PasswordSetupToken",
    "PeriodKind",
    "PeriodOut",
    "PeriodReasonIn",
    "PeriodReasonOut",
    "PeriodStatus",
    "PositionCreate",
    "PositionLevel",
    "PositionOut",
    "PositionUpdate",
    "Problem",
    "ProblemFieldError",
    "ProblemsSection",
    "ProgressEntry",
    "ProgressFigures",
    "ProgressItem",
    "ProgressPublish",
    "ProgressReportOut",
    "PublicationKind",
    "PublicationOut",
    "PublicationState",
    "PublicBodyOut",
    "PublicContactOut",
    "PublicFile",
    "PublicItem",
    "PublicJurisdiction",
    "PublicJurisdictionFeeds",
    "PublicNoticeCreate",
    "PublicNoticeOut",
    "PublicRulebookOut",
    "PublishedDocument",
    "ReaderOut",
    "Readiness",
    "RecipientIn",
    "RecipientKind",
    "RecipientOut",
    "RecipientReadsOut",
    "RedeliveryCount",
    "ReportTimeliness",
    "ResultPublish",
    "ReviewOut",
    "ReviewOutcome",
    "RulebookInForceOut",
    "RulebookInForceOutDocument",
    "RulebookVersionOut",
    "RulebookVersionOutDocument",
    "RulebookVersionSummary",
    "ScorecardOut",
    "ScorecardsOut",
    "ScoreIn",
    "ScoreOut",
    "SignatureOut",
    "SkippedComplianceOut",
    "SourceKind",
    "SpeechIn",
    "StandingOut",
    "SubjectKind",
    "SubmissionContent",
    "SubmissionCreate",
    "SubmissionDetailOut",
    "SubmissionFileOut",
    "SubmissionForm",
    "SubmissionOut",
    "SubmissionVersionOut",
    "SupervisionNoticeCreate",
    "SupervisionNoticeOut",
    "SupervisionReply",
    "TaskCancel",
    "TaskComplete",
    "TaskCreate",
    "TaskCreateSourceKind",
    "TaskFromDecision",
    "TaskImportError",
    "TaskImportReport",
    "TaskOut",
    "TaskRef",
    "TaskSection",
    "TaskSourceChange",
    "TaskSourceIn",
    "TaskSourceOut",
    "TaskState",
    "TaskSummaryGroup",
    "TaskSummaryOut",
    "TaskTally",
    "TaskUpdate",
    "TaskUpdateSourceKind",
    "TextSection",
    "Timeliness",
    "TokenOut",
    "UnitComplianceSection",
    "UnitCreate",
    "UnitKind",
    "UnitOut",
    "UnitRef",
    "UnitTaskFigures",
    "UnitUpdate",
    "Urgency",
    "UserCreate",
    "UserCreated",
    "UserOut",
    "UserUpdate",
    "VerificationOut",
    "VoidOut",
    "WebhookDeliveryOut",
    "WebhookPayload",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionCreated",
    "WebhookSubscriptionOut",
    "WebhookSubscriptionUpdate",
    "WithdrawalCreate",
    "WithdrawalOut",
    "WorkingDaysAddOut",
    "WorkingDaysBetweenOut",
)
