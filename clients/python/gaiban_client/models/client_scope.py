from enum import StrEnum


class ClientScope(StrEnum):
    ACT_AS = "act_as"
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
