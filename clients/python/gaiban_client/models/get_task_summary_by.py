from enum import StrEnum


class GetTaskSummaryBy(StrEnum):
    CATEGORY = "category"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
