from enum import StrEnum


class IncomingState(StrEnum):
    APPROVED = "approved"
    FILED = "filed"
    RETURNED = "returned"
    WITH_LEADER = "with_leader"
    WITH_OFFICE = "with_office"

    def __str__(self) -> str:
        return str(self.value)
