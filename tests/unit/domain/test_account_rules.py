"""Account rules of issue 16: the namespace an office names its accounts in, and the posts whose
holders' passwords only a platform administrator resets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.access import SENSITIVE_ROLES
from app.domain.organisation import (
    OFFICE_ROLES,
    POSTS_RESET_BY_ADMINISTRATORS_ONLY,
    PositionRole,
    check_code,
    username_in_namespace,
)

# What check_code accepts for a jurisdiction code, and the characters of a username
# (app/schemas/users.py USERNAME_PATTERN).
CODES = st.from_regex(r"[a-z0-9](?:[a-z0-9_-]{0,20}[a-z0-9])?", fullmatch=True)
NAMES = st.from_regex(r"[a-z0-9._-]{1,30}", fullmatch=True)


# --- username_in_namespace -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "code", "inside"),
    [
        ("city-a.clerk", "city-a", True),
        ("city-a.x", "city-a", True),
        ("city-a.housing.clerk", "city-a", True),
        # The code alone, or the code and a dot with no name after it, names nobody.
        ("city-a", "city-a", False),
        ("city-a.", "city-a", False),
        # Another jurisdiction's namespace, also one whose code begins like this one's.
        ("city-b.clerk", "city-a", False),
        ("city-ab.clerk", "city-a", False),
        ("city-a1.clerk", "city-a", False),
        ("city.clerk", "city-a", False),
        # No namespace, or the code somewhere other than at the start.
        ("clerk", "city-a", False),
        ("city-a-clerk", "city-a", False),
        ("city-a_clerk", "city-a", False),
        ("xcity-a.clerk", "city-a", False),
        ("clerk.city-a.x", "city-a", False),
        ("platform.admin", "city-a", False),
    ],
)
def test_an_account_is_in_the_namespace_of_the_code_it_begins_with(
    username: str, code: str, inside: bool
) -> None:
    assert username_in_namespace(username, code) is inside


@given(code=CODES, name=NAMES)
def test_every_name_after_the_code_and_a_dot_is_in_the_namespace(code: str, name: str) -> None:
    check_code(code)  # a code a jurisdiction can have
    assert username_in_namespace(f"{code}.{name}", code)


@given(first=CODES, second=CODES, name=NAMES)
def test_no_username_is_in_two_jurisdictions_namespaces(first: str, second: str, name: str) -> None:
    # Codes have no dot, so the first dot of a username ends the one code it belongs to: one
    # office can never take a name that is another's to take.
    if first == second:
        return
    for code, other in ((first, second), (second, first)):
        username = f"{code}.{name}"
        assert username_in_namespace(username, code)
        assert not username_in_namespace(username, other)


@given(code=CODES, username=NAMES)
def test_a_username_without_the_code_and_a_dot_in_front_is_outside(
    code: str, username: str
) -> None:
    if username.startswith(code + "."):
        return
    assert not username_in_namespace(username, code)


# --- POSTS_RESET_BY_ADMINISTRATORS_ONLY ------------------------------------------------------


def test_leading_group_and_office_leadership_posts_are_reset_by_administrators_only() -> None:
    assert (
        frozenset(
            {
                PositionRole.leader,
                PositionRole.deputy_leader,
                PositionRole.member,
                PositionRole.office_director,
                PositionRole.office_deputy_director,
            }
        )
        == POSTS_RESET_BY_ADMINISTRATORS_ONLY
    )


@pytest.mark.parametrize(
    "role",
    [
        PositionRole.office_staff,
        PositionRole.unit_head,
        PositionRole.liaison_officer,
        PositionRole.information_officer,
    ],
)
def test_an_office_resets_the_accounts_of_staff_and_unit_posts(role: PositionRole) -> None:
    assert role not in POSTS_RESET_BY_ADMINISTRATORS_ONLY


def test_every_post_that_grants_account_or_governance_powers_is_reset_by_administrators_only() -> (
    None
):
    # Who could reset such an account could take it over, and with it the powers to make
    # accounts and hand out leading posts (the office's leadership) or to sign the leading
    # group's documents.
    assert SENSITIVE_ROLES <= POSTS_RESET_BY_ADMINISTRATORS_ONLY
    leadership_of_the_office = OFFICE_ROLES - {PositionRole.office_staff}
    assert leadership_of_the_office <= POSTS_RESET_BY_ADMINISTRATORS_ONLY
