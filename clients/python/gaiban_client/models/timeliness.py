from enum import StrEnum


class Timeliness(StrEnum):
    LATE = "late"
    ON_TIME = "on_time"

    def __str__(self) -> str:
        return str(self.value)
