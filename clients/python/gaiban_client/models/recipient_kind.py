from enum import StrEnum


class RecipientKind(StrEnum):
    COUNTY_OFFICE = "county_office"
    LEADING_GROUP = "leading_group"
    MEMBER_UNIT = "member_unit"

    def __str__(self) -> str:
        return str(self.value)
