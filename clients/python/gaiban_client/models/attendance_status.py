from enum import StrEnum


class AttendanceStatus(StrEnum):
    ABSENT = "absent"
    INVITED = "invited"
    PRESENT = "present"
    REPRESENTED = "represented"

    def __str__(self) -> str:
        return str(self.value)
