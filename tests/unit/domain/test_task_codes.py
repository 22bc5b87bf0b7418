"""Task codes (序号): what a code may be, and the next one given, always a code itself."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.tasks import MAX_CODE_LENGTH, code_problem, next_code


@pytest.mark.parametrize(
    ("code", "fine"),
    [
        ("3", True),
        ("3.2", True),
        ("999999", True),
        ("A-1234567", True),  # a number only between dots counts
        ("1234567", False),
        ("3.1234567", False),
        ("9" * 32, False),
        ("A" * 33, False),
    ],
)
def test_what_a_code_may_be(code: str, fine: bool) -> None:
    assert (code_problem(code) is None) is fine


@pytest.mark.parametrize(
    ("parent", "taken", "expected"),
    [
        (None, [], "1"),
        (None, ["1", "7", "3"], "8"),
        (None, ["5", "9" * 32], "6"),  # a number stored before it was refused is passed over
        ("3", ["3.1", "3.4"], "3.5"),
        ("3", [], "3.1"),
    ],
)
def test_the_next_code_follows_the_greatest_number(
    parent: str | None, taken: list[str], expected: str
) -> None:
    assert next_code(parent, taken) == expected


@pytest.mark.parametrize(("parent", "taken"), [(None, ["999999"]), ("A" * 31, [])])
def test_no_next_code_past_what_a_code_may_be(parent: str | None, taken: list[str]) -> None:
    with pytest.raises(InvalidInput):
        next_code(parent, taken)


@given(
    st.one_of(st.none(), st.from_regex(r"[0-9A-Za-z][0-9A-Za-z\-]{0,30}", fullmatch=True)),
    st.lists(st.integers(min_value=1, max_value=10**40)),
)
def test_a_next_code_given_is_always_a_code(parent: str | None, numbers: list[int]) -> None:
    taken = [f"{parent}.{n}" if parent else str(n) for n in numbers]
    try:
        code = next_code(parent, taken)
    except InvalidInput:
        return
    assert len(code) <= MAX_CODE_LENGTH
    assert code_problem(code) is None
    assert code not in taken
