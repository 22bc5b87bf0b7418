from enum import StrEnum


class ReviewOutcome(StrEnum):
    CONFIRMED = "confirmed"
    SENT_BACK = "sent_back"

    def __str__(self) -> str:
        return str(self.value)
