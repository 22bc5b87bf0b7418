from enum import StrEnum


class InspectionState(StrEnum):
    HELD = "held"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
