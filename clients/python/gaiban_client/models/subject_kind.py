from enum import StrEnum


class SubjectKind(StrEnum):
    COUNTY = "county"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
