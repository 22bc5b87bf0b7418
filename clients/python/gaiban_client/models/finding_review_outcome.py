from enum import StrEnum


class FindingReviewOutcome(StrEnum):
    ACCEPTED = "accepted"
    SENT_BACK = "sent_back"

    def __str__(self) -> str:
        return str(self.value)
