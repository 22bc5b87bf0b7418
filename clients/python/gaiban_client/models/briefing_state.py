from enum import StrEnum


class BriefingState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
