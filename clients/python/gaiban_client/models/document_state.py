from enum import StrEnum


class DocumentState(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
