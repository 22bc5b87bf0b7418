from enum import StrEnum


class PositionLevel(StrEnum):
    LEADING_GROUP = "leading_group"
    MEMBER_UNIT = "member_unit"
    OFFICE = "office"

    def __str__(self) -> str:
        return str(self.value)
