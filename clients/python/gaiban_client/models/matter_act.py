from enum import StrEnum


class MatterAct(StrEnum):
    FORWARD = "forward"
    RESUBMIT = "resubmit"
    RETURN = "return"
    REVIEW = "review"
    SUBMIT = "submit"

    def __str__(self) -> str:
        return str(self.value)
