from enum import StrEnum


class PartFormat(StrEnum):
    ELECTRONIC = "electronic"
    SCANNED = "scanned"

    def __str__(self) -> str:
        return str(self.value)
