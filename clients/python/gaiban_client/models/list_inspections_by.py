from enum import StrEnum


class ListInspectionsBy(StrEnum):
    HERE = "here"
    PARENT = "parent"

    def __str__(self) -> str:
        return str(self.value)
