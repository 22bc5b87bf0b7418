from enum import StrEnum


class DeviationKind(StrEnum):
    MISSING_UNIT = "missing_unit"
    NOT_HELD_WITH = "not_held_with"
    TOO_FEW_HOLDERS = "too_few_holders"
    TOO_MANY_HOLDERS = "too_many_holders"
    UNLISTED_UNIT = "unlisted_unit"

    def __str__(self) -> str:
        return str(self.value)
