from enum import StrEnum


class IncomingAct(StrEnum):
    APPROVE = "approve"
    FILE = "file"
    FORWARD = "forward"
    RETURN = "return"
    SUBMIT = "submit"

    def __str__(self) -> str:
        return str(self.value)
