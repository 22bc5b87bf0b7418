from enum import StrEnum


class IncomingPurpose(StrEnum):
    APPROVAL = "approval"
    FILING = "filing"

    def __str__(self) -> str:
        return str(self.value)
