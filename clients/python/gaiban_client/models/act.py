from enum import StrEnum


class Act(StrEnum):
    APPROVE_EXTRA = "approve_extra"
    CHAIR = "chair"
    CONVENE = "convene"
    PROPOSE_EXTRA = "propose_extra"
    SIGN = "sign"

    def __str__(self) -> str:
        return str(self.value)
