from enum import StrEnum


class Outcome(StrEnum):
    LATE = "late"
    MET = "met"
    MISSED = "missed"

    def __str__(self) -> str:
        return str(self.value)
