from enum import StrEnum


class PublicationKind(StrEnum):
    MEASURE = "measure"
    PROGRESS = "progress"
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
