"""Organisation rules: hierarchy, codes, tenures and which positions belong to a unit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.organisation import (
    JurisdictionLevel,
    PositionRole,
    Tenure,
    check_code,
    check_hierarchy,
    check_position_unit,
)
from app.domain.positions import DEFAULT_POSITIONS, PositionLevel

L = JurisdictionLevel

HIERARCHY_CASES = [
    # (level, parent level, allowed)
    (L.city, None, True),
    (L.prefecture, None, True),
    (L.county, L.prefecture, True),
    (L.county_level_city, L.prefecture, True),
    (L.district, L.city, True),
    (L.park, L.city, True),
    (L.city, L.prefecture, False),  # a prefecture-level body has no parent here
    (L.county, None, False),  # a county belongs to a city or prefecture (C-ORG-3)
    (L.county, L.county, False),
    (L.park, L.district, False),
]


@pytest.mark.parametrize(("level", "parent", "allowed"), HIERARCHY_CASES)
def test_hierarchy_places_counties_under_prefecture_level_bodies(
    level: JurisdictionLevel, parent: JurisdictionLevel | None, allowed: bool
) -> None:
    if allowed:
        check_hierarchy(level, parent)
    else:
        with pytest.raises(InvalidInput) as raised:
            check_hierarchy(level, parent)
        assert raised.value.errors[0].location == ("body", "parent_id")


@pytest.mark.parametrize("code", ["ezhou", "changji-city", "natural_resources", "a", "x9"])
def test_valid_codes_are_accepted(code: str) -> None:
    check_code(code)


@pytest.mark.parametrize("code", ["", "Ezhou", "-ezhou", "ezhou-", "鄂州", "a b", "a" * 65])
def test_invalid_codes_are_refused(code: str) -> None:
    with pytest.raises(InvalidInput):
        check_code(code)


UNIT_ROLES = {
    PositionRole.unit_head,
    PositionRole.liaison_officer,
    PositionRole.information_officer,
}
OFFICE_ROLES = {
    PositionRole.office_director,
    PositionRole.office_deputy_director,
    PositionRole.office_staff,
}


@pytest.mark.parametrize("role", list(PositionRole))
def test_the_default_positions_levels(role: PositionRole) -> None:
    level = DEFAULT_POSITIONS[role].level
    if role in UNIT_ROLES:
        assert level is PositionLevel.member_unit
    elif role in OFFICE_ROLES:
        assert level is PositionLevel.office
    else:
        assert level is PositionLevel.leading_group


@pytest.mark.parametrize("level", list(PositionLevel))
def test_only_member_unit_posts_name_a_unit(level: PositionLevel) -> None:
    in_a_unit = level is PositionLevel.member_unit
    check_position_unit("some_post", level, has_unit=in_a_unit)
    with pytest.raises(InvalidInput) as raised:
        check_position_unit("some_post", level, has_unit=not in_a_unit)
    assert raised.value.errors[0].location == ("body", "unit_id")
    assert "some_post" in raised.value.errors[0].message


def test_tenure_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput) as raised:
        Tenure(date(2020, 1, 2), date(2020, 1, 1))
    assert raised.value.errors[0].location == ("body", "valid_to")


def test_tenure_includes_both_ends() -> None:
    tenure = Tenure(date(2020, 1, 1), date(2020, 12, 31))
    assert tenure.in_force_on(date(2020, 1, 1))
    assert tenure.in_force_on(date(2020, 12, 31))
    assert not tenure.in_force_on(date(2019, 12, 31))
    assert not tenure.in_force_on(date(2021, 1, 1))


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(start=days, length=st.integers(min_value=0, max_value=5000), probe=days)
def test_tenure_in_force_exactly_between_its_dates(start: date, length: int, probe: date) -> None:
    end = start + timedelta(days=length)
    assert Tenure(start, end).in_force_on(probe) == (start <= probe <= end)


@given(start=days, probe=days)
def test_open_ended_tenure_holds_from_its_start_on(start: date, probe: date) -> None:
    assert Tenure(start).in_force_on(probe) == (probe >= start)
