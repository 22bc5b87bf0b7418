from enum import StrEnum


class FindingLinkKind(StrEnum):
    PUBLIC_NOTICE = "public_notice"
    SUPERVISION_NOTICE = "supervision_notice"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
