from enum import StrEnum


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"

    def __str__(self) -> str:
        return str(self.value)
