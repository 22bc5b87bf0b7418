from enum import StrEnum


class JurisdictionLevel(StrEnum):
    CITY = "city"
    COUNTY = "county"
    COUNTY_LEVEL_CITY = "county_level_city"
    DISTRICT = "district"
    PARK = "park"
    PREFECTURE = "prefecture"

    def __str__(self) -> str:
        return str(self.value)
