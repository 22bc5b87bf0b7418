from enum import StrEnum


class Cadence(StrEnum):
    AS_NEEDED = "as_needed"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEAR_END = "year_end"

    def __str__(self) -> str:
        return str(self.value)
