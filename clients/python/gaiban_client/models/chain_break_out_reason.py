from enum import StrEnum


class ChainBreakOutReason(StrEnum):
    HASH_MISMATCH = "hash mismatch"
    HEAD_MISMATCH = "head mismatch"
    MISSING_ROW = "missing row"
    PREV_HASH_MISMATCH = "prev_hash mismatch"

    def __str__(self) -> str:
        return str(self.value)
