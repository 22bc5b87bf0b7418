"""Task codes (序号): what a code may be, the code a counter's number gives (always a code
itself), and which counter a code given explicitly advances."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.tasks import MAX_CODE_LENGTH, CountedCode, code_for, code_problem, counted


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
    ("parent", "number", "expected"),
    [
        (None, 1, "1"),
        (None, 999_999, "999999"),
        ("3", 5, "3.5"),
        ("A-1", 12, "A-1.12"),
    ],
)
def test_the_code_a_counter_gives(parent: str | None, number: int, expected: str) -> None:
    assert code_for(parent, number) == expected


@pytest.mark.parametrize(("parent", "number"), [(None, 1_000_000), ("3", 1_000_000), ("A" * 31, 1)])
def test_no_code_past_what_a_code_may_be(parent: str | None, number: int) -> None:
    with pytest.raises(InvalidInput):
        code_for(parent, number)


@given(
    st.one_of(st.none(), st.from_regex(r"[0-9A-Za-z][0-9A-Za-z\-]{0,30}", fullmatch=True)),
    st.integers(min_value=1, max_value=10**40),
)
def test_a_code_given_is_always_a_code(parent: str | None, number: int) -> None:
    try:
        code = code_for(parent, number)
    except InvalidInput:
        return
    assert len(code) <= MAX_CODE_LENGTH
    assert code_problem(code) is None
    assert counted(code) == CountedCode(parent, number)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("7", CountedCode(None, 7)),
        ("007", CountedCode(None, 7)),
        ("3.12", CountedCode("3", 12)),
        ("A-1.2", CountedCode("A-1", 2)),
        ("3.2.5", CountedCode("3.2", 5)),
        ("1234567", None),  # over six digits: counted nowhere, as before
        ("3.1234567", None),
        ("A-900", None),
        (".5", None),
        ("3.", None),
        ("²", None),  # a digit to Python, not to the SQL that reads codes
    ],
)
def test_which_counter_a_code_given_explicitly_advances(
    code: str, expected: CountedCode | None
) -> None:
    assert counted(code) == expected
