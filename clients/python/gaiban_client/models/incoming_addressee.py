from enum import StrEnum


class IncomingAddressee(StrEnum):
    LEADING_GROUP = "leading_group"
    OFFICE = "office"

    def __str__(self) -> str:
        return str(self.value)
