from enum import StrEnum


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    WEEKEND = "weekend"
    WORKDAY = "workday"

    def __str__(self) -> str:
        return str(self.value)
