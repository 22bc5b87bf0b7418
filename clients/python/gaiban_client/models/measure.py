from enum import StrEnum


class Measure(StrEnum):
    FINDINGS_RECTIFIED_IN_TIME = "findings_rectified_in_time"
    MANUAL = "manual"
    PRINCIPAL_ATTENDANCE = "principal_attendance"
    REPORT_TIMELINESS = "report_timeliness"
    SUPERVISION_REPLIES_IN_TIME = "supervision_replies_in_time"
    TASKS_ON_TIME = "tasks_on_time"

    def __str__(self) -> str:
        return str(self.value)
