from enum import StrEnum


class TaskCreateSourceKind(StrEnum):
    CITY_DOCUMENT = "city_document"
    COUNTY_DOCUMENT = "county_document"
    MEETING_DECISION = "meeting_decision"
    NATIONAL_DOCUMENT = "national_document"
    OTHER = "other"
    PROVINCIAL_DOCUMENT = "provincial_document"

    def __str__(self) -> str:
        return str(self.value)
