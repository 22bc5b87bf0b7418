from enum import StrEnum


class KnownYearSource(StrEnum):
    ENTERED = "entered"
    LIBRARY = "library"

    def __str__(self) -> str:
        return str(self.value)
