"""The catalogue of events the outbox records (README, Events): what callers can subscribe to."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    meeting_convened = "meeting.convened"
    meeting_rescheduled = "meeting.rescheduled"
    meeting_consent_given = "meeting.consent_given"
    meeting_cancelled = "meeting.cancelled"
    meeting_held = "meeting.held"
    minutes_archived = "minutes.archived"
    submission_received = "submission.received"
    # From time, not from a request (app/domain/scheduled_events.py): made once each by the
    # scheduler (app/services/scheduled_events.py).
    report_overdue = "report.overdue"
    report_due_soon = "report.due_soon"
    document_signed = "document.signed"
    document_voided = "document.voided"
    briefing_sent = "briefing.sent"
    major_matter_forwarded = "major_matter.forwarded"
    major_matter_decided = "major_matter.decided"
    incoming_document_forwarded = "incoming_document.forwarded"
    incoming_document_decided = "incoming_document.decided"
    task_created = "task.created"
    task_completion_proposed = "task.completion_proposed"
    task_completed = "task.completed"
    task_overdue = "task.overdue"
    supervision_notice_issued = "supervision_notice.issued"
    supervision_notice_answered = "supervision_notice.answered"
    supervision_notice_reply_overdue = "supervision_notice.reply_overdue"
    inspection_held = "inspection.held"
    finding_recorded = "finding.recorded"
    finding_answered = "finding.answered"
    finding_accepted = "finding.accepted"
    finding_sent_back = "finding.sent_back"
    finding_overdue = "finding.overdue"  # from time, as task.overdue
    rulebook_version_published = "rulebook.version_published"
    publication_published = "publication.published"
    publication_withdrawn = "publication.withdrawn"
    assessment_finalised = "assessment.finalised"


# How long a long poll may wait at most (seconds).
MAX_WAIT_SECONDS = 30
