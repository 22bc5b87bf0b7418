from enum import StrEnum


class UnitKind(StrEnum):
    DEPARTMENT = "department"
    DISTRICT_GOVERNMENT = "district_government"
    ENTERPRISE = "enterprise"
    OTHER = "other"
    PARK_COMMITTEE = "park_committee"

    def __str__(self) -> str:
        return str(self.value)
