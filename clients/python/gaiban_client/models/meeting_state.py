from enum import StrEnum


class MeetingState(StrEnum):
    AWAITING_CONSENT = "awaiting_consent"
    CANCELLED = "cancelled"
    HELD = "held"
    MINUTES_ARCHIVED = "minutes_archived"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
