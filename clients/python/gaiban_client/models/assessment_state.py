from enum import StrEnum


class AssessmentState(StrEnum):
    FINAL = "final"
    PREPARING = "preparing"

    def __str__(self) -> str:
        return str(self.value)
