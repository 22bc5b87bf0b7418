from enum import StrEnum


class CellStatus(StrEnum):
    LATE = "late"
    MISSING = "missing"
    NOT_YET_DUE = "not_yet_due"
    ON_TIME = "on_time"

    def __str__(self) -> str:
        return str(self.value)
