from enum import StrEnum


class EventType(StrEnum):
    BRIEFING_SENT = "briefing.sent"
    DOCUMENT_SIGNED = "document.signed"
    DOCUMENT_VOIDED = "document.voided"
    FINDING_ACCEPTED = "finding.accepted"
    FINDING_ANSWERED = "finding.answered"
    FINDING_OVERDUE = "finding.overdue"
    FINDING_RECORDED = "finding.recorded"
    FINDING_SENT_BACK = "finding.sent_back"
    INCOMING_DOCUMENT_DECIDED = "incoming_document.decided"
    INCOMING_DOCUMENT_FORWARDED = "incoming_document.forwarded"
    INSPECTION_HELD = "inspection.held"
    MAJOR_MATTER_DECIDED = "major_matter.decided"
    MAJOR_MATTER_FORWARDED = "major_matter.forwarded"
    MEETING_CANCELLED = "meeting.cancelled"
    MEETING_CONSENT_GIVEN = "meeting.consent_given"
    MEETING_CONVENED = "meeting.convened"
    MEETING_HELD = "meeting.held"
    MEETING_RESCHEDULED = "meeting.rescheduled"
    MINUTES_ARCHIVED = "minutes.archived"
    PUBLICATION_PUBLISHED = "publication.published"
    PUBLICATION_WITHDRAWN = "publication.withdrawn"
    REPORT_DUE_SOON = "report.due_soon"
    REPORT_OVERDUE = "report.overdue"
    RULEBOOK_VERSION_PUBLISHED = "rulebook.version_published"
    SUBMISSION_RECEIVED = "submission.received"
    SUPERVISION_NOTICE_ANSWERED = "supervision_notice.answered"
    SUPERVISION_NOTICE_ISSUED = "supervision_notice.issued"
    SUPERVISION_NOTICE_REPLY_OVERDUE = "supervision_notice.reply_overdue"
    TASK_COMPLETED = "task.completed"
    TASK_COMPLETION_PROPOSED = "task.completion_proposed"
    TASK_CREATED = "task.created"
    TASK_OVERDUE = "task.overdue"

    def __str__(self) -> str:
        return str(self.value)
