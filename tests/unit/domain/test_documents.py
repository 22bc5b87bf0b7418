"""Outgoing documents' pure rules: the number's form (GB/T 9704-2012) and how people type it,
what each state allows, and the recipients and text a signing needs."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.documents import (
    DocumentAct,
    DocumentState,
    NumberParts,
    check_act,
    check_recipients,
    check_signable,
    document_number,
    parse_document_number,
)
from app.domain.errors import InvalidInput, StateConflict
from app.domain.recipients import Recipient, RecipientKind

CITY, COUNTY = uuid.UUID(int=1), uuid.UUID(int=2)
HOUSING, LAND = uuid.UUID(int=10), uuid.UUID(int=11)


def test_the_number_has_hexagonal_brackets_a_full_year_no_leading_zeros_and_no_di() -> None:
    assert document_number("鄂州工改办", 2019, 23) == "鄂州工改办〔2019〕23号"
    assert document_number("昌建审改办", 2020, 3) == "昌建审改办〔2020〕3号"
    assert document_number("昌建审改组", 2027, 1) == "昌建审改组〔2027〕1号"


@pytest.mark.parametrize(
    ("code", "year", "sequence"),
    [("", 2020, 1), ("昌建 审改办", 2020, 1), ("办", 999, 1), ("办", 10000, 1), ("办", 2020, 0)],
)
def test_an_impossible_number_is_refused(code: str, year: int, sequence: int) -> None:
    with pytest.raises(ValueError, match=r"issuer code|four digits|starts at 1"):
        document_number(code, year, sequence)


@pytest.mark.parametrize(
    "typed",
    [
        "鄂州工改办〔2019〕23号",
        "鄂州工改办[2019]23号",
        "鄂州工改办（2019）23号",
        "鄂州工改办(2019)023号",
        "鄂州工改办【2019】第23号",
        " 鄂州工改办 〔2019〕 23 ",
    ],
)
def test_numbers_are_found_however_the_brackets_are_typed(typed: str) -> None:
    assert parse_document_number(typed) == NumberParts("鄂州工改办", 2019, 23)


@pytest.mark.parametrize(
    "typed", ["", "23号", "鄂州工改办2019年23号", "鄂州工改办〔19〕23号", "鄂州工改办〔2019〕0号"]
)
def test_what_is_not_a_number_is_none(typed: str) -> None:
    assert parse_document_number(typed) is None


@given(
    code=st.text(alphabet=st.characters(categories=["Lo"]), min_size=1, max_size=8).filter(
        lambda c: not any(ch in "〔〕【】（）" for ch in c)
    ),
    year=st.integers(1000, 9999),
    sequence=st.integers(1, 10**6),
)
def test_a_written_number_reads_back_as_itself(code: str, year: int, sequence: int) -> None:
    written = document_number(code, year, sequence)
    parts = parse_document_number(written)
    assert parts == NumberParts(code, year, sequence)
    assert parts is not None
    assert parts.text == written


def test_only_a_draft_is_edited_deleted_or_signed_and_only_a_signed_one_voided() -> None:
    for act in (DocumentAct.edit, DocumentAct.delete, DocumentAct.sign):
        check_act(DocumentState.draft, act)
        for state in (DocumentState.signed, DocumentState.void):
            with pytest.raises(StateConflict):
                check_act(state, act)
    check_act(DocumentState.signed, DocumentAct.void)
    for state in (DocumentState.draft, DocumentState.void):
        with pytest.raises(StateConflict):
            check_act(state, DocumentAct.void)


def test_each_recipient_is_listed_once_in_one_list() -> None:
    group = Recipient(RecipientKind.leading_group, CITY)
    housing = Recipient(RecipientKind.member_unit, CITY, HOUSING)
    land = Recipient(RecipientKind.member_unit, CITY, LAND, copy=True)
    county = Recipient(RecipientKind.county_office, COUNTY, copy=True)
    assert check_recipients([group, housing], [land, county]) == []
    errors = check_recipients([housing, housing], [land, housing])
    assert [(e.location, e.message) for e in errors] == [
        (("body", "main_recipients", 1), "already listed in this list"),
        (("body", "copy_recipients", 1), "already listed in main_recipients"),
    ]


def test_signing_needs_a_title_a_text_and_a_main_recipient() -> None:
    check_signable("通知", "正文", 1)
    with pytest.raises(InvalidInput) as refused:
        check_signable(" ", "", 0)
    assert [e.location for e in refused.value.errors] == [
        ("body", "body"),
        ("body", "title"),
        ("body", "main_recipients"),
    ]
