"""Account rules of issue 16: the namespace an office names its accounts in, and the posts whose
holders' passwords only a platform administrator resets (and which are as sensitive to assign as
an account is to create), derived from a post's definition — for the default catalogue, the
same five and four posts as always."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.organisation import PositionRole, check_code, username_in_namespace
from app.domain.positions import (
    ALLOWED_LEVELS,
    DEFAULT_POSITIONS,
    Capability,
    PositionDefinition,
    PositionLevel,
    is_sensitive,
    reset_by_administrators_only,
)
from app.domain.rulebook import parse_rulebook
from app.rulebooks import shipped_document

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


# --- reset_by_administrators_only and is_sensitive -----------------------------------------

R = PositionRole
# The leading group's posts and the office's leadership: only an administrator resets them.
RESET_BY_ADMINISTRATORS = {R.leader, R.deputy_leader, R.member, R.office_director,
                           R.office_deputy_director}  # fmt: skip
# The posts that confer powers: assigning one needs account powers.
SENSITIVE = {R.leader, R.deputy_leader, R.office_director, R.office_deputy_director}


def _signing_keys(book: str) -> frozenset[str]:
    issuers = parse_rulebook(shipped_document(book)).issuers.values()
    return frozenset(
        key
        for issuer in issuers
        for a in issuer.sign.allowed
        for key in (a.role, a.entrusted_by)
        if key is not None
    )


SIGNERS = {
    "no rulebook": frozenset(),
    "ezhou": _signing_keys("ezhou"),
    "changji": _signing_keys("changji"),
}


@pytest.mark.parametrize("signers", list(SIGNERS), ids=list(SIGNERS))
def test_the_default_posts_reset_by_administrators_only_are_the_same_five(signers: str) -> None:
    reset = {
        key
        for key, d in DEFAULT_POSITIONS.items()
        if reset_by_administrators_only(d, SIGNERS[signers])
    }
    assert reset == RESET_BY_ADMINISTRATORS


@pytest.mark.parametrize("signers", list(SIGNERS), ids=list(SIGNERS))
def test_the_default_posts_as_sensitive_as_an_account_are_the_same_four(signers: str) -> None:
    sensitive = {key for key, d in DEFAULT_POSITIONS.items() if is_sensitive(d, SIGNERS[signers])}
    assert sensitive == SENSITIVE


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
    assert not reset_by_administrators_only(DEFAULT_POSITIONS[role], SIGNERS["changji"])


def _post(level: PositionLevel, *capabilities: Capability, key: str = "p") -> PositionDefinition:
    return PositionDefinition(key, "岗位", level, capabilities=frozenset(capabilities))


@pytest.mark.parametrize(
    ("definition", "signers", "sensitive", "reset"),
    [
        # Any leading-group post: its holders decide and vote for the group.
        (_post(PositionLevel.leading_group), (), False, True),
        # An office post the rulebook gives account or leadership powers.
        (_post(PositionLevel.office, Capability.manages_accounts), (), True, True),
        (_post(PositionLevel.office, Capability.directs_office), (), True, True),
        # An office post that signs documents for an issuer (here under another key).
        (_post(PositionLevel.office, key="secretary"), ("secretary",), True, True),
        (_post(PositionLevel.office, key="secretary"), ("leader",), False, False),
        # Heading a unit marks whom a meeting invites, and gives no power.
        (_post(PositionLevel.member_unit, Capability.heads_unit), (), False, False),
        # A key no rulebook defines: the stricter answer.
        (None, (), True, True),
    ],
)
def test_the_rules_read_the_definition_never_the_key(
    definition: PositionDefinition | None,
    signers: tuple[str, ...],
    sensitive: bool,
    reset: bool,
) -> None:
    assert is_sensitive(definition, signers) is sensitive
    assert reset_by_administrators_only(definition, signers) is reset


@given(
    level=st.sampled_from(PositionLevel),
    capabilities=st.sets(st.sampled_from(Capability)),
    signs=st.booleans(),
)
def test_every_sensitive_post_is_reset_by_administrators_only(
    level: PositionLevel, capabilities: set[Capability], signs: bool
) -> None:
    # Who could reset such an account could take it over, and with it the powers to make
    # accounts and hand out leading posts (the office's leadership) or to sign documents.
    allowed = frozenset(c for c in capabilities if ALLOWED_LEVELS[c] is level)
    definition = PositionDefinition("p", "岗位", level, capabilities=allowed)
    signers = ("p",) if signs else ()
    if is_sensitive(definition, signers):
        assert reset_by_administrators_only(definition, signers)
