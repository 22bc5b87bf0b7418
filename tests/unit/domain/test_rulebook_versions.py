"""Which published version is in force on a day, for a jurisdiction and its ancestors (C-ORG-3)."""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.rulebook import PublishedVersion, version_in_force
from app.rulebooks import shipped_document

CITY, COUNTY, OTHER = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def version(jurisdiction: uuid.UUID, day: date) -> PublishedVersion:
    return PublishedVersion(uuid.uuid4(), jurisdiction, day, shipped_document("changji"))


CITY_2020 = version(CITY, date(2020, 3, 1))
CITY_2024 = version(CITY, date(2024, 1, 1))
COUNTY_2022 = version(COUNTY, date(2022, 7, 1))
OTHER_2019 = version(OTHER, date(2019, 1, 1))
ALL = (CITY_2024, COUNTY_2022, OTHER_2019, CITY_2020)  # in no particular order


def test_the_latest_version_taking_effect_by_the_day_is_in_force() -> None:
    city = (CITY,)
    assert version_in_force(ALL, city, date(2020, 2, 29)) is None
    assert version_in_force(ALL, city, date(2020, 3, 1)) is CITY_2020
    assert version_in_force(ALL, city, date(2023, 12, 31)) is CITY_2020
    assert version_in_force(ALL, city, date(2024, 1, 1)) is CITY_2024


def test_a_county_follows_its_parent_until_it_has_its_own() -> None:
    lineage = (COUNTY, CITY)
    assert version_in_force(ALL, lineage, date(2021, 1, 1)) is CITY_2020
    assert version_in_force(ALL, lineage, date(2022, 7, 1)) is COUNTY_2022
    # Its own version governs it even after the parent publishes a newer one.
    assert version_in_force(ALL, lineage, date(2025, 1, 1)) is COUNTY_2022


def test_versions_of_other_jurisdictions_never_apply() -> None:
    assert version_in_force(ALL, (uuid.uuid4(),), date(2025, 1, 1)) is None
    assert version_in_force((OTHER_2019,), (COUNTY, CITY), date(2025, 1, 1)) is None


def test_a_version_is_parsed_once() -> None:
    fresh = version(CITY, date(2020, 3, 1))
    assert fresh.rulebook is fresh.rulebook
