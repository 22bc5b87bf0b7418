from enum import StrEnum


class MatterState(StrEnum):
    FORWARDED = "forwarded"
    RETURNED = "returned"
    REVIEWED = "reviewed"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
