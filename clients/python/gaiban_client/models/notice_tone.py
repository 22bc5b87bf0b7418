from enum import StrEnum


class NoticeTone(StrEnum):
    COMMENDATION = "commendation"
    CRITICISM = "criticism"

    def __str__(self) -> str:
        return str(self.value)
