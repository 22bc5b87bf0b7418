from enum import StrEnum


class FindingState(StrEnum):
    ACCEPTED = "accepted"
    ANSWERED = "answered"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
