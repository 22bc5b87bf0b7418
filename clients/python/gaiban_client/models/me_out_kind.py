from enum import StrEnum


class MeOutKind(StrEnum):
    CLIENT = "client"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
