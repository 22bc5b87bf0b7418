from enum import StrEnum


class PeriodStatus(StrEnum):
    EXCUSED = "excused"
    HELD = "held"
    MISSED = "missed"
    NOT_YET_DUE = "not_yet_due"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
