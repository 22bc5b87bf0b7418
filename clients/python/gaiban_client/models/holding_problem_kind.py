from enum import StrEnum


class HoldingProblemKind(StrEnum):
    LEVEL_MISMATCH = "level_mismatch"
    OVER_LIMIT = "over_limit"
    UNDEFINED = "undefined"

    def __str__(self) -> str:
        return str(self.value)
